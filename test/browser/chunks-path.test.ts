// The built bundle (dist/, `npx vite build` first) served from a deep sub-path, as a portal or CDN may place it:
// every chunk is asked for beside the entry (its chunks/ folder), not beside the page, and the inbox lists and opens
// a dialog; English, a chunk of its own, comes from there too.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { cdnKey, cdnLog, chunkRequests, fetchedUrls } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { pageInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('sub-path');
const BASE = `/__cdn/${key}/some/deep/path/`;
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ served from a sub-path', () => {
  let inbox: PageInbox;

  before(async () => {
    await resetDemo();
    inbox = await pageInbox('en');
    await import(/* @vite-ignore */ `${BASE}dialog-inbox.js`);
  });
  after(async () => {
    inbox.remove();
    await resetDemo();
  });

  it('lists in English and opens a dialog, with every chunk from the entry’s chunks/ folder', async () => {
    const list = await until(() => inbox.shadowRoot?.querySelector<HTMLElement>('dialog-list'), 'the list');
    await until(() => rows(list).length > 0, 'rows');
    expect(list.shadowRoot!.querySelector('[data-folder="bin"]')!.textContent).to.contain(en.folder.bin);
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    const view = inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
    await until(() => view.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(), 'the dialog’s title');

    const log = await cdnLog(key);
    expect(log[0].path).to.equal(`${BASE}dialog-inbox.js`);
    for (const prefix of ['dialog-code', 'en']) {
      expect(chunkRequests(log, prefix).map((r) => r.path.slice(0, r.path.lastIndexOf('/') + 1)), prefix).to.deep.equal([`${BASE}chunks/`]);
    }
    const strays = log.filter((r) => !r.path.startsWith(`${BASE}chunks/`) && r.path !== `${BASE}dialog-inbox.js`);
    expect(strays, 'nothing asked for elsewhere under the CDN').to.deep.equal([]);
    // The browser's own record: no chunk was asked for beside the page.
    const chunkUrls = fetchedUrls().filter((url) => /\/chunks\/[\w-]+\.js$/.test(url));
    expect(chunkUrls.length).to.be.greaterThan(2);
    expect(chunkUrls.filter((url) => !url.startsWith(`${location.origin}${BASE}chunks/`)), 'chunks from elsewhere').to.deep.equal([]);
  });
});
