import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { provide } from '@lit/context';
import { property, query, state } from 'lit/decorators.js';
import { DialogportenClient, superseding } from '../../src/api/client.js';
import { isAbortError } from '../../src/api/errors.js';
import { messagesFor, normaliseLang, type Lang, type MessageOverrides } from '../../src/i18n/index.js';
import { InboxState } from '../../src/state/inbox-state.js';
import { loadPartyUrns, parsePartyAttribute } from '../../src/state/parties.js';
import { inboxContext, type InboxContext } from '../shared/context.js';
import { inheritedLang, onLangChange } from '../shared/lang.js';
import { focusIsLost } from '../shared/focus-keeper.js';
import { designsystemet, hostBase, ThemeController } from '../shared/styles.js';
import type { DialogListElement } from '../dialog-list/dialog-list.js';
import type { DialogFilterChangeEvent, DialogFolderChangeEvent, DialogPartyChangeEvent } from '../dialog-list/list-events.js';
import { filtersConverter, type Folder, type ListFilters } from '../../src/state/list-query.js';
import type { OrderBy } from '../../src/api/types.js';
import type { DialogViewElement } from '../dialog-view/dialog-view.js';
import { inboxStyles } from './dialog-inbox.styles.js';
import { EXPORTS } from '../shared/parts.js';

/**
 * The root of an inbox: configuration and shared state for the elements inside it. Without children it
 * renders a complete, responsive inbox (list and dialog side by side on wide screens, one at a time on
 * narrow ones). With <dialog-list> / <dialog-view> / <dialog-actions> children, they use its configuration.
 *
 * @summary Configures and shows a Dialogporten inbox.
 *
 * @slot - Optional: your own arrangement of <dialog-list>, <dialog-view> and <dialog-actions>.
 *
 * @fires dialog-select - From the list: a dialog was chosen. Cancelable.
 * @fires dialog-folder-change - From the list: a folder was chosen (`detail.folder`). Cancelable.
 * @fires dialog-filter-change - From the list: filters, search or sort changed (`detail.value` for the URL). Cancelable.
 * @fires dialog-party-change - From the party picker: parties were chosen (`detail.value`; empty = all). Cancelable.
 * @fires dialog-close - From the view: the dialog is left. Cancelable.
 * @fires dialog-action - From the actions: an action is about to run. Cancelable.
 * @fires dialog-action-complete - From the actions: an action succeeded.
 * @fires dialog-action-error - From the actions: an action failed.
 * @fires dialog-label-change - From the list: dialogs are about to be archived, binned, restored or marked read or unread. Cancelable.
 * @fires dialog-auth-required - From the view, list or party picker: log the user in again (`detail.reason`: `auth-level` or `session`).
 *
 * @csspart layout - The grid holding the list and the dialog.
 * @csspart list - The built-in <dialog-list>; its own parts are exported as `list-<part>` (`list-row`).
 * @csspart party-picker - The built-in <dialog-party-picker> (shown when the user can act for several parties); its parts as `picker-<part>`.
 * @csspart view - The built-in <dialog-view>; its parts as `view-<part>`, and its actions' as `actions-<part>`.
 * @csspart back - The "Back to the list" button on narrow screens.
 *
 * @cssprop --dialog-inbox-gap - Space between the list and the dialog.
 * @cssprop --dialog-inbox-list-width - Share of the width given to the list on wide screens (default 2fr against 3fr).
 */
export class DialogInboxElement extends LitElement {
  static override styles = [designsystemet, hostBase, inboxStyles];

  /** Base URL of a Dialogporten-compatible API; requests go to `${api-base-url}/api/v1/enduser/...`. */
  @property({ attribute: 'api-base-url' }) apiBaseUrl = '';
  /** One or more party URNs, space-separated. When absent, the parties from GET /parties. */
  @property({ reflect: true }) party?: string;
  /** The built-in list's folder (`inbox`, `drafts`, `sent`, `archive`, `bin`); follows the user's choice. */
  @property({ reflect: true }) folder: Folder = 'inbox';
  /** The built-in list's filters, e.g. `status=Completed&updated=week`; follows the user's choice. */
  @property({ converter: filtersConverter, reflect: true }) filters: ListFilters = {};
  /** The built-in list's free-text search; follows the user's choice. */
  @property({ reflect: true }) search = '';
  /** The built-in list's sort order. */
  @property({ attribute: 'order-by', reflect: true }) orderBy: OrderBy = 'contentUpdatedAt_desc';
  /** nb, nn or en. When absent: the closest ancestor's `lang`, then `<html lang>`, then nb. */
  @property({ reflect: true }) override lang!: string;
  /** Live updates endpoint (GraphQL over SSE). Default: `${api-base-url}/graphql/stream`; `off` turns live updates off. */
  @property({ attribute: 'stream-url' }) streamUrl?: string;
  /** `include` for a same-site proxy that authenticates by cookie. Default: no credentials. */
  @property() credentials?: RequestCredentials;
  /** Returns the end-user bearer token for the API; asked again once after a 401. */
  @property({ attribute: false }) tokenProvider?: () => Promise<string>;
  /** Overrides for any UI text. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @provide({ context: inboxContext })
  @state()
  protected context?: InboxContext;

  @state() private inheritedLang: Lang | null = null;
  @state() private parties: string[] | null = null;
  @state() private partiesError: unknown = null;
  @state() private selectedId: string | null = null;
  @state() private hasChildren = false;
  @query('dialog-view') private view?: DialogViewElement;
  @query('dialog-list') private list?: DialogListElement;

  readonly state = new InboxState();
  #client: DialogportenClient | null = null;
  #clientKey = '';
  #partiesRun = superseding();
  #partiesKey = '';
  #stopLang?: () => void;
  #childObserver = new MutationObserver(() => this.#checkChildren());

  constructor() {
    super();
    new ThemeController(this);
    this.state.addEventListener('select', () => this.#onSelect());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inheritedLang = inheritedLang(this);
    this.#stopLang = onLangChange(() => (this.inheritedLang = inheritedLang(this)));
    this.#childObserver.observe(this, { childList: true });
    this.#checkChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLang?.();
    this.#childObserver.disconnect();
  }

  #checkChildren(): void {
    this.hasChildren = Array.from(this.children).length > 0;
  }

  get uiLang(): Lang {
    return normaliseLang(this.lang) ?? this.inheritedLang ?? 'nb';
  }

  protected override willUpdate(changed: PropertyValues): void {
    const lang = this.uiLang;
    const key = `${this.apiBaseUrl}|${this.credentials ?? ''}|${lang}`;
    if (this.apiBaseUrl && (key !== this.#clientKey || changed.has('tokenProvider'))) {
      this.#client = new DialogportenClient({
        baseUrl: this.apiBaseUrl,
        credentials: this.credentials,
        tokenProvider: this.tokenProvider,
        lang,
      });
      this.#clientKey = key;
    }
    const named = parsePartyAttribute(this.party);
    // A new client (e.g. a token provider set after the element) asks for the parties again.
    const partiesKey = named.length ? `named|${named.join(' ')}` : `api|${this.#client?.id ?? ''}`;
    if (partiesKey !== this.#partiesKey) {
      this.#partiesKey = partiesKey;
      if (named.length) {
        this.parties = named;
        this.partiesError = null;
      } else void this.#loadParties();
    }
    // A new context object re-renders every consumer: make one only when what it carries changed
    // (not on every update of the root, e.g. each selection).
    const inputs = [this.#client, this.streamUrl, lang, this.messages, this.parties, this.partiesError];
    if (this.context && inputs.every((value, i) => value === this.#contextInputs[i])) return;
    this.#contextInputs = inputs;
    this.context = {
      client: this.#client,
      streamUrl: resolveStreamUrl(this.streamUrl, this.#client?.baseUrl),
      lang,
      messages: messagesFor(lang, this.messages),
      parties: this.parties,
      partiesError: this.partiesError,
      state: this.state,
      reloadParties: () => void this.#loadParties(),
    };
  }

  #contextInputs: unknown[] = [];

  async #loadParties(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.parties = null;
    this.partiesError = null;
    try {
      this.parties = await this.#partiesRun(() => loadPartyUrns(client));
    } catch (error) {
      if (!isAbortError(error)) this.partiesError = error;
    }
  }

  #onSelect(): void {
    const previous = this.selectedId;
    this.selectedId = this.state.selectedId;
    if (this.hasChildren) return;
    // Keyboard users land on the dialog they opened, and back on its row when they leave it.
    void this.updateComplete.then(async () => {
      if (this.selectedId) {
        await this.view?.updateComplete;
        this.view?.focus();
      } else if (previous && this.#focusInView()) {
        await this.list?.updateComplete;
        const row = this.list?.shadowRoot?.querySelector<HTMLElement>(`[data-dialog-id="${CSS.escape(previous)}"] button`);
        if (row) row.focus();
        else this.list?.focusList(); // the dialog was deleted: its row is gone
      }
    });
  }

  /** Follows the built-in elements' choices once the event has passed the portal (which may cancel it). */
  #follow = (event: Event) => {
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      if (event.type === 'dialog-party-change') this.party = (event as DialogPartyChangeEvent).detail.value || undefined;
      else if (event.type === 'dialog-folder-change') this.folder = (event as DialogFolderChangeEvent).folder;
      else {
        const change = event as DialogFilterChangeEvent;
        this.filters = change.filters;
        this.search = change.search;
        this.orderBy = change.orderBy;
      }
    });
  };

  /** Focus is in the dialog's pane, or nowhere (its control was removed): leaving the dialog may move it to the list. */
  #focusInView(): boolean {
    const active = this.shadowRoot?.activeElement;
    return active ? Boolean(active.closest('.view-pane')) : focusIsLost();
  }

  /**
   * Escape in the dialog returns focus to its row in the list (the dialog stays open). On a narrow screen, where
   * the list is hidden while a dialog is open, it goes back to the list, as the back button does.
   */
  #onViewKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const path = event.composedPath() as Element[];
    if (path.some((el) => el instanceof HTMLDialogElement || (el instanceof HTMLElement && el.hasAttribute('popover')))) return;
    if (this.list?.checkVisibility?.() === false) {
      event.preventDefault();
      this.view?.close();
    } else if (this.list?.focusList()) event.preventDefault();
  };

  protected override render() {
    if (this.hasChildren) return html`<slot></slot>`;
    const t = this.context?.messages ?? messagesFor(this.uiLang);
    const open = Boolean(this.selectedId);
    return html`<div class="layout" part="layout" ?data-open=${open}>
      <div class="list-pane" @dialog-party-change=${this.#follow} @dialog-folder-change=${this.#follow} @dialog-filter-change=${this.#follow}>
        <dialog-party-picker part="party-picker" exportparts=${EXPORTS.picker} .value=${this.party ?? ''}></dialog-party-picker>
        <dialog-list part="list" exportparts=${EXPORTS.list} folder=${this.folder} .filters=${this.filters} search=${this.search} order-by=${this.orderBy}></dialog-list>
      </div>
      <div class="view-pane" @keydown=${this.#onViewKey}>
        ${open
          ? html`<button class="ds-button back" part="back" data-variant="tertiary" @click=${() => this.view?.close()}>
              <span aria-hidden="true">←</span> ${t.backToList}
            </button>`
          : nothing}
        <dialog-view part="view" exportparts=${EXPORTS.view}></dialog-view>
      </div>
    </div>`;
  }
}

/** The live-update endpoint: the attribute (absolute, or relative to the page), else derived from the API base. */
export function resolveStreamUrl(attribute: string | undefined, apiBaseUrl: string | undefined): string | null {
  if (attribute === 'off') return null;
  if (attribute) return new URL(attribute, document.baseURI).href;
  return apiBaseUrl ? `${apiBaseUrl}/graphql/stream` : null;
}
