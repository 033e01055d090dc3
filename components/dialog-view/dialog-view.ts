import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { TOKEN_REFRESH_MS } from '../../src/actions/run-action.js';
import { retryAfterMs, type DialogportenClient } from '../../src/api/client.js';
import { ApiError, errorKind, isAbortError } from '../../src/api/errors.js';
import type { ContentValue, Dialog } from '../../src/api/types.js';
import { renderRichText } from '../../src/content/rich-text.js';
import { addTexts, fill } from '../../src/i18n/index.js';
import { viewNb } from '../../src/i18n/view-nb.js';
import { formatDate, formatDateTime, parseDate } from '../../src/i18n/format.js';
import type { DialogEventType } from '../../src/live/dialog-events.js';
import { contentText, pickLocalization, textLang } from '../../src/localize.js';
import { dialogVersion as versionOf } from '../../src/state/dialog-version.js';
import { dueState, isOrgCode, senderName } from '../../src/state/dialog-rules.js';
import { dueLabel, errorAlert, statusTag, titleOf } from '../shared/dialog-bits.js';
import { DialogAuthRequiredEvent, DialogCloseEvent, type DialogActionCompleteEvent } from '../shared/events.js';
import { ElementTask } from '../shared/element-task.js';
import { FocusKeeper } from '../shared/focus-keeper.js';
import { afterNextPaint } from '../shared/scheduling.js';
import { designsystemetView } from '../shared/ds-view.js';
import { InboxElement } from '../shared/inbox-element.js';
import { renderAttachments } from './attachments.js';
import { SeenLog } from './seen-log.js';
import { timelineStyles, viewStyles } from './dialog-view.styles.js';
import { EmbedLoader } from './embed-loader.js';
import { renderHistory } from './history.js';
import { LiveController } from './live-controller.js';
import { EXPORTS } from '../shared/parts.js';
import { renderTransmissions } from './transmissions.js';

/** After a failed refresh, the next try (ms). */
const REFRESH_RETRY_MS = 30_000;

/**
 * One dialog: title, status, sender, dates, summary, additional information, the main content embedded from
 * the service, attachments, actions, the transmissions as threads, and the history. Live updates keep it fresh.
 *
 * @summary Shows a dialog, its messages and history, and the actions the user can take on it.
 *
 * @fires dialog-close - The user leaves the dialog (`detail.reason`: `back` or `deleted`). Cancelable.
 * @fires dialog-auth-required - The API wants a higher authentication level (`auth-level`), or the user to log in
 *   again (`session`, from the "Log in again" button of a 401 message).
 * @fires dialog-action - Bubbles up from the contained <dialog-actions>. Cancelable.
 * @fires dialog-action-complete - Bubbles up from the contained <dialog-actions>.
 * @fires dialog-action-error - Bubbles up from the contained <dialog-actions>.
 *
 * @csspart article - The dialog.
 * @csspart header - Title, sender, status and dates.
 * @csspart title - The title heading.
 * @csspart status - The status tag.
 * @csspart summary - The summary.
 * @csspart main-content - The content embedded from the service.
 * @csspart additional-info - The additional information.
 * @csspart attachments - The attachment list.
 * @csspart actions - The <dialog-actions> element; its own parts are exported as `actions-<part>` (`actions-action`).
 * @csspart transmissions - The messages, as threads.
 * @csspart transmission - One message.
 * @csspart transmission-content - A message's embedded content.
 * @csspart more-threads - The "show more conversations" button.
 * @csspart history - The history.
 * @csspart seen-log - Who has seen the dialog.
 * @csspart notice - A notice (deleted, no change after an action).
 * @csspart placeholder - Shown when no dialog is chosen.
 * @csspart error - An error alert.
 * @csspart login - The "Log in again" button of a 401 message.
 *
 * @cssprop --dialog-view-gap - Space between the parts of the dialog.
 * @cssprop --dialog-transmission-background - The background of a message in a thread.
 */
export class DialogViewElement extends InboxElement {
  static override properties: PropertyDeclarations = {
    dialogId: { attribute: 'dialog-id' },
    dialog: { state: true },
    error: { state: true },
    refreshError: { state: true },
    notice: { state: true },
    expanded: { state: true },
    allThreads: { state: true },
  };
  static {
    addTexts(viewNb); // bokmål's texts only the view and its actions read come with their code (see src/i18n/index.ts)
  }

  static override styles = [...InboxElement.styles, designsystemetView, viewStyles, timelineStyles];
  /** Its <dialog-actions> read the same store (a standalone view's own, with its client for fresh tokens). */
  protected static override storeOptions = { source: 'nearest', provide: true, keys: ['config', 'selectedId'] } as const;

  /** The dialog to show; inside <dialog-inbox> it defaults to the dialog chosen in the list. */
  dialogId?: string;

  private dialog: Dialog | null = null;
  private error: unknown = null;
  /** A background refresh failed: the dialog stays on screen with this error above it. */
  private refreshError: unknown = null;
  /** Runs at render time, so the notice follows a change of language. */
  private notice: (() => string) | null = null;
  private expanded = new Set<string>();
  private allThreads = false;
  private get heading() {
    return this.renderRoot.querySelector<HTMLElement>('h2.title');
  }

  /** The dialog, loaded for (client, id): a new language or token provider loads it again, quietly. */
  #load = new ElementTask(
    this,
    () => {
      const client = this.client;
      const id = this.effectiveId;
      return client && id ? ([client, id] as const) : null;
    },
    ([client, id], signal) => this.#fetch(client, id, signal),
  );
  #seenLog = new SeenLog(this);
  #shownId: string | null = null;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #richCache = new Map<string, HTMLElement>();
  #pendingFocus = false;
  /** The dialog whose threads and history are rendered (see updated). */
  #fullFor?: string;
  #rest?: Promise<void>;
  #embeds = new EmbedLoader(this);
  #live = new LiveController(this, {
    url: () => (this.dialog ? this.liveStreamUrl : null),
    dialogId: () => this.dialog?.id ?? null,
    token: async () => {
      if (this.dialog && !this.store.tokenIsFresh(this.dialog)) await this.reload();
      return this.dialog?.dialogToken;
    },
    onEvent: (type) => void this.#onLiveEvent(type),
    onResume: async () => void (await this.reload()),
    poll: async () => {
      // A poll that fails says nothing (the next one, or the user, tries again): no error over the dialog.
      this.#background = true;
      this.#pollError = null;
      try {
        const dialog = await this.reload();
        if (dialog) return { version: versionOf(dialog) };
        // A Retry-After (429, 503): the API asks the polling to pause.
        return { version: null, retryAfterMs: retryAfterMs(this.#pollError) };
      } finally {
        this.#background = false;
      }
    },
  });
  /** A poll is fetching: its failure is quiet. */
  #background = false;
  /** The failure of the current poll, if any. */
  #pollError: unknown = null;

  constructor() {
    super();
    // Focus on a control of the dialog (an action, say) that an update removes goes to the notice or the title.
    new FocusKeeper(this, () => [this.renderRoot.querySelector<HTMLElement>('[part="notice"]'), this.heading]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#refreshTimer);
  }

  private get effectiveId(): string | null {
    return this.dialogId || (this.dialogId === undefined ? this.store.selectedId : null) || null;
  }

  /** With no dialog to show, the first render waits until the browser is idle. */
  protected override firstRenderCanWait(): boolean {
    return !this.dialogId && !this.store.selectedId;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const id = this.effectiveId;
    if (id === this.#shownId) return;
    // Another dialog: what the user had opened of the last one goes, and it is shown loading, not the last one.
    this.#shownId = id;
    this.#richCache.clear();
    this.expanded = new Set();
    this.allThreads = false;
    this.#seenLog.reset();
    this.dialog = null;
    this.error = null;
    this.refreshError = null;
    if (id) this.notice = null;
    clearTimeout(this.#refreshTimer);
  }

  protected override updated(): void {
    this.#focusTitle();
    this.#live.sync();
    // A newly opened dialog's threads and history come after the first paint of the rest: building the whole view
    // in one task took 70–95 ms under a phone's CPU, 51–58 ms without them.
    if (this.dialog && this.#fullFor !== this.dialog.id) {
      this.#rest ??= new Promise<void>((resolve) => afterNextPaint(resolve)).then(() => {
        this.#fullFor = this.dialog?.id;
        this.#rest = undefined;
        this.requestUpdate();
      });
    }
  }

  /** Complete once the threads and history are rendered too (see updated). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.#rest ? this.#rest.then(() => super.getUpdateComplete()) : done;
  }

  /** Fetches the dialog again (with a fresh dialog token). `quiet` keeps the current content on screen. */
  async reload({ quiet = true } = {}): Promise<Dialog | null> {
    if (!quiet) {
      this.dialog = null;
      this.error = null;
    }
    return (await this.#load.run()) ?? null;
  }

  async #fetch(client: DialogportenClient, id: string, signal: AbortSignal): Promise<Dialog | null> {
    clearTimeout(this.#refreshTimer);
    try {
      const dialog = await client.getDialog(id, { signal });
      const changed = this.dialog !== null && versionOf(this.dialog) !== versionOf(dialog);
      this.dialog = dialog;
      this.error = null;
      this.refreshError = null;
      if (changed) this.#richCache.clear();
      this.store.dialogChanged(dialog);
      this.#live.markFresh(versionOf(dialog));
      // A fetch that lands after the view was removed sets no timer (it would hold the view and fetch again).
      if (this.isConnected) this.#refreshTimer = setTimeout(() => void this.reload(), TOKEN_REFRESH_MS);
      return dialog;
    } catch (error) {
      if (isAbortError(error) || signal.aborted) throw error;
      // Deleted in the meantime: say so (the selection is cleared, so the error itself would not be shown).
      if (error instanceof ApiError && error.status === 410) {
        this.notice = () => this.t.dialogDeleted;
        this.store.dialogRemoved(id);
      }
      const kind = errorKind(error);
      if (kind === 'authLevel') this.dispatchEvent(new DialogAuthRequiredEvent(id, 'auth-level'));
      // A failed refresh (after an action, or of the token) keeps what the user is reading, and tries again later.
      if (this.dialog && this.dialog.id === id && kind !== 'notFound' && kind !== 'gone' && kind !== 'authLevel') {
        if (this.#background) {
          this.#pollError = error;
          return null;
        }
        this.refreshError = error;
        if (this.isConnected) this.#refreshTimer = setTimeout(() => void this.reload(), REFRESH_RETRY_MS);
        return null;
      }
      this.error = error;
      this.dialog = null;
      return null;
    }
  }

  /** Moves keyboard focus to the dialog's title, now or as soon as it has loaded. */
  override focus(options?: FocusOptions): void {
    this.#pendingFocus = true;
    this.#focusTitle(options);
  }

  #focusTitle(options?: FocusOptions): void {
    const target = this.heading ?? this.shadowRoot?.querySelector<HTMLElement>('[part="error"]');
    if (!this.#pendingFocus || !target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus(options);
    this.#pendingFocus = false;
  }

  /** Leaves the dialog, as the back button does: fires `dialog-close` (`back`) and, unless it is cancelled, goes back to the list. */
  close(): void {
    this.#close('back');
  }

  /** The dialog whose deletion was announced: the action's answer and the live event both report it. */
  #deletedId: string | null = null;

  #close(reason: 'back' | 'deleted'): void {
    const id = this.effectiveId ?? '';
    if (reason === 'deleted') {
      if (this.#deletedId === id) return;
      this.#deletedId = id;
    }
    const event = new DialogCloseEvent(id, reason);
    this.dispatchEvent(event);
    // A deleted dialog leaves the list either way; cancelling keeps this view (and its notice) for the portal.
    if (reason === 'deleted') this.store.dialogRemoved(id, { keepSelection: event.defaultPrevented });
    else if (!event.defaultPrevented && this.store.selectedId === id) this.store.select(null);
  }

  async #onLiveEvent(type: DialogEventType): Promise<void> {
    if (type === 'DIALOG_DELETED') {
      this.dialog = null;
      this.notice = () => this.t.dialogDeleted;
      this.#close('deleted');
      return;
    }
    await this.reload();
  }

  async #onActionComplete(event: DialogActionCompleteEvent): Promise<void> {
    const { action, outcome } = event;
    if (action.isDeleteDialogAction && outcome.kind === 'done') {
      this.dialog = null;
      this.notice = () => this.t.dialogDeleted;
      this.#close('deleted');
      return;
    }
    if (outcome.kind === 'accepted') await this.#waitForChange();
    else await this.reload();
  }

  /**
   * 202: the change lands later. With a live stream open, wait for its event; without one, poll at most once
   * a second. Gives up after 10 s (the actions element then tells the user).
   */
  async #waitForChange(): Promise<void> {
    const dialog = this.dialog;
    if (!dialog?.id) return;
    let done = false;
    const changed = this.store.changeOf(dialog.id, versionOf(dialog)).then(() => (done = true));
    while (!done && this.isConnected) {
      await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 1000))]);
      if (done || this.#live.isOpen) continue;
      if (!(await this.reload())) break;
    }
  }

  protected override render() {
    const t = this.t;
    // The status region is always there (a region inserted with its text is often not read out); the notice can
    // take focus, for when it replaces the control the user was on (the dialog was deleted).
    const notice = html`<div role="status">${this.notice
      ? html`<div class="ds-alert notice" part="notice" data-color="info" tabindex="-1">${this.notice()}</div>`
      : nothing}</div>`;
    if (!this.effectiveId) {
      return html`${notice}<p class="placeholder" part="placeholder">${t.noDialogSelected}</p>`;
    }
    if (this.error) return html`${notice}${this.#renderError(this.error)}`;
    if (!this.dialog) {
      return html`${notice}<div class="loading" aria-busy="true">
        <span class="visually-hidden" role="status">${t.loading}</span>
        <span class="ds-skeleton w90" data-variant="text" aria-hidden="true"></span>
        <span class="ds-skeleton w40" data-variant="text" aria-hidden="true"></span>
        <span class="ds-skeleton" data-variant="rectangle" aria-hidden="true"></span>
      </div>`;
    }
    const stale = this.refreshError ? errorAlert(this.refreshError, t, () => void this.reload(), this) : nothing;
    // Polled (the stream does not flow), and not lately: say how old what the user reads may be.
    const checked = this.#live.stale
      ? html`<p class="checked-at">${fill(t.viewCheckedAt, { time: formatDateTime(new Date(this.#live.lastUpdated), this.uiLang) })}</p>`
      : nothing;
    return html`${notice}${stale}${checked}${this.#renderDialog(this.dialog)}`;
  }

  #renderError(error: unknown) {
    const t = this.t;
    const kind = errorKind(error);
    const lost = kind === 'notFound' || kind === 'gone';
    return html`${errorAlert(error, t, lost || kind === 'authLevel' ? undefined : () => void this.reload({ quiet: false }), this)}
      <p class="error-actions">
        ${kind === 'authLevel'
          ? html`<button class="ds-button" data-variant="primary"
              @click=${() => this.dispatchEvent(new DialogAuthRequiredEvent(this.effectiveId, 'auth-level'))}>${t.loginAgain}</button>`
          : nothing}
        ${lost || kind === 'authLevel' || kind === 'forbidden'
          ? html`<button class="ds-button" data-variant="secondary" @click=${() => this.#close('back')}>${t.backToList}</button>`
          : nothing}
      </p>`;
  }

  /** The sender; an organisation's name (as the list learnt it) where the dialog gives only its code. */
  #sender(dialog: Dialog): string {
    const sender = senderName(dialog, this.uiLang);
    return (isOrgCode(sender, dialog.org) && this.store.orgNames?.get(dialog.org)) || sender;
  }

  #renderDialog(dialog: Dialog) {
    const t = this.t;
    const lang = this.uiLang;
    const updated = parseDate(dialog.contentUpdatedAt ?? dialog.updatedAt);
    const created = parseDate(dialog.createdAt);
    const due = dueState(dialog.dueAt, dialog.status);
    const summary = contentText(dialog.content?.summary, lang);
    const extended = contentText(dialog.content?.extendedStatus, lang);
    const embedContext = { dialogId: dialog.id ?? '', version: versionOf(dialog), token: dialog.dialogToken, apiBase: this.client?.baseUrl, lang, t };
    const full = this.#fullFor === dialog.id;
    return html`<article part="article" aria-labelledby="dialog-title">
      <header part="header">
        <h2 class="ds-heading title" part="title" id="dialog-title" data-size="md" tabindex="-1" lang=${textLang(dialog.content?.title?.value, lang) ?? nothing}>${titleOf(dialog, lang, t)}</h2>
        <div class="meta">
          <span><span class="visually-hidden">${t.from}: </span><span class="sender">${this.#sender(dialog)}</span></span>
          ${statusTag(dialog.status, t)}
          ${extended ? html`<span class="ds-tag" data-color="neutral" data-size="sm">${extended}</span>` : nothing}
        </div>
        <div class="meta">
          ${updated ? html`<span>${fill(t.updated, { time: formatDateTime(updated, lang) })}</span>` : nothing}
          ${created ? html`<span>${fill(t.created, { date: formatDate(created, lang) })}</span>` : nothing}
          ${due ? html`<span class=${due.tone === 'overdue' ? 'overdue' : 'due'}>${dueLabel(due, lang, t)}</span>` : nothing}
          ${this.#seenLog.renderSummary(dialog, t)}
        </div>
        ${this.#seenLog.renderToggle(dialog, t, () => this.#seenLog.toggle(this.client, dialog.id))}
        ${this.#seenLog.renderLog(dialog, lang, t)}
      </header>
      ${summary ? html`<p class="ds-paragraph summary" part="summary" lang=${textLang(dialog.content?.summary?.value, lang) ?? nothing}>${summary}</p>` : nothing}
      ${dialog.content?.mainContentReference ? this.#embeds.render(dialog.content.mainContentReference, embedContext, 'main-content') : nothing}
      ${this.#renderAdditionalInfo(dialog.content?.additionalInfo)}
      ${renderAttachments(dialog.attachments, lang, t)}
      <dialog-actions part="actions" exportparts=${EXPORTS.actions} .dialog=${dialog} lang=${lang} .messages=${this.messages}
        @dialog-action-complete=${(e: DialogActionCompleteEvent) => void this.#onActionComplete(e)}></dialog-actions>
      ${full ? renderTransmissions({
        dialog,
        lang,
        t,
        expanded: this.expanded,
        toggle: (id) => {
          const next = new Set(this.expanded);
          if (!next.delete(id)) next.add(id);
          this.expanded = next;
        },
        showAllThreads: this.allThreads,
        showMoreThreads: () => (this.allThreads = true),
        embeds: this.#embeds,
        embedContext,
      }) : nothing}
      ${full ? renderHistory(dialog, lang, t) : nothing}
    </article>`;
  }

  #renderAdditionalInfo(info: ContentValue | null | undefined): TemplateResult | typeof nothing {
    const picked = pickLocalization(info?.value, this.uiLang);
    if (!picked?.value) return nothing;
    const type = (typeof info?.mediaType === 'string' ? info.mediaType : 'text/plain').toLowerCase();
    const heading = html`<h3 class="ds-heading" data-size="xs">${this.t.additionalInfo}</h3>`;
    const infoLang = textLang(info?.value, this.uiLang);
    if (type.startsWith('text/markdown') || type.startsWith('text/html')) {
      const key = `${type}|${picked.value}`;
      let container = this.#richCache.get(key);
      if (!container) {
        container = document.createElement('div');
        container.className = 'rich';
        // Headings go under "More information" (h3).
        container.append(renderRichText(type.startsWith('text/html') ? 'text/html' : 'text/markdown', picked.value, 4));
        this.#richCache.set(key, container);
      }
      return html`<section part="additional-info">${heading}<div lang=${infoLang ?? nothing}>${container}</div></section>`;
    }
    return html`<section part="additional-info">${heading}<p class="ds-paragraph plain" lang=${infoLang ?? nothing}>${picked.value}</p></section>`;
  }
}
