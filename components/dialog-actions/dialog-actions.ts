import { icon } from '../shared/icons.js';
import { CHEVRON } from '../dialog-view/icons.gen.js';
import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ActionError, actionMethod, runAction } from '../../src/actions/run-action.js';
import { ApiError, errorKind } from '../../src/api/errors.js';
import type { Dialog, DialogGuiAction } from '../../src/api/types.js';
import { safeHttpUrl } from '../../src/content/url.js';
import { addTexts, fill, type Messages } from '../../src/i18n/index.js';
import { viewNb } from '../../src/i18n/view-nb.js';
import { formatDate, parseDate } from '../../src/i18n/format.js';
import { pickText, textLang } from '../../src/localize.js';
import { dialogVersion } from '../../src/state/dialog-version.js';
import { DialogActionCompleteEvent, DialogActionErrorEvent, DialogActionEvent } from '../shared/events.js';
import { focusIsLost, FocusKeeper } from '../shared/focus-keeper.js';
import { closeWhenFocusLeaves, moveInMenu } from '../shared/menu.js';
import { designsystemetView } from '../shared/ds-view.js';
import { InboxElement } from '../shared/inbox-element.js';
import { actionsStyles } from './dialog-actions.styles.js';

/** `text` runs at render time, so a message follows a change of language. */
type Message = { tone: 'success' | 'info' | 'warning' | 'danger'; text: () => string };
const PRIORITY_ORDER: Record<string, number> = { Primary: 0, Secondary: 1, Tertiary: 2 };

/**
 * The GUI actions of a dialog: Primary and Secondary as buttons, Tertiary behind a menu. GET actions are
 * real links; other methods run in the background with the dialog token.
 *
 * @summary Buttons and links for what the user can do with a dialog.
 *
 * @fires dialog-action - Before an action runs or a GET link is followed (`detail.action`, `detail.dialog`). Cancelable.
 * @fires dialog-action-complete - A background action succeeded (`detail.outcome.kind`: `done` or `accepted`).
 * @fires dialog-action-error - A background action failed (`detail.error`); the user has been told why.
 *
 * @csspart actions - The row of buttons.
 * @csspart action - Each action button or link.
 * @csspart menu-button - The "More actions" button.
 * @csspart menu - The menu of tertiary actions.
 * @csspart message - The result or error message.
 * @csspart confirm - The confirmation dialog.
 *
 * @cssprop --dialog-actions-gap - Space between buttons.
 */
export class DialogActionsElement extends InboxElement {
  static override properties: PropertyDeclarations = {
    dialog: { attribute: false },
    busyId: { state: true },
    message: { state: true },
    confirming: { state: true },
  };
  static {
    addTexts(viewNb); // bokmål's texts only the view and its actions read come with their code (see src/i18n/index.ts)
  }

  static override styles = [...InboxElement.styles, designsystemetView, actionsStyles];
  protected static override storeOptions = { source: 'nearest', keys: ['config', 'openDialog'] } as const;

  /** The dialog whose actions to show; when unset, the dialog open in the surrounding <dialog-inbox>. */
  dialog?: Dialog;

  private busyId: string | null = null;
  private message: Message | null = null;
  private confirming: DialogGuiAction | null = null;
  private get confirmDialog() {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog');
  }
  private get menu() {
    return this.renderRoot.querySelector<HTMLElement>('[popover]');
  }
  private get menuButton() {
    return this.renderRoot.querySelector<HTMLElement>('[part="menu-button"]');
  }

  #resolveConfirm?: (ok: boolean) => void;
  /** Where focus goes back to when the confirmation closes (the menu's button for an item of the closed menu). */
  #returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    // An action that disappears after it ran (the dialog changed) hands focus to the menu or the first action.
    new FocusKeeper(this, () => [this.menuButton, this.renderRoot.querySelector<HTMLElement>('[part="action"]')]);
  }
  /** A 202 action stays busy until the dialog changes (live event or polling by the view), at most 10 s. */
  #awaiting: AbortController | null = null;
  #lastDialogId?: string;

  private get current(): Dialog | null {
    return this.dialog ?? this.store.openDialog;
  }

  /** With no dialog yet, the first render waits until the browser is idle. */
  protected override firstRenderCanWait(): boolean {
    return !this.dialog;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Standalone, a dialog the portal gives is news for the element's own store (a 202's wait may end). Inside an
    // inbox or a view, whoever loaded the dialog has announced it (announcing it again would re-render them all).
    if (changed.has('dialog') && this.dialog && this.storeController.isOwn) this.store.dialogChanged(this.dialog);
    if (this.current) this.store.tokenIsFresh(this.current);
    const id = this.current?.id;
    if (id !== this.#lastDialogId) {
      this.#lastDialogId = id;
      this.message = null; // a message belongs to the dialog it was about
      this.#stopAwaiting();
    }
  }

  #stopAwaiting(): void {
    if (!this.#awaiting) return;
    this.#awaiting.abort();
    this.#awaiting = null;
    this.busyId = null;
  }

  #awaitChange(dialog: Dialog, title: () => string): void {
    const waiting = (this.#awaiting = new AbortController());
    void this.store.changeOf(dialog.id ?? '', dialogVersion(dialog), waiting.signal).then((changed) => {
      if (waiting.signal.aborted) return;
      this.#awaiting = null;
      this.busyId = null;
      this.message = changed
        ? { tone: 'success', text: () => fill(this.t.actionDone, { action: title() }) }
        : { tone: 'warning', text: () => fill(this.t.actionNoChange, { action: title() }) };
    });
  }

  protected override render() {
    const dialog = this.current;
    const actions = usableActions(dialog?.guiActions);
    if (!dialog || actions.length === 0) return nothing;
    const t = this.t;
    const sorted = [...actions].sort((a, b) => (PRIORITY_ORDER[a.priority ?? ''] ?? 2) - (PRIORITY_ORDER[b.priority ?? ''] ?? 2));
    // At most one Primary and one Secondary as buttons (the contract's limits); the rest go to the menu.
    const primary = sorted.find((a) => a.priority === 'Primary');
    const secondary = sorted.find((a) => a.priority === 'Secondary');
    const menuItems = sorted.filter((a) => a !== primary && a !== secondary);
    const anyUnauthorized = actions.some((a) => a.isAuthorized === false);
    return html`
      <div class="actions" part="actions" role="group" aria-label=${t.actions}>
        ${primary ? this.#renderAction(primary, dialog, 'primary') : nothing}
        ${secondary ? this.#renderAction(secondary, dialog, 'secondary') : nothing}
        ${menuItems.length ? this.#renderMenu(menuItems, dialog) : nothing}
      </div>
      ${anyUnauthorized ? html`<p class="reason" id="unauthorized-reason">${t.actionUnauthorized}</p>` : nothing}
      <div class="message" part="message" role="status" aria-live="polite">
        ${this.message
          ? html`<div class="ds-alert" data-color=${this.message.tone} data-size="sm">${this.message.text()}</div>`
          : nothing}
      </div>
      ${this.#renderConfirm(t)}
    `;
  }

  #renderMenu(items: DialogGuiAction[], dialog: Dialog) {
    return html`<div class="menu-wrap">
      <button class="ds-button" part="menu-button" data-variant="tertiary" popovertarget="more-actions" @keydown=${this.#onMenuButtonKey}>
        ${this.t.moreActions}${icon(CHEVRON)}
      </button>
      <div id="more-actions" class="menu" part="menu" popover @focusout=${closeWhenFocusLeaves} @keydown=${moveInMenu}
        @toggle=${this.#onMenuToggle}>
        <ul>
          ${items.map((action) => html`<li>${this.#renderAction(action, dialog, 'tertiary')}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  /** ArrowDown on "More actions" opens the menu too (Enter and Space do as a button does); focus goes in. */
  #onMenuButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' || !this.menu || this.menu.matches(':popover-open')) return;
    event.preventDefault();
    this.menu.showPopover();
  };

  /** The same keyboard model as the list's row menu: open puts focus on the first item; closing gives it back. */
  #onMenuToggle = (event: Event) => {
    const menu = event.currentTarget as HTMLElement;
    if ((event as ToggleEvent).newState === 'open') {
      menu.querySelector<HTMLElement>('button:not([aria-disabled="true"]), a[href], button')?.focus();
      return;
    }
    const active = this.shadowRoot?.activeElement;
    if (!this.confirming && (!active || menu.contains(active) || focusIsLost())) this.menuButton?.focus();
  };

  /** The action's title in the UI language now. */
  #titleOf(action: DialogGuiAction): string {
    return pickText(action.title, this.uiLang) || (typeof action.action === 'string' && action.action) || '…';
  }

  #renderAction(action: DialogGuiAction, dialog: Dialog, variant: 'primary' | 'secondary' | 'tertiary') {
    const t = this.t;
    const title = this.#titleOf(action);
    // The service's language when it is not the UI's (WCAG 3.1.2).
    const titleLang = textLang(action.title, this.uiLang);
    const label = titleLang ? html`<span lang=${titleLang}>${title}</span>` : title;
    const busy = this.busyId !== null && this.busyId === action.id;
    const color = action.isDeleteDialogAction ? 'danger' : nothing;
    if (action.isAuthorized === false) {
      return html`<button class="ds-button" part="action" data-variant=${variant} aria-disabled="true"
        aria-describedby="unauthorized-reason" title=${t.actionUnauthorized}>${lockIcon}${label}</button>`;
    }
    const url = safeHttpUrl(action.url);
    if (!url) {
      return html`<button class="ds-button" part="action" data-variant=${variant} aria-disabled="true"
        title=${t.actionUnsafeUrl} @click=${() => (this.message = { tone: 'danger', text: () => this.t.actionUnsafeUrl })}>${label}</button>`;
    }
    if (actionMethod(action) === 'GET') {
      return html`<a class="ds-button" part="action" data-variant=${variant} data-color=${color} href=${url}
        @click=${(event: MouseEvent) => this.#followLink(event, action, dialog, url)}>${label}</a>`;
    }
    return html`<button class="ds-button" part="action" data-variant=${variant} data-color=${color}
      aria-busy=${busy ? 'true' : 'false'} aria-disabled=${this.busyId !== null ? 'true' : 'false'}
      @click=${() => void this.#run(action, dialog, title)}>
      ${busy ? t.actionBusy : label}
    </button>`;
  }

  #renderConfirm(t: Messages) {
    const action = this.confirming;
    const isDelete = Boolean(action?.isDeleteDialogAction);
    const prompt = action ? pickText(action.prompt, this.uiLang) : '';
    return html`<dialog class="ds-dialog" part="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-text"
      @close=${() => this.#answer(this.confirmDialog?.returnValue === 'ok')}>
      <form method="dialog">
        <h2 class="ds-heading" data-size="xs" id="confirm-title">${isDelete ? t.confirmDeleteTitle : t.confirmTitle}</h2>
        <p class="ds-paragraph" id="confirm-text">${prompt || (isDelete ? t.confirmDeleteBody : '')}</p>
        <div class="buttons">
          <button class="ds-button" data-variant="primary" data-color=${isDelete ? 'danger' : nothing} value="ok">
            ${isDelete ? t.confirmDelete : action ? this.#titleOf(action) : t.confirm}
          </button>
          <button class="ds-button" data-variant="secondary" value="cancel">${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** Asks the user to confirm; resolves false on cancel or Escape. */
  async #confirm(action: DialogGuiAction): Promise<boolean> {
    const opener = this.shadowRoot?.activeElement as HTMLElement | null;
    this.#returnFocus = opener && this.menu?.contains(opener) ? this.menuButton ?? null : opener;
    this.menu?.hidePopover?.();
    this.confirming = action;
    await this.updateComplete;
    const dialog = this.confirmDialog;
    if (!dialog) return false;
    dialog.returnValue = '';
    return new Promise<boolean>((resolve) => {
      this.#resolveConfirm = resolve;
      dialog.showModal();
      // Deleting cannot be undone: Enter twice must not do it. Cancel has focus.
      if (action.isDeleteDialogAction) dialog.querySelector<HTMLElement>('button[value="cancel"]')?.focus();
    });
  }

  #answer(ok: boolean): void {
    const resolve = this.#resolveConfirm;
    this.#resolveConfirm = undefined;
    this.confirming = null;
    // The browser gives focus back to the opener, which fails for an item of the (hidden) menu.
    const back = this.#returnFocus;
    this.#returnFocus = null;
    const active = this.shadowRoot?.activeElement;
    if (back?.isConnected && (active ? !active.checkVisibility() : focusIsLost())) back.focus();
    resolve?.(ok);
  }

  #followLink(event: MouseEvent, action: DialogGuiAction, dialog: Dialog, url: string): void {
    const intercept = new DialogActionEvent(action, dialog);
    this.dispatchEvent(intercept);
    if (intercept.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (pickText(action.prompt, this.uiLang) || action.isDeleteDialogAction) {
      event.preventDefault();
      void this.#confirm(action).then((ok) => ok && window.location.assign(url));
    }
  }

  async #run(action: DialogGuiAction, dialog: Dialog, title: string): Promise<void> {
    if (this.busyId !== null) return; // no double submit
    const intercept = new DialogActionEvent(action, dialog);
    this.dispatchEvent(intercept);
    if (intercept.defaultPrevented) return;
    if ((pickText(action.prompt, this.uiLang) || action.isDeleteDialogAction) && !(await this.#confirm(action))) return;
    this.busyId = action.id ?? title;
    this.message = null;
    this.menu?.hidePopover?.();
    let accepted = false;
    const titleNow = () => this.#titleOf(action);
    try {
      const outcome = await this.#runWithFreshToken(action, dialog);
      accepted = outcome.kind === 'accepted';
      this.message = { tone: accepted ? 'info' : 'success', text: () => fill(accepted ? this.t.actionAccepted : this.t.actionDone, { action: titleNow() }) };
      if (accepted) this.#awaitChange(dialog, titleNow);
      this.dispatchEvent(new DialogActionCompleteEvent(action, dialog, outcome));
    } catch (error) {
      this.message = { tone: 'danger', text: () => this.#failureText(error, titleNow()) };
      this.dispatchEvent(new DialogActionErrorEvent(action, dialog, error));
    } finally {
      if (!accepted) this.busyId = null;
    }
  }

  /**
   * Runs the action with a dialog token that is still valid: a dialog loaded more than TOKEN_REFRESH_MS ago (a laptop
   * that slept, a failed refresh) is fetched again first, and a 401 from the service is retried once with a new
   * token (the service did nothing with the rejected request).
   */
  async #runWithFreshToken(action: DialogGuiAction, dialog: Dialog) {
    const token = this.store.tokenIsFresh(dialog) ? dialog.dialogToken : await this.#freshToken(dialog);
    try {
      return await runAction(action, { dialogToken: token ?? dialog.dialogToken, apiBase: this.client?.baseUrl });
    } catch (error) {
      if (!(error instanceof ActionError && error.status === 401)) throw error;
      const fresh = await this.#freshToken(dialog);
      if (!fresh || fresh === token) throw error;
      return runAction(action, { dialogToken: fresh, apiBase: this.client?.baseUrl });
    }
  }

  /** GET the dialog again for a new dialog token (and share the fresh dialog with the view). */
  async #freshToken(dialog: Dialog): Promise<string | null | undefined> {
    if (!this.client || !dialog.id) return null;
    const fresh = await this.client.getDialog(dialog.id).catch(() => null);
    if (!fresh) return null;
    this.store.dialogChanged(fresh);
    return fresh.dialogToken;
  }

  /** A localized sentence for a failed action, with the retention date when the service gave one. */
  #failureText(error: unknown, title: string): string {
    const t = this.t;
    const failed = fill(t.actionFailed, { action: title });
    if (!(error instanceof ActionError)) return `${failed} ${t.errors.generic}`;
    switch (error.kind) {
      case 'unauthorized-action':
        return t.actionUnauthorized;
      case 'unsafe-url':
        return t.actionUnsafeUrl;
      case 'network':
        return `${failed} ${t.errors.network}`;
      case 'timeout':
        return `${failed} ${t.errors.timeout}`;
      case 'no-token':
        return `${failed} ${t.errors.unauthorized}`;
    }
    const allowedAt = parseDate(error.deletionAllowedAt);
    if (error.status === 422 && allowedAt) return fill(t.retentionUntil, { date: formatDate(allowedAt, this.uiLang) });
    if (error.status === 422 && error.gracePeriodDays !== undefined) return t.retentionDays(error.gracePeriodDays);
    const kind = errorKind(new ApiError(error.status ?? 0, error.problem));
    return `${failed} ${t.errors[kind === 'tooBroad' ? 'generic' : kind] ?? t.errors.generic}`;
  }
}

const lockIcon = html`<svg class="lock" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path fill="currentColor" d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5m-3 8V7a3 3 0 0 1 6 0v3z"/>`}</svg>`;

function usableActions(list: DialogGuiAction[] | null | undefined): DialogGuiAction[] {
  return Array.isArray(list) ? list.filter((a) => a && typeof a === 'object') : [];
}
