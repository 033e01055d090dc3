// Searching more parties than the API takes at once: the merged pages equal one big search's pages (a property
// test over random data), limits are read defensively, and broken batches are reported, never hidden.
import { expect } from '@open-wc/testing';
import type { DialogListItem, OrderBy, SearchQuery, SearchResult } from '../../src/api/types.js';
import { DialogportenClient } from '../../src/api/client.js';
import { compareFor, FanOutSearch, MAX_IN_FLIGHT, partyCap, SAFE_PARTY_CAP } from '../../src/state/fan-out.js';
import { apiUrl, parties as allParties, resetDemo, tokenProvider } from './demo-api.js';

const ORDERS: OrderBy[] = ['contentUpdatedAt_desc', 'contentUpdatedAt_asc', 'updatedAt_desc', 'updatedAt_asc', 'createdAt_desc', 'createdAt_asc', 'dueAt_desc', 'dueAt_asc'];

function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Dialogs over `parties`, with coarse dates (many ties), some without a due date. */
function dataset(next: () => number, parties: string[], count: number): DialogListItem[] {
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: `0199${String(Math.floor(next() * 1e8)).padStart(8, '0')}-${i}`,
    party: parties[Math.floor(next() * parties.length)],
    contentUpdatedAt: day(Math.floor(next() * 30)),
    updatedAt: day(Math.floor(next() * 30)),
    createdAt: day(Math.floor(next() * 30)),
    dueAt: next() < 0.4 ? null : day(Math.floor(next() * 30)),
  })) as DialogListItem[];
}

/** A search as the API answers it: at most `cap` parties, sorted, paged by a continuation token. */
function server(data: DialogListItem[], cap: number, log: { parties: number; inFlight: number; maxInFlight: number }) {
  return async (query: SearchQuery): Promise<SearchResult> => {
    const parties = query.party ?? [];
    if (parties.length > cap) throw new Error(`400: ${parties.length} parties over the cap of ${cap}`);
    log.parties = Math.max(log.parties, parties.length);
    log.inFlight++;
    log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 0));
    log.inFlight--;
    const order = query.orderBy ?? 'contentUpdatedAt_desc';
    const wanted = new Set(parties);
    const all = data.filter((d) => wanted.has(d.party!)).sort(compareFor(order));
    const from = query.continuationToken ? Number(query.continuationToken) : 0;
    const limit = query.limit ?? 100;
    const items = all.slice(from, from + limit);
    const more = from + limit < all.length;
    return { items, hasNextPage: more, continuationToken: more ? String(from + limit) : null, orderBy: order } as SearchResult;
  };
}

describe('fan-out search over many parties', () => {
  it('property: the merged pages are the pages of one big search (random party counts 1–600, caps 1–100, page sizes, orders)', async () => {
    const next = random(20261202);
    for (let run = 0; run < 60; run++) {
      const partyCount = 1 + Math.floor(next() * 600);
      const cap = 1 + Math.floor(next() * 100);
      const pageSize = 1 + Math.floor(next() * 60);
      const order = ORDERS[Math.floor(next() * ORDERS.length)];
      const parties = Array.from({ length: partyCount }, (_, i) => `urn:altinn:organization:identifier-no:${String(100000000 + i)}`);
      const data = dataset(next, parties, Math.floor(next() * 400));
      const expected = [...data].sort(compareFor(order)).map((d) => d.id);
      const log = { parties: 0, inFlight: 0, maxInFlight: 0 };
      const search = new FanOutSearch(server(data, cap, log), { orderBy: order, excludeApiOnly: true }, parties, cap);
      const got: string[] = [];
      for (let page = 0; page < 1000; page++) {
        const { items, hasNextPage, failed } = await search.next(pageSize);
        expect(failed, 'no batch failed').to.deep.equal([]);
        got.push(...items.map((i) => i.id!));
        if (!hasNextPage) break;
        expect(items.length, 'a page is full while there is more').to.equal(pageSize);
      }
      const context = `run ${run}: ${partyCount} parties, cap ${cap}, page ${pageSize}, ${order}`;
      expect(got, context).to.deep.equal(expected);
      expect(log.parties, context).to.be.at.most(cap);
      expect(log.maxInFlight, context).to.be.at.most(MAX_IN_FLIGHT);
    }
  });

  it('against the local Dialogporten: batches of one party merge into exactly its answer to one search, in every order', async () => {
    await resetDemo();
    const client = new DialogportenClient({ baseUrl: await apiUrl(), tokenProvider });
    const parties = await allParties();
    expect(parties.length).to.be.greaterThan(2);
    for (const orderBy of ORDERS) {
      const query = { orderBy, excludeApiOnly: true, systemLabel: ['Default' as const] };
      const one = await client.searchDialogs({ ...query, party: parties, limit: 1000 });
      const search = new FanOutSearch((q, signal) => client.searchDialogs(q, { signal }), query, parties, 1);
      const got: string[] = [];
      for (let page = 0; page < 100; page++) {
        const merged = await search.next(7);
        got.push(...merged.items.map((i) => i.id!));
        if (!merged.hasNextPage) break;
      }
      expect(got, orderBy).to.deep.equal((one.items ?? []).map((i) => i.id));
    }
  });

  it('limits: missing, zero, negative, absurd or malformed give the safe default', () => {
    const limits = (value: unknown) => ({ endUserSearch: { maxPartyFilterValues: value } }) as never;
    expect(partyCap(limits(20))).to.equal(20);
    expect(partyCap(limits(5))).to.equal(5);
    for (const bad of [undefined, null, 0, -3, 1_000_000, 2.5, '20', NaN, Infinity]) expect(partyCap(limits(bad)), String(bad)).to.equal(SAFE_PARTY_CAP);
    expect(partyCap(null)).to.equal(SAFE_PARTY_CAP);
    expect(partyCap({} as never)).to.equal(SAFE_PARTY_CAP);
  });

  it('a failing batch is reported with its parties; the others are shown; a retry brings its rows in', async () => {
    const parties = Array.from({ length: 45 }, (_, i) => `urn:p:${i}`);
    const data = dataset(random(7), parties, 200);
    const log = { parties: 0, inFlight: 0, maxInFlight: 0 };
    const healthy = server(data, 20, log);
    let broken = true;
    const search = new FanOutSearch(
      (q) => (broken && q.party!.includes('urn:p:20') ? Promise.reject(new Error('503')) : healthy(q)),
      { orderBy: 'createdAt_desc' },
      parties,
      20,
    );
    const first = await search.next(1000);
    expect(first.failed.map((f) => f.parties.length)).to.deep.equal([20]);
    expect(first.failed[0].parties).to.include('urn:p:20');
    const missing = new Set(first.failed[0].parties);
    expect(first.items.length).to.equal(data.filter((d) => !missing.has(d.party!)).length);
    broken = false;
    search.retryFailed();
    const rest = await search.next(1000);
    expect(rest.failed).to.deep.equal([]);
    expect(rest.items.length).to.equal(data.filter((d) => missing.has(d.party!)).length);
  });

  it('a batch that answers in another order, or with a token that never ends, is stopped with a notice', async () => {
    const parties = ['urn:a', 'urn:b'];
    const wrongOrder = new FanOutSearch(async () => ({ items: [], hasNextPage: false, orderBy: 'createdAt_asc' }) as SearchResult, { orderBy: 'createdAt_desc' }, parties, 1);
    expect((await wrongOrder.next(10)).failed.map((f) => f.reason)).to.deep.equal(['order', 'order']);
    let calls = 0;
    const endless = new FanOutSearch(
      async () => (calls++, { items: [], hasNextPage: true, continuationToken: 'same', orderBy: 'createdAt_desc' }) as SearchResult,
      { orderBy: 'createdAt_desc' },
      parties,
      2,
    );
    const page = await endless.next(10);
    expect(page.failed.map((f) => f.reason)).to.deep.equal(['loop']);
    expect(page.hasNextPage).to.equal(false);
    expect(calls).to.be.below(10);
  });

  it('duplicate party URNs are searched once', async () => {
    const seen: string[][] = [];
    const search = new FanOutSearch(async (q) => (seen.push(q.party!), { items: [], hasNextPage: false }) as SearchResult, {}, ['urn:a', 'urn:a', 'urn:b'], 20);
    await search.next(10);
    expect(seen).to.deep.equal([['urn:a', 'urn:b']]);
  });
});
