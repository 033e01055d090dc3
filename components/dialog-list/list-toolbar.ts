import { html, nothing } from 'lit';
import type { DialogStatus, OrderBy } from '../../src/api/types.js';
import { fill, type Messages } from '../../src/i18n/index.js';
import {
  activeFilters,
  DATE_PRESETS,
  FOLDERS,
  SORT_CHOICES,
  STATUSES,
  type DatePreset,
  type Folder,
  type ListFilters,
} from '../../src/state/list-query.js';
import { matchLine, orgNumber, shortName, type PartyEntry } from '../../src/state/party-tree.js';

export interface Choice {
  value: string;
  label: string;
}

/** What the toolbar shows and what it can change. */
export interface ToolbarContext {
  t: Messages;
  folder: Folder;
  filters: ListFilters;
  /** The search in effect ('' when none). */
  search: string;
  /** The text in the search box (may be shorter than 3 characters). */
  draft: string;
  orderBy: OrderBy;
  filtersOpen: boolean;
  orgs: Choice[];
  services: Choice[];
  setFolder(folder: Folder): void;
  /** False when the portal cancelled the change. */
  setFilters(filters: ListFilters): boolean;
  removeFilter(index: number): void;
  setDraft(text: string, submit: boolean): void;
  /** False when the portal cancelled the change. */
  setOrder(orderBy: OrderBy): boolean;
  toggleFilters(): void;
}

export function renderFolders(c: ToolbarContext) {
  return html`<nav class="folders" part="folders" aria-label=${c.t.folders}>
    ${FOLDERS.map((folder) => {
      const current = folder === c.folder && !c.search;
      return html`<button class="ds-button" part="folder" data-size="sm" data-variant=${current ? 'primary' : 'tertiary'}
        data-folder=${folder} aria-current=${current ? 'page' : 'false'} @click=${() => c.setFolder(folder)}>${c.t.folder[folder]}</button>`;
    })}
  </nav>`;
}

export function renderSearch(c: ToolbarContext) {
  const t = c.t;
  const short = c.draft.trim().length > 0 && c.draft.trim().length < 3;
  return html`<form class="search" role="search" part="search" @submit=${(e: Event) => (e.preventDefault(), c.setDraft(c.draft, true))}>
    <label class="visually-hidden" for="q">${t.searchLabel}</label>
    <input id="q" class="input" type="search" autocomplete="off" .value=${c.draft} aria-describedby=${short ? 'q-hint' : nothing}
      @input=${(e: Event) => c.setDraft((e.target as HTMLInputElement).value, false)} />
    <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">${t.search}</button>
    ${short ? html`<p id="q-hint" class="hint" part="search-hint">${t.searchHint}</p>` : nothing}
  </form>`;
}

/** A select; `any` names the empty choice (none: no empty choice). A change the portal cancels is undone. */
const select = (id: string, label: string, value: string, choices: Choice[], any: string | null, change: (value: string) => boolean | void) =>
  html`<label class="field" for=${id}><span>${label}</span>
    <select id=${id} class="input" @change=${(e: Event) => {
      const box = e.target as HTMLSelectElement;
      if (change(box.value) === false) box.value = value;
    }}>
      ${any === null ? nothing : html`<option value="" ?selected=${!value}>${any}</option>`}
      ${choices.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select></label>`;

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

/** The "Filters" toggle, the sort order and (when open) the filter panel, with the recipient filter when there is one. */
export function renderFilterBar(c: ToolbarContext, recipient: RecipientFilter | null = null) {
  const t = c.t;
  const f = c.filters;
  const count = activeFilters(f).length;
  const sorts = SORT_CHOICES.includes(c.orderBy) ? SORT_CHOICES : [...SORT_CHOICES, c.orderBy];
  const statuses = STATUSES.filter((s) => (c.folder === 'drafts' ? s === 'Draft' : c.folder !== 'inbox' || s !== 'Draft' || c.search));
  const set = (patch: Partial<ListFilters>) => c.setFilters({ ...f, ...patch });
  const toggleStatus = (status: DialogStatus, on: boolean) =>
    set({ status: on ? [...(f.status ?? []), status] : (f.status ?? []).filter((s) => s !== status) });
  return html`<div class="filter-bar">
      <button class="ds-button" part="filters-button" data-variant="secondary" data-size="sm" aria-expanded=${c.filtersOpen ? 'true' : 'false'}
        aria-controls="filters" @click=${c.toggleFilters}>${t.filters}${count ? ` (${count})` : ''}</button>
      ${select('sort', t.sortBy, c.orderBy, sorts.map((o) => ({ value: o, label: t.sort[o] ?? o })), null, (v) => c.setOrder(v as OrderBy))}
    </div>
    <div id="filters" class="filters" part="filters" ?hidden=${!c.filtersOpen}>
      ${statuses.length > 1
        ? html`<fieldset class="statuses"><legend>${t.filterStatus}</legend>
            ${statuses.map((s) => html`<label class="check"><input type="checkbox" class="input" .checked=${(f.status ?? []).includes(s)}
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
    </div>`;
}

const dateInput = (id: string, label: string, value: string | undefined, change: (value: string) => void) =>
  html`<label class="field" for=${id}><span>${label}</span>
    <input id=${id} class="input" type="date" .value=${value ?? ''} @change=${(e: Event) => change((e.target as HTMLInputElement).value)} /></label>`;

/** The active filters as removable buttons, and one reset. */
export function renderActiveFilters(c: ToolbarContext, label: (key: string, value: string) => string) {
  const active = activeFilters(c.filters);
  if (!active.length) return nothing;
  const t = c.t;
  return html`<ul class="chips" part="active-filters" aria-label=${t.activeFilters}>
    ${active.map(({ key, value }, i) => {
      const text = label(key, value);
      return html`<li><button class="ds-button chip" part="active-filter" data-variant="secondary" data-size="sm"
        aria-label=${fill(t.removeFilter, { filter: text })} @click=${() => c.removeFilter(i)}>${text}<span aria-hidden="true"> ✕</span></button></li>`;
    })}
    <li><button class="ds-button" part="reset-filters" data-variant="tertiary" data-size="sm" @click=${() => c.setFilters({})}>${t.resetFilters}</button></li>
  </ul>`;
}
