// The built bundle (dist/, `npx vite build` first) after a passing network failure: the view's chunk answered 404
// (its place shows the message), the network is back, and the user opens another dialog instead of pressing Retry.
// The view loads and shows the dialog, and the message goes.
import { expect } from '@open-wc/testing';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, watchErrors, type PageInbox } from './page-inbox.js';

const key = cdnKey('view-reopen');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the view’s chunk failing once', () => {
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

  it('opening another dialog once the network is back loads the view, and the dialog shows', async () => {
    const list = await listOf(inbox);
    await until(() => rows(list).length > 1, 'rows');
    const view = () => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
    const chunkError = () => view().shadowRoot?.querySelector('[part="chunk-error"]') ?? null;
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    await until(chunkError, 'the message in the view’s place');
    const asked = chunkRequests(await cdnLog(key), 'dialog-code').length;
    await setChunkFaults(key, {});
    rows(list)[1].querySelector<HTMLElement>('[part="row-button"]')!.click();
    await until(() => customElements.get('dialog-view'), 'the view defined from its chunk');
    expect(chunkRequests(await cdnLog(key), 'dialog-code').length, 'the chunk was asked for again').to.be.greaterThan(asked);
    const id = rows(list)[1].dataset.dialogId;
    await until(() => (view() as HTMLElement & { dialog?: { id?: string } }).dialog?.id === id, 'the view to hold the dialog');
    await until(() => view().shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim(), 'the dialog’s title');
    expect(chunkError() === null, 'the message is gone').to.equal(true);
    expect(page.errors, 'no uncaught errors').to.deep.equal([]);
  });
});
