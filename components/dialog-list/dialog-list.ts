import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ApiError } from '../../src/api/errors.js';
import type { OrderBy } from '../../src/api/types.js';
import { addTexts, fill } from '../../src/i18n/index.js';
import { MAX_BULK } from '../../src/state/bulk.js';
import { filterCaps } from '../../src/state/filter-caps.js';
import { isOrgCode } from '../../src/state/dialog-rules.js';
import type { StoreKey } from '../../src/state/inbox-store.js';
import {
  activeFilters,
  buildQuery,
  filtersConverter,
  inFolder,
  usableSearch,
  type Folder,
  type ListFilters,
  type ListQuery,
} from '../../src/state/list-query.js';
import type { Row } from '../../src/state/rows.js';
import { errorAlert } from '../shared/dialog-bits.js';
import { DialogSelectEvent } from '../shared/events.js';
import { FocusKeeper } from '../shared/focus-keeper.js';
import { InboxElement } from '../shared/inbox-element.js';
import { loadElement, prefetchElements } from '../shared/lazy.js';
import { extras } from './list-extras-part.js';
import { QueryAttributes } from '../shared/query-attributes.js';
import { nextTask } from '../shared/scheduling.js';
import { listStyles } from './dialog-list.styles.js';
import { renderSelectToggle, type BulkContext } from './list-bulk.js';
import { ListChoices, type ChoicesSource } from './list-choices.js';
import { ListChunks } from './list-chunks.js';
import { ListIntents } from './list-intents.js';
import type { ListWindow } from './list-window.js';
import { ListLabels, rowActions } from './list-labels.js';
import { ListPages } from './list-pages.js';
import type { RecipientChoice } from './list-recipient-filter.js';
import { renderEmpty, renderRows, renderLostParties, renderMore, renderNotSearched, renderSkeleton } from './list-body.js';
import { prepareRows, rowButton, type RowContext } from './list-row.js';
import type { ListRefresh } from './list-refresh.js';
import type { RowMenu } from './list-row-menu.js';
import type { ListKeyboard } from './list-keyboard.js';
import { ListSync } from './list-sync.js';
import { renderActiveFilters, renderFilterBar, renderFolders, renderSearch, type ToolbarContext } from './list-toolbar.js';

/** Past this many rows only the rows near the viewport are in the DOM. */
const WINDOW_FROM = 300;

/** How long the first render waits for the first rows before it shows the skeleton instead (ms). */
const SKELETON_DELAY = 150;

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
 * @fires dialog-party-change - The user chose a recipient in the filters (`detail.parties`: that party, or empty = all parties). Cancelable.
 * @fires dialog-label-change - Before dialogs are archived, binned, restored or marked read or unread (`detail.action`, `detail.dialogIds`). Cancelable: nothing is sent.
 * @fires dialog-auth-required - The user chose "Log in again" on a 401 message (`detail.reason` `session`).
 *
 * @csspart folders - The folders: a strip above the rows, or a side navigation when the list is at least 40rem wide.
 * @csspart toolbar - The search, filters, sort and select controls above the rows.
 * @csspart folder - One folder button; in search results, a row's folder.
 * @csspart search - The search form.
 * @csspart search-hint - The "at least 3 characters" hint.
 * @csspart filters-button - The button that shows the filters.
 * @csspart filters-count - The number of active filters on the filters button.
 * @csspart filters - The filter panel.
 * @csspart active-filters - The removable active filters.
 * @csspart active-filter - One active filter.
 * @csspart reset-filters - The button that removes every filter.
 * @csspart select-button - The button that starts (and ends) selecting.
 * @csspart bulk-bar - The bulk actions.
 * @csspart bulk-action - One bulk action.
 * @csspart bulk-more - The button that opens the bulk actions as a menu (when the list is narrow).
 * @csspart bulk-menu - That menu.
 * @csspart bulk-menu-action - One bulk action in that menu.
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
 * @csspart initial - The sender's initial before its name.
 * @csspart load-more - The "Show more" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart empty-reset - Its "Reset filters" button (when filters left nothing).
 * @csspart error - The error alert.
 * @csspart lost-parties - The note naming parties GET /parties no longer lists (rights revoked, units deleted).
 * @csspart login - The "Log in again" button of a 401 message.
 * @csspart chunk-error - The message (and retry) when the filter panel's code could not be loaded.
 * @csspart refresh - The banner that says what is new since the rows were loaded.
 * @csspart refresh-show - Its button that shows them.
 *
 * @cssprop --dialog-row-gap - Space between rows.
 * @cssprop --dialog-row-padding-block - Space above and below a row's content (also where the checkbox sits).
 * @cssprop --dialog-row-padding-inline - Space before and after a row's content.
 * @cssprop --dialog-row-padding - Padding inside a row (a shorthand that overrides the two above; the checkbox then keeps the default offset).
 * @cssprop --dialog-control-height - Height of the search field, the filters and sort controls and the folder buttons (default 2.25rem).
 * @cssprop --dialog-row-radius - Corner radius of a row.
 * @cssprop --dialog-row-background - Background of a row.
 * @cssprop --dialog-row-selected-background - Background of the open dialog's row.
 * @cssprop --dialog-unread-color - Colour of the unread dot and bar.
 * @cssprop --dialog-mark-background - Background of search matches.
 */
export class DialogListElement extends InboxElement {
  static override styles = [...InboxElement.styles, listStyles];
  static override properties: PropertyDeclarations = {
    party: {},
    orderBy: { attribute: 'order-by', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    folder: { reflect: true },
    filters: { converter: filtersConverter, reflect: true },
    search: { reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    filtersOpen: { state: true },
  };
  protected static override storeOptions = {
    source: 'nearest',
    keys: ['config', 'parties', 'folder', 'filters', 'search', 'orderBy', 'party', 'selectedId', 'picked'],
  } as const;

  /** Space-separated party URNs; empty: every party from GET /parties. Inside <dialog-inbox> it is the inbox's `party`. */
  party?: string;
  /** Sort order sent as `orderBy`; the same order is sent with every continuation token. */
  orderBy?: OrderBy;
  /** Rows per page (`limit`, 1..1000). */
  pageSize = 30;
  /** The folder: `inbox` (default), `drafts`, `sent`, `archive` or `bin`. */
  folder?: Folder;
  /** Filters; as an attribute a query string such as `status=Completed,Awaiting&org=skd&seen=unread&updated=week`. */
  filters?: ListFilters;
  /** Free-text search (3+ characters), across all folders. */
  search?: string;
  /**
   * Seconds between asking for news while the tab is visible (and at once when it is shown again): default 120,
   * at least 30, `0` off. Inside <dialog-inbox> the inbox's, unless the list has its own.
   */
  refreshInterval?: number;

  private filtersOpen = false;
  /** The rows' menu, once the extras chunk (its code) is here. */
  #rowMenu: RowMenu | null = null;

  #query = new QueryAttributes(this, { folder: 'folder', filters: 'filters', search: 'search', orderBy: 'orderBy', party: 'party' });
  #intents: ListIntents = new ListIntents(this, () => this.store, () => this.t);
  #chunks = new ListChunks(this, () => this.#pages.rows.length, () => void this.offsetHeight);
  #pages: ListPages = new ListPages(this, {
    client: () => this.client,
    parties: () => this.#parties(),
    query: () => this.#listQuery(),
    lang: () => this.uiLang,
    belongs: (row) => this.#belongs(row),
    folderHas: (labels) => inFolder(this.store.folder, labels),
    onFirstPage: (keep) => {
      if (this.#rowMenu) this.#rowMenu.for = null;
      if (!keep) this.store.setPicked([]);
      // In the next task, while the request is on the network.
      void nextTask().then(() => this.#pages.phase === 'loading' && prepareRows(this.#rowContext(new Date())));
    },
    caps: (query, fresh) => this.store.capsFor(query, { fresh }),
    capsNow: () => (this.store.limits ? filterCaps(this.store.limits) : null),
    onRefused: () => this.store.refreshParties(),
    onRows: (fresh) => {
      if (fresh) {
        this.#chunks.reset();
        this.#window?.reset();
        this.#refresh?.firstPage();
      }
      this.#labels.keepShown();
    },
  });
  #labels: ListLabels = new ListLabels({
    host: this,
    store: () => this.store,
    client: () => this.client,
    t: () => this.t,
    pages: this.#pages,
    belongs: (row) => this.#belongs(row),
    post: (patches) => this.#sync.post(patches),
  });
  // The channel to the other tabs once the first rows are shown and the extras are here (as the refresh below).
  #sync: ListSync = new ListSync(this, this.#pages, this.#labels, () => this.#afterFirstRows()?.CrossTab, (page) => this.#refresh?.onShared(page));
  #refresh: ListRefresh | null = null;

  /** The extras chunk once the first rows are shown (asked for then, not while the first search is on its way). */
  #afterFirstRows(): ReturnType<typeof extras.use> {
    return this.#pages.phase === 'ready' ? extras.use(this) : undefined;
  }

  /** Starts the refresh once the first rows are shown and its chunk is here (until then the rows are fresh). */
  #startRefresh(): void {
    const code = this.#refresh ? null : this.#afterFirstRows();
    if (!code) return;
    this.#refresh = new code.ListRefresh(this, this.#pages, {
      client: () => this.client,
      query: () => this.#listQuery(),
      interval: () => code.refreshIntervalMs(this.refreshInterval ?? this.store.refreshInterval),
      lang: () => this.uiLang,
      belongs: (row) => this.#belongs(row),
      busy: () => this.#labels.busy !== null,
      caps: (query) => this.store.capsFor(query),
      share: (page) => this.#sync.share(page),
    });
    this.#refresh.firstPage();
    this.requestUpdate(); // its banner's live region goes into the DOM now, empty, so screen readers follow it
  }
  #choicesSource: ChoicesSource = {
    store: () => this.store,
    client: () => this.client,
    parties: () => this.#parties(),
    lang: () => this.uiLang,
    filters: () => this.store.filters,
    // Also once rows are shown with an organisation code for a sender: the names replace the codes.
    namesWanted: () => {
      const f = this.store.filters;
      return this.filtersOpen || Boolean(f.org?.length || f.service?.length) || (this.#updating && this.#codesShown());
    },
    rendered: () => this.#updating,
  };
  #choices = new ListChoices(this.#choicesSource);

  /** The senders' and services' names (the extras chunk), set up once they are wanted (see ListChoices). */
  #serviceNames(): void {
    if (this.#choices.names || !this.client || !this.#choicesSource.namesWanted()) return;
    const code = extras.use(this); // renders again when the chunk is here
    if (code) this.#choices.names = new code.ServiceNames(this, this.#choicesSource);
  }
  #codes: { from: unknown; shown: boolean } | null = null;

  /** Whether a row names its sender by the organisation's code (cached per page of rows). */
  #codesShown(): boolean {
    const rows = this.#pages.rows;
    if (this.#codes?.from !== rows) this.#codes = { from: rows, shown: rows.some((r) => isOrgCode(r.sender, r.org)) };
    return this.#codes.shown;
  }
  #window: ListWindow | null = null;
  /** The window, once the rows are more than WINDOW_FROM and its code is here (until then every row renders). */
  #windowing(): ListWindow | null {
    if (this.#window || this.#pages.rows.length <= WINDOW_FROM) return this.#window;
    const code = extras.use(this);
    this.#window = code ? new code.ListWindow({
      host: this,
      from: WINDOW_FROM,
      rows: () => this.#pages.rows,
    }) : null;
    return this.#window;
  }
  /** The rows' keys, once the extras chunk (their code) is here; until then the list keeps one row in the tab order. */
  #keys: ListKeyboard | null = null;

  constructor() {
    super();
    // A control that an update removes hands focus on: "Clear search" to the search field, the rest to the rows.
    new FocusKeeper(this, (lost) => {
      const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
      const row = this.#keys?.roving.current ?? $('.row-button');
      if (lost.matches('.clear-search')) return [$('#q')];
      // A row the window let go (scrolled far away from it): focus is not pulled back there, nor to another row.
      const lostRow = lost.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId;
      if (lostRow && this.#window?.on && this.#window.ids().includes(lostRow)) return [];
      if (lost.matches('[part="load-more"]')) return [...this.renderRoot.querySelectorAll<HTMLElement>('[part="error"] button')].reverse(); // its retry
      if (lost.matches('[part="active-filter"]')) return [$('[part="filters-button"]')]; // then the next chip (ListIntents)
      if (lost.matches('[part="bulk-action"]')) return [row, $('[part="select-button"]')];
      return [row, $('[part="select-button"]'), $('#q')];
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#intents.stop();
  }

  /** The parties to search (the store's: named, or every party of GET /parties); null while unknown. */
  #parties(): string[] | null {
    const store = this.store;
    if (!store.party.length) store.wantParties();
    return store.parties;
  }

  get #searchText(): string {
    return usableSearch(this.store.search);
  }

  #listQuery(): ListQuery | null {
    const store = this.store;
    const parties = this.#parties();
    if (!parties) return null;
    return buildQuery({ parties, folder: store.folder, filters: store.filters, search: store.search, lang: this.uiLang, orderBy: store.orderBy, limit: this.pageSize });
  }

  /** True from the first update on (not while the first search is out, before it). */
  #updating = false;

  protected override willUpdate(changed: PropertyValues): void {
    this.#updating = true;
    super.willUpdate(changed);
    this.#query.write(changed, this.store);
    this.#sync.sync(this.store);
    this.#chunks.plan();
    this.#windowing();
    this.#serviceNames();
    this.#extrasArrived();
  }

  #extrasAdopted = false;
  /**
   * Once the extras chunk is here, before what it renders: its styles after the list's own, and bokmål's texts that
   * only it reads (added to the catalog; the texts built before are rebuilt).
   */
  #extrasArrived(): void {
    const code = this.#extrasAdopted || !this.shadowRoot ? undefined : extras.module;
    if (!code) return;
    this.#extrasAdopted = true;
    addTexts({ ...code.extrasNb, ...code.pickerNb }); // the recipient filter shares the picker's texts
    this.#keys = new code.ListKeyboard({ host: this, chunks: this.#chunks, window: () => this.#window });
    this.#rowMenu = new code.RowMenu({ host: this, focusRows: () => this.focusList() });
    const sheet = code.extrasStyles.styleSheet;
    if (sheet) this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, sheet];
  }

  protected override storeChanged(keys: ReadonlySet<StoreKey> | null): void {
    this.#query.read(this.store, keys);
    if (!keys || keys.has('search')) this.#intents.followSearch();
    // A dialog is opened: the view's chunk is needed now, if the browser has not fetched it yet.
    if (keys?.has('selectedId') && this.store.selectedId) void loadElement('dialog-view').catch(() => {});
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The first page is on screen (or failed): fetch what the user may need next while the browser is idle.
    if (this.#pages.phase !== 'loading') prefetchElements();
    this.#startRefresh();
    if (!this.#keys) this.#tabStop();
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
    this.syncStore();
    this.#query.writeAll(this.store);
    const answer = this.#pages.start();
    const needs = this.firstRenderNeeds(); // chunks (a language, the fallback theme): the request does not wait for them
    if (answer) await Promise.race([answer, new Promise((resolve) => setTimeout(resolve, SKELETON_DELAY))]);
    else await nextTask();
    await needs;
  }

  /** `updateComplete` resolves when every row is rendered, not only the first ones. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#chunks.done(() => super.getUpdateComplete());
  }

  /** Loads the first page again (retry, or after the view changed). */
  reload(options: { keepSelection?: boolean } = {}): void {
    this.#pages.reload(options);
  }

  /** Loads the next page with the continuation token and the same orderBy. */
  loadMore(): void {
    this.#pages.loadMore();
  }

  /** How many rows are loaded. In a long list only the rows near the viewport are in the DOM. */
  get rowCount(): number {
    return this.#pages.rows.length;
  }

  /** Focuses the current row (for the surrounding inbox, e.g. after Escape in the dialog). */
  focusList(): boolean {
    if (this.#keys) return this.#keys.focusList();
    const row = this.#tabStop();
    row?.focus();
    return Boolean(row);
  }

  /** Focuses the row of a dialog; false when it is not shown (e.g. deleted). */
  focusRow(dialogId: string): boolean {
    const row = this.#keys ? this.#keys.reveal(dialogId) : rowButton(this.renderRoot, dialogId);
    row?.focus();
    return Boolean(row);
  }

  /** The row in the tab order (rows are rendered out of it); the first one until the rows' keys say otherwise. */
  #tabStop(): HTMLElement | null {
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('.row-button');
    const stop = [...rows].find((row) => row.tabIndex === 0) ?? rows[0] ?? null;
    if (stop) stop.tabIndex = 0;
    return stop;
  }

  /** Whether a row with these labels and status belongs in the current view (a search shows every folder). */
  #belongs(row: Row): boolean {
    return Boolean(this.#searchText) || inFolder(this.store.folder, row.labels, row.status);
  }

  /* ------------------------------------------------------------ intents: event first, then the store */

  #select(dialogId: string): void {
    if (this.dispatchEvent(new DialogSelectEvent(dialogId))) this.store.select(dialogId);
  }

  #onRowsClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-act]');
    const id = target?.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId;
    if (!target || !id) return;
    const act = target.dataset.act;
    if (act === 'open') this.#select(id);
    else if (act === 'menu') this.#toggleMenu(id, target);
    else if (act === 'pick') {
      const box = target as HTMLInputElement;
      if (box.checked && this.#labels.picked.size >= MAX_BULK) box.checked = false;
      this.#labels.pick(id, box.checked);
    }
  };

  /**
   * A row's ⋯: the menu's code is in the extras chunk, here by now in most cases (fetched after the first rows); if
   * not, the menu opens once it is, and if it cannot be loaded the list says so (pressing ⋯ again tries again).
   */
  #toggleMenu(id: string, button: HTMLElement): void {
    if (this.#rowMenu) this.#rowMenu.toggle(id, button);
    else this.#afterExtras(() => button.isConnected && this.#rowMenu?.toggle(id, button));
  }

  /**
   * `then` once the extras chunk is here and the list has rendered with it (for a ⋯ or a key pressed before); if it
   * cannot be loaded, `failed` and a message saying so.
   */
  #afterExtras(then: () => unknown, failed?: () => void): void {
    extras.load().then(
      async () => {
        this.requestUpdate();
        await this.updateComplete;
        then();
      },
      () => {
        failed?.();
        this.#labels.message = { tone: 'danger', text: () => this.t.partFailed };
        this.requestUpdate();
      },
    );
  }

  /**
   * Escape in the toolbar: in the search field it first clears the text (and the search); in the filter panel (or on
   * its button) it closes the panel and returns to the button; anywhere else it returns to the rows.
   */
  #onToolbarKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape' && target.id === 'q' && (target as HTMLInputElement).value) {
      event.preventDefault();
      this.#intents.clearSearch();
      return;
    }
    if (event.key === 'Escape' && this.filtersOpen && target.closest?.('#filters, [part="filters-button"]')) {
      event.preventDefault();
      this.filtersOpen = false;
      this.renderRoot.querySelector<HTMLElement>('[part="filters-button"]')?.focus();
      return;
    }
    this.#onKeydown(event);
  };

  /**
   * Escape returns to the rows; Space on a row while selecting picks it instead of opening it. The moving keys are
   * the extras chunk's (ListKeyboard): one pressed on a row before it is here moves once it is.
   */
  #onKeydown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') {
      if (target.closest?.('[popover]') || target.matches?.('.row-button')) return;
      if (this.focusList()) event.preventDefault();
    } else if (this.#labels.selecting && event.key === ' ' && target.dataset?.act === 'open') {
      event.preventDefault();
      const id = target.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId;
      if (id) this.#labels.pick(id, !this.#labels.picked.has(id));
    } else if (!this.#keys && /^(Arrow|Page|Home$|End$)/.test(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey && target.closest?.('.row')) {
      event.preventDefault();
      this.#afterExtras(
        () => target.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, bubbles: true, composed: true })),
        // Without the keys every row is in the tab order, so that each can still be reached.
        () => this.renderRoot.querySelectorAll<HTMLElement>('.row-button').forEach((row) => (row.tabIndex = 0)),
      );
    }
  };

  /* ------------------------------------------------------------ rendering */

  protected override render(): unknown {
    const t = this.t;
    const labels = this.#labels;
    const rows = this.#pages.rows;
    const toolbar: ToolbarContext = this.#intents.toolbar(this.#choices.choices(), this.filtersOpen, () => (this.filtersOpen = !this.filtersOpen));
    const pickedRows = rows.filter((r) => labels.picked.has(r.id));
    const menuRow = this.#rowMenu && rows.find((r) => r.id === this.#rowMenu!.for);
    const bulk: BulkContext = {
      t,
      selecting: labels.selecting,
      count: labels.picked.size,
      shown: rows.length,
      allPicked: rows.length > 0 && labels.picked.size >= Math.min(MAX_BULK, rows.length),
      actions: [...new Set(pickedRows.flatMap(rowActions))],
      busy: labels.busy,
      toggleSelecting: () => labels.toggleSelecting(),
      pickAll: (on) => labels.pickAll(on),
      run: (action) => void labels.run(action, [...labels.picked]),
    };
    return html`
      <div class="frame">${renderFolders(toolbar)}<div class="main">
      <div class="toolbar" part="toolbar" @keydown=${this.#onToolbarKey}>
        <div class="tools">
          ${renderSearch(toolbar)}
          ${renderFilterBar(toolbar, this.filtersOpen ? this.#filterPanel(toolbar) : nothing, renderSelectToggle(bulk))}
        </div>
        ${renderActiveFilters(toolbar, (k, v) => this.#choices.chipLabel(k, v, this.t))}
        ${this.#searchText
          ? html`<p class="searching">${t.searchAllFolders}
              ${rows.length // with no rows the empty state offers the same button: one is enough
                ? html`<button class="ds-button clear-search" data-variant="tertiary" data-size="sm" @click=${() => this.#intents.clearSearch()}>${t.clearSearch}</button>`
                : nothing}</p>`
          : nothing}
      </div>
      ${labels.selecting ? this.#extra((code) => code.renderBulkBar(bulk)) : nothing}
      <div class="message" part="message" aria-live="polite">
        ${labels.message ? html`<div class="ds-alert" data-color=${labels.message.tone} data-size="sm">${labels.message.text()}</div>` : nothing}
      </div>
      <span class="visually-hidden" role="status">${this.#statusText()}</span>
      ${this.#refresh?.render(t)}
      ${this.#renderBody()}
      ${this.#rowMenu?.render(t, menuRow ? rowActions(menuRow) : [], (action) => menuRow && void labels.run(action, [menuRow.id], false))}
      </div></div>
    `;
  }

  #recipients: RecipientChoice | null = null;

  /** The open filter panel's fields, once their chunk is here (a localized message with a retry if it fails). */
  #filterPanel(toolbar: ToolbarContext): unknown {
    return this.#extra((code) => code.renderFilterPanel(toolbar, (this.#recipients ??= new code.RecipientChoice(this, () => this.store)).filter()));
  }

  /**
   * A part rendered by the list's extras chunk (the filter panel, the bulk bar) once it is here; until then a loading
   * text, and a localized message with a retry in its place if the chunk cannot be loaded.
   */
  #extra(render: (code: NonNullable<ReturnType<typeof extras.use>>) => unknown): unknown {
    const code = extras.use(this);
    if (code) return render(code);
    if (!extras.failed) return html`<p class="hint">${this.t.loading}</p>`;
    return html`<div class="ds-alert" data-color="danger" data-size="sm" role="alert" part="chunk-error">
      <p>${this.t.partFailed}</p>
      <button class="ds-button" data-variant="secondary" data-size="sm" @click=${() => extras.retry(this)}>${this.t.retry}</button>
    </div>`;
  }

  /** The failure to show instead of rows: the parties' (inside an inbox, or standalone), else the first page's. */
  #failure(): unknown {
    const store = this.store;
    if (!store.parties && store.partiesError) return store.partiesError;
    return this.#pages.phase === 'error' ? this.#pages.first.error : null;
  }

  /**
   * What the one status region says: loading, then the count. It stays in the DOM in every phase, because screen
   * readers often miss a live region that is inserted with its text already in it.
   */
  #statusText(): string {
    const t = this.t;
    if (this.#failure()) return ''; // errors are alerts of their own
    if (this.#pages.phase === 'loading') return t.loadingDialogs;
    const count = this.#pages.rows.length;
    return this.#pages.hasNextPage ? t.resultCountMore(count) : t.resultCount(count);
  }

  #renderBody() {
    const t = this.t;
    const error = this.#failure();
    if (error) {
      if (this.#searchText && error instanceof ApiError && error.status === 422) {
        return html`<div class="ds-alert" data-color="warning" role="alert" part="error">
          <p class="ds-paragraph">${fill(t.searchTooBroad, { q: this.#searchText })}</p>
        </div>`;
      }
      return errorAlert(error, t, () => this.#retry(), this);
    }
    const pages = this.#pages;
    if (pages.phase === 'loading') return renderSkeleton();
    // Parties that could not be searched, or that GET /parties no longer lists, are said above the rows (or the
    // empty text): what is missing is never hidden.
    const notices = html`${renderLostParties(this.store.lostParties, t)}${pages.failed.length
      ? renderNotSearched(pages.failed, this.#choices.recipients(), t, () => pages.retryFailed(), pages.more.status === 'pending')
      : nothing}`;
    if (pages.rows.length === 0) return html`${notices}${renderEmpty(this.#searchText, activeFilters(this.store.filters).length > 0, t, () => this.#intents.clearSearch(), () => this.#intents.change({ filters: {} }))}`;
    const now = new Date();
    const more = pages.more;
    return html`${notices}
      <div class=${this.#labels.selecting ? 'groups selecting' : 'groups'} part="list" @pointerdown=${(e: PointerEvent) => this.#rowMenu?.onPointerDown(e)}
        @click=${this.#onRowsClick} @keydown=${this.#onKeydown}>
        ${this.#renderRows(now)}
      </div>
      ${more.status === 'error' ? errorAlert(more.error, t, () => void this.#showMore(), this) : nothing}
      ${pages.hasNextPage ? renderMore(more.status === 'pending', t, () => void this.#showMore()) : nothing}`;
  }

  /** The rows the chunks have reached; in a long list only those near the viewport, between spacers. */
  #renderRows(now: Date) {
    const window = this.#window?.on ? this.#window : null;
    const [from, to] = window?.range(this.#chunks.shown) ?? [0, this.#chunks.shown];
    return renderRows(this.#pages.rows, from, to, this.#rowContext(now), now, Boolean(window));
  }

  /**
   * "Show more" (or its retry): focus goes on to the first row it brought, where reading goes on (the button may be
   * gone with the last page). Not when the user has moved on meanwhile.
   */
  async #showMore(): Promise<void> {
    const before = this.#pages.rows.length;
    await this.#pages.loadMore();
    const id = this.#pages.rows[before]?.id;
    if (!id) return;
    for (let frame = 0; frame < 30; frame++) {
      await this.updateComplete;
      const active = this.shadowRoot!.activeElement as HTMLElement | null;
      if (active && !active.matches('[part="load-more"], [part="error"] button')) return;
      if (this.focusRow(id)) return;
      await new Promise(requestAnimationFrame); // the new rows render a chunk per frame
    }
  }

  #rowContext(now: Date): RowContext {
    const picked = this.#labels.picked;
    return {
      lang: this.uiLang,
      t: this.t,
      now,
      orderBy: this.store.orderBy,
      search: this.#searchText,
      selectedId: this.store.selectedId,
      picked,
      pickFull: picked.size >= MAX_BULK,
      recipients: this.#choices.recipients(),
      orgNames: this.#choices.orgNames(),
    };
  }

  #retry(): void {
    const store = this.store;
    if (!store.parties && store.partiesError) store.reloadParties();
    else this.#pages.reload();
  }
}
