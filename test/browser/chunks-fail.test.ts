// The built bundle (dist/, `npx vite build` first) when the view's chunk answers 404, as after a deploy that removed
// it: the inbox lists, the view's place says in the page's language that the part could not be loaded and offers a
// retry, the list keeps working, and once the chunk is back the retry brings the dialog.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/i18n/en.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('view-404');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const focusedRow = (list: Element) => (list.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[part="row"]')?.dataset.dialogId;

describe('dist/ with the view’s chunk missing (404)', () => {
  let inbox: PageInbox;
  let list: HTMLElement;
  const view = () => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
  const chunkError = () => view().shadowRoot?.querySelector<HTMLElement>('[part="chunk-error"]') ?? null;

  before(async () => {
    await resetDemo();
    // The inbox is on the page before the bundle, as in a portal's HTML: the view's chunk waits until it is needed.
    ({ inbox } = await cdnInbox(key, { 'dialog-code': '404' }, 'en'));
    list = await listOf(inbox);
  });
  after(() => closeCdnInbox(key, inbox));

  it('lists the rows; opening a dialog shows the message with a retry in the view’s place', async () => {
    await until(() => rows(list).length > 1, 'rows');
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    const alert = await until(chunkError, 'the message in the view’s place');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('p')!.textContent).to.equal(en.partFailed);
    expect(alert.querySelector('button')!.textContent).to.equal(en.retry);
    expect(customElements.get('dialog-view') === undefined, 'the view is not defined').to.equal(true);
    expect(chunkRequests(await cdnLog(key), 'dialog-code').length, 'the view’s chunk was asked for').to.be.greaterThan(0);
    // The other chunks came: the actions and the party picker are defined.
    await until(() => customElements.get('dialog-party-picker'), 'the party picker from its chunk');
  });

  it('the list keeps working: the arrow keys move between rows, and another folder lists', async () => {
    const ids = rows(list).map((row) => row.dataset.dialogId);
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.focus();
    expect(focusedRow(list)).to.equal(ids[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRow(list), 'the next row has focus').to.equal(ids[1]);
    list.shadowRoot!.querySelector<HTMLElement>('[data-folder="archive"]')!.click();
    await until(() => list.shadowRoot!.querySelector('[data-folder="archive"][aria-current="page"]'), 'the archive to be the current folder');
    await until(() => rows(list).length > 0 && !ids.includes(rows(list)[0].dataset.dialogId), 'the archive’s rows');
    expect(chunkError(), 'the message stays in the view’s place').to.exist;
    list.shadowRoot!.querySelector<HTMLElement>('[data-folder="inbox"]')!.click();
    await until(() => rows(list)[0]?.dataset.dialogId === ids[0], 'the inbox’s rows again');
  });

  it('once the chunk is back, Retry loads the view and the dialog shows', async () => {
    // Opened while the chunk is still missing: asked for again, and the message again.
    const asked = chunkRequests(await cdnLog(key), 'dialog-code').length;
    rows(list)[1].querySelector<HTMLElement>('[part="row-button"]')!.click();
    await until(async () => chunkRequests(await cdnLog(key), 'dialog-code').length > asked, 'the chunk asked for again');
    await until(chunkError, 'the message');
    const before = chunkRequests(await cdnLog(key), 'dialog-code').length;
    await setChunkFaults(key, {});
    chunkError()!.querySelector('button')!.click();
    await until(() => customElements.get('dialog-view'), 'the view defined from its chunk');
    const title = await until(() => view().shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(), 'the dialog’s title');
    expect(title.length).to.be.greaterThan(0);
    expect(chunkError() === null, 'the message is gone').to.equal(true);
    expect(chunkRequests(await cdnLog(key), 'dialog-code').length, 'the chunk was asked for again').to.be.greaterThan(before);
  });
});
