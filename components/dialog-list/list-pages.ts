import type { ReactiveControllerHost } from 'lit';
import type { DialogportenClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import type { Dialog, DialogListItem, SearchResult, SystemLabel } from '../../src/api/types.js';
import type { Lang } from '../../src/i18n/index.js';
import type { RowPatch } from '../../src/state/cross-tab.js';
import type { ListQuery } from '../../src/state/list-query.js';
import { rowFromDialog, toRow, type Row } from '../../src/state/rows.js';
import type { FanOutSearch, Sortable } from '../../src/state/fan-out.js';
import { fanOutCode, overCap, refusedBatch, type BatchFailure, type FilterCaps } from '../../src/state/filter-caps.js';
import { Task } from '../../src/state/task.js';
import { ElementTask } from '../shared/element-task.js';

export interface PagesSource {
  client(): DialogportenClient | null;
  /** The parties to search; null while they are not known (no request then). */
  parties(): string[] | null;
  /** The first page's query; null when nothing can match (no request, an empty list). */
  query(): ListQuery | null;
  lang(): Lang;
  /** Whether a row belongs in the current view (a search shows every folder). */
  belongs(row: Row): boolean;
  /** Whether dialogs with these labels are in the current folder. */
  folderHas(labels: readonly SystemLabel[]): boolean;
  /** A first page is asked for; `keep`: the same rows again (a new language, a change elsewhere). */
  onFirstPage(keep: boolean): void;
  /** A first page arrived (or the rows were replaced). */
  onRows(fresh: boolean): void;
  /** A batch was refused (403): the user may have lost access to some parties since GET /parties answered. */
  onRefused(): void;
  /** How many values each capped filter may have in one search (from the API's limits when it names several). */
  caps(query: ListQuery, fresh?: boolean): Promise<FilterCaps>;
  /** The caps when the API's limits are already here (no request); null while they are not. */
  capsNow(): FilterCaps | null;
}

type Page = Pick<SearchResult, 'items' | 'continuationToken' | 'hasNextPage'>;
const NO_PAGE: Page = { items: [], continuationToken: null, hasNextPage: false };

/**
 * The list's query and paging: the first page as a task of (client, query, language), "Show more" with the
 * continuation token and the same orderBy, and the rows they give, kept in step with changes to dialogs.
 */
export class ListPages {
  rows: Row[] = [];
  /** Counts first pages: an optimistic change made before the latest one is not rolled back over it. */
  generation = 0;
  #host: ReactiveControllerHost;
  #source: PagesSource;
  #token: string | null = null;
  /** Items the API has given since the first page (more than the rows: drafts are left out of the Inbox). */
  #received = 0;
  /** What the shown rows were asked with (API base and query): the same again keeps the user's place. */
  #base = '';
  #keepNext = false;
  #quiet = false;
  /** The search over more values than one request may name, in batches (null for one request). */
  #fan: FanOutSearch | null = null;
  /** The last item the batches' merge gave: rows a retry brings in go before it. */
  #last: Sortable | null = null;
  /** Batches of parties that could not be searched for the rows shown (a notice with a retry says so). */
  failed: BatchFailure[] = [];

  /** Their values are the number of rows the page gave: the raw pages are not kept (1,000 items are ~0.7 MB). */
  readonly first: ElementTask<readonly [DialogportenClient, string, Lang], number>;
  readonly more: Task<readonly [DialogportenClient, ListQuery, string], number>;

  constructor(host: ReactiveControllerHost, source: PagesSource) {
    this.#host = host;
    this.#source = source;
    this.first = new ElementTask(host, () => this.#args(), ([client, base], signal) => this.#loadFirst(client, base, signal));
    this.more = new Task(([client, query, token], signal) => this.#loadMore(client, query, token, signal), () => host.requestUpdate());
  }

  #args(): readonly [DialogportenClient, string, Lang] | null {
    const client = this.#source.client();
    if (!client || !this.#source.parties()) return null;
    return [client, `${client.baseUrl}|${JSON.stringify(this.#source.query())}`, this.#source.lang()];
  }

  /** Starts the first page now if what to show changed (before the first render, so the request leaves early). */
  start(): Promise<unknown> | undefined {
    return this.first.sync(this.#args());
  }

  get phase(): 'loading' | 'ready' | 'error' {
    const status = this.first.status;
    // The same rows asked for again (a new language, a change elsewhere): they stay on screen, and focus on them.
    if (status === 'pending' && this.#quiet) return 'ready';
    return status === 'error' ? 'error' : status === 'complete' ? 'ready' : 'loading';
  }

  get hasNextPage(): boolean {
    return Boolean(this.#token) && this.more.status !== 'error';
  }

  /** Loads the first page again (retry; a stale revision; a dialog that came in elsewhere). */
  reload({ keepSelection = false } = {}): void {
    this.#keepNext = keepSelection;
    void this.first.run(this.#args());
  }

  async #loadFirst(client: DialogportenClient, base: string, signal: AbortSignal): Promise<number> {
    // The same rows again (a new language, a change elsewhere): as many as are shown, so the user's place and the
    // rows they picked further down stay.
    const keep = this.#keepNext || base === this.#base;
    this.#keepNext = false;
    this.#quiet = keep && this.rows.length > 0;
    this.generation++;
    this.more.reset();
    this.#source.onFirstPage(keep);
    const query = this.#source.query();
    if (query && keep && this.#received > (query.limit ?? 0)) query.limit = Math.min(1000, this.#received);
    // Over several parties the search may need batches: their code (a chunk) comes while the caps are read; not when
    // the limits are here and say one search fits (it would be fetched before the first rows for nothing).
    const known = this.#source.capsNow();
    if (query && (query.party?.length ?? 0) > 1 && (!known || overCap(query, known))) void fanOutCode().catch(() => {});
    const caps = query ? await this.#source.caps(query) : null;
    if (signal.aborted) return 0;
    this.#fan = query && caps && overCap(query, caps) ? await fanOut(client, query, caps) : null;
    this.#last = null;
    const page = !query ? NO_PAGE : this.#fan ? await this.#merged(this.#fan, query.limit, signal) : await this.#one(client, query, signal);
    if (signal.aborted) return 0;
    this.#base = base;
    if (!this.#fan) this.failed = [];
    return this.#setPage(page, false);
  }

  /**
   * One search. If the API refuses it (400) although it keeps to the caps (they changed, or could not be read and
   * 20 was assumed), the limits are read again and it runs again in batches of their caps.
   */
  async #one(client: DialogportenClient, query: ListQuery, signal: AbortSignal): Promise<Page> {
    try {
      return await client.searchDialogs(query, { signal });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 400)) throw error;
      const caps = await this.#source.caps(query, true);
      if (!overCap(query, caps) || signal.aborted) throw error;
      this.#fan = await fanOut(client, query, caps);
      return this.#merged(this.#fan, query.limit, signal);
    }
  }

  /** The next page of a search in batches, as one page of one search (its token only says that more follow). */
  async #merged(fan: FanOutSearch, limit: number | undefined, signal: AbortSignal): Promise<Page> {
    const merged = await fan.next(limit ?? 30, signal);
    this.#setFailed(merged.failed);
    this.#last = merged.items.at(-1) ?? this.#last;
    return { items: merged.items, hasNextPage: merged.hasNextPage, continuationToken: merged.hasNextPage ? 'batches' : null };
  }

  #setFailed(failed: BatchFailure[]): void {
    if (failed.some(refusedBatch) && !this.failed.some(refusedBatch)) this.#source.onRefused();
    this.failed = failed;
  }

  /** Loads the next page with the continuation token and the same orderBy. */
  loadMore(): Promise<unknown> {
    const client = this.#source.client();
    const query = this.#source.query();
    if (!client || !query || !this.#token || this.more.status === 'pending') return Promise.resolve();
    return this.more.run([client, query, this.#token]);
  }

  /**
   * Asks again the batches that could not be searched, only them: their rows take their places among the rows
   * shown, the later ones come with "Show more". Without rows to place them among, the first page again.
   */
  retryFailed(): void {
    const client = this.#source.client();
    const query = this.#source.query();
    if (!client || !query || !this.#fan || !this.#last) return this.reload({ keepSelection: true });
    void this.more.run([client, query, RETRY]);
  }

  async #retry(fan: FanOutSearch, last: Sortable, query: ListQuery, signal: AbortSignal): Promise<number> {
    const page = await fan.retry(last, query.limit ?? 30, signal);
    if (signal.aborted) return 0;
    this.#setFailed(page.failed);
    this.#received += page.items.length;
    const lang = this.#source.lang();
    const known = new Set(this.rows.map((r) => r.id));
    const fresh = unseen(page.items.map((item) => toRow(item, lang)).filter((r): r is Row => r !== null && this.#source.belongs(r)), known);
    // Both lists are in the query's order: merge them (a row changed since keeps its place).
    const compare = fan.compare;
    const rows: Row[] = [];
    let i = 0;
    for (const row of this.rows) {
      while (i < fresh.length && compare(fresh[i], row) < 0) rows.push(fresh[i++]);
      rows.push(row);
    }
    rows.push(...fresh.slice(i));
    this.rows = rows;
    this.#token = page.hasNextPage ? 'batches' : null;
    this.#source.onRows(false);
    this.#host.requestUpdate();
    return fresh.length;
  }

  async #loadMore(client: DialogportenClient, query: ListQuery, token: string, signal: AbortSignal): Promise<number> {
    if (token === RETRY && this.#fan && this.#last) return this.#retry(this.#fan, this.#last, query, signal);
    const page = this.#fan ? await this.#merged(this.#fan, query.limit, signal) : await client.searchDialogs({ ...query, continuationToken: token }, { signal });
    return signal.aborted ? 0 : this.#setPage(page, true);
  }

  /** Shows a page; returns how many rows it gave. */
  #setPage(page: Page, append: boolean): number {
    const lang = this.#source.lang();
    const list: DialogListItem[] = Array.isArray(page.items) ? page.items : [];
    this.#received = (append ? this.#received : 0) + list.length;
    const fresh = list.map((item) => toRow(item, lang)).filter((r): r is Row => r !== null && this.#source.belongs(r)); // e.g. drafts, which the Inbox query cannot exclude
    const added = unseen(fresh, new Set(append ? this.rows.map((r) => r.id) : []));
    this.rows = append ? [...this.rows, ...added] : added;
    this.#token = page.hasNextPage && page.continuationToken ? page.continuationToken : null;
    this.#source.onRows(!append);
    this.#host.requestUpdate();
    return fresh.length;
  }

  /** Replaces the rows (optimistic changes and their rollback). */
  setRows(rows: Row[]): void {
    this.rows = rows;
    this.#host.requestUpdate();
  }

  /** Updates a row from a freshly loaded dialog; returns its patch (for the other tabs), or null when it is not shown. */
  applyDialog(dialog: Dialog): RowPatch | null {
    const row = this.rows.find((r) => r.id === dialog.id);
    if (!row) return null;
    const next = rowFromDialog(row, dialog, this.#source.lang());
    this.setRows(this.rows.map((r) => (r === row ? next : r)));
    return { id: next.id, labels: next.labels, seen: next.seen, rev: next.rev };
  }

  /** Applies label and read changes; rows that leave the view go. True when a dialog not shown now belongs here. */
  applyPatches(patches: RowPatch[]): boolean {
    const byId = new Map(patches.map((p) => [p.id, p]));
    const seen = new Set<string>();
    this.setRows(
      this.rows.flatMap((row) => {
        const p = byId.get(row.id);
        if (!p) return [row];
        seen.add(row.id);
        const next: Row = { ...row, labels: p.labels ?? row.labels, seen: p.seen ?? row.seen, rev: p.rev !== undefined ? p.rev : row.rev };
        return this.#source.belongs(next) ? [next] : [];
      }),
    );
    return patches.some((p) => !seen.has(p.id) && p.labels !== undefined && this.#source.folderHas(p.labels));
  }

  dropRows(ids: Iterable<string>): void {
    const gone = new Set(ids);
    this.setRows(this.rows.filter((r) => !gone.has(r.id)));
  }
}

/** The "Show more" run that asks failed batches again. */
const RETRY = 'retry';

/** The rows whose id is not in `known`, each once (an answer may hold a dialog twice: the first stays, a row is keyed by its id); adds their ids to `known`. */
function unseen(rows: Row[], known: Set<string>): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    if (known.has(row.id)) continue;
    known.add(row.id);
    out.push(row);
  }
  return out;
}

/** The query's search in batches of the caps. */
const fanOut = async (client: DialogportenClient, query: ListQuery, caps: FilterCaps) =>
  new (await fanOutCode()).FanOutSearch((q, signal) => client.searchDialogs(q, { signal }), query, caps);
