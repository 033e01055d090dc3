// GET /parties and the limits answering hostile data on a page that names no party: entries that are null, without a
// URN or with a number for one, sub-units that are not a list, a repeated and a deleted party, a 10,000-character
// name, a cap given as text. The entry's search of all the parties names exactly the parties the list takes from the
// same answer (src/state/parties.ts), so the list uses it (one search); nothing is thrown and the rows show.
import { expect } from '@open-wc/testing';
import type { Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { interceptedEntry } from './page-inbox.js';

describe('the entry with hostile answers from GET /parties and the limits', () => {
  let entry: Awaited<ReturnType<typeof interceptedEntry>>;
  let hostile: Parties;
  const searches: string[] = [];

  before(async () => {
    await resetDemo();
    const real = (await api<Parties>('/api/v1/enduser/parties')).authorizedParties ?? [];
    hostile = {
      authorizedParties: [
        null,
        { name: 'no urn' },
        { party: 12345, name: 'a number' },
        { ...real[0], name: 'Å'.repeat(10_000), subParties: 'not a list' },
        { ...real[0], subParties: { not: 'a list' } },
        { ...real[1], isDeleted: true },
        ...real.slice(2),
      ],
    } as unknown as Parties;
    const json = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
    entry = await interceptedEntry((url) => {
      if (url.endsWith('/__portal/api/v1/enduser/parties')) return json(hostile);
      if (url.endsWith('/__portal/api/v1/metadata/limits')) return json({ endUserSearch: { maxPartyFilterValues: '20' } });
      if (url.includes('/__portal/api/v1/enduser/dialogs?')) searches.push(url);
      return undefined;
    });
  });
  after(() => entry.close());

  it('sends one search, of the parties the list takes from that answer, and the rows show', async () => {
    const list = entry.inbox.querySelector('dialog-list')!;
    await until(() => list.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
    expect(searches.length, 'one search').to.equal(1);
    expect(new URL(searches[0]).searchParams.getAll('party')).to.deep.equal(partyUrns(hostile));
    expect(entry.page.errors, 'nothing thrown').to.deep.equal([]);
  });
});
