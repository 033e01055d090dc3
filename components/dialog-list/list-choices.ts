import type { DialogportenClient } from '../../src/api/client.js';
import type { Lang, Messages } from '../../src/i18n/index.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import type { ListFilters } from '../../src/state/list-query.js';
import { partyNames } from '../../src/state/party-tree.js';
import type { ServiceNames } from './list-service-names.js';
import type { Choice } from './list-toolbar.js';

export interface ChoicesSource {
  store(): InboxStore;
  client(): DialogportenClient | null;
  parties(): string[] | null;
  lang(): Lang;
  filters(): ListFilters;
  /** The names of senders and services are needed: the filters are open or in use, or a row shows a code. */
  namesWanted(): boolean;
  /** The list has rendered (see recipients). */
  rendered(): boolean;
}

export interface ServiceChoices {
  orgs: Choice[];
  services: (Choice & { org: string })[];
}

const NO_CHOICES: ServiceChoices = { orgs: [], services: [] };

/**
 * The names the list shows besides the rows: senders and services for the filters and the rows (ServiceNames, in the
 * extras chunk: GET /serviceresources) and recipients when more than one party is shown (from the store's parties).
 */
export class ListChoices {
  #s: ChoicesSource;
  /** Set by the list once the extras chunk is here and the names are wanted; until then codes are shown. */
  names: ServiceNames | null = null;
  #recipientNames: { from: unknown; map: Map<string, string> } | null = null;

  constructor(source: ChoicesSource) {
    this.#s = source;
  }

  /** Organisation names by code, in the UI language, from GET /serviceresources; null until they are here. */
  orgNames(): Map<string, string> | null {
    return this.names?.orgNames() ?? null;
  }

  /** Sender and service choices for the filters (none until the names are here). */
  choices(): ServiceChoices {
    return this.names?.choices() ?? NO_CHOICES;
  }

  /** Names of the recipients when the list shows several parties; null otherwise (and until the names are known). */
  recipients(): Map<string, string> | null {
    if ((this.#s.parties()?.length ?? 0) < 2) return null;
    const store = this.#s.store();
    // Asked for once the list renders, not while its first search is on the network (it would compete with it).
    if (this.#s.rendered()) store.wantParties();
    const list = store.partyList;
    if (!list && store.partiesTask.status !== 'error') return null; // names first, then the recipients
    if (this.#recipientNames?.from !== list) this.#recipientNames = { from: list, map: partyNames(list) };
    return this.#recipientNames.map;
  }

  /** The text of an active filter's chip. */
  chipLabel(key: string, value: string, t: Messages): string {
    const names = this.choices();
    switch (key) {
      case 'status':
        return `${t.filterStatus}: ${t.status[value] ?? value}`;
      case 'org':
        return `${t.filterOrg}: ${names.orgs.find((o) => o.value === value)?.label ?? value.toUpperCase()}`;
      case 'service':
        return `${t.filterService}: ${names.services.find((o) => o.value === value)?.label ?? value.replace(/^urn:altinn:resource:/, '')}`;
      case 'seen':
        return t.seen[value] ?? value;
      default: {
        const f = this.#s.filters();
        const range = value === 'custom' ? `${f.from ?? '…'} – ${f.to ?? '…'}` : t.dates[value] ?? value;
        return `${t.filterUpdated}: ${range}`;
      }
    }
  }
}
