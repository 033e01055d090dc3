import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DialogportenClient } from '../../src/api/client.js';
import { retryAfterMs } from '../../src/api/client.js';
import type { DialogListItem, OrderBy, SearchResult } from '../../src/api/types.js';
import type { Messages } from '../../src/i18n/index.js';
import type { SharedPage } from '../../src/state/cross-tab.js';
import type { ListQuery } from '../../src/state/list-query.js';
import { answersQuery, backoffMs, diffFirstPage, visibleGapMs } from '../../src/state/refresh-policy.js';

export { refreshIntervalMs } from '../../src/state/refresh-policy.js';
import { RefreshLeader } from '../../src/state/refresh-share.js';
import { toRow, type Row } from '../../src/state/rows.js';
import { fanOutCode, overCap, type FilterCaps } from '../../src/state/filter-caps.js';
import type { ListPages } from './list-pages.js';

export interface RefreshSource {
  client(): DialogportenClient | null;
  /** The first page's query as the list asks it; null when nothing can be asked. */
  query(): ListQuery | null;
  /** The interval in ms (0: off). */
  interval(): number;
  lang(): string;
  belongs(row: Row): boolean;
  /** An optimistic label change is under way: rows are not patched under it. */
  busy(): boolean;
  caps(query: ListQuery): Promise<FilterCaps>;
  share(page: SharedPage): void;
}

type Page = Pick<SearchResult, 'items' | 'hasNextPage'> & { orderBy?: string | null };

/**
 * The list refreshes itself: when the tab is shown again and at the interval while it is visible, it asks the first
 * page of its query again (one visible tab for all the tabs showing that query) and compares it with the rows.
 * Changes to shown dialogs (labels, read state, status) are applied in place; new and updated dialogs, and those gone
 * to another folder, are counted in a polite banner until the user chooses to see them. Failed asks back off quietly.
 */
export class ListRefresh implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #pages: ListPages;
  #source: RefreshSource;
  #leader = new RefreshLeader(() => this.#schedule());
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | null = null;
  #connected = false;
  #key = '';
  #interval = 0;
  /** When the rows (or a refresh, here or in another tab) last came from the API. */
  #lastAt = 0;
  #failures = 0;
  #retryAfter = 0;
  /** News since the rows were loaded: new dialogs, and shown ones updated or gone. */
  #added = new Set<string>();
  #changed = new Set<string>();

  constructor(host: ReactiveControllerHost & HTMLElement, pages: ListPages, source: RefreshSource) {
    this.#host = host;
    this.#pages = pages;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#leader.close();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = null;
  }

  /** Before each update: follows the query and the interval (another query is another poll, with its own leader). */
  hostUpdate(): void {
    this.#follow();
  }

  /** A first page arrived: what it shows is fresh; the news are in it. */
  firstPage(): void {
    this.#lastAt = Date.now();
    this.#failures = 0;
    this.#added.clear();
    this.#changed.clear();
    this.#schedule();
  }

  get #visible(): boolean {
    return document.visibilityState !== 'hidden';
  }

  #follow(): void {
    const client = this.#source.client();
    const query = this.#source.query();
    const interval = this.#source.interval();
    const key = client && query && interval ? `${client.baseUrl}|${JSON.stringify({ ...query, limit: undefined })}` : '';
    if (key === this.#key && interval === this.#interval) return;
    if (key !== this.#key) this.#abort?.abort();
    this.#key = key;
    this.#interval = interval;
    this.#schedule();
  }

  #onVisibility = () => {
    // Shown again after a while: ask at once (the leader, or this tab before it is elected; once per gap for all).
    if (this.#visible && this.#key && Date.now() - this.#lastAt >= (this.#failures ? this.#wait() : visibleGapMs())) void this.#ask();
    this.#schedule();
  };

  /** How long after the last answer the next ask is due: the interval, longer after failures. */
  #wait(): number {
    return this.#failures ? backoffMs(this.#interval, this.#failures, this.#retryAfter) : this.#interval;
  }

  /** One timer at most, and only in the visible tab that leads. */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const on = this.#connected && this.#visible && Boolean(this.#key);
    this.#leader.want(on ? this.#key : null);
    if (!on || !this.#leader.leading || !this.#lastAt) return;
    const due = this.#lastAt + this.#wait() - Date.now();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#ask();
    }, Math.max(0, due));
  }

  async #ask(): Promise<void> {
    const client = this.#source.client();
    const query = this.#source.query();
    if (!client || !query || this.#abort || this.#pages.phase !== 'ready' || this.#pages.first.status === 'pending') return this.#schedule();
    const abort = (this.#abort = new AbortController());
    const key = this.#key;
    const generation = this.#pages.generation;
    try {
      const page = await this.#search(client, query, abort.signal);
      if (abort.signal.aborted) return;
      this.#failures = 0;
      this.#lastAt = Date.now();
      if (!answersQuery(page, query.orderBy ?? 'contentUpdatedAt_desc', query.party ?? [])) return; // mixed up on the way: ignored
      const items = (page.items ?? []).slice(0, 1000);
      this.#source.share({ key, at: this.#lastAt, items, hasNextPage: page.hasNextPage === true, orderBy: page.orderBy ?? null });
      if (generation === this.#pages.generation) this.#take(items, page.hasNextPage === true, query.orderBy ?? 'contentUpdatedAt_desc');
    } catch (error) {
      if (abort.signal.aborted) return;
      // 5xx, 429, offline: quiet; asked again later, and later still after each failure.
      this.#failures++;
      this.#lastAt = Date.now();
      this.#retryAfter = retryAfterMs(error);
    } finally {
      if (this.#abort === abort) this.#abort = null;
      this.#schedule();
    }
  }

  /** One search, or (over the API's caps) the same search in batches, merged: the chunk the list already uses. */
  async #search(client: DialogportenClient, query: ListQuery, signal: AbortSignal): Promise<Page> {
    const caps = await this.#source.caps(query);
    if (!overCap(query, caps)) return client.searchDialogs(query, { signal });
    const { FanOutSearch } = await fanOutCode();
    const merged = await new FanOutSearch((q, s) => client.searchDialogs(q, { signal: s }), query, caps).next(query.limit ?? 30, signal);
    if (merged.failed.length) throw merged.failed[0].error; // a partial page would look like dialogs gone
    return { items: merged.items, hasNextPage: merged.hasNextPage };
  }

  /** Another tab's answer for the same query: taken as if asked here (validated again: any script could post it). */
  onShared(page: SharedPage): void {
    if (page.key !== this.#key || page.at <= this.#lastAt) return;
    const query = this.#source.query();
    if (!query || !answersQuery({ items: page.items as DialogListItem[], orderBy: page.orderBy }, query.orderBy ?? 'contentUpdatedAt_desc', query.party ?? [])) return;
    this.#lastAt = Math.min(page.at, Date.now());
    this.#failures = 0;
    if (this.#pages.phase === 'ready') this.#take(page.items as DialogListItem[], page.hasNextPage, query.orderBy ?? 'contentUpdatedAt_desc');
    this.#schedule();
  }

  #take(items: DialogListItem[], hasNextPage: boolean, orderBy: OrderBy): void {
    const lang = this.#source.lang();
    const fresh = items.map((item) => toRow(item, lang)).filter((r): r is Row => r !== null && this.#source.belongs(r));
    const diff = diffFirstPage(this.#pages.rows, fresh, orderBy, !hasNextPage, !this.#pages.hasNextPage);
    const before = this.#added.size + this.#changed.size;
    for (const id of diff.added) this.#added.add(id);
    for (const id of [...diff.updated, ...diff.gone]) this.#changed.add(id);
    if (diff.patched.length && !this.#source.busy()) {
      const byId = new Map(diff.patched.map((r) => [r.id, r]));
      this.#pages.setRows(this.#pages.rows.map((r) => byId.get(r.id) ?? r));
    }
    if (this.#added.size + this.#changed.size !== before) this.#host.requestUpdate();
  }

  /** The polite banner: what is new, and a button that shows it (the first page again; selection and focus stay). */
  render(t: Messages): unknown {
    const added = this.#added.size;
    const changed = this.#changed.size;
    const text = [added ? t.refreshNew(added) : '', changed ? t.refreshChanged(changed) : ''].filter(Boolean).join(', ');
    return html`<div class="refresh" aria-live="polite">${text
      ? html`<div class="ds-alert refresh-banner" part="refresh" data-color="info" data-size="sm"><span>${text}</span>
          <button class="ds-button" part="refresh-show" data-variant="secondary" data-size="sm" @click=${() => this.#pages.reload({ keepSelection: true })}>${t.refreshShow}</button></div>`
      : nothing}</div>`;
  }
}
