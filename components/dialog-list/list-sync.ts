import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dialog } from '../../src/api/types.js';
import type { CrossTab, RowPatch, SharedPage } from '../../src/state/cross-tab.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import type { ListLabels } from './list-labels.js';
import type { ListPages } from './list-pages.js';

/**
 * Keeps the rows in step with dialogs changed elsewhere: loaded or deleted in this inbox (the store's news), or
 * changed in the portal's other tabs (a BroadcastChannel per API base URL, both ways). The channel's code comes with
 * the list's extras, after the first rows: a change in another tab before then is seen at the next refresh.
 */
export class ListSync implements ReactiveController {
  #pages: ListPages;
  #labels: ListLabels;
  #crossTab: CrossTab | null = null;
  #base = '';
  #store: InboxStore | null = null;
  #stop?: () => void;
  #reloadTimer?: ReturnType<typeof setTimeout>;

  #onPage: (page: SharedPage) => void;
  #channel: () => typeof CrossTab | undefined;

  /** `channel` gives the cross-tab channel's class once its code is here (the list's extras). */
  constructor(host: ReactiveControllerHost, pages: ListPages, labels: ListLabels, channel: () => typeof CrossTab | undefined, onPage: (page: SharedPage) => void) {
    this.#pages = pages;
    this.#labels = labels;
    this.#channel = channel;
    this.#onPage = onPage;
    host.addController(this);
  }

  /** Follows the store in use and its API (the channel is per API base URL). Called before each update. */
  sync(store: InboxStore): void {
    const base = store.client?.baseUrl ?? '';
    if (base !== this.#base) {
      this.#crossTab?.close();
      this.#crossTab = null;
      this.#base = base;
    }
    const Channel = !this.#crossTab && base ? this.#channel() : undefined;
    if (Channel) this.#crossTab = new Channel(base, (patches) => this.#apply(patches, false), (page) => this.#onPage(page));
    if (store === this.#store) return;
    this.#stop?.();
    this.#store = store;
    const onChanged = (event: Event) => {
      const patch = this.#pages.applyDialog((event as CustomEvent<Dialog>).detail);
      if (patch) this.#apply([patch], true);
    };
    const onRemoved = (event: Event) => {
      this.#pages.dropRows([(event as CustomEvent<string>).detail]);
      this.#labels.keepShown();
    };
    store.addEventListener('dialog-changed', onChanged);
    store.addEventListener('dialog-removed', onRemoved);
    this.#stop = () => {
      store.removeEventListener('dialog-changed', onChanged);
      store.removeEventListener('dialog-removed', onRemoved);
    };
  }

  /** Gives a refreshed first page to the other tabs (list-refresh.ts). */
  share(page: SharedPage): void {
    this.#crossTab?.share(page);
  }

  /** Tells the other tabs. */
  post(patches: RowPatch[]): void {
    this.#crossTab?.post(patches);
  }

  /** Applies label and read changes (from this tab, or another one). */
  #apply(patches: RowPatch[], local: boolean): void {
    if (local) this.post(patches);
    const missing = this.#pages.applyPatches(patches);
    this.#labels.keepShown();
    // A dialog came into this folder in another tab: fetch the list again (soon, once for a burst of messages).
    if (missing && !local && !this.#labels.busy) {
      clearTimeout(this.#reloadTimer);
      this.#reloadTimer = setTimeout(() => this.#pages.reload({ keepSelection: true }), 300);
    }
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
    this.#store = null;
    this.#crossTab?.close();
    this.#crossTab = null;
    this.#base = '';
    clearTimeout(this.#reloadTimer);
  }
}
