// The built bundle (dist/, `npx vite build` first) when the quiet prefetch of the dialog chunk fails (a flaky network
// while the browser is idle after the first rows): nothing is shown for it, and once the network is back, opening a
// dialog loads the chunk and shows the dialog. (A chunk that imported another chunk stayed failed for the page once
// that one had failed: the browser keeps a failed module under its URL. Every lazy chunk imports only the core now.)
import { expect } from '@open-wc/testing';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, watchErrors, type PageInbox } from './page-inbox.js';

const key = cdnKey('prefetch-fail');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the dialog chunk failing while it is prefetched', () => {
  let inbox: PageInbox;
  let page: ReturnType<typeof watchErrors>;

  before(async () => {
    await resetDemo();
    page = watchErrors();
    ({ inbox } = await cdnInbox(key, { 'dialog-code': '404' }, 'nb'));
  });
  after(async () => {
    page.stop();
    await closeCdnInbox(key, inbox);
  });

  it('shows nothing for the failed prefetch; once the network is back, opening a dialog shows it', async () => {
    const list = await listOf(inbox);
    await until(() => rows(list).length > 1, 'rows');
    await until(async () => chunkRequests(await cdnLog(key), 'dialog-code').length > 0, 'the prefetch of the dialog chunk', 15_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customElements.get('dialog-view') === undefined, 'the view is not defined').to.equal(true);
    const view = () => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view');
    const chunkError = () => view()?.shadowRoot?.querySelector('[part="chunk-error"]') ?? null;
    expect(chunkError() === null, 'no message for a prefetch').to.equal(true);
    await setChunkFaults(key, {});
    const asked = chunkRequests(await cdnLog(key), 'dialog-code').length;
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    await until(() => customElements.get('dialog-view'), 'the view defined from its chunk', 10_000);
    expect(chunkRequests(await cdnLog(key), 'dialog-code').length, 'the chunk was asked for again').to.be.greaterThan(asked);
    const id = rows(list)[0].dataset.dialogId;
    await until(() => (view() as (HTMLElement & { dialog?: { id?: string } }) | null)?.dialog?.id === id, 'the view to hold the dialog');
    await until(() => view()!.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim(), 'the dialog’s title');
    expect(chunkError() === null, 'no message').to.equal(true);
    expect(page.errors, 'no uncaught errors').to.deep.equal([]);
  });
});
