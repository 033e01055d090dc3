import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { OrderBy } from '../../src/api/types.js';
import type { InboxStore, StoreKey } from '../../src/state/inbox-store.js';
import { filtersConverter, type Folder, type ListFilters } from '../../src/state/list-query.js';
import { focusIsLost } from '../shared/focus-keeper.js';
import { InboxElement } from '../shared/inbox-element.js';
import { loadElement, watchLazyElements } from '../shared/lazy.js';
import { EXPORTS } from '../shared/parts.js';
import { QueryAttributes } from '../shared/query-attributes.js';
import type { DialogListElement } from '../dialog-list/dialog-list.js';
import type { DialogViewElement } from '../dialog-view/dialog-view.js';
import { inboxStyles } from './dialog-inbox.styles.js';

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
export class DialogInboxElement extends InboxElement {
  static override styles = [...InboxElement.styles, inboxStyles];
  static override properties: PropertyDeclarations = {
    party: { reflect: true },
    folder: { reflect: true },
    filters: { converter: filtersConverter, reflect: true },
    search: { reflect: true },
    orderBy: { attribute: 'order-by', reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    // Declared again (as in the base) so that the manifest shows this element's own descriptions of them.
    lang: { reflect: true },
    credentials: {},
    hasChildren: { state: true },
  };
  protected static override storeOptions = { source: 'own', provide: true, keys: ['config', 'selectedId', 'parties'] } as const;

  /** Base URL of a Dialogporten-compatible API; requests go to `${api-base-url}/api/v1/enduser/...`. */
  override apiBaseUrl?: string;
  /** One or more party URNs, space-separated. When absent, the parties from GET /parties. Follows the user's choice. */
  party?: string;
  /** The folder (`inbox`, `drafts`, `sent`, `archive`, `bin`); follows the user's choice. */
  folder: Folder = 'inbox';
  /** Filters, e.g. `status=Completed&updated=week`; follows the user's choice. */
  filters: ListFilters = {};
  /** Free-text search; follows the user's choice. */
  search = '';
  /** The sort order; follows the user's choice. */
  orderBy: OrderBy = 'contentUpdatedAt_desc';
  /** nb, nn or en. When absent: the closest ancestor's `lang`, then `<html lang>`, then nb. */
  override lang!: string;
  /** Live updates endpoint (GraphQL over SSE). Default: `${api-base-url}/graphql/stream`; `off` turns live updates off. */
  override streamUrl?: string;
  /** Seconds between the lists' asks for news while the tab is visible: default 120, at least 30, `0` off. */
  refreshInterval?: number;
  /** `include` for a same-site proxy that authenticates by cookie. Default: no credentials. */
  override credentials?: RequestCredentials;

  private hasChildren = false;
  private get view() {
    return this.renderRoot.querySelector<DialogViewElement>('dialog-view');
  }
  private get list() {
    return this.renderRoot.querySelector<DialogListElement>('dialog-list');
  }

  #query = new QueryAttributes(this, { folder: 'folder', filters: 'filters', search: 'search', orderBy: 'orderBy', party: 'party' });
  #childObserver = new MutationObserver(() => this.#checkChildren());
  #unwatch?: () => void;
  #selectedId: string | null = null;

  /** The inbox's store: what is shown, the open dialog (`state.selectedId`, `state.select(id)`, its `select` event). */
  get state(): InboxStore {
    return this.store;
  }

  /** The inbox is the root: it never stands alone inside another inbox's store. */
  override get standalone(): boolean {
    return true;
  }

  /** The inbox renders at once: the list it renders sends the first request (its own first render waits). */
  protected override beforeFirstRender(): Promise<void> {
    return Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchLazyElements(this.renderRoot); // the view and the picker it renders tell there when their chunk fails
    // The store is ready before any element inside asks for it (their first requests leave before a render).
    this.syncStore();
    this.#query.writeAll(this.store);
    this.store.setRefreshInterval(this.refreshInterval);
    this.#childObserver.observe(this, { childList: true });
    this.#checkChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    this.#unwatch?.(); // a removed inbox is not kept alive by the chunk loader
  }

  #checkChildren(): void {
    this.hasChildren = this.children.length > 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#query.write(changed, this.store);
    if (changed.has('refreshInterval')) this.store.setRefreshInterval(this.refreshInterval);
  }

  protected override storeChanged(keys: ReadonlySet<StoreKey> | null): void {
    this.#query.read(this.store, keys);
    if (keys?.has('selectedId')) this.#onSelect();
    // The party picker is needed once the user has more than one party. Its code comes with the list's extras chunk,
    // which the list asks for after its first rows (on a slow network the rows come first, and the picker's line is
    // kept free until it is here: see render); an inbox whose layout has no list asks now (it says so if it fails).
    if (keys?.has('parties') && this.#manyParties() && this.hasChildren && !this.querySelector('dialog-list')) {
      void loadElement('dialog-party-picker').catch(() => {});
    }
  }

  #manyParties(): boolean {
    return (this.store.parties?.length ?? 0) > 1;
  }

  #onSelect(): void {
    const previous = this.#selectedId;
    this.#selectedId = this.store.selectedId;
    if (this.hasChildren) return;
    // Keyboard users land on the dialog they opened, and back on its row when they leave it.
    void this.updateComplete.then(async () => {
      if (this.#selectedId) {
        await loadElement('dialog-view').catch(() => {}); // its chunk may still be on its way (it says so if it fails)
        await this.view?.updateComplete;
        this.view?.focus();
      } else if (previous && this.#focusInView()) {
        await this.list?.updateComplete;
        if (!this.list?.focusRow(previous)) this.list?.focusList(); // the dialog was deleted: its row is gone
      }
    });
  }

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
    const open = Boolean(this.store.selectedId);
    return html`<div class="layout" part="layout" ?data-open=${open}>
      <div class="list-pane">
        <dialog-party-picker part="party-picker" exportparts=${EXPORTS.picker} ?data-coming=${this.#manyParties()}></dialog-party-picker>
        <dialog-list part="list" exportparts=${EXPORTS.list}></dialog-list>
      </div>
      <div class="view-pane" @keydown=${this.#onViewKey}>
        ${open
          ? html`<button class="ds-button back" part="back" data-variant="tertiary" @click=${() => this.view?.close()}>
              <span aria-hidden="true">←</span> ${this.t.backToList}
            </button>`
          : nothing}
        <dialog-view part="view" exportparts=${EXPORTS.view}></dialog-view>
      </div>
    </div>`;
  }
}
