import type { DialogListItem, OrderBy, SearchQuery, SearchResult } from '../api/types.js';
import { retryAfterMs } from '../api/client.js';
import { abortError } from '../api/errors.js';

/** Batches asked at the same time. */
export const MAX_IN_FLIGHT = 6;

export { filterCaps, overCap, refusedBatch, SAFE_PARTY_CAP } from './filter-caps.js';
export type { BatchFailure, CappedFilter, FilterCaps } from './filter-caps.js';
import { filterCaps, FILTERS, type BatchFailure, type CappedFilter, type FilterCaps } from './filter-caps.js';

/**
 * The searches that together ask what the query asks: each capped filter's values in chunks of its cap, every
 * combination of chunks. A dialog has one party, one service resource, one org and one extended status, so the
 * searches never answer the same dialog twice.
 */
export function batchFilters(query: SearchQuery, caps: FilterCaps): Partial<Pick<SearchQuery, CappedFilter>>[] {
  let out: Partial<Pick<SearchQuery, CappedFilter>>[] = [{}];
  for (const filter of FILTERS) {
    const values = [...new Set(query[filter] ?? [])];
    if (!values.length) continue;
    const size = Math.max(1, Math.floor(caps[filter]));
    const chunks: string[][] = [];
    for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
    out = out.flatMap((batch) => chunks.map((chunk) => ({ ...batch, [filter]: chunk })));
  }
  return out;
}

export interface MergedPage {
  items: DialogListItem[];
  hasNextPage: boolean;
  /** Batches that failed so far and are left out until retried. */
  failed: BatchFailure[];
}

/** What the merge compares: an item's (or a row's) id and dates. */
export type Sortable = Pick<DialogListItem, 'id' | 'contentUpdatedAt' | 'updatedAt' | 'createdAt' | 'dueAt'>;

type Search = (query: SearchQuery, signal?: AbortSignal) => Promise<SearchResult>;

interface Batch {
  filter: Partial<Pick<SearchQuery, CappedFilter>>;
  token: string | null;
  started: boolean;
  buffer: DialogListItem[];
  failure: BatchFailure | null;
  /** When a failed batch may be asked again (a Retry-After it was given), ms since the epoch. */
  retryAt: number;
  tokens: Set<string>;
  /** Empty pages in a row that still promised more. */
  empties: number;
}

/** The longest Retry-After a retry waits out before it asks again anyway (the user asked for it). */
const MAX_RETRY_WAIT_MS = 30_000;

const FIELDS = ['contentUpdatedAt', 'updatedAt', 'createdAt', 'dueAt'] as const;

/**
 * The order the API sorts by: the field (absent values last, in both directions), ties broken by id in the same
 * direction. Items in this order from every batch merge into the order one search over all parties would give.
 */
export function compareFor(orderBy: OrderBy | string): (a: Sortable, b: Sortable) => number {
  const [field, dir] = orderBy.split('_') as [(typeof FIELDS)[number], string];
  const sign = dir === 'asc' ? 1 : -1;
  const key = (item: Sortable) => {
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

/** Waits `ms`, or less when aborted. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * One search over more values than the API takes at once (parties, service resources, orgs, extended statuses,
 * each capped by GET /metadata/limits): the values in batches of at most their cap, each searched with its own
 * continuation token and the same orderBy, merged into the order one big search would give. A page is the true
 * next page of the merged order (no duplicates, no gaps); at most MAX_IN_FLIGHT requests at a time. A batch that
 * fails is reported, not hidden, and can be retried on its own; the others go on.
 */
export class FanOutSearch {
  #search: Search;
  #query: SearchQuery;
  #batches: Batch[];
  #compare: (a: Sortable, b: Sortable) => number;

  /** The order of the query: items and rows before or after each other (to merge retried rows into those shown). */
  get compare(): (a: Sortable, b: Sortable) => number {
    return this.#compare;
  }

  /** `caps`: the caps of GET /metadata/limits (`filterCaps`), or a number for the party cap alone. */
  constructor(search: Search, query: SearchQuery, caps: FilterCaps | number) {
    this.#search = search;
    this.#query = query;
    this.#compare = compareFor(query.orderBy ?? 'contentUpdatedAt_desc');
    const all = typeof caps === 'number' ? { ...filterCaps(null), party: caps } : caps;
    this.#batches = batchFilters(query, all).map((filter) => ({
      filter, token: null, started: false, buffer: [], failure: null, retryAt: 0, tokens: new Set(), empties: 0,
    }));
  }

  /** How many searches one round asks (one per batch). */
  get batches(): number {
    return this.#batches.length;
  }

  get failed(): BatchFailure[] {
    return this.#batches.flatMap((b) => (b.failure ? [b.failure] : []));
  }

  /** Whether more items may follow in the merged order. */
  get hasNext(): boolean {
    return this.#batches.some((b) => this.#open(b));
  }

  /** A batch may still give items: it has some buffered, or a page not asked for yet. */
  #open(batch: Batch): boolean {
    return !batch.failure && (batch.buffer.length > 0 || !batch.started || batch.token !== null);
  }

  /** Of these batches, those whose next item is unknown: nothing buffered and a page still to ask for. */
  #needy(batches: Batch[]): Batch[] {
    return batches.filter((b) => !b.failure && b.buffer.length === 0 && (!b.started || b.token !== null));
  }

  /** Takes the first item of the merged order of these batches, if it sorts before `until` (when given). */
  #take(batches: Batch[], until?: Sortable): DialogListItem | null {
    let best: Batch | null = null;
    for (const batch of batches) {
      if (batch.failure || !batch.buffer.length) continue;
      if (!best || this.#compare(batch.buffer[0], best.buffer[0]) < 0) best = batch;
    }
    if (!best || (until && this.#compare(best.buffer[0], until) > 0)) return null;
    return best.buffer.shift()!;
  }

  /** The next `limit` items of the merged order. */
  next(limit: number, signal?: AbortSignal): Promise<MergedPage> {
    return this.#pull(this.#batches, limit, limit, undefined, signal);
  }

  /**
   * Asks the batches that failed with an error again, from where they stopped, after the Retry-After they were
   * given (at most 30 s). Returns, in order, their items that sort before `shown` (the last item already shown):
   * they belong among the rows on screen. Their later items come in the next pages. Batches answered in another
   * order or with a token that never ends stay out: asking again would give the same.
   */
  async retry(shown: Sortable, limit: number, signal?: AbortSignal): Promise<MergedPage> {
    const again = this.#batches.filter((b) => b.failure?.reason === 'error');
    const wait = Math.min(MAX_RETRY_WAIT_MS, Math.max(0, ...again.map((b) => b.retryAt - Date.now())));
    if (wait) await sleep(wait, signal);
    if (signal?.aborted) throw abortError();
    for (const batch of again) batch.failure = null;
    return this.#pull(again, Infinity, limit, shown, signal);
  }

  /** Up to `count` items of the merged order of these batches (up to `until`), asking pages of `limit` as needed. */
  async #pull(batches: Batch[], count: number, limit: number, until: Sortable | undefined, signal?: AbortSignal): Promise<MergedPage> {
    const items: DialogListItem[] = [];
    while (items.length < count) {
      const needy = this.#needy(batches);
      if (needy.length) {
        await this.#fill(needy, limit, signal);
        continue;
      }
      const item = this.#take(batches, until);
      if (!item) break;
      items.push(item);
    }
    return { items, hasNextPage: this.hasNext, failed: this.failed };
  }

  async #fill(batches: Batch[], limit: number, signal?: AbortSignal): Promise<void> {
    const queue = [...batches];
    const worker = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) await this.#page(batch, limit, signal);
    };
    await Promise.all(Array.from({ length: Math.min(MAX_IN_FLIGHT, queue.length) }, worker));
    if (signal?.aborted) throw abortError();
  }

  #fail(batch: Batch, reason: BatchFailure['reason'], error?: unknown): void {
    batch.failure = { parties: batch.filter.party ?? [...new Set(this.#query.party ?? [])], reason, error };
  }

  async #page(batch: Batch, limit: number, signal?: AbortSignal): Promise<void> {
    const query: SearchQuery = { ...this.#query, ...batch.filter, limit: Math.min(1000, Math.max(1, limit)) };
    if (batch.token) query.continuationToken = batch.token;
    let result: SearchResult;
    try {
      result = await this.#search(query, signal);
    } catch (error) {
      if (signal?.aborted) return;
      batch.retryAt = Date.now() + retryAfterMs(error);
      this.#fail(batch, 'error', error);
      return;
    }
    batch.started = true;
    const asked = this.#query.orderBy ?? 'contentUpdatedAt_desc';
    const answered = typeof result.orderBy === 'string' ? result.orderBy.split(',')[0].toLowerCase() : asked.toLowerCase();
    if (answered !== asked.toLowerCase()) return this.#fail(batch, 'order');
    const token = result.hasNextPage && typeof result.continuationToken === 'string' && result.continuationToken ? result.continuationToken : null;
    if (token && batch.tokens.has(token)) return this.#fail(batch, 'loop');
    if (token) batch.tokens.add(token);
    batch.token = token;
    // Sorted as the merge expects (the API's own order; a page out of order cannot break the merge).
    batch.buffer = (Array.isArray(result.items) ? result.items : []).filter((item) => item && typeof item === 'object').sort(this.#compare);
    batch.empties = batch.buffer.length || !token ? 0 : batch.empties + 1;
    if (batch.empties > 3) this.#fail(batch, 'loop'); // empty pages that promise more
  }
}
