// GET /parties and the limits answering hostile data on a page that names no party: entries that are null, without a
// URN or with a number for one, sub-units that are not a list, a repeated and a deleted party, a 10,000-character
// name, a cap given as text. The entry's search of all the parties names exactly the parties the list takes from the
// same answer (src/state/parties.ts), so the list uses it (one search); nothing is thrown and the rows show.
import { expect } from '@open-wc/testing';
import type { Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, resetDemo } from './demo-api.js';
import { until } from './helpers.js';

const BUNDLE = '/dist/dialog-inbox.js';

describe('the entry with hostile answers from GET /parties and the limits', () => {
  let inbox: HTMLElement;
  let hostile: Parties;
  const searches: string[] = [];
  const errors: string[] = [];
  const realFetch = window.fetch;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));

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
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      const json = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
      if (url.endsWith('/__portal/api/v1/enduser/parties')) return json(hostile);
      if (url.endsWith('/__portal/api/v1/metadata/limits')) return json({ endUserSearch: { maxPartyFilterValues: '20' } });
      if (url.includes('/__portal/api/v1/enduser/dialogs?')) searches.push(url);
      return realFetch(input, init);
    };
    inbox = document.createElement('dialog-inbox');
    inbox.setAttribute('api-base-url', '/__portal');
    inbox.innerHTML = '<dialog-list page-size="20"></dialog-list>';
    document.body.append(inbox);
    await import(/* @vite-ignore */ BUNDLE);
  });
  after(async () => {
    window.fetch = realFetch;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    inbox.remove();
    await resetDemo();
  });

  it('sends one search, of the parties the list takes from that answer, and the rows show', async () => {
    const list = inbox.querySelector('dialog-list')!;
    await until(() => list.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
    expect(searches.length, 'one search').to.equal(1);
    expect(new URL(searches[0]).searchParams.getAll('party')).to.deep.equal(partyUrns(hostile));
    expect(errors, 'nothing thrown').to.deep.equal([]);
  });
});
