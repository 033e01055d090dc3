// Searching more parties than the API takes at once: the merged pages equal one big search's pages (a property
// test over random data), limits are read defensively, and broken batches are reported, never hidden.
import { expect } from '@open-wc/testing';
import type { DialogListItem, OrderBy, SearchQuery, SearchResult } from '../../src/api/types.js';
import { DialogportenClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { batchFilters, compareFor, FanOutSearch, filterCaps, MAX_IN_FLIGHT, overCap, SAFE_PARTY_CAP } from '../../src/state/fan-out.js';
import { apiUrl, parties as allParties, resetDemo, tokenProvider } from './demo-api.js';

const ORDERS: OrderBy[] = ['contentUpdatedAt_desc', 'contentUpdatedAt_asc', 'updatedAt_desc', 'updatedAt_asc', 'createdAt_desc', 'createdAt_asc', 'dueAt_desc', 'dueAt_asc'];

function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const SERVICES = Array.from({ length: 12 }, (_, i) => `urn:altinn:resource:service-${i}`);

/** Dialogs over `parties` and a dozen services, with coarse dates (many ties), some without a due date. */
function dataset(next: () => number, parties: string[], count: number): DialogListItem[] {
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();
  return Array.from({ length: count }, (_, i) => ({
    id: `0199${String(Math.floor(next() * 1e8)).padStart(8, '0')}-${i}`,
    party: parties[Math.floor(next() * parties.length)],
    serviceResource: SERVICES[Math.floor(next() * SERVICES.length)],
    contentUpdatedAt: day(Math.floor(next() * 30)),
    updatedAt: day(Math.floor(next() * 30)),
    createdAt: day(Math.floor(next() * 30)),
    dueAt: next() < 0.4 ? null : day(Math.floor(next() * 30)),
  })) as DialogListItem[];
}

/** A search as the API answers it: at most `cap` parties (and `serviceCap` services), sorted, paged by a token. */
function server(data: DialogListItem[], cap: number, log: { parties: number; inFlight: number; maxInFlight: number; calls?: number }, serviceCap = 20) {
  return async (query: SearchQuery): Promise<SearchResult> => {
    const parties = query.party ?? [];
    const services = query.serviceResource ?? [];
    if (parties.length > cap) throw new Error(`400: ${parties.length} parties over the cap of ${cap}`);
    if (services.length > serviceCap) throw new Error(`400: ${services.length} services over the cap of ${serviceCap}`);
    log.calls = (log.calls ?? 0) + 1;
    log.parties = Math.max(log.parties, parties.length);
    log.inFlight++;
    log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 0));
    log.inFlight--;
    const order = query.orderBy ?? 'contentUpdatedAt_desc';
    const wanted = new Set(parties);
    const all = data.filter((d) => wanted.has(d.party!) && (!services.length || services.includes(d.serviceResource!))).sort(compareFor(order));
    const from = query.continuationToken ? Number(query.continuationToken) : 0;
    const limit = query.limit ?? 100;
    const items = all.slice(from, from + limit);
    const more = from + limit < all.length;
    return { items, hasNextPage: more, continuationToken: more ? String(from + limit) : null, orderBy: order } as SearchResult;
  };
}

describe('fan-out search over many parties', () => {
  it('property: the merged pages are the pages of one big search (random party counts 1–600, caps 1–100, page sizes, orders, services over their cap)', async () => {
    const next = random(20261202);
    for (let run = 0; run < 60; run++) {
      const partyCount = 1 + Math.floor(next() * 600);
      const cap = 1 + Math.floor(next() * 100);
      const pageSize = 1 + Math.floor(next() * 60);
      const order = ORDERS[Math.floor(next() * ORDERS.length)];
      const parties = Array.from({ length: partyCount }, (_, i) => `urn:altinn:organization:identifier-no:${String(100000000 + i)}`);
      const data = dataset(next, parties, Math.floor(next() * 400));
      // Every third run also names some services, over a cap of 1 to 4: the batches are the combinations.
      const services = run % 3 === 0 ? SERVICES.filter(() => next() < 0.5) : [];
      const serviceCap = 1 + Math.floor(next() * 4);
      const expected = data.filter((d) => !services.length || services.includes(d.serviceResource!)).sort(compareFor(order)).map((d) => d.id);
      const log = { parties: 0, inFlight: 0, maxInFlight: 0 };
      const query = { orderBy: order, excludeApiOnly: true, party: parties, serviceResource: services.length ? services : undefined };
      const search = new FanOutSearch(server(data, cap, log, serviceCap), query, { ...filterCaps(null), party: cap, serviceResource: serviceCap });
      const got: string[] = [];
      for (let page = 0; page < 1000; page++) {
        const { items, hasNextPage, failed } = await search.next(pageSize);
        expect(failed, 'no batch failed').to.deep.equal([]);
        got.push(...items.map((i) => i.id!));
        if (!hasNextPage) break;
        expect(items.length, 'a page is full while there is more').to.equal(pageSize);
      }
      const context = `run ${run}: ${partyCount} parties, cap ${cap}, ${services.length} services, cap ${serviceCap}, page ${pageSize}, ${order}`;
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
      const search = new FanOutSearch((q, signal) => client.searchDialogs(q, { signal }), { ...query, party: parties }, 1);
      const got: string[] = [];
      for (let page = 0; page < 100; page++) {
        const merged = await search.next(7);
        got.push(...merged.items.map((i) => i.id!));
        if (!merged.hasNextPage) break;
      }
      expect(got, orderBy).to.deep.equal((one.items ?? []).map((i) => i.id));
    }
  });

  it('limits: missing, zero, negative, absurd or malformed give the safe default, for every capped filter', () => {
    const limits = (value: unknown) => ({ endUserSearch: { maxPartyFilterValues: value, maxServiceResourceFilterValues: value, maxOrgFilterValues: value, maxExtendedStatusFilterValues: value } }) as never;
    expect(filterCaps(limits(20)).party).to.equal(20);
    expect(filterCaps(limits(5)).party).to.equal(5);
    expect(filterCaps(limits(7))).to.deep.equal({ party: 7, serviceResource: 7, org: 7, extendedStatus: 7 });
    for (const bad of [undefined, null, 0, -3, 1_000_000, 2.5, '20', NaN, Infinity]) {
      expect(filterCaps(limits(bad)).party, String(bad)).to.equal(SAFE_PARTY_CAP);
      expect(filterCaps(limits(bad)), String(bad)).to.deep.equal({ party: 20, serviceResource: 20, org: 20, extendedStatus: 20 });
    }
    expect(filterCaps(null).party).to.equal(SAFE_PARTY_CAP);
    expect(filterCaps({} as never).party).to.equal(SAFE_PARTY_CAP);
    expect(filterCaps({ endUserSearch: null } as never).org).to.equal(SAFE_PARTY_CAP);
  });

  it('every capped filter is kept to its cap: the batches are the combinations of chunks, each value once', () => {
    const caps = { party: 2, serviceResource: 3, org: 1, extendedStatus: 20 };
    const query = { party: ['a', 'b', 'c', 'a'], serviceResource: ['s1', 's2', 's3', 's4'], org: ['o1', 'o2'] };
    expect(overCap(query, caps)).to.equal('party');
    expect(overCap({ party: ['a', 'b'], org: ['o1'] }, caps)).to.equal(null);
    const batches = batchFilters(query, caps);
    expect(batches.length).to.equal(2 * 2 * 2);
    for (const b of batches) {
      expect(b.party!.length).to.be.at.most(2);
      expect(b.serviceResource!.length).to.be.at.most(3);
      expect(b.org!.length).to.equal(1);
    }
    // Each combination of a party, a service and an org is asked exactly once.
    const combos = batches.flatMap((b) => b.party!.flatMap((p) => b.serviceResource!.flatMap((s) => b.org!.map((o) => `${p}|${s}|${o}`))));
    expect(combos.length).to.equal(3 * 4 * 2);
    expect(new Set(combos).size).to.equal(combos.length);
  });

  it('a failing batch is reported with its parties; the others are shown; a retry asks only it and places its rows among those shown', async () => {
    const parties = Array.from({ length: 45 }, (_, i) => `urn:p:${i}`);
    const data = dataset(random(7), parties, 200);
    const expected = [...data].sort(compareFor('createdAt_desc')).map((d) => d.id);
    const log = { parties: 0, inFlight: 0, maxInFlight: 0 };
    const healthy = server(data, 20, log);
    let broken = true;
    const asked: string[][] = [];
    const search = new FanOutSearch(
      (q) => (asked.push(q.party!), broken && q.party!.includes('urn:p:20') ? Promise.reject(new Error('503')) : healthy(q)),
      { orderBy: 'createdAt_desc', party: parties },
      20,
    );
    const first = await search.next(30);
    expect(first.failed.map((f) => f.parties.length)).to.deep.equal([20]);
    expect(first.failed[0].parties).to.include('urn:p:20');
    const missing = new Set(first.failed[0].parties);
    const others = expected.filter((id) => !missing.has(data.find((d) => d.id === id)!.party!));
    expect(first.items.map((i) => i.id)).to.deep.equal(others.slice(0, 30));
    broken = false;
    asked.length = 0;
    const placed = await search.retry(first.items.at(-1)!, 30);
    // Only the failed batch was asked again.
    expect(asked.every((p) => p.includes('urn:p:20'))).to.equal(true);
    expect(placed.failed).to.deep.equal([]);
    // The rows it brings are exactly those that belong among the 30 shown, in order.
    const shown = [...first.items.map((i) => i.id), ...placed.items.map((i) => i.id)].sort((a, b) => expected.indexOf(a!) - expected.indexOf(b!));
    expect(shown).to.deep.equal(expected.slice(0, shown.length));
    // The next pages continue the merged order with every batch: no duplicates, no gaps.
    const rest: string[] = [];
    for (let page = 0; page < 100; page++) {
      const more = await search.next(30);
      rest.push(...more.items.map((i) => i.id!));
      if (!more.hasNextPage) break;
    }
    expect([...shown, ...rest]).to.deep.equal(expected);
  });

  it('a retry waits out the Retry-After a batch was given (429) before it asks again', async () => {
    let calls = 0;
    const tooMany = new ApiError(429, { title: 'Too many requests' }, 1200);
    const search = new FanOutSearch(
      async (q) => {
        calls++;
        if (calls === 2) throw tooMany;
        return { items: [{ id: `x-${q.party![0]}`, party: q.party![0], createdAt: '2026-01-02T00:00:00Z' }], hasNextPage: false, orderBy: 'createdAt_desc' } as SearchResult;
      },
      { orderBy: 'createdAt_desc', party: ['urn:a', 'urn:b'] },
      1,
    );
    const first = await search.next(10);
    expect(first.failed.length).to.equal(1);
    expect((first.failed[0].error as ApiError).status).to.equal(429);
    const started = performance.now();
    const retried = await search.retry(first.items.at(-1)!, 10);
    // A lower bound only: a slow machine makes it longer, never shorter.
    expect(performance.now() - started).to.be.at.least(1000);
    expect(retried.items.length).to.equal(1);
    expect(calls).to.equal(3);
  });

  it('a batch that answers in another order, or with a token that never ends, is stopped with a notice', async () => {
    const parties = ['urn:a', 'urn:b'];
    const wrongOrder = new FanOutSearch(async () => ({ items: [], hasNextPage: false, orderBy: 'createdAt_asc' }) as SearchResult, { orderBy: 'createdAt_desc', party: parties }, 1);
    expect((await wrongOrder.next(10)).failed.map((f) => f.reason)).to.deep.equal(['order', 'order']);
    let calls = 0;
    const endless = new FanOutSearch(
      async () => (calls++, { items: [], hasNextPage: true, continuationToken: 'same', orderBy: 'createdAt_desc' }) as SearchResult,
      { orderBy: 'createdAt_desc', party: parties },
      2,
    );
    const page = await endless.next(10);
    expect(page.failed.map((f) => f.reason)).to.deep.equal(['loop']);
    expect(page.hasNextPage).to.equal(false);
    expect(calls).to.be.below(10);
  });

  it('duplicate party URNs are searched once', async () => {
    const seen: string[][] = [];
    const search = new FanOutSearch(async (q) => (seen.push(q.party!), { items: [], hasNextPage: false }) as SearchResult, { party: ['urn:a', 'urn:a', 'urn:b'] }, 20);
    await search.next(10);
    expect(seen).to.deep.equal([['urn:a', 'urn:b']]);
  });
});
