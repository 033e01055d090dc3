// More parties than one search may name (GET /metadata/limits): the list searches them in batches and shows one
// list in the API's order, the same as one search would; "Show more" continues it. The local Dialogporten refuses
// a search over its cap with a 400, as the real one does.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { renderNotSearched } from '../../components/dialog-list/list-body.js';
import { ApiError } from '../../src/api/errors.js';
import { loadCatalog, messagesFor } from '../../src/i18n/index.js';
import type { Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, apiUrl, inboxItems, parties, resetDemo, search, setFaults, tokenProvider, setCap } from './demo-api.js';
import { until } from './helpers.js';
// Nynorsk and English are chunks of their own: load them before reading their texts.
await Promise.all([loadCatalog('nn'), loadCatalog('en')]);

/** The dialog searches the page made since `mark` (resource timing), as their party lists. */
function searchesSince(mark: number): string[][] {
  return performance
    .getEntriesByType('resource')
    .slice(mark)
    .filter((e) => e.name.includes('/enduser/dialogs?'))
    .map((e) => new URL(e.name).searchParams.getAll('party'));
}

async function openInbox(pageSize: number): Promise<{ inbox: DialogInboxElement; list: HTMLElement }> {
  const inbox = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} lang="en" .tokenProvider=${tokenProvider}></dialog-inbox>`);
  const list = await until(() => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-list'), 'the list');
  list.setAttribute('page-size', String(pageSize));
  return { inbox, list };
}

const $ = (list: Element, selector: string) => list.shadowRoot!.querySelector<HTMLElement>(selector);

/** What one search over all the parties gives (the demo's cap raised for it), in the list's Inbox order. */
async function expected(all: string[]): Promise<string[]> {
  await setCap(100);
  const q = new URLSearchParams({ systemLabel: 'Default', excludeApiOnly: 'true', orderBy: 'contentUpdatedAt_desc', limit: '1000' });
  for (const p of all) q.append('party', p);
  const items = (await search(q.toString())).items.filter((i) => i.status !== 'Draft');
  return items.map((i) => i.id!);
}

const rowIds = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')).map((r) => r.dataset.dialogId!);

describe('an inbox over more parties than one search may name', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('all parties at a cap of 1: one list in the API order, page by page, no duplicates or gaps', async () => {
    const all = partyUrns(await api<Parties>('/api/v1/enduser/parties')); // with the sub-units, as "all" means
    const want = await expected(all);
    await setCap(1);
    const inbox = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox>`);
    const list = await until(() => inbox.shadowRoot!.querySelector('dialog-list'), 'the list');
    list.setAttribute('page-size', '7');
    await until(() => rowIds(list).length > 0 && list.shadowRoot!.querySelector('[part="load-more"]'), 'the first page');
    for (let i = 0; i < 20 && list.shadowRoot!.querySelector('[part="load-more"]'); i++) {
      const before = rowIds(list).length;
      list.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!.click();
      await until(() => rowIds(list).length > before || !list.shadowRoot!.querySelector('[part="load-more"]'), 'the next page');
    }
    expect(rowIds(list)).to.deep.equal(want);
    expect(list.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('named parties over a cap the page did not know: the refused search runs again in batches', async () => {
    const all = await parties();
    const want = await expected(all);
    await setCap(100);
    await fixture(html`<dialog-list api-base-url=${await apiUrl()} party=${all.join(' ')} lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/metadata/limits')), 'the limits read at 100');
    // The cap falls while the page is open: the page's limits are stale, the API refuses, the limits are read again.
    await fetch(`${await apiUrl()}/__demo/limits`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ maxPartyFilterValues: 2 }) });
    const list = await fixture(html`<dialog-list api-base-url=${await apiUrl()} party=${all.join(' ')} page-size="100" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => rowIds(list).length === want.length, 'all rows');
    expect(rowIds(list)).to.deep.equal(want);
  });

  it('says which parties could not be searched, with a retry', () => {
    let retried = false;
    const host = document.createElement('div');
    const failed = [{ parties: ['urn:altinn:organization:identifier-no:313607163', 'urn:b:2'], reason: 'error' as const }];
    render(renderNotSearched(failed, new Map([['urn:altinn:organization:identifier-no:313607163', 'Fjordvik AS']]), messagesFor('nb'), () => (retried = true)), host);
    expect(host.querySelector('[role="alert"]')!.textContent).to.contain('Sakene til 2 parter kunne ikke hentes');
    expect(host.textContent).to.contain('Fjordvik AS, 2');
    host.querySelector('button')!.click();
    expect(retried).to.equal(true);
    // A batch the API refused (403) says the user lacks access to those parties.
    render(renderNotSearched([{ parties: ['urn:c:3'], reason: 'error', error: new ApiError(403, {}) }], null, messagesFor('en'), () => {}), host);
    expect(host.querySelector('[role="alert"]')!.textContent).to.contain('You no longer have access to 1 party: 3.');
  });

  it('one party failing (503): the other rows are shown with a notice naming it; its retry asks only that party and puts its rows in their places', async () => {
    performance.setResourceTimingBufferSize(100_000);
    const all = partyUrns(await api<Parties>('/api/v1/enduser/parties'));
    const want = await expected(all);
    const items = await inboxItems(all);
    const victim = items.find((i) => i.id === want[0])!.party!; // the party of the newest dialog
    const theirs = new Set(items.filter((i) => i.party === victim).map((i) => i.id));
    await setCap(1);
    await setFaults({ failParties: [victim], retryAfterSeconds: 0 });
    const { list } = await openInbox(5);
    const notice = await until(() => $(list, '[part="error"]'), 'the notice');
    expect(notice.textContent).to.contain('could not be fetched');
    const others = want.filter((id) => !theirs.has(id));
    await until(() => rowIds(list).length === 5, 'the first page');
    expect(rowIds(list)).to.deep.equal(others.slice(0, 5));

    await setFaults({});
    const mark = performance.getEntriesByType('resource').length;
    notice.querySelector('button')!.click();
    await until(() => !$(list, '[part="error"]'), 'the retried batch');
    // Only the failed party was asked again, and its rows stand where one search would put them.
    const asked = searchesSince(mark);
    expect(asked.length).to.be.greaterThan(0);
    expect(asked.every((p) => p.length === 1 && p[0] === victim), JSON.stringify(asked)).to.equal(true);
    expect(rowIds(list)[0]).to.equal(want[0]);
    expect(rowIds(list)).to.deep.equal(want.slice(0, rowIds(list).length));
    // "Show more" goes on from there: no duplicates, no gaps.
    for (let i = 0; i < 40 && $(list, '[part="load-more"]'); i++) {
      const before = rowIds(list).length;
      $(list, '[part="load-more"]')!.click();
      await until(() => rowIds(list).length > before || !$(list, '[part="load-more"]'), 'the next page');
    }
    expect(rowIds(list)).to.deep.equal(want);
  });

  it('every batch failing: the notice stands above the empty text, never an empty inbox that looks complete', async () => {
    const all = partyUrns(await api<Parties>('/api/v1/enduser/parties'));
    await setCap(2);
    await setFaults({ failParties: all, retryAfterSeconds: 0 });
    const { list } = await openInbox(5);
    await until(() => $(list, '[part="error"]') && $(list, '[part="empty"]'), 'the notice and the empty text');
    expect($(list, '[part="error"]')!.textContent).to.contain(`${all.length} parties could not be fetched`);
  });

  it('a party whose rights were revoked (403): GET /parties is asked again, the party leaves the search and a note names it', async () => {
    const all = partyUrns(await api<Parties>('/api/v1/enduser/parties'));
    const want = await expected(all);
    const items = await inboxItems(all);
    const victim = items.find((i) => i.id === want[0])!.party!;
    const name = (await api<Parties>('/api/v1/enduser/parties')).authorizedParties!.flatMap((p) => [p, ...(p.subParties ?? [])]).find((p) => p.party === victim)!.name!;
    await setCap(1);
    const { inbox, list } = await openInbox(100);
    await until(() => rowIds(list).length > 0 && rowIds(list)[0] === want[0], 'the rows');
    await setFaults({ refuseParties: [victim] });
    inbox.state.set({ orderBy: 'createdAt_desc' }); // any new search
    const lost = await until(() => $(list, '[part="lost-parties"]'), 'the note');
    expect(lost.textContent).to.contain(name);
    await until(() => rowIds(list).length > 0 && !$(list, '[part="loading"]'), 'the rows again');
    const theirs = new Set(items.filter((i) => i.party === victim).map((i) => i.id));
    expect(rowIds(list).some((id) => theirs.has(id))).to.equal(false);
    expect(Boolean($(list, '[part="error"]'))).to.equal(false);
  });

  it('service resources over their cap are searched in batches too: the same rows as one search', async () => {
    const all = await parties();
    const items = await inboxItems(all);
    const services = [...new Set(items.map((i) => i.serviceResource!))].slice(0, 4);
    expect(services.length).to.be.greaterThan(2);
    const want = items.filter((i) => services.includes(i.serviceResource!) && i.status !== 'Draft').map((i) => i.id);
    await setCap(1, 'maxServiceResourceFilterValues');
    await setCap(2);
    const mark = performance.getEntriesByType('resource').length;
    const list = await fixture(html`<dialog-list api-base-url=${await apiUrl()} party=${all.join(' ')} filters=${`service=${services.join(',')}`}
      page-size="200" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => rowIds(list).length === want.length && !$(list, '[part="loading"]'), 'all rows');
    expect(rowIds(list)).to.deep.equal(want);
    const asked = performance.getEntriesByType('resource').slice(mark).filter((e) => e.name.includes('/enduser/dialogs?')).map((e) => new URL(e.name).searchParams);
    expect(asked.every((q) => q.getAll('serviceResource').length <= 1 && q.getAll('party').length <= 2)).to.equal(true);
  });
});
