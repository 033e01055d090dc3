// The built bundle (dist/, `npx vite build` first): the senders' and services' names (GET /serviceresources) and the
// channel to the portal's other tabs come with the list's extras chunk, not with the core the first row waits for.
// Until the chunk is here a row without a sender name shows its organisation's code, as it does while the names are
// on their way, another tab's change is not heard (the next refresh brings it) and a row's ⋯ waits (the rows' menu
// is in the chunk); then all three work.
// (A page of its own: the elements are the first bundle's for the rest of a page.)
import { expect } from '@open-wc/testing';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { ownText, until, untilAllRows } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('extras-names');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const sender = (row: Element) => ownText(row.querySelector('.sender'));
const coded = (list: Element) => rows(list).filter((row) => /^[A-ZÆØÅ]{2,}$/.test(sender(row)));
const namesAsked = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/serviceresources')).length;

describe('dist/: the senders’ names come with the list’s extras', () => {
  let inbox: PageInbox | undefined;
  after(() => closeCdnInbox(key, ...(inbox ? [inbox] : [])));

  it('codes while the chunk is held, no GET /serviceresources, no other tab heard; the names and the tabs once it is here', async () => {
    await resetDemo();
    const asked = namesAsked();
    inbox = (await cdnInbox(key, { 'list-extras': 'hang' }, 'nb')).inbox;
    const list = await listOf(inbox);
    await untilAllRows(list);
    expect(coded(list).length, 'rows that show a code for want of a sender name').to.be.greaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(coded(list).length, 'still codes while the chunk is held').to.be.greaterThan(0);
    expect(namesAsked() - asked, 'GET /serviceresources before the chunk').to.equal(0);
    // Another tab marks a read row unread: not heard while the chunk is held.
    const state = (inbox as unknown as { state: { client: { baseUrl: string } } }).state;
    const tab = new BroadcastChannel(`dialog-inbox:${state.client.baseUrl}`);
    const read = rows(list).find((row) => !row.classList.contains('unread'))!;
    const markUnread = () => tab.postMessage({ v: 1, patches: [{ id: read.dataset.dialogId, seen: false }] });
    markUnread();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(read.classList.contains('unread'), 'not heard before the chunk').to.equal(false);
    // A row's ⋯ before the chunk (the rows' menu is in it): the menu opens once the chunk is here, nothing before.
    rows(list)[0].querySelector<HTMLElement>('[data-act="menu"]')!.click();
    const menu = () => list.shadowRoot!.querySelector<HTMLElement>('[part="row-menu"]');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(menu(), 'no menu while the chunk is held').to.equal(null);
    expect(list.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim(), 'no message either').to.equal('');
    await setChunkFaults(key, {});
    await until(() => menu()?.matches(':popover-open'), 'the menu, once the chunk is here');
    await until(() => menu()!.contains(list.shadowRoot!.activeElement), 'focus in the menu');
    expect(menu()!.querySelectorAll('[data-action]').length, 'the row’s actions').to.be.greaterThan(0);
    menu()!.hidePopover();
    await until(() => coded(list).length === 0, 'the senders named');
    markUnread();
    await until(() => list.shadowRoot!.querySelector(`li[data-dialog-id="${read.dataset.dialogId}"]`)?.classList.contains('unread'), 'the other tab heard');
    tab.close();
    expect(namesAsked() - asked).to.equal(1);
    expect(rows(list).every((row) => sender(row) !== ''), 'every row names its sender').to.equal(true);
  });
});
