// The built bundle (dist/, `npx vite build` first) when the view's chunk never answers: after the chunk timeout (set
// short here with the entry's setChunkTimeout, instead of CHUNK_TIMEOUT_MS) the view's place says the part could not
// be loaded; when the chunk arrives after all, the message goes and the dialog shows, with no retry.
import { expect } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('view-hang');
const TIMEOUT_MS = 1000;
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the view’s chunk hanging', () => {
  let inbox: PageInbox;
  let list: HTMLElement;
  const view = () => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
  const chunkError = () => view().shadowRoot?.querySelector<HTMLElement>('[part="chunk-error"]') ?? null;

  before(async () => {
    await resetDemo();
    const page = await cdnInbox(key, { 'dialog-code': 'hang' }, 'nb');
    inbox = page.inbox;
    // Before the list's first page, so before any chunk is asked for.
    page.entry.setChunkTimeout(TIMEOUT_MS);
    list = await listOf(inbox);
  });
  after(() => closeCdnInbox(key, inbox));

  it('tells in the view’s place, after the timeout, that the part could not be loaded', async () => {
    await until(() => rows(list).length > 0, 'rows');
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    const alert = await until(chunkError, 'the message after the timeout', 5 * TIMEOUT_MS);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('p')!.textContent).to.equal(nb.partFailed);
    expect(alert.querySelector('button')!.textContent).to.equal(nb.retry);
    expect(customElements.get('dialog-view') === undefined, 'the view is not defined').to.equal(true);
    // The server still holds the request: the message came from the timeout, not from an answer.
    expect(chunkRequests(await cdnLog(key), 'dialog-code').length, 'the view’s chunk was asked for').to.be.greaterThan(0);
  });

  it('when the chunk arrives after all, the message goes and the dialog shows', async () => {
    await setChunkFaults(key, {}); // the held request is answered now
    await until(() => customElements.get('dialog-view'), 'the view defined from its late chunk');
    const title = await until(() => view().shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(), 'the dialog’s title');
    expect(title.length).to.be.greaterThan(0);
    expect(chunkError() === null, 'the message is gone').to.equal(true);
  });
});
