// The accountant of the demo (`npm start -- --parties 500 --max-party-filter 20`): 500 client organisations with
// sub-units, the newest dialogs belonging to clients far down the party list, an API that takes 20 parties a
// search. "All parties" shows those newest dialogs first, in the order one search would give, and no search names
// more than 20 parties.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import type { DialogListItem, Limits, Parties, SearchResult } from '../../src/api/types.js';
import { compareFor } from '../../src/state/fan-out.js';
import { partyUrns } from '../../src/state/parties.js';
import { TOKEN, tokenProvider } from './demo-api.js';
import { testEnv, until } from './helpers.js';

async function base(): Promise<string> {
  const { accountantApiUrl } = await testEnv();
  if (!accountantApiUrl) throw new Error("The accountant's Dialogporten is not running in this test run");
  return accountantApiUrl;
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${await base()}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

/** Every Inbox dialog of these parties, each batch of 20 searched on its own, in the API's order. */
async function inbox(parties: string[]): Promise<DialogListItem[]> {
  const items: DialogListItem[] = [];
  for (let i = 0; i < parties.length; i += 20) {
    const q = new URLSearchParams({ systemLabel: 'Default', excludeApiOnly: 'true', orderBy: 'contentUpdatedAt_desc', limit: '1000' });
    for (const p of parties.slice(i, i + 20)) q.append('party', p);
    items.push(...((await get<SearchResult>(`/api/v1/enduser/dialogs?${q}`)).items ?? []).filter((d) => d.status !== 'Draft'));
  }
  return items.sort(compareFor('contentUpdatedAt_desc'));
}

describe('the accountant: 500 clients, 20 parties a search', () => {
  it('"all parties" shows the newest dialogs (of clients far down the list) first, in order, with no search over the cap', async () => {
    const limits = await get<Limits>('/api/v1/metadata/limits');
    expect(limits.endUserSearch?.maxPartyFilterValues).to.equal(20);
    const parties = partyUrns(await get<Parties>('/api/v1/enduser/parties'));
    expect(parties.length).to.be.greaterThan(500);
    const want = await inbox(parties);
    performance.setResourceTimingBufferSize(100_000);
    const mark = performance.getEntriesByType('resource').length;
    const el = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await base()} lang="en" .tokenProvider=${tokenProvider}></dialog-inbox>`);
    const list = await until(() => el.shadowRoot!.querySelector('dialog-list'), 'the list');
    const ids = () => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')).map((r) => r.dataset.dialogId!);
    await until(() => ids().length > 0, 'the first page', 60_000);
    const shown = ids();
    expect(shown).to.deep.equal(want.slice(0, shown.length).map((d) => d.id));
    // The newest dialog belongs to a client in the last tenth of the party list: every batch was searched.
    const first = want[0];
    expect(parties.indexOf(first.party!)).to.be.at.least(Math.floor(parties.length * 0.9));
    const searches = performance
      .getEntriesByType('resource')
      .slice(mark)
      .filter((e) => e.name.includes('/enduser/dialogs?'))
      .map((e) => new URL(e.name).searchParams.getAll('party'));
    expect(searches.length).to.be.at.least(Math.ceil(parties.length / 20));
    expect(searches.every((p) => p.length <= 20), 'no search over the cap').to.equal(true);
    expect(Boolean(list.shadowRoot!.querySelector('[part="error"]'))).to.equal(false);
  });
});
