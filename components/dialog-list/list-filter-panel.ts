import { html, nothing } from 'lit';
import type { DialogStatus } from '../../src/api/types.js';
import type { Messages } from '../../src/i18n/index.js';
import { activeFilters, DATE_PRESETS, STATUSES, type DatePreset, type ListFilters } from '../../src/state/list-query.js';
import { matchLine, orgNumber, shortName } from '../../src/state/party-search.js';
import type { PartyEntry } from '../../src/state/party-tree.js';
import { select } from './list-fields.js';
import type { ToolbarContext } from './list-toolbar.js';

// The filter panel's fields: a chunk of its own, loaded when the panel is first opened (or when the browser is idle
// after the first rows), so the first rows do not wait for it.

/** The recipient filter: a search over the user's parties, a page of matches, and the choice in effect. */
export interface RecipientFilter {
  query: string;
  /** How many parties match; `shown` are the first of them. */
  total: number;
  shown: PartyEntry[];
  /** The parties named in the store (empty: every party). */
  chosen: readonly string[];
  name(urn: string): string;
  search(text: string): void;
  more(): void;
  /** One party, or '' for every party; false when the portal cancelled it. */
  choose(urn: string): boolean;
}

/**
 * A search field over the parties and a select of the first matches (native: its keyboard and screen reader
 * support come with it), with "Show more". The choice in effect is always one of the options.
 */
function renderRecipient(t: Messages, r: RecipientFilter) {
  const chosen = r.chosen.join(' ');
  const label = (e: PartyEntry) =>
    [shortName(e.name) + (e.parent ? `, ${shortName(e.parent, 80)}` : ''), orgNumber(e), e.deleted ? t.partyDeleted : ''].filter(Boolean).join(' · ');
  const choices = r.shown.filter((e) => e.selectable).map((e) => ({ value: e.urn, label: label(e) }));
  if (chosen && !choices.some((c) => c.value === chosen)) {
    choices.unshift({ value: chosen, label: r.chosen.length > 1 ? t.partyCount(r.chosen.length) : shortName(r.name(chosen)) });
  }
  return html`<label class="field" for="f-recipient-q"><span>${t.searchParties}</span>
      <input id="f-recipient-q" class="input" type="search" autocomplete="off" .value=${r.query} aria-describedby="f-recipient-count"
        @input=${(e: Event) => r.search((e.target as HTMLInputElement).value)} /></label>
    ${select('f-recipient', t.filterRecipient, chosen, choices, t.allParties, r.choose)}
    ${r.total > r.shown.length
      ? html`<button type="button" class="ds-button" data-variant="tertiary" data-size="sm" @click=${r.more}>${t.loadMore}</button>`
      : nothing}
    <p id="f-recipient-count" class="hint" aria-live="polite">${r.total ? matchLine(t, r.total, r.shown.length, Boolean(r.query.trim())) : t.noPartyMatch}</p>`;
}

/** The fields of the open filter panel, with the recipient filter when there is one. */
export function renderFilterPanel(c: ToolbarContext, recipient: RecipientFilter | null = null) {
  const t = c.t;
  const f = c.filters;
  const statuses = STATUSES.filter((s) => (c.folder === 'drafts' ? s === 'Draft' : c.folder !== 'inbox' || s !== 'Draft' || c.search));
  const set = (patch: Partial<ListFilters>) => c.setFilters({ ...f, ...patch });
  const toggleStatus = (status: DialogStatus, on: boolean) =>
    set({ status: on ? [...(f.status ?? []), status] : (f.status ?? []).filter((s) => s !== status) });
  return html`${statuses.length > 1
        ? html`<fieldset class="statuses"><legend>${t.filterStatus}</legend>
            ${statuses.map((s) => html`<label class="check toggle"><input type="checkbox" class="input" .checked=${(f.status ?? []).includes(s)}
              @change=${(e: Event) => toggleStatus(s, (e.target as HTMLInputElement).checked)} />${t.status[s]}</label>`)}
          </fieldset>`
        : nothing}
      ${select('f-org', t.filterOrg, f.org?.[0] ?? '', c.orgs, t.anyValue, (v) => set({ org: v ? [v] : [], service: [] }))}
      ${select('f-service', t.filterService, f.service?.[0] ?? '', c.services, t.anyValue, (v) => set({ service: v ? [v] : [] }))}
      ${select('f-seen', t.filterSeen, f.seen ?? '', ['unread', 'read'].map((v) => ({ value: v, label: t.seen[v] })), t.anyValue, (v) =>
        set({ seen: (v || undefined) as ListFilters['seen'] }))}
      ${select('f-updated', t.filterUpdated, f.updated ?? '', DATE_PRESETS.map((v) => ({ value: v, label: t.dates[v] })), t.anyValue, (v) =>
        set({ updated: (v || undefined) as DatePreset }))}
      ${f.updated === 'custom'
        ? html`${dateInput('f-from', t.dateFrom, f.from, (v) => set({ from: v }))}${dateInput('f-to', t.dateTo, f.to, (v) => set({ to: v }))}`
        : nothing}
      ${recipient ? renderRecipient(t, recipient) : nothing}
      ${activeFilters(f).length
        ? html`<button type="button" class="ds-button reset" part="reset-filters" data-variant="tertiary" data-size="sm" @click=${() => c.setFilters({})}>${t.resetFilters}</button>`
        : nothing}`;
}

const dateInput = (id: string, label: string, value: string | undefined, change: (value: string) => void) =>
  html`<label class="field" for=${id}><span>${label}</span>
    <input id=${id} class="input" type="date" .value=${value ?? ''} @change=${(e: Event) => change((e.target as HTMLInputElement).value)} /></label>`;
