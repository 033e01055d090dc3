import type { ReactiveElement } from 'lit';
import type { InboxStore } from '../../src/state/inbox-store.js';
import { filterEntries, PARTY_PAGE } from '../../src/state/party-search.js';
import { partyEntries, partyNames, type PartyEntry } from '../../src/state/party-tree.js';
import { DialogPartyChangeEvent } from './list-events.js';
import type { RecipientFilter } from './list-filter-panel.js';

// The filter panel's recipient filter: in the list's extras chunk, with the panel it serves.

/**
 * The recipient filter's state, for the open filter panel when the user has more than one party: a search over the
 * parties (as the picker's) with at most a page of matches rendered (100; "Show more" adds as many). Choosing one
 * shows only its dialogs.
 */
export class RecipientChoice {
  #host: ReactiveElement;
  #store: () => InboxStore;
  #tree: { from: unknown; entries: PartyEntry[]; names: Map<string, string>; selectable: number; query: string; matches: PartyEntry[] } | null = null;
  #query = '';
  #shown = PARTY_PAGE;

  constructor(host: ReactiveElement, store: () => InboxStore) {
    this.#host = host;
    this.#store = store;
  }

  /** The filter as the panel renders it; null while the parties are not here, or when there is only one to choose. */
  filter(): RecipientFilter | null {
    const store = this.#store();
    store.wantParties(); // not asked for before the panel opens when the portal names the parties
    const list = store.partyList;
    if (!list) return null;
    let tree = this.#tree;
    if (tree?.from !== list) {
      const entries = partyEntries(list);
      tree = this.#tree = { from: list, entries, names: partyNames(list), selectable: entries.filter((e) => e.selectable).length, query: '', matches: entries };
    }
    if (tree.selectable < 2) return null;
    if (tree.query !== this.#query) tree = this.#tree = { ...tree, query: this.#query, matches: filterEntries(tree.entries, this.#query) };
    const names = tree.names;
    return {
      query: this.#query,
      total: tree.matches.length,
      shown: tree.matches.slice(0, this.#shown),
      chosen: store.party,
      name: (urn) => names.get(urn) ?? urn,
      search: (text) => {
        this.#query = text;
        this.#shown = PARTY_PAGE;
        this.#host.requestUpdate();
      },
      more: () => void this.#more(),
      choose: (urn) => this.#choose(urn ? [urn] : []),
    };
  }

  /** The next page of recipients, and focus on the select that now holds them (the button may be gone). */
  async #more(): Promise<void> {
    this.#shown += PARTY_PAGE;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#f-recipient')?.focus();
  }

  /** As the picker applies a choice: the cancelable event first, then the store ([] = every party). */
  #choose(parties: string[]): boolean {
    const store = this.#store();
    if (parties.join(' ') === store.party.join(' ')) return true;
    if (!this.#host.dispatchEvent(new DialogPartyChangeEvent(parties))) return false;
    store.set({ party: parties });
    return true;
  }
}
