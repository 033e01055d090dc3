import { html, nothing } from 'lit';
import type { OrderBy } from '../../src/api/types.js';
import { fill, type Messages } from '../../src/i18n/index.js';
import { activeFilters, FOLDERS, SORT_CHOICES, type Folder, type ListFilters } from '../../src/state/list-query.js';
export type { RecipientFilter } from './list-filter-panel.js';
import { select, type Choice } from './list-fields.js';
import { icon } from '../shared/icons.js';
import { FILTER, SEARCH } from '../shared/icons.gen.js';

export type { Choice } from './list-fields.js';

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

/** The folders: a strip that scrolls sideways when narrow, a side navigation when the list is wide (CSS). */
export function renderFolders(c: ToolbarContext) {
  return html`<nav class="folders" part="folders" aria-label=${c.t.folders}>
    ${FOLDERS.map((folder) => {
      const current = folder === c.folder && !c.search;
      return html`<button class="ds-button" part="folder" data-size="sm" data-variant="tertiary"
        data-folder=${folder} aria-current=${current ? 'page' : 'false'} @click=${() => c.setFolder(folder)}>${c.t.folder[folder]}</button>`;
    })}
  </nav>`;
}


/** The search field: an icon and a placeholder show what it is; it searches as the user types (Enter at once). */
export function renderSearch(c: ToolbarContext) {
  const t = c.t;
  const short = c.draft.trim().length > 0 && c.draft.trim().length < 3;
  return html`<form class="search" role="search" part="search" @submit=${(e: Event) => (e.preventDefault(), c.setDraft(c.draft, true))}>
    <label class="visually-hidden" for="q">${t.searchLabel}</label>${icon(SEARCH)}
    <input id="q" class="input" type="search" autocomplete="off" placeholder=${t.searchPlaceholder} .value=${c.draft}
      aria-describedby=${short ? 'q-hint' : nothing} @input=${(e: Event) => c.setDraft((e.target as HTMLInputElement).value, false)} />
    ${short ? html`<p id="q-hint" class="hint" part="search-hint">${t.searchHint}</p>` : nothing}
  </form>`;
}

/**
 * The "Filters" toggle with its count, the sort order (a compact select), `select` (the select-mode button) and the
 * filter panel's place: its fields are a chunk (list-filter-panel.ts), rendered by `panel` when the panel is open.
 */
export function renderFilterBar(c: ToolbarContext, panel: unknown = nothing, selectButton: unknown = nothing) {
  const t = c.t;
  const count = activeFilters(c.filters).length;
  const sorts = SORT_CHOICES.includes(c.orderBy) ? SORT_CHOICES : [...SORT_CHOICES, c.orderBy];
  // The panel comes right after its button in the focus order; CSS shows it on a line of its own below.
  return html`<button class="ds-button" part="filters-button" data-variant="secondary" data-size="sm" aria-expanded=${c.filtersOpen ? 'true' : 'false'}
      aria-controls="filters" @click=${c.toggleFilters}>${icon(FILTER)}${t.filters}${count
        ? html`<span class="badge" part="filters-count"><span class="visually-hidden">(</span>${count}<span class="visually-hidden">)</span></span>`
        : nothing}</button>
    <div id="filters" class="filters" part="filters" ?hidden=${!c.filtersOpen}>${c.filtersOpen ? panel : nothing}</div>
    ${select('sort', t.sortBy, c.orderBy, sorts.map((o) => ({ value: o, label: t.sort[o] ?? o })), null, (v) => c.setOrder(v as OrderBy), true)}
    ${selectButton}`;
}

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
