import type { DialogListItem, Limits, OrderBy, SearchQuery, SearchResult } from '../api/types.js';

/** The party cap when GET /metadata/limits says nothing usable (Dialogporten's own default). */
export const SAFE_PARTY_CAP = 20;
/** Above this a cap is not believed (a broken or hostile answer): the safe default instead. */
const MAX_BELIEVABLE_CAP = 1000;
/** Batches asked at the same time. */
export const MAX_IN_FLIGHT = 6;

/** The most parties one search may name, from GET /metadata/limits; missing, broken or absurd values give 20. */
export function partyCap(limits: Limits | null | undefined): number {
  const value = limits?.endUserSearch?.maxPartyFilterValues;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_BELIEVABLE_CAP ? value : SAFE_PARTY_CAP;
}

/** Why a batch of parties could not be searched (the rows of the other batches are still shown). */
export interface BatchFailure {
  parties: string[];
  /** `error`: the request failed (`error`); `order`: the API answered in another order; `loop`: a token that never ends. */
  reason: 'error' | 'order' | 'loop';
  error?: unknown;
}

export interface MergedPage {
  items: DialogListItem[];
  hasNextPage: boolean;
  /** Batches that failed so far and are left out until retried. */
  failed: BatchFailure[];
}

type Search = (query: SearchQuery, signal?: AbortSignal) => Promise<SearchResult>;

interface Batch {
  parties: string[];
  token: string | null;
  started: boolean;
  buffer: DialogListItem[];
  failure: BatchFailure | null;
  tokens: Set<string>;
  /** Empty pages in a row that still promised more. */
  empties: number;
}

const FIELDS = ['contentUpdatedAt', 'updatedAt', 'createdAt', 'dueAt'] as const;

/**
 * The order the API sorts by: the field (absent values last, in both directions), ties broken by id in the same
 * direction. Items in this order from every batch merge into the order one search over all parties would give.
 */
export function compareFor(orderBy: OrderBy | string): (a: DialogListItem, b: DialogListItem) => number {
  const [field, dir] = orderBy.split('_') as [(typeof FIELDS)[number], string];
  const sign = dir === 'asc' ? 1 : -1;
  const key = (item: DialogListItem) => {
    const value = (item as Record<string, unknown>)[FIELDS.includes(field) ? field : 'contentUpdatedAt'];
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? null : time;
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return sign * (ka - kb);
    }
    const ia = String(a.id ?? '');
    const ib = String(b.id ?? '');
    return ia === ib ? 0 : sign * (ia < ib ? -1 : 1);
  };
}

/**
 * One search over more parties than the API takes at once: the parties in batches of at most `cap`, each searched
 * with its own continuation token and the same orderBy, merged into the order one big search would give. A page
 * is the true next page of the merged order (no duplicates, no gaps); at most MAX_IN_FLIGHT requests at a time.
 * A batch that fails is reported, not hidden, and can be retried; the others go on.
 */
export class FanOutSearch {
  #search: Search;
  #query: SearchQuery;
  #batches: Batch[];
  #compare: (a: DialogListItem, b: DialogListItem) => number;

  constructor(search: Search, query: SearchQuery, parties: readonly string[], cap: number) {
    this.#search = search;
    this.#query = query;
    this.#compare = compareFor(query.orderBy ?? 'contentUpdatedAt_desc');
    const unique = [...new Set(parties)];
    const size = Math.max(1, Math.floor(cap));
    this.#batches = [];
    for (let i = 0; i < unique.length; i += size) {
      this.#batches.push({ parties: unique.slice(i, i + size), token: null, started: false, buffer: [], failure: null, tokens: new Set(), empties: 0 });
    }
  }

  get failed(): BatchFailure[] {
    return this.#batches.flatMap((b) => (b.failure ? [b.failure] : []));
  }

  /** A batch may still give items: it has some buffered, or a page not asked for yet. */
  #open(batch: Batch): boolean {
    return !batch.failure && (batch.buffer.length > 0 || !batch.started || batch.token !== null);
  }

  /** Batches whose next item is unknown: nothing buffered and a page still to ask for. */
  #needy(): Batch[] {
    return this.#batches.filter((b) => !b.failure && b.buffer.length === 0 && (!b.started || b.token !== null));
  }

  /** The next `limit` items of the merged order. */
  async next(limit: number, signal?: AbortSignal): Promise<MergedPage> {
    const items: DialogListItem[] = [];
    while (items.length < limit) {
      const needy = this.#needy();
      if (needy.length) {
        await this.#fill(needy, limit, signal);
        continue;
      }
      let best: Batch | null = null;
      for (const batch of this.#batches) {
        if (batch.failure || !batch.buffer.length) continue;
        if (!best || this.#compare(batch.buffer[0], best.buffer[0]) < 0) best = batch;
      }
      if (!best) break;
      items.push(best.buffer.shift()!);
    }
    return { items, hasNextPage: this.#batches.some((b) => this.#open(b)), failed: this.failed };
  }

  /** Asks the failed batches again from where they stopped (their rows merge into the next pages). */
  retryFailed(): void {
    for (const batch of this.#batches) if (batch.failure?.reason === 'error') batch.failure = null;
  }

  async #fill(batches: Batch[], limit: number, signal?: AbortSignal): Promise<void> {
    const queue = [...batches];
    const worker = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) await this.#page(batch, limit, signal);
    };
    await Promise.all(Array.from({ length: Math.min(MAX_IN_FLIGHT, queue.length) }, worker));
    if (signal?.aborted) throw new DOMException('Superseded or cancelled', 'AbortError');
  }

  async #page(batch: Batch, limit: number, signal?: AbortSignal): Promise<void> {
    const query: SearchQuery = { ...this.#query, party: batch.parties, limit: Math.min(1000, Math.max(1, limit)) };
    if (batch.token) query.continuationToken = batch.token;
    let result: SearchResult;
    try {
      result = await this.#search(query, signal);
    } catch (error) {
      if (signal?.aborted) return;
      batch.failure = { parties: batch.parties, reason: 'error', error };
      return;
    }
    batch.started = true;
    const asked = this.#query.orderBy ?? 'contentUpdatedAt_desc';
    const answered = typeof result.orderBy === 'string' ? result.orderBy.split(',')[0].toLowerCase() : asked.toLowerCase();
    if (answered !== asked.toLowerCase()) {
      batch.failure = { parties: batch.parties, reason: 'order' };
      return;
    }
    const token = result.hasNextPage && typeof result.continuationToken === 'string' && result.continuationToken ? result.continuationToken : null;
    if (token && batch.tokens.has(token)) {
      batch.failure = { parties: batch.parties, reason: 'loop' };
      return;
    }
    if (token) batch.tokens.add(token);
    batch.token = token;
    // Sorted as the merge expects (the API's own order; a page out of order cannot break the merge).
    batch.buffer = (Array.isArray(result.items) ? result.items : []).filter((item) => item && typeof item === 'object').sort(this.#compare);
    batch.empties = batch.buffer.length || !token ? 0 : batch.empties + 1;
    if (batch.empties > 3) batch.failure = { parties: batch.parties, reason: 'loop' }; // empty pages that promise more
  }
}
