import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { superseding } from '../../src/api/client.js';
import { isAbortError } from '../../src/api/errors.js';
import type { Dialog, DialogListItem, OrderBy, SearchQuery } from '../../src/api/types.js';
import { fill } from '../../src/i18n/index.js';
import { formatDateTime, formatRelative, parseDate } from '../../src/i18n/format.js';
import { contentText } from '../../src/localize.js';
import { loadPartyUrns, parsePartyAttribute } from '../../src/state/parties.js';
import { dueText, errorAlert, senderOf, statusTag, titleOf } from '../shared/dialog-bits.js';
import { DialogSelectEvent } from '../shared/events.js';
import { InboxElement } from '../shared/inbox-element.js';
import { listStyles } from './dialog-list.styles.js';

type Phase = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The dialogs of the current view, newest first, page by page.
 *
 * @summary A list of the user's dialogs: title, sender, summary, status, dates, unread emphasis.
 *
 * @fires dialog-select - A row was chosen (`detail.dialogId`). Cancelable: cancel it to open the dialog yourself.
 *
 * @csspart list - The list of rows (`ul`).
 * @csspart row - One row (`li`).
 * @csspart row-button - The clickable area of a row.
 * @csspart title - A row's title.
 * @csspart status - A status tag.
 * @csspart load-more - The "Show more" button.
 * @csspart empty - The empty state.
 * @csspart error - The error alert.
 *
 * @cssprop --dialog-row-gap - Space between rows.
 * @cssprop --dialog-row-padding - Padding inside a row.
 * @cssprop --dialog-row-radius - Corner radius of a row.
 * @cssprop --dialog-row-background - Background of a row.
 * @cssprop --dialog-row-selected-background - Background of the open dialog's row.
 * @cssprop --dialog-unread-color - Colour of the unread dot.
 */
export class DialogListElement extends InboxElement {
  static override styles = [...InboxElement.styles, listStyles];

  /** Space-separated party URNs (standalone use; inside <dialog-inbox> the inbox decides). */
  @property() party?: string;
  /** Sort order sent as `orderBy`; the same order is sent with every continuation token. */
  @property({ attribute: 'order-by' }) orderBy: OrderBy = 'contentUpdatedAt_desc';
  /** Rows per page (`limit`, 1..1000). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 30;

  @state() private items: DialogListItem[] = [];
  @state() private phase: Phase = 'idle';
  @state() private error: unknown = null;
  @state() private moreError: unknown = null;
  @state() private loadingMore = false;
  @state() private selectedId: string | null = null;
  @state() private ownParties: string[] | null = null;

  #continuationToken: string | null = null;
  #hasNextPage = false;
  #queryKey = '';
  #search = superseding();
  #partiesRun = superseding();
  #stateListeners?: () => void;
  #subscribedState: unknown = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stateListeners?.();
    this.#subscribedState = null;
  }

  /** Party URNs to search: the attribute, else the inbox's, else GET /parties (standalone). */
  private get parties(): string[] | null {
    const own = parsePartyAttribute(this.party);
    if (own.length) return own;
    if (this.inbox && !this.apiBaseUrl) return this.inbox.parties;
    return this.ownParties;
  }

  private query(): SearchQuery | null {
    const party = this.parties;
    if (!party || party.length === 0) return null;
    return {
      party,
      systemLabel: ['Default'],
      excludeApiOnly: true,
      orderBy: this.orderBy,
      limit: Math.min(1000, Math.max(1, Math.round(this.pageSize) || 30)),
    };
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.#subscribeToState();
    const client = this.client;
    if (!client) return;
    if (!parsePartyAttribute(this.party).length && (!this.inbox || this.apiBaseUrl) && this.ownParties === null) {
      void this.#loadOwnParties();
    }
    const query = this.query();
    const key = query ? `${client.baseUrl}|${this.uiLang}|${JSON.stringify(query)}` : '';
    if (key !== this.#queryKey) {
      this.#queryKey = key;
      if (query) void this.reload();
      else if (this.inbox?.partiesError) {
        this.phase = 'error';
        this.error = this.inbox.partiesError;
      }
    }
  }

  async #loadOwnParties(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.ownParties = [];
    this.phase = 'loading';
    try {
      this.ownParties = await this.#partiesRun((signal) => loadPartyUrns(client, signal));
    } catch (error) {
      if (isAbortError(error)) return;
      this.ownParties = null;
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
    const onRemoved = (event: Event) => this.#removeRow((event as CustomEvent<string>).detail);
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

  /** Loads the first page again (retry, or after the view changed). */
  async reload(): Promise<void> {
    const client = this.client;
    const query = this.query();
    if (!client || !query) return;
    this.phase = 'loading';
    this.error = null;
    this.moreError = null;
    try {
      const page = await this.#search((signal) => client.searchDialogs(query, { signal }));
      this.items = usableItems(page.items);
      this.#continuationToken = page.continuationToken ?? null;
      this.#hasNextPage = Boolean(page.hasNextPage && page.continuationToken);
      this.phase = 'ready';
    } catch (error) {
      if (isAbortError(error)) return;
      this.error = error;
      this.phase = 'error';
    }
  }

  /** Loads the next page with the continuation token and the same orderBy. */
  async loadMore(): Promise<void> {
    const client = this.client;
    const query = this.query();
    if (!client || !query || !this.#continuationToken || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = null;
    try {
      const page = await this.#search((signal) =>
        client.searchDialogs({ ...query, continuationToken: this.#continuationToken ?? undefined }, { signal }),
      );
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...usableItems(page.items).filter((item) => !known.has(item.id))];
      this.#continuationToken = page.continuationToken ?? null;
      this.#hasNextPage = Boolean(page.hasNextPage && page.continuationToken);
    } catch (error) {
      if (!isAbortError(error)) this.moreError = error;
    } finally {
      this.loadingMore = false;
    }
  }

  /** Updates a row from a freshly loaded dialog (read state, status, texts) without a refetch. */
  #applyDialog(dialog: Dialog): void {
    const index = this.items.findIndex((item) => item.id === dialog.id);
    if (index < 0) return;
    const labels = dialog.endUserContext?.systemLabels ?? [];
    if (labels.length && !labels.includes('Default')) {
      this.#removeRow(dialog.id ?? '');
      return;
    }
    const old = this.items[index];
    const row: DialogListItem = {
      ...old,
      status: dialog.status ?? old.status,
      updatedAt: dialog.updatedAt ?? old.updatedAt,
      contentUpdatedAt: dialog.contentUpdatedAt ?? old.contentUpdatedAt,
      dueAt: dialog.dueAt !== undefined ? dialog.dueAt : old.dueAt,
      isContentSeen: dialog.isContentSeen ?? old.isContentSeen,
      hasUnopenedContent: dialog.hasUnopenedContent ?? old.hasUnopenedContent,
      content: {
        ...old.content,
        title: dialog.content?.title ?? old.content?.title,
        summary: dialog.content?.summary ?? old.content?.summary,
        senderName: dialog.content?.senderName ?? old.content?.senderName,
        extendedStatus: dialog.content?.extendedStatus ?? old.content?.extendedStatus,
      },
    };
    this.items = this.items.map((item, i) => (i === index ? row : item));
  }

  #removeRow(dialogId: string): void {
    this.items = this.items.filter((item) => item.id !== dialogId);
  }

  #select(dialogId: string): void {
    const event = new DialogSelectEvent(dialogId);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.inboxState.select(dialogId);
  }

  protected override render() {
    const t = this.t;
    if (this.phase === 'error') return errorAlert(this.error, t, () => this.#retry());
    if (this.phase === 'loading' || this.phase === 'idle') return this.#renderSkeleton();
    if (this.items.length === 0) {
      return html`<div class="empty" part="empty">
        <h2 class="ds-heading" data-size="xs">${t.emptyTitle}</h2>
        <p class="ds-paragraph">${t.emptyBody}</p>
      </div>`;
    }
    return html`
      <ul class="rows" part="list" aria-label=${t.dialogs}>
        ${repeat(this.items, (item) => item.id, (item) => this.#renderRow(item))}
      </ul>
      ${this.moreError ? errorAlert(this.moreError, t, () => void this.loadMore()) : nothing}
      ${this.#hasNextPage && !this.moreError
        ? html`<div class="more">
            <button class="ds-button" part="load-more" data-variant="secondary" aria-busy=${this.loadingMore ? 'true' : 'false'}
              aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>
              ${this.loadingMore ? t.loadingMore : t.loadMore}
            </button>
          </div>`
        : nothing}
    `;
  }

  #retry(): void {
    if (this.ownParties === null && !parsePartyAttribute(this.party).length && (!this.inbox || this.apiBaseUrl)) {
      void this.#loadOwnParties();
    } else if (!this.query() && this.inbox) {
      this.inbox.reloadParties();
    } else void this.reload();
  }

  #renderSkeleton() {
    return html`<div aria-busy="true" part="loading">
      <span class="visually-hidden" role="status">${this.t.loadingDialogs}</span>
      ${[0, 1, 2, 3, 4].map(
        () => html`<div class="skeleton-row" aria-hidden="true">
          <span class="ds-skeleton w30" data-variant="text"></span>
          <span class="ds-skeleton w80" data-variant="text"></span>
          <span class="ds-skeleton w60" data-variant="text"></span>
        </div>`,
      )}
    </div>`;
  }

  #renderRow(item: DialogListItem) {
    const lang = this.uiLang;
    const t = this.t;
    const id = item.id ?? '';
    const unread = item.isContentSeen === false;
    const updated = parseDate(item.contentUpdatedAt ?? item.updatedAt);
    const due = dueText(item.dueAt, item.status, lang, t);
    const summary = contentText(item.content?.summary, lang);
    const extended = contentText(item.content?.extendedStatus, lang);
    return html`<li part="row" class=${unread ? 'unread' : ''} data-dialog-id=${id}>
      <button class="row-button" part="row-button" aria-current=${this.selectedId === id ? 'true' : 'false'}
        @click=${() => this.#select(id)}>
        <span class="row-top">
          <span class="sender">${senderOf(item, lang)}</span>
          ${updated
            ? html`<time datetime=${updated.toISOString()} title=${formatDateTime(updated, lang)}>${fill(t.updated, { time: formatRelative(updated, lang) })}</time>`
            : nothing}
        </span>
        <span class="title" part="title">${unread ? html`<span class="unread-dot" aria-hidden="true"></span><span class="visually-hidden">${t.unread}: </span>` : nothing}${titleOf(item, lang, t)}</span>
        ${summary ? html`<span class="summary">${summary}</span>` : nothing}
        <span class="meta">
          ${statusTag(item.status, t)}
          ${extended ? html`<span class="ds-tag" data-color="neutral" data-size="sm">${extended}</span>` : nothing}
          ${due ? html`<span class=${due.overdue ? 'overdue' : 'due'}>${due.text}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }
}

/** Drops entries that cannot be shown or opened (untrusted data: no id, not an object). */
function usableItems(items: DialogListItem[] | null | undefined): DialogListItem[] {
  return Array.isArray(items) ? items.filter((item) => item && typeof item === 'object' && typeof item.id === 'string' && item.id) : [];
}
