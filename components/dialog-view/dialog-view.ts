import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ActionOutcome } from '../../src/actions/run-action.js';
import { superseding } from '../../src/api/client.js';
import { ApiError, isAbortError } from '../../src/api/errors.js';
import type { ContentValue, Dialog, DialogAttachment, DialogGuiAction } from '../../src/api/types.js';
import { renderMarkdown } from '../../src/content/markdown.js';
import { sanitizeHtml } from '../../src/content/sanitize.js';
import { isUnavailableUrn, safeHttpUrl } from '../../src/content/url.js';
import { fill } from '../../src/i18n/index.js';
import { formatDate, formatDateTime, parseDate } from '../../src/i18n/format.js';
import { contentText, pickLocalization, pickText } from '../../src/localize.js';
import { dueText, errorAlert, seenText, senderOf, statusTag, titleOf } from '../shared/dialog-bits.js';
import { DialogCloseEvent, type DialogActionCompleteEvent } from '../shared/events.js';
import { InboxElement } from '../shared/inbox-element.js';
import { viewStyles } from './dialog-view.styles.js';

/** The dialog token lives 10 minutes; reload a little before that so actions always carry a valid one. */
const TOKEN_REFRESH_MS = 9 * 60_000;
/** After a 202, poll at most once a second for this long. */
const ACCEPTED_WAIT_MS = 10_000;

/**
 * One dialog: title, status, sender, dates, summary, additional information, attachments and actions.
 *
 * @summary Shows a dialog and the actions the user can take on it.
 *
 * @fires dialog-close - The user leaves the dialog (`detail.reason`: `back` or `deleted`). Cancelable.
 * @fires dialog-action - Bubbles up from the contained <dialog-actions>.
 * @fires dialog-action-complete - Bubbles up from the contained <dialog-actions>.
 * @fires dialog-action-error - Bubbles up from the contained <dialog-actions>.
 *
 * @csspart article - The dialog.
 * @csspart header - Title, sender, status and dates.
 * @csspart title - The title heading.
 * @csspart status - The status tag.
 * @csspart summary - The summary.
 * @csspart additional-info - The additional information.
 * @csspart attachments - The attachment list.
 * @csspart actions - The <dialog-actions> element.
 * @csspart error - An error alert.
 * @csspart placeholder - Shown when no dialog is chosen.
 *
 * @cssprop --dialog-view-gap - Space between the parts of the dialog.
 */
export class DialogViewElement extends InboxElement {
  static override styles = [...InboxElement.styles, viewStyles];

  /** The dialog to show; inside <dialog-inbox> it defaults to the dialog chosen in the list. */
  @property({ attribute: 'dialog-id' }) dialogId?: string;

  @state() private dialog: Dialog | null = null;
  @state() private loading = false;
  @state() private error: unknown = null;
  @state() private notice: string | null = null;
  @state() private selectedId: string | null = null;
  @query('h2.title') private heading?: HTMLElement;

  #load = superseding();
  #loadedKey = '';
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #unsubscribe?: () => void;
  #subscribed: unknown = null;
  #richCache = new Map<string, HTMLElement>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#refreshTimer);
    this.#unsubscribe?.();
    this.#subscribed = null;
    this.#loadedKey = '';
  }

  private get effectiveId(): string | null {
    return this.dialogId || (this.dialogId === undefined ? this.selectedId : null) || null;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.#subscribe();
    const client = this.client;
    const id = this.effectiveId;
    const key = id && client ? `${client.baseUrl}|${this.uiLang}|${id}` : '';
    if (key === this.#loadedKey) return;
    this.#loadedKey = key;
    this.#richCache.clear();
    if (!key) {
      this.dialog = null;
      this.error = null;
      clearTimeout(this.#refreshTimer);
      return;
    }
    this.notice = null;
    void this.reload({ quiet: false });
  }

  #subscribe(): void {
    const shared = this.inboxState;
    if (this.#subscribed === shared) return;
    this.#unsubscribe?.();
    this.#subscribed = shared;
    const onSelect = () => (this.selectedId = shared.selectedId);
    shared.addEventListener('select', onSelect);
    this.selectedId = shared.selectedId;
    this.#unsubscribe = () => shared.removeEventListener('select', onSelect);
  }

  /** Fetches the dialog again (fresh dialog token). `quiet` keeps the current content on screen meanwhile. */
  async reload({ quiet = true } = {}): Promise<Dialog | null> {
    const client = this.client;
    const id = this.effectiveId;
    if (!client || !id) return null;
    if (!quiet) {
      this.loading = true;
      this.dialog = null;
    }
    this.error = null;
    clearTimeout(this.#refreshTimer);
    try {
      const dialog = await this.#load((signal) => client.getDialog(id, { signal }));
      this.dialog = dialog;
      this.#richCache.clear();
      this.inboxState.dialogChanged(dialog);
      this.#refreshTimer = setTimeout(() => void this.reload(), TOKEN_REFRESH_MS);
      return dialog;
    } catch (error) {
      if (isAbortError(error)) return null;
      if (error instanceof ApiError && error.status === 410) this.inboxState.dialogRemoved(id);
      this.error = error;
      this.dialog = null;
      return null;
    } finally {
      this.loading = false;
    }
  }

  /** Moves keyboard focus to the dialog's title, now or as soon as it has loaded. */
  override focus(options?: FocusOptions): void {
    this.#pendingFocus = true;
    this.#focusTitle(options);
  }

  #pendingFocus = false;

  #focusTitle(options?: FocusOptions): void {
    const target = this.heading ?? this.shadowRoot?.querySelector<HTMLElement>('[part="error"]');
    if (!this.#pendingFocus || !target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus(options);
    this.#pendingFocus = false;
  }

  protected override updated(): void {
    this.#focusTitle();
  }

  #close(reason: 'back' | 'deleted'): void {
    const id = this.effectiveId ?? '';
    const event = new DialogCloseEvent(id, reason);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    if (reason === 'deleted') this.inboxState.dialogRemoved(id);
    else if (this.inboxState.selectedId === id) this.inboxState.select(null);
  }

  async #onActionComplete(event: DialogActionCompleteEvent): Promise<void> {
    const { action, outcome } = event;
    if (action.isDeleteDialogAction && outcome.kind === 'done') {
      this.dialog = null;
      this.notice = this.t.dialogDeleted;
      this.#close('deleted');
      return;
    }
    if (outcome.kind === 'accepted') await this.#waitForChange(action, outcome);
    else await this.reload();
  }

  /** 202: the change lands later. Poll at most once a second; after 10 s without change, say so. */
  async #waitForChange(action: DialogGuiAction, _outcome: ActionOutcome): Promise<void> {
    const before = this.dialog?.revision ?? this.dialog?.updatedAt;
    const started = Date.now();
    while (Date.now() - started < ACCEPTED_WAIT_MS && this.isConnected) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const fresh = await this.reload();
      if (!fresh) return; // gone, failed (shown) or superseded
      if ((fresh.revision ?? fresh.updatedAt) !== before) return;
    }
    const title = pickText(action.title, this.uiLang) || action.action || '';
    this.notice = fill(this.t.actionNoChange, { action: title });
  }

  protected override render() {
    const t = this.t;
    const notice = this.notice
      ? html`<div class="ds-alert notice" data-color="info" role="status">${this.notice}</div>`
      : nothing;
    if (!this.effectiveId) {
      return html`${notice}<p class="placeholder" part="placeholder">${t.noDialogSelected}</p>`;
    }
    if (this.error) {
      const lost = this.error instanceof ApiError && [404, 410].includes(this.error.status);
      return html`${notice}${errorAlert(this.error, t, lost ? undefined : () => void this.reload({ quiet: false }))}
        ${lost
          ? html`<p><button class="ds-button" data-variant="secondary" @click=${() => this.#close('back')}>${t.backToList}</button></p>`
          : nothing}`;
    }
    if (this.loading || !this.dialog) {
      return html`${notice}<div class="loading" aria-busy="true">
        <span class="visually-hidden" role="status">${t.loading}</span>
        <span class="ds-skeleton w90" data-variant="text" aria-hidden="true"></span>
        <span class="ds-skeleton w40" data-variant="text" aria-hidden="true"></span>
        <span class="ds-skeleton" data-variant="rectangle" aria-hidden="true"></span>
      </div>`;
    }
    return html`${notice}${this.#renderDialog(this.dialog)}`;
  }

  #renderDialog(dialog: Dialog) {
    const t = this.t;
    const lang = this.uiLang;
    const updated = parseDate(dialog.contentUpdatedAt ?? dialog.updatedAt);
    const created = parseDate(dialog.createdAt);
    const due = dueText(dialog.dueAt, dialog.status, lang, t);
    const summary = contentText(dialog.content?.summary, lang);
    const extended = contentText(dialog.content?.extendedStatus, lang);
    const seen = seenText(dialog.seenSinceLastContentUpdate ?? dialog.seenSinceLastUpdate, t);
    return html`<article part="article" aria-labelledby="dialog-title">
      <header part="header">
        <h2 class="ds-heading title" part="title" id="dialog-title" data-size="md" tabindex="-1">${titleOf(dialog, lang, t)}</h2>
        <div class="meta">
          <span><span class="visually-hidden">${t.from}: </span><span class="sender">${senderOf(dialog, lang)}</span></span>
          ${statusTag(dialog.status, t)}
          ${extended ? html`<span class="ds-tag" data-color="neutral" data-size="sm">${extended}</span>` : nothing}
        </div>
        <div class="meta">
          ${updated ? html`<span>${fill(t.updated, { time: formatDateTime(updated, lang) })}</span>` : nothing}
          ${created ? html`<span>${fill(t.created, { date: formatDate(created, lang) })}</span>` : nothing}
          ${due ? html`<span class=${due.overdue ? 'overdue' : 'due'}>${due.text}</span>` : nothing}
          ${seen ? html`<span>${seen}</span>` : nothing}
        </div>
      </header>
      ${summary ? html`<p class="ds-paragraph summary" part="summary">${summary}</p>` : nothing}
      ${this.#renderAdditionalInfo(dialog.content?.additionalInfo)}
      ${this.#renderAttachments(dialog.attachments)}
      <dialog-actions part="actions" .dialog=${dialog} lang=${lang} .messages=${this.messages}
        @dialog-action-complete=${(e: DialogActionCompleteEvent) => void this.#onActionComplete(e)}></dialog-actions>
    </article>`;
  }

  #renderAdditionalInfo(info: ContentValue | null | undefined): TemplateResult | typeof nothing {
    const picked = pickLocalization(info?.value, this.uiLang);
    if (!picked?.value) return nothing;
    const type = (info?.mediaType ?? 'text/plain').toLowerCase();
    const heading = html`<h3 class="ds-heading" data-size="xs">${this.t.additionalInfo}</h3>`;
    if (type.startsWith('text/markdown') || type.startsWith('text/html')) {
      const key = `${type}|${picked.value}`;
      let container = this.#richCache.get(key);
      if (!container) {
        container = document.createElement('div');
        container.className = 'rich';
        container.append(type.startsWith('text/html') ? sanitizeHtml(picked.value) : renderMarkdown(picked.value));
        this.#richCache.set(key, container);
      }
      return html`<section part="additional-info">${heading}${container}</section>`;
    }
    return html`<section part="additional-info">${heading}<p class="ds-paragraph plain">${picked.value}</p></section>`;
  }

  #renderAttachments(list: DialogAttachment[] | null | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.uiLang;
    const now = Date.now();
    const rows = (Array.isArray(list) ? list : []).flatMap((attachment) => {
      if (!attachment) return [];
      const name = pickText(attachment.displayName, lang) || attachment.name || '…';
      const expired = (parseDate(attachment.expiresAt)?.getTime() ?? Infinity) < now;
      // Only URLs meant for people (Gui); Api URLs are for systems.
      const urls = (attachment.urls ?? []).filter((u) => u && u.consumerType === 'Gui');
      return urls.map((u) => {
        const unauthorized = u.url?.trim() === 'urn:dialogporten:unauthorized';
        const gone = expired || u.url?.trim() === 'urn:dialogporten:expired';
        const href = gone || unauthorized || isUnavailableUrn(u.url) ? null : safeHttpUrl(u.url);
        if (href) {
          return html`<li><a class="ds-link" href=${href} target="_blank" rel="noreferrer">${name}</a></li>`;
        }
        const reason = unauthorized ? t.attachmentUnauthorized : gone ? t.attachmentExpired : t.actionUnsafeUrl;
        return html`<li class="attachment-unavailable" aria-disabled="true"><span class="name">${name}</span> — <span>${reason}</span></li>`;
      });
    });
    if (rows.length === 0) return nothing;
    return html`<section part="attachments">
      <h3 class="ds-heading" data-size="xs">${t.attachments}</h3>
      <ul class="attachments">${rows}</ul>
    </section>`;
  }
}
