// The built bundle (dist/, `npx vite build` first) from another origin, as from a CDN that answers with
// `Access-Control-Allow-Origin: *`: the entry's chunks come from that origin (not the page's), and the inbox lists
// and opens a dialog, in nynorsk (a chunk too).
import { expect } from '@open-wc/testing';
import { nn } from '../../src/i18n/nn.js';
import { cdnKey, cdnLog, chunkRequests, crossOrigin, fetchedUrls } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { pageInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('cross-origin');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ served from another origin (CORS)', () => {
  let inbox: PageInbox;
  let origin: string;

  before(async () => {
    await resetDemo();
    origin = await crossOrigin();
    expect(origin, 'a second origin').not.to.equal(location.origin);
    inbox = await pageInbox('nn');
    await import(/* @vite-ignore */ `${origin}/__cdn/${key}/widget/dialog-inbox.js`);
  });
  after(async () => {
    inbox.remove();
    await resetDemo();
  });

  it('lists and opens a dialog, with every chunk from the bundle’s origin', async () => {
    const list = await until(() => inbox.shadowRoot?.querySelector<HTMLElement>('dialog-list'), 'the list');
    await until(() => rows(list).length > 0, 'rows');
    expect(list.shadowRoot!.querySelector('[data-folder="bin"]')!.textContent, 'nynorsk, from its chunk').to.contain(nn.folder.bin);
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    const view = inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
    await until(() => view.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(), 'the dialog’s title');

    const log = await cdnLog(key);
    for (const prefix of ['dialog-code', 'nn']) expect(chunkRequests(log, prefix).length, `${prefix} asked for`).to.equal(1);
    expect(log.filter((r) => r.origin !== origin), 'requests to another origin').to.deep.equal([]);
    expect(log.filter((r) => !r.path.startsWith(`/__cdn/${key}/widget/`)), 'requests outside the bundle’s folder').to.deep.equal([]);
    const chunkUrls = fetchedUrls().filter((url) => /\/chunks\/[\w-]+\.js$/.test(url));
    expect(chunkUrls.length).to.be.greaterThan(2);
    expect(chunkUrls.filter((url) => !url.startsWith(`${origin}/__cdn/${key}/widget/chunks/`)), 'chunks from elsewhere').to.deep.equal([]);
  });
});
