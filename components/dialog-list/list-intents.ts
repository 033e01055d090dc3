import type { LitElement } from 'lit';
import type { OrderBy } from '../../src/api/types.js';
import type { Messages } from '../../src/i18n/index.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import { activeFilters, cleanFilters, filtersToString, removeFilter, usableSearch, type Folder, type ListFilters } from '../../src/state/list-query.js';
import { DialogFilterChangeEvent, DialogFolderChangeEvent } from './list-events.js';
import type { Choice, ToolbarContext } from './list-toolbar.js';

const SEARCH_DELAY = 400;

/**
 * What the user changes in the toolbar (folder, filters, search, sort): each change is announced with its
 * cancelable event first and reaches the store only when the portal did not prevent it. Also the search box's
 * text, which is sent 400 ms after typing stops.
 */
export class ListIntents {
  /** The text in the search box (may be shorter than 3 characters). */
  draft = '';
  #host: LitElement;
  #store: () => InboxStore;
  #t: () => Messages;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: LitElement, store: () => InboxStore, t: () => Messages) {
    this.#host = host;
    this.#store = store;
    this.#t = t;
  }

  /** The search changed in the store (or another store is used): the box shows it, unless it says the same. */
  followSearch(): void {
    const search = this.#store().search;
    if (usableSearch(this.draft) !== usableSearch(search)) this.#setText(search);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  setFolder(folder: Folder): void {
    const store = this.#store();
    if (folder === store.folder && !store.search) return;
    if (!this.#host.dispatchEvent(new DialogFolderChangeEvent(folder))) return;
    store.set({ folder });
    if (store.search) this.change({ search: '' });
  }

  /** Applies a change of filters/search/sort when the portal lets it; false when it was cancelled. */
  change(patch: { filters?: ListFilters; search?: string; orderBy?: OrderBy }): boolean {
    const store = this.#store();
    const filters = cleanFilters(patch.filters ?? store.filters);
    const search = patch.search ?? store.search;
    const orderBy = patch.orderBy ?? store.orderBy;
    if (filtersToString(filters) === filtersToString(store.filters) && search === store.search && orderBy === store.orderBy) return true;
    if (!this.#host.dispatchEvent(new DialogFilterChangeEvent(filters, search, orderBy))) return false;
    store.set({ filters, search, orderBy });
    return true;
  }

  clearSearch(): void {
    this.change({ search: '' });
    this.#setText('');
  }

  setDraft(text: string, submit: boolean): void {
    this.#setText(text);
    clearTimeout(this.#timer);
    const apply = () => {
      const usable = usableSearch(this.draft);
      if (usable !== usableSearch(this.#store().search) && (usable || !this.draft.trim())) this.change({ search: usable });
    };
    if (submit) apply();
    else this.#timer = setTimeout(apply, SEARCH_DELAY);
  }

  #setText(text: string): void {
    this.draft = text;
    this.#host.requestUpdate();
  }

  /** What the toolbar shows and what it can change. */
  toolbar(choices: { orgs: Choice[]; services: Choice[] }, filtersOpen: boolean, toggleFilters: () => void): ToolbarContext {
    const store = this.#store();
    return {
      t: this.#t(),
      folder: store.folder,
      filters: store.filters,
      search: usableSearch(store.search),
      draft: this.draft,
      orderBy: store.orderBy,
      filtersOpen,
      orgs: choices.orgs,
      services: choices.services,
      setFolder: (folder) => this.setFolder(folder),
      setFilters: (filters) => this.change({ filters }),
      removeFilter: (index) => {
        const item = activeFilters(store.filters)[index];
        if (item && this.change({ filters: removeFilter(store.filters, item.key, item.value) })) void this.#focusAfterRemove(index);
      },
      setDraft: (text, submit) => this.setDraft(text, submit),
      setOrder: (orderBy) => this.change({ orderBy }),
      toggleFilters,
    };
  }

  /** After a filter chip is removed, focus the next one (or the filters button): focus is never lost. */
  async #focusAfterRemove(index: number): Promise<void> {
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const chips = root.querySelectorAll<HTMLElement>('[part="active-filter"]');
    (chips[Math.min(index, chips.length - 1)] ?? root.querySelector<HTMLElement>('[part="filters-button"]'))?.focus();
  }
}
