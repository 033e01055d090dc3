// More parties than one search may name (GET /metadata/limits): the list searches them in batches and shows one
// list in the API's order, the same as one search would; "Show more" continues it. The local Dialogporten refuses
// a search over its cap with a 400, as the real one does.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { renderNotSearched } from '../../components/dialog-list/list-body.js';
import { ApiError } from '../../src/api/errors.js';
import { messagesFor } from '../../src/i18n/index.js';
import type { Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, apiUrl, parties, resetDemo, search, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

async function setCap(max: number): Promise<void> {
  const response = await fetch(`${await apiUrl()}/__demo/limits`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ maxPartyFilterValues: max }) });
  if (!response.ok) throw new Error(`limits: ${response.status}`);
}

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
    await setCap(2);
    const list = await fixture(html`<dialog-list api-base-url=${await apiUrl()} party=${all.join(' ')} page-size="100" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => rowIds(list).length === want.length, 'all rows');
    expect(rowIds(list)).to.deep.equal(want);
  });

  it('says which parties could not be searched, with a retry', () => {
    let retried = false;
    const host = document.createElement('div');
    const failed = [{ parties: ['urn:altinn:organization:identifier-no:313607163', 'urn:b:2'], reason: 'error' as const }];
    render(renderNotSearched(failed, new Map([['urn:altinn:organization:identifier-no:313607163', 'Fjordvik AS']]), messagesFor('nb'), () => (retried = true)), host);
    expect(host.querySelector('[role="alert"]')!.textContent).to.contain('Dialogene til 2 parter kunne ikke hentes');
    expect(host.textContent).to.contain('Fjordvik AS, 2');
    host.querySelector('button')!.click();
    expect(retried).to.equal(true);
    // A batch the API refused (403) says the user lacks access to those parties.
    render(renderNotSearched([{ parties: ['urn:c:3'], reason: 'error', error: new ApiError(403, {}) }], null, messagesFor('en'), () => {}), host);
    expect(host.querySelector('[role="alert"]')!.textContent).to.contain('You no longer have access to 1 party: 3.');
  });
});
