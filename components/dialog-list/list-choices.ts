import type { LitElement } from 'lit';
import type { DialogportenClient, ServiceResourceList } from '../../src/api/client.js';
import type { Lang, Messages } from '../../src/i18n/index.js';
import { pickText } from '../../src/localize.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import type { ListFilters } from '../../src/state/list-query.js';
import { partyNames } from '../../src/state/party-tree.js';
import { ElementTask } from '../shared/element-task.js';
import type { Choice } from './list-toolbar.js';



export interface ChoicesSource {
  store(): InboxStore;
  client(): DialogportenClient | null;
  parties(): string[] | null;
  lang(): Lang;
  filters(): ListFilters;
  /** The filter panel is open (its names are needed). */
  filtersOpen(): boolean;
  /** The list has rendered (see recipients). */
  rendered(): boolean;
  /** Some row shows its organisation's code for want of a sender name (GET /serviceresources names it). */
  codesShown(): boolean;
}

/**
 * The names the list shows besides the rows: senders and services for the filters (GET /serviceresources, when
 * the filters are open or in use) and recipients when more than one party is shown (from the store's parties).
 */
export class ListChoices {
  #s: ChoicesSource;
  readonly resources: ElementTask<readonly [DialogportenClient, Lang, string], ServiceResourceList>;
  #names: { from: unknown; map: Map<string, string> } | null = null;

  constructor(host: LitElement, source: ChoicesSource) {
    this.#s = source;
    this.resources = new ElementTask(
      host,
      () => {
        const client = source.client();
        const parties = source.parties();
        const f = source.filters();
        // Also once rows are shown with an organisation code for a sender: the names replace the codes.
        const wanted = source.filtersOpen() || Boolean(f.org?.length || f.service?.length) || (source.rendered() && source.codesShown());
        if (!client || !parties?.length) return null;
        // Not asked for until needed; once loaded, kept (no request again when the panel opens again).
        if (!wanted) return this.resources.args;
        return [client, source.lang(), parties.join(' ')] as const;
      },
      ([client, , parties], signal) => client.getServiceResources(parties.split(' '), { signal }),
    );
  }

  #orgs: { from: unknown; map: Map<string, string> } | null = null;

  /** Organisation names by code, in the UI language, from GET /serviceresources; null until they are here. */
  orgNames(): Map<string, string> | null {
    const value = this.resources.value;
    if (!value) return null;
    if (this.#orgs?.from !== value) {
      this.#orgs = { from: value, map: new Map(this.choices().orgs.map((o) => [o.value, o.label])) };
      this.#s.store().orgNames = this.#orgs.map; // the dialog view shows them too
    }
    return this.#orgs.map;
  }

  /** Names of the recipients when the list shows several parties; null otherwise (and until the names are known). */
  recipients(): Map<string, string> | null {
    if ((this.#s.parties()?.length ?? 0) < 2) return null;
    const store = this.#s.store();
    // Asked for once the list renders, not while its first search is on the network (it would compete with it).
    if (this.#s.rendered()) store.wantParties();
    const list = store.partyList;
    if (!list && store.partiesTask.status !== 'error') return null; // names first, then the recipients
    if (this.#names?.from !== list) this.#names = { from: list, map: partyNames(list) };
    return this.#names.map;
  }

  #choices: { from: unknown; lang: Lang; org: string; value: { orgs: Choice[]; services: (Choice & { org: string })[] } } | null = null;

  /**
   * Sender and service choices from GET /serviceresources (names in the UI language), sorted once per answer,
   * language and sender filter: every render asks for them. One collator for the sort: `localeCompare(b, lang)`
   * looks the locale up on every call (a 700-item list took 92 ms under a phone's CPU, in the first second).
   */
  choices(): { orgs: Choice[]; services: (Choice & { org: string })[] } {
    const lang = this.#s.lang();
    const from = this.resources.value;
    const org = this.#s.filters().org ?? [];
    const key = org.join(' ');
    const cached = this.#choices;
    if (cached && cached.from === from && cached.lang === lang && cached.org === key) return cached.value;
    const orgs = new Map<string, string>();
    const services: (Choice & { org: string })[] = [];
    for (const item of from?.items ?? []) {
      const code = item?.serviceOwner?.code;
      const id = item?.serviceResource?.id;
      if (typeof code !== 'string' || !code || typeof id !== 'string' || !id) continue;
      orgs.set(code, pickText(item.serviceOwner?.name, lang) || code.toUpperCase());
      services.push({ value: id, label: pickText(item.serviceResource?.name, lang) || id, org: code });
    }
    // Made only when there is something to sort: the first collator loads the locale's data (not before the first row).
    const compare = services.length ? new Intl.Collator(lang).compare : () => 0;
    const byLabel = (a: Choice, b: Choice) => compare(a.label, b.label);
    const value = {
      orgs: [...orgs].map(([value, label]) => ({ value, label })).sort(byLabel),
      services: services.filter((s) => !org.length || org.includes(s.org)).sort(byLabel),
    };
    this.#choices = { from, lang, org: key, value };
    return value;
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
