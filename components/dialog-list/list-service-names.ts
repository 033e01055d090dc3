import type { LitElement } from 'lit';
import type { DialogportenClient, ServiceResourceList } from '../../src/api/client.js';
import type { Lang } from '../../src/i18n/index.js';
import { pickText } from '../../src/localize.js';
import { ElementTask } from '../shared/element-task.js';
import type { ChoicesSource, ServiceChoices } from './list-choices.js';

/**
 * Senders and services by name, from GET /serviceresources (in the list's extras chunk): asked for when the filters
 * are open or in use, or once rows show an organisation's code for want of a sender name. Until this part is here,
 * the list shows codes (as it does while the request is on its way).
 */
export class ServiceNames {
  #s: ChoicesSource;
  readonly resources: ElementTask<readonly [DialogportenClient, Lang, string], ServiceResourceList>;

  constructor(host: LitElement, source: ChoicesSource) {
    this.#s = source;
    this.resources = new ElementTask(
      host,
      () => {
        const client = source.client();
        const parties = source.parties();
        if (!client || !parties?.length) return null;
        // Not asked for until needed; once loaded, kept (no request again when the panel opens again).
        if (!source.namesWanted()) return this.resources.args;
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

  #choices: { from: unknown; lang: Lang; org: string; value: ServiceChoices } | null = null;

  /**
   * Sender and service choices from GET /serviceresources (names in the UI language), sorted once per answer,
   * language and sender filter: every render asks for them. One collator for the sort: `localeCompare(b, lang)`
   * looks the locale up on every call (a 700-item list took 92 ms under a phone's CPU, in the first second).
   */
  choices(): ServiceChoices {
    const lang = this.#s.lang();
    const from = this.resources.value;
    const org = this.#s.filters().org ?? [];
    const key = org.join(' ');
    const cached = this.#choices;
    if (cached && cached.from === from && cached.lang === lang && cached.org === key) return cached.value;
    const orgs = new Map<string, string>();
    const services: ServiceChoices['services'] = [];
    for (const item of from?.items ?? []) {
      const code = item?.serviceOwner?.code;
      const id = item?.serviceResource?.id;
      if (typeof code !== 'string' || !code || typeof id !== 'string' || !id) continue;
      orgs.set(code, pickText(item.serviceOwner?.name, lang) || code.toUpperCase());
      services.push({ value: id, label: pickText(item.serviceResource?.name, lang) || id, org: code });
    }
    // Made only when there is something to sort: the first collator loads the locale's data (not before the first row).
    const compare = services.length ? new Intl.Collator(lang).compare : () => 0;
    const byLabel = (a: { label: string }, b: { label: string }) => compare(a.label, b.label);
    const value = {
      orgs: [...orgs].map(([value, label]) => ({ value, label })).sort(byLabel),
      services: services.filter((s) => !org.length || org.includes(s.org)).sort(byLabel),
    };
    this.#choices = { from, lang, org: key, value };
    return value;
  }
}
