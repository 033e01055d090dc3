import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { superseding, type ServiceResourceList } from '../../src/api/client.js';
import { ApiError, errorKind, isAbortError } from '../../src/api/errors.js';
import type { Dialog, DialogListItem, OrderBy } from '../../src/api/types.js';
import { fill } from '../../src/i18n/index.js';
import { pickText } from '../../src/localize.js';
import {
  actionApplies,
  actionsFor,
  applyLabelChange,
  bulkSetLabels,
  labelChange,
  MAX_BULK,
  StaleRevisionError,
  type BulkAction,
} from '../../src/state/bulk.js';
import { CrossTab, type RowPatch } from '../../src/state/cross-tab.js';
import { groupByMonth, monthLabel } from '../../src/state/grouping.js';
import {
  activeFilters,
  buildQuery,
  cleanFilters,
  filtersConverter,
  filtersToString,
  inFolder,
  parseFolder,
  removeFilter,
  usableSearch,
  type Folder,
  type ListFilters,
  type ListQuery,
} from '../../src/state/list-query.js';
import { loadPartyUrns, parsePartyAttribute } from '../../src/state/parties.js';
import { cachedParties, partyNames } from '../../src/state/party-tree.js';
import { rowDate, rowFromDialog, toRow, type Row } from '../../src/state/rows.js';
import { errorAlert } from '../shared/dialog-bits.js';
import { DialogSelectEvent } from '../shared/events.js';
import { InboxElement } from '../shared/inbox-element.js';
import { FocusKeeper } from '../shared/focus-keeper.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { afterNextPaint, nextTask } from '../shared/scheduling.js';
import { listStyles } from './dialog-list.styles.js';
import { renderBulkBar, renderRowMenu } from './list-bulk.js';
import { DialogFilterChangeEvent, DialogFolderChangeEvent, DialogLabelChangeEvent } from './list-events.js';
import { prepareRows, renderRow, type RowContext } from './list-row.js';
import { renderActiveFilters, renderFilterBar, renderFolders, renderSearch, type Choice, type ToolbarContext } from './list-toolbar.js';

type Phase = 'idle' | 'loading' | 'ready' | 'error';
const SEARCH_DELAY = 400;
/** How long the first render waits for the first rows before it shows the skeleton instead (ms). */
const SKELETON_DELAY = 150;
/** Rows rendered in the update that shows a new page of more than MORE_ROWS: more than a screenful, painted at once. */
const FIRST_ROWS = 20;
/** Rows added after each paint until all are rendered (and the most rendered at once): every task stays far under 50 ms. */
const MORE_ROWS = 40;

/**
 * The user's dialogs in folders, with filters, free-text search, sort order, month headings, bulk actions and
 * keyboard navigation; page by page with continuation tokens. Label and read-state changes reach the portal's
 * other tabs (BroadcastChannel per API base URL).
 *
 * Keyboard: Tab enters the rows once; ArrowUp/Down, Home/End, PageUp/Down move between rows; ArrowLeft/Right
 * reach a row's checkbox and menu; Enter opens; Space picks the row while selecting; Escape returns to the rows.
 *
 * @summary A list of the user's dialogs: folders, filters, search, grouping, bulk actions.
 *
 * @fires dialog-select - A row was chosen (`detail.dialogId`). Cancelable: cancel it to open the dialog yourself.
 * @fires dialog-folder-change - The user chose a folder (`detail.folder`). Cancelable.
 * @fires dialog-filter-change - The user changed filters, search or sort (`detail.filters`, `detail.value`, `detail.search`, `detail.orderBy`). Cancelable.
 * @fires dialog-label-change - Before dialogs are archived, binned, restored or marked read or unread (`detail.action`, `detail.dialogIds`). Cancelable: nothing is sent.
 * @fires dialog-auth-required - The user chose "Log in again" on a 401 message (`detail.reason` `session`).
 *
 * @csspart toolbar - The folders, search, filters and bulk controls above the rows.
 * @csspart folders - The folder navigation.
 * @csspart folder - One folder button; in search results, a row's folder.
 * @csspart search - The search form.
 * @csspart search-hint - The "at least 3 characters" hint.
 * @csspart filters-button - The button that shows the filters.
 * @csspart filters - The filter panel.
 * @csspart active-filters - The removable active filters.
 * @csspart active-filter - One active filter.
 * @csspart reset-filters - The button that removes every filter.
 * @csspart select-button - The button that starts (and ends) selecting.
 * @csspart bulk-bar - The bulk actions.
 * @csspart bulk-action - One bulk action.
 * @csspart selected-count - How many rows are picked.
 * @csspart message - The announcement of a bulk result (an aria-live region).
 * @csspart list - The rows, grouped by month.
 * @csspart group - One month's list (`ul`).
 * @csspart group-heading - A month's heading.
 * @csspart row - One row (`li`).
 * @csspart row-button - The clickable area of a row.
 * @csspart row-menu-button - A row's ⋯ button.
 * @csspart row-menu - The menu it opens.
 * @csspart title - A row's title.
 * @csspart status - A status tag.
 * @csspart due - A due date.
 * @csspart seen - "Seen by".
 * @csspart recipient - The party a row belongs to (when several are shown).
 * @csspart load-more - The "Show more" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error alert.
 * @csspart login - The "Log in again" button of a 401 message.
 *
 * @cssprop --dialog-row-gap - Space between rows.
 * @cssprop --dialog-row-padding - Padding inside a row.
 * @cssprop --dialog-row-radius - Corner radius of a row.
 * @cssprop --dialog-row-background - Background of a row.
 * @cssprop --dialog-row-selected-background - Background of the open dialog's row.
 * @cssprop --dialog-unread-color - Colour of the unread dot and bar.
 * @cssprop --dialog-mark-background - Background of search matches.
 */
export class DialogListElement extends InboxElement {
  static override styles = [...InboxElement.styles, listStyles];

  /** Space-separated party URNs (standalone use; inside <dialog-inbox> the inbox decides). */
  @property() party?: string;
  /** Sort order sent as `orderBy`; the same order is sent with every continuation token. */
  @property({ attribute: 'order-by', reflect: true }) orderBy: OrderBy = 'contentUpdatedAt_desc';
  /** Rows per page (`limit`, 1..1000). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 30;
  /** The folder: `inbox` (default), `drafts`, `sent`, `archive` or `bin`. */
  @property({ reflect: true }) folder: Folder = 'inbox';
  /** Filters; as an attribute a query string such as `status=Completed,Awaiting&org=skd&seen=unread&updated=week`. */
  @property({ converter: filtersConverter, reflect: true }) filters: ListFilters = {};
  /** Free-text search (3+ characters), across all folders. */
  @property({ reflect: true }) search = '';

  @state() private rows: Row[] = [];
  @state() private phase: Phase = 'idle';
  @state() private error: unknown = null;
  @state() private moreError: unknown = null;
  @state() private loadingMore = false;
  @state() private selectedId: string | null = null;
  @state() private ownParties: string[] | null = null;
  @state() private draft = '';
  @state() private filtersOpen = false;
  @state() private resources: ServiceResourceList | null = null;
  @state() private recipients: Map<string, string> | null = null;
  @state() private selecting = false;
  @state() private picked: ReadonlySet<string> = new Set();
  @state() private busy: BulkAction | null = null;
  /** `text` runs at render time, so a message follows a change of language. */
  @state() private message: { text: () => string; tone: 'success' | 'danger' } | null = null;
  @state() private menuFor: string | null = null;
  @state() private hasNextPage = false;

  #continuationToken: string | null = null;
  #queryKey = '';
  #queryBase = '';
  #generation = 0;
  #search = superseding();
  #partiesRun = superseding();
  #resourcesRun = superseding();
  #stateListeners?: () => void;
  #subscribedState: unknown = null;
  #crossTab: CrossTab | null = null;
  #crossTabBase = '';
  #draftTimer?: ReturnType<typeof setTimeout>;
  #reloadTimer?: ReturnType<typeof setTimeout>;
  #resourcesKey = '';
  #ownPartiesState: 'none' | 'loading' | 'failed' | 'done' = 'none';
  #recipientsKey = '';
  /** Settles when the first search is answered (see beforeFirstRender). */
  #firstAnswer: Promise<void> | null = null;
  /** How many of `rows` are rendered; the rest follow a chunk per frame (see FIRST_ROWS). */
  #shown = 0;
  /** Resolves when the next chunk of rows is asked for; null when none is waiting. */
  #nextChunk: Promise<void> | null = null;
  #roving = new RovingFocus(this, {
    items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.row-button')),
    cells: (item) => Array.from(item.parentElement?.querySelectorAll<HTMLElement>('[data-act]') ?? []).filter((cell) => cell.offsetParent !== null),
    // End (or ArrowDown on the last row) while a big page is still rendering in chunks goes to its real last row.
    renderAll: () => {
      if (this.#shown >= this.rows.length) return;
      this.#shown = this.rows.length;
      this.requestUpdate('rows');
      this.performUpdate();
    },
  });

  constructor() {
    super();
    // A control that an update removes hands focus on: "Clear search" to the search field, the rest to the rows.
    new FocusKeeper(this, (lost) => {
      const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
      const row = this.#roving.current ?? $('.row-button');
      if (lost.matches('.clear-search')) return [$('#q')];
      if (lost.matches('[part="load-more"]')) return [...this.renderRoot.querySelectorAll<HTMLElement>('[part="error"] button')].reverse(); // its retry
      if (lost.matches('[part="active-filter"]')) return [$('[part="filters-button"]')]; // then #focusAfterRemove
      if (lost.matches('[part="bulk-action"]')) return [row, $('[part="select-button"]')];
      return [row, $('[part="select-button"]'), $('#q')];
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.draft = this.search;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stateListeners?.();
    this.#subscribedState = null;
    this.#crossTab?.close();
    this.#crossTab = null;
    this.#crossTabBase = '';
    clearTimeout(this.#draftTimer);
    clearTimeout(this.#reloadTimer);
  }

  /** Party URNs to search: the attribute, else the inbox's, else GET /parties (standalone); null while unknown. */
  private get parties(): string[] | null {
    const own = parsePartyAttribute(this.party);
    if (own.length) return own;
    if (this.inbox && !this.apiBaseUrl) return this.inbox.parties;
    return this.ownParties;
  }

  get #standaloneParties(): boolean {
    return !parsePartyAttribute(this.party).length && (!this.inbox || Boolean(this.apiBaseUrl));
  }

  get #searchText(): string {
    return usableSearch(this.search);
  }

  private query(): ListQuery | null {
    const parties = this.parties;
    if (!parties) return null;
    return buildQuery({
      parties,
      folder: parseFolder(this.folder),
      filters: this.filters,
      search: this.search,
      lang: this.uiLang,
      orderBy: this.orderBy,
      limit: this.pageSize,
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#subscribeToState();
    if (changed.has('search') && usableSearch(this.draft) !== this.#searchText) this.draft = this.search;
    const client = this.client;
    if (!client) return;
    if (this.#crossTabBase !== client.baseUrl) {
      this.#crossTab?.close();
      this.#crossTab = new CrossTab(client.baseUrl, (patches) => this.#applyPatches(patches, false));
      this.#crossTabBase = client.baseUrl;
    }
    const parties = this.#syncQuery();
    // Inside an inbox whose GET /parties failed: its error (the retry asks the inbox again); loading again after.
    if (!parties && !this.#standaloneParties) {
      const error = this.inbox?.partiesError;
      if (error) (this.phase = 'error'), (this.error = error);
      else if (this.phase === 'error') this.phase = 'loading';
    }
    this.#loadSideData(parties);
    if (changed.has('rows')) this.#planRows();
  }

  /** Starts loading when what to show changed (parties, query, language, client); returns the parties. */
  #syncQuery(): string[] | null {
    const client = this.client;
    if (!client) return null;
    if (this.#standaloneParties && this.#ownPartiesState === 'none') void this.#loadOwnParties();
    const parties = this.parties;
    const query = this.query();
    // The inbox makes a new client for a new language (Accept-Language): the rows are the same when the API is.
    const base = parties ? `${client.baseUrl}|${JSON.stringify(query)}` : '';
    const key = `${client.id}|${base}|${this.uiLang}`;
    if (key !== this.#queryKey) {
      // A new language shows the same rows again (their texts picked anew): the user's selection stays.
      const sameRows = Boolean(base) && base === this.#queryBase;
      this.#queryKey = key;
      this.#queryBase = base;
      if (parties) void this.reload({ keepSelection: sameRows });
    }
    return parties;
  }

  /**
   * The first request leaves before the first render: right after the elements are set up (a microtask, so the
   * inbox above has given its configuration), not after a frame. The first render then waits for the answer, up
   * to SKELETON_DELAY: on a fast network it shows the rows at once, with no skeleton painted in between (and no
   * flash of it); on a slow one the skeleton comes after SKELETON_DELAY. It never runs in the task that loaded
   * the bundle.
   */
  protected override async beforeFirstRender(): Promise<void> {
    await null;
    this.#syncQuery();
    const answer = this.#firstAnswer;
    this.#firstAnswer = null;
    if (answer) await Promise.race([answer, new Promise((resolve) => setTimeout(resolve, SKELETON_DELAY))]);
    else await nextTask();
  }

  /**
   * Renders a big new page's first rows at once and the rest after each paint, so no task runs long. A few rows
   * (a small page, rows back after a failed action) render at once.
   */
  #planRows(): void {
    const total = this.rows.length;
    this.#shown = total - this.#shown <= MORE_ROWS ? total : Math.min(total, Math.max(this.#shown, FIRST_ROWS));
    if (this.#shown >= total || this.#nextChunk) return;
    this.#nextChunk = new Promise((resolve) =>
      afterNextPaint(() => {
        this.#nextChunk = null;
        this.#shown = Math.min(this.rows.length, this.#shown + MORE_ROWS);
        this.requestUpdate('rows');
        resolve();
      }),
    );
  }

  /** `updateComplete` resolves when every row is rendered, not only the first ones. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#nextChunk) {
      await this.#nextChunk;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Service resources (filter names) when filters are shown or used; party names when several parties are shown. */
  #loadSideData(parties: string[] | null): void {
    const client = this.client;
    if (!client || !parties?.length) return;
    const resourcesKey = `${client.baseUrl}|${this.uiLang}|${parties.join(' ')}`;
    const wanted = this.filtersOpen || Boolean(this.filters.org?.length || this.filters.service?.length);
    if (wanted && resourcesKey !== this.#resourcesKey) {
      this.#resourcesKey = resourcesKey;
      this.#resourcesRun((signal) => client.getServiceResources(parties, { signal })).then(
        (list) => (this.resources = list),
        () => (this.#resourcesKey = ''),
      );
    }
    const recipientsKey = parties.length > 1 ? client.baseUrl : '';
    if (recipientsKey !== this.#recipientsKey) {
      this.#recipientsKey = recipientsKey;
      if (!recipientsKey) this.recipients = null;
      else cachedParties(client).then((p) => (this.recipients = partyNames(p)), () => (this.recipients = new Map()));
    }
  }

  async #loadOwnParties(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.phase = 'loading';
    this.#ownPartiesState = 'loading';
    try {
      this.ownParties = await this.#partiesRun(() => loadPartyUrns(client));
      this.#ownPartiesState = 'done';
    } catch (error) {
      if (isAbortError(error)) return;
      this.#ownPartiesState = 'failed';
      this.error = error;
      this.phase = 'error';
    }
  }

  #subscribeToState(): void {
    const shared = this.inboxState;
    if (this.#subscribedState === shared) return;
    this.#stateListeners?.();
    this.#subscribedState = shared;
    const onSelect = () => (this.selectedId = shared.selectedId);
    const onChanged = (event: Event) => this.#applyDialog((event as CustomEvent<Dialog>).detail);
    const onRemoved = (event: Event) => this.#dropRows([(event as CustomEvent<string>).detail]);
    shared.addEventListener('select', onSelect);
    shared.addEventListener('dialog-changed', onChanged);
    shared.addEventListener('dialog-removed', onRemoved);
    this.selectedId = shared.selectedId;
    this.#stateListeners = () => {
      shared.removeEventListener('select', onSelect);
      shared.removeEventListener('dialog-changed', onChanged);
      shared.removeEventListener('dialog-removed', onRemoved);
    };
  }

  /** Items the API has given since the first page (more than the rows: drafts are left out of the Inbox). */
  #received = 0;

  /** Loads the first page again (retry, or after the view changed). */
  async reload(options: { keepSelection?: boolean } = {}): Promise<void> {
    const client = this.client;
    if (!client || !this.parties) return;
    const query = this.query();
    // The same rows again (a new language, a change elsewhere): as many as are shown, so the user's place and
    // the rows they picked further down stay.
    if (options.keepSelection && query && this.#received > (query.limit ?? 0)) query.limit = Math.min(1000, this.#received);
    this.#generation++;
    this.moreError = null;
    this.menuFor = null;
    if (!options.keepSelection) this.picked = new Set();
    if (!query) {
      this.#search(async () => null).catch(() => undefined); // cancels a search under way
      this.#setPage([], null, false);
      return;
    }
    this.phase = 'loading';
    this.error = null;
    try {
      const request = this.#search((signal) => client.searchDialogs(query, { signal }));
      if (!this.hasUpdated) this.#firstAnswer = request.then(() => undefined, () => undefined);
      // In the next task, while the request is on the network.
      void nextTask().then(() => this.phase === 'loading' && prepareRows(this.#rowContext(new Date())));
      const page = await request;
      this.#setPage(page.items, page.continuationToken, page.hasNextPage);
      if (options.keepSelection) this.picked = new Set(this.rows.filter((r) => this.picked.has(r.id)).map((r) => r.id));
    } catch (error) {
      if (isAbortError(error)) return;
      this.error = error;
      this.phase = 'error';
    }
  }

  #setPage(items: DialogListItem[] | null | undefined, token: string | null | undefined, hasNext: boolean | undefined, append = false): void {
    const lang = this.uiLang;
    const list = Array.isArray(items) ? items : [];
    this.#received = (append ? this.#received : 0) + list.length;
    const fresh = list
      .map((item) => toRow(item, lang))
      .filter((r): r is Row => r !== null && this.#belongs(r)); // e.g. drafts, which the Inbox query cannot exclude
    const known = new Set(append ? this.rows.map((r) => r.id) : []);
    if (!append) this.#shown = 0;
    this.rows = append ? [...this.rows, ...fresh.filter((r) => !known.has(r.id))] : fresh;
    this.#continuationToken = token ?? null;
    this.hasNextPage = Boolean(hasNext && token);
    this.phase = 'ready';
  }

  /** Loads the next page with the continuation token and the same orderBy. */
  async loadMore(): Promise<void> {
    const client = this.client;
    const query = this.query();
    if (!client || !query || !this.#continuationToken || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = null;
    try {
      const token = this.#continuationToken;
      const page = await this.#search((signal) => client.searchDialogs({ ...query, continuationToken: token }, { signal }));
      this.#setPage(page.items, page.continuationToken, page.hasNextPage, true);
    } catch (error) {
      if (!isAbortError(error)) this.moreError = error;
    } finally {
      this.loadingMore = false;
    }
  }

  /** Whether a row with these labels and status belongs in the current view (a search shows every folder). */
  #belongs(row: Row): boolean {
    return Boolean(this.#searchText) || inFolder(parseFolder(this.folder), row.labels, row.status);
  }

  /** Updates a row from a freshly loaded dialog (read state, labels, texts) and tells the other tabs. */
  #applyDialog(dialog: Dialog): void {
    const row = this.rows.find((r) => r.id === dialog.id);
    if (!row) return;
    const next = rowFromDialog(row, dialog, this.uiLang);
    this.rows = this.rows.map((r) => (r === row ? next : r));
    this.#applyPatches([{ id: next.id, labels: next.labels, seen: next.seen, rev: next.rev }], true);
  }

  /** Applies label/read changes (from this tab, or another one); rows that leave the view go. */
  #applyPatches(patches: RowPatch[], local: boolean): void {
    if (local) this.#crossTab?.post(patches);
    const byId = new Map(patches.map((p) => [p.id, p]));
    let missing = false;
    const seen = new Set<string>();
    this.rows = this.rows.flatMap((row) => {
      const p = byId.get(row.id);
      if (!p) return [row];
      seen.add(row.id);
      const next: Row = { ...row, labels: p.labels ?? row.labels, seen: p.seen ?? row.seen, rev: p.rev !== undefined ? p.rev : row.rev };
      return this.#belongs(next) ? [next] : [];
    });
    for (const p of patches) {
      if (!seen.has(p.id) && p.labels && inFolder(parseFolder(this.folder), p.labels)) missing = true;
    }
    if (this.picked.size) this.picked = new Set([...this.picked].filter((id) => this.rows.some((r) => r.id === id)));
    // A dialog came into this folder in another tab: fetch the list again (soon, once for a burst of messages).
    if (missing && !local && !this.busy) {
      clearTimeout(this.#reloadTimer);
      this.#reloadTimer = setTimeout(() => void this.reload({ keepSelection: true }), 300);
    }
  }

  #dropRows(ids: string[]): void {
    const gone = new Set(ids);
    this.rows = this.rows.filter((r) => !gone.has(r.id));
    if ([...gone].some((id) => this.picked.has(id))) this.picked = new Set([...this.picked].filter((id) => !gone.has(id)));
  }

  #select(dialogId: string): void {
    const event = new DialogSelectEvent(dialogId);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.inboxState.select(dialogId);
  }

  /* ------------------------------------------------------------ folders, filters, search, sort */

  #setFolder(folder: Folder): void {
    if (folder === this.folder && !this.search) return;
    if (!this.dispatchEvent(new DialogFolderChangeEvent(folder))) return;
    this.folder = folder;
    if (this.search) this.#change({ search: '' });
  }

  /** Applies a change of filters/search/sort when the portal lets it (the event is cancelable). */
  #change(patch: { filters?: ListFilters; search?: string; orderBy?: OrderBy }): boolean {
    const filters = cleanFilters(patch.filters ?? this.filters);
    const search = patch.search ?? this.search;
    const orderBy = patch.orderBy ?? this.orderBy;
    if (filtersToString(filters) === filtersToString(this.filters) && search === this.search && orderBy === this.orderBy) return true;
    if (!this.dispatchEvent(new DialogFilterChangeEvent(filters, search, orderBy))) return false;
    this.filters = filters;
    this.search = search;
    this.orderBy = orderBy;
    return true;
  }

  #setDraft(text: string, submit: boolean): void {
    this.draft = text;
    clearTimeout(this.#draftTimer);
    const apply = () => {
      const usable = usableSearch(this.draft);
      if (usable !== this.#searchText && (usable || !this.draft.trim())) this.#change({ search: usable });
    };
    if (submit) apply();
    else this.#draftTimer = setTimeout(apply, SEARCH_DELAY);
  }

  #chipLabel(key: string, value: string): string {
    const t = this.t;
    const names = this.#choices();
    switch (key) {
      case 'status':
        return `${t.filterStatus}: ${t.status[value] ?? value}`;
      case 'org':
        return `${t.filterOrg}: ${names.orgs.find((o) => o.value === value)?.label ?? value.toUpperCase()}`;
      case 'service':
        return `${t.filterService}: ${names.services.find((o) => o.value === value)?.label ?? value.replace(/^urn:altinn:resource:/, '')}`;
      case 'seen':
        return t.seen[value] ?? value;
      default: {
        const f = this.filters;
        const range = value === 'custom' ? `${f.from ?? '…'} – ${f.to ?? '…'}` : t.dates[value] ?? value;
        return `${t.filterUpdated}: ${range}`;
      }
    }
  }

  /** Sender and service choices from GET /serviceresources (names in the UI language). */
  #choices(): { orgs: Choice[]; services: Choice[] } {
    const lang = this.uiLang;
    const orgs = new Map<string, string>();
    const services: (Choice & { org: string })[] = [];
    for (const item of this.resources?.items ?? []) {
      const code = item?.serviceOwner?.code;
      const id = item?.serviceResource?.id;
      if (typeof code !== 'string' || !code || typeof id !== 'string' || !id) continue;
      orgs.set(code, pickText(item.serviceOwner?.name, lang) || code.toUpperCase());
      services.push({ value: id, label: pickText(item.serviceResource?.name, lang) || id, org: code });
    }
    const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, lang);
    const org = this.filters.org ?? [];
    return {
      orgs: [...orgs].map(([value, label]) => ({ value, label })).sort(byLabel),
      services: services.filter((s) => !org.length || org.includes(s.org)).sort(byLabel),
    };
  }

  /* ------------------------------------------------------------ selection and bulk actions */

  #toggleSelecting(): void {
    this.selecting = !this.selecting;
    if (!this.selecting) this.picked = new Set();
    this.message = null;
  }

  #pick(id: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on && next.size < MAX_BULK) next.add(id);
    else next.delete(id);
    this.picked = next;
  }

  #pickAll(on: boolean): void {
    this.picked = new Set(on ? this.rows.slice(0, MAX_BULK).map((r) => r.id) : []);
  }

  /** Fresh endUserContext revisions (a search: opening the dialogs would mark them as seen). */
  async #fetchRevisions(ids: string[], rows: Row[]): Promise<Map<string, string>> {
    const client = this.client!;
    const wanted = new Set(ids);
    const party = [...new Set(rows.filter((r) => wanted.has(r.id)).map((r) => r.party))].filter(Boolean);
    const found = new Map<string, string>();
    let token: string | undefined;
    for (let page = 0; page < 10 && party.length; page++) {
      const result = await client.searchDialogs({ party, excludeApiOnly: true, orderBy: 'updatedAt_desc', limit: 1000, continuationToken: token });
      for (const item of result.items ?? []) {
        const rev = item?.endUserContext?.revision;
        if (item?.id && wanted.has(item.id) && rev) found.set(item.id, rev);
      }
      token = result.continuationToken ?? undefined;
      if (found.size === wanted.size || !result.hasNextPage || !token) break;
    }
    return found;
  }

  /** Runs a label action on some rows: optimistic, rolled back on failure (the selection stays). */
  async #run(action: BulkAction, ids: string[], fromSelection = true): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    const targets = this.rows.filter((r) => ids.includes(r.id) && actionApplies(action, r.labels));
    if (!targets.length) return;
    if (!this.dispatchEvent(new DialogLabelChangeEvent(action, Object.freeze(targets.map((r) => r.id))))) return;
    const change = labelChange(action);
    const before = this.rows;
    const generation = this.#generation;
    const after = (row: Row): Row => ({
      ...row,
      labels: applyLabelChange(row.labels, change),
      seen: action === 'unread' ? false : action === 'read' ? true : row.seen,
    });
    const targetIds = new Set(targets.map((r) => r.id));
    this.rows = this.rows.flatMap((row) => (targetIds.has(row.id) ? [after(row)].filter((r) => this.#belongs(r)) : [row]));
    this.busy = action;
    this.message = null;
    try {
      const { done, gone } = await bulkSetLabels(client, targets, change, (list) => this.#fetchRevisions(list, targets));
      const doneIds = new Set(done);
      this.rows = this.rows.filter((r) => !gone.includes(r.id)).map((r) => (doneIds.has(r.id) ? { ...r, rev: null } : r));
      this.#crossTab?.post(targets.filter((r) => doneIds.has(r.id)).map((r) => ({ id: r.id, ...pickPatch(after(r)) })));
      this.picked = new Set([...this.picked].filter((id) => !targetIds.has(id)));
      this.message = { tone: 'success', text: () => this.t.bulkDone(this.t.bulk[action], done.length) + (gone.length ? ` ${this.t.bulkGone(gone.length)}` : '') };
    } catch (error) {
      if (generation === this.#generation) this.rows = before;
      if (error instanceof StaleRevisionError) {
        this.message = { tone: 'danger', text: () => this.t.bulkStale };
        void this.reload({ keepSelection: true });
      } else {
        const aborted = isAbortError(error);
        const failed = fromSelection ? 'bulkFailed' : 'rowActionFailed'; // only the first says the selection is kept
        this.message = {
          tone: 'danger',
          text: () => fill(this.t[failed], { action: this.t.bulk[action] }) + (aborted ? '' : ` ${this.t.errors[errorKind(error)] ?? this.t.errors.generic}`),
        };
      }
    } finally {
      this.busy = null;
    }
  }

  /* ------------------------------------------------------------ keyboard and clicks on rows */

  /** The ⋯ whose open menu this press closes (by light dismiss, before the click): its click must not reopen it. */
  #closingMenuOf: string | null = null;

  #onRowsPointerDown = (event: PointerEvent) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-act="menu"]');
    this.#closingMenuOf = button?.getAttribute('aria-expanded') === 'true' ? this.menuFor : null;
  };

  #onRowsClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-act]');
    const id = target?.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId;
    if (!target || !id) return;
    const act = target.dataset.act;
    if (act === 'open') this.#select(id);
    else if (act === 'menu') this.#toggleMenu(id, target);
    else if (act === 'pick') {
      const box = target as HTMLInputElement;
      if (box.checked && this.picked.size >= MAX_BULK) box.checked = false;
      this.#pick(id, box.checked);
    }
  };

  #onKeydown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') {
      if (target.closest?.('[popover]') || target.matches?.('.row-button')) return;
      if (this.#roving.focus()) event.preventDefault();
      return;
    }
    // While selecting, Space picks the focused row instead of opening it.
    if (this.selecting && event.key === ' ' && target.dataset?.act === 'open') {
      event.preventDefault();
      const id = target.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId;
      if (id) this.#pick(id, !this.picked.has(id));
    }
  };

  /**
   * Opens the one row menu from a row's ⋯ (or closes it). Not `popovertarget` on every ⋯: the browser then calls
   * every one of them expanded. `source` makes this button alone the invoker (expanded, anchor, light dismiss).
   */
  #toggleMenu(id: string, button: HTMLElement): void {
    const menu = this.renderRoot.querySelector<HTMLElement>('#row-menu');
    const closedByThisPress = this.#closingMenuOf === id;
    this.#closingMenuOf = null;
    if (!menu || closedByThisPress) return;
    if (menu.matches(':popover-open')) menu.hidePopover();
    else {
      this.menuFor = id;
      (menu.showPopover as (options?: { source?: HTMLElement }) => void)({ source: button });
      button.setAttribute('aria-expanded', 'true');
    }
  }

  /** The row menu takes focus when it opens, and gives it back to its ⋯ button when it closes. */
  async #menuToggled(menu: HTMLElement, open: boolean): Promise<void> {
    if (!open) this.renderRoot.querySelector('[data-act="menu"][aria-expanded="true"]')?.setAttribute('aria-expanded', 'false');
    await this.updateComplete;
    const active = this.shadowRoot?.activeElement;
    if (open) menu.querySelector<HTMLElement>('button')?.focus();
    else if (!active || menu.contains(active)) this.#roving.focus();
  }

  /** Focuses the current row (for the surrounding inbox, e.g. after Escape in the dialog). */
  focusList(): boolean {
    return this.#roving.focus();
  }

  /* ------------------------------------------------------------ rendering */

  #toolbarContext(): ToolbarContext {
    const choices = this.#choices();
    return {
      t: this.t,
      folder: parseFolder(this.folder),
      filters: cleanFilters(this.filters),
      search: this.#searchText,
      draft: this.draft,
      orderBy: this.orderBy,
      filtersOpen: this.filtersOpen,
      orgs: choices.orgs,
      services: choices.services,
      setFolder: (folder) => this.#setFolder(folder),
      setFilters: (filters) => this.#change({ filters }),
      removeFilter: (index) => {
        const item = activeFilters(this.filters)[index];
        if (item && this.#change({ filters: removeFilter(this.filters, item.key, item.value) })) void this.#focusAfterRemove(index);
      },
      setDraft: (text, submit) => this.#setDraft(text, submit),
      setOrder: (orderBy) => this.#change({ orderBy }),
      toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
    };
  }

  /** After a filter chip is removed, focus the next one (or the filters button): focus is never lost. */
  async #focusAfterRemove(index: number): Promise<void> {
    await this.updateComplete;
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('[part="active-filter"]');
    (chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part="filters-button"]'))?.focus();
  }

  protected override render() {
    const t = this.t;
    const toolbar = this.#toolbarContext();
    const pickedRows = this.rows.filter((r) => this.picked.has(r.id));
    const bulkActions = [...new Set(pickedRows.flatMap(rowActions))];
    const menuRow = this.rows.find((r) => r.id === this.menuFor);
    const searching = Boolean(this.#searchText);
    return html`
      <div class="toolbar" part="toolbar" @keydown=${this.#onKeydown}>
        ${renderFolders(toolbar)} ${renderSearch(toolbar)} ${renderFilterBar(toolbar)} ${renderActiveFilters(toolbar, (k, v) => this.#chipLabel(k, v))}
        ${searching
          ? html`<p class="searching">${t.searchAllFolders}
              <button class="ds-button clear-search" data-variant="tertiary" data-size="sm" @click=${() => (this.#change({ search: '' }), (this.draft = ''))}>${t.clearSearch}</button></p>`
          : nothing}
        <div class="bulk-row">
          ${renderBulkBar({
            t,
            selecting: this.selecting,
            count: this.picked.size,
            shown: this.rows.length,
            allPicked: this.rows.length > 0 && this.picked.size >= Math.min(MAX_BULK, this.rows.length),
            actions: bulkActions,
            busy: this.busy,
            toggleSelecting: () => this.#toggleSelecting(),
            pickAll: (on) => this.#pickAll(on),
            run: (action) => void this.#run(action, [...this.picked]),
          })}
        </div>
      </div>
      <div class="message" part="message" aria-live="polite">
        ${this.message ? html`<div class="ds-alert" data-color=${this.message.tone} data-size="sm">${this.message.text()}</div>` : nothing}
      </div>
      <span class="visually-hidden" role="status">${this.#statusText()}</span>
      ${this.#renderBody()}
      ${renderRowMenu(t, menuRow ? rowActions(menuRow) : [], (action) => {
        this.renderRoot.querySelector<HTMLElement>('#row-menu')?.hidePopover();
        if (menuRow) void this.#run(action, [menuRow.id], false);
        this.#roving.focus();
      }, (menu, open) => this.#menuToggled(menu, open))}
    `;
  }

  /**
   * What the one status region says: loading, then the count. It stays in the DOM in every phase, because screen
   * readers often miss a live region that is inserted with its text already in it.
   */
  #statusText(): string {
    const t = this.t;
    if (this.phase === 'loading' || this.phase === 'idle') return t.loadingDialogs;
    if (this.phase !== 'ready') return ''; // errors are alerts of their own
    return this.hasNextPage ? t.resultCountMore(this.rows.length) : t.resultCount(this.rows.length);
  }

  #renderBody() {
    const t = this.t;
    if (this.phase === 'error') {
      if (this.#searchText && this.error instanceof ApiError && this.error.status === 422) {
        return html`<div class="ds-alert" data-color="warning" role="alert" part="error">
          <p class="ds-paragraph">${fill(t.searchTooBroad, { q: this.#searchText })}</p>
        </div>`;
      }
      return errorAlert(this.error, t, () => this.#retry(), this);
    }
    if (this.phase === 'loading' || this.phase === 'idle') return this.#renderSkeleton();
    const filtered = Boolean(this.#searchText || activeFilters(this.filters).length);
    if (this.rows.length === 0) {
      return html`<div class="empty" part="empty">
        <h2 class="ds-heading" data-size="xs">${filtered ? t.emptyFiltered : t.emptyTitle}</h2>
        ${filtered ? nothing : html`<p class="ds-paragraph">${t.emptyBody}</p>`}
      </div>`;
    }
    const now = new Date();
    const context = this.#rowContext(now);
    const today = now.toDateString(); // once per render, not per row
    const groups = groupByMonth(this.rows.slice(0, this.#shown), (row) => rowDate(row, this.orderBy));
    return html`
      <div class=${this.selecting ? 'groups selecting' : 'groups'} part="list" @pointerdown=${this.#onRowsPointerDown} @click=${this.#onRowsClick} @keydown=${this.#onKeydown}>
        ${repeat(
          groups,
          (group, i) => `${group.key}|${i}`,
          (group, i) => html`<section class="group" aria-labelledby=${`g${i}`}>
            <h2 class="group-heading" part="group-heading" id=${`g${i}`}>${monthLabel(group.key, this.uiLang, now) || t.noDate}</h2>
            <ul class="rows" part="group">
              ${repeat(group.items, (row) => row.id, (row) => guard(rowDeps(row, context, today), () => renderRow(row, context)))}
            </ul>
          </section>`,
        )}
      </div>
      ${this.moreError ? errorAlert(this.moreError, t, () => void this.loadMore(), this) : nothing}
      ${this.hasNextPage && !this.moreError
        ? html`<div class="more">
            <button class="ds-button" part="load-more" data-variant="secondary" aria-busy=${this.loadingMore ? 'true' : 'false'}
              aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>
              ${this.loadingMore ? t.loadingMore : t.loadMore}
            </button>
          </div>`
        : nothing}`;
  }

  #rowContext(now: Date): RowContext {
    return {
      lang: this.uiLang,
      t: this.t,
      now,
      orderBy: this.orderBy,
      search: this.#searchText,
      selectedId: this.selectedId,
      picked: this.picked,
      pickFull: this.picked.size >= MAX_BULK,
      recipients: this.recipients,
    };
  }

  #retry(): void {
    if (this.#standaloneParties && this.#ownPartiesState === 'failed') void this.#loadOwnParties();
    else if (!this.parties && this.inbox) this.inbox.reloadParties();
    else void this.reload();
  }

  #renderSkeleton() {
    return html`<div aria-busy="true" part="loading">
      ${[0, 1, 2, 3, 4].map(
        () => html`<div class="skeleton-row" aria-hidden="true">
          <span class="ds-skeleton w30" data-variant="text"></span>
          <span class="ds-skeleton w80" data-variant="text"></span>
          <span class="ds-skeleton w60" data-variant="text"></span>
        </div>`,
      )}
    </div>`;
  }
}

/** The label actions that change something for the row ("Mark as unread" not on a row that is still unread). */
const rowActions = (row: Row) => actionsFor(row.labels).filter((action) => action !== 'unread' || row.seen);

/** What a row's rendering depends on: it is rendered again only when one of these changes. */
const rowDeps = (row: Row, c: RowContext, today: string) => [
  row,
  c.t,
  c.search,
  c.orderBy,
  c.recipients,
  c.selectedId === row.id,
  c.picked.has(row.id),
  c.pickFull,
  today,
];

const pickPatch = (row: Row): Omit<RowPatch, 'id'> => ({ labels: row.labels, seen: row.seen, rev: null });
