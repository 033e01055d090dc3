import { html, nothing } from 'lit';
import { icon } from '../shared/icons.js';
import { FILTER, INBOX, SEARCH } from '../shared/icons.gen.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { fill, type Messages } from '../../src/i18n/index.js';
import { refusedBatch, type BatchFailure } from '../../src/state/filter-caps.js';
import { groupByMonth, monthLabel, type Group } from '../../src/state/grouping.js';
import { rowDate, type Row } from '../../src/state/rows.js';
import { rowContent, rowItem, type RowContext } from './list-row.js';

/** The month groups of the last rows rendered (a long list renders often, its groups change with its rows). */
let grouped: { rows: readonly Row[]; orderBy: string; groups: Group<Row>[] } | null = null;

/**
 * The rows [from, to) grouped by month (of the date the order sorts by), each row rendered again only when it
 * changed, between two spacers (a long list sizes them: list-window.ts). One structure whether a list is windowed or
 * not, so that it becomes windowed without rendering its rows again. With `places` each row says its place in its
 * whole month (aria-posinset/-setsize): a windowed list renders only some rows of a month.
 */
export function renderRows(rows: readonly Row[], from: number, to: number, context: RowContext, now: Date, places = false) {
  const { orderBy, lang, t } = context;
  if (grouped?.rows !== rows || grouped.orderBy !== orderBy) grouped = { rows, orderBy, groups: groupByMonth(rows, (row) => rowDate(row, orderBy)) };
  const parts: [number, Group<Row>, number, number][] = [];
  let at = 0;
  grouped.groups.forEach((group, i) => {
    const first = Math.max(0, from - at);
    const last = Math.min(group.items.length, to - at);
    if (first < last) parts.push([i, group, first, last]);
    at += group.items.length;
  });
  const today = now.toDateString(); // once per render, not per row
  const spacer = html`<div class="spacer" aria-hidden="true"></div>`;
  return html`${spacer}${repeat(
    parts,
    ([i, group]) => `${group.key}|${i}`,
    ([i, group, first, last]) => html`<section class="group" aria-labelledby=${`g${i}`}>
      <h2 class="group-heading" part="group-heading" id=${`g${i}`}>${monthLabel(group.key, lang, now) || t.noDate}</h2>
      <ul class="rows" part="group">
        ${repeat(group.items.slice(first, last), (row) => row.id, (row, n) => {
          const place = places ? ([first + n + 1, group.items.length] as const) : undefined;
          return rowItem(row, place, guard(rowDeps(row, context, today), () => rowContent(row, context)));
        })}
      </ul>
    </section>`,
  )}${spacer}`;
}

/** What a row's rendering depends on: it is rendered again only when one of these changes. */
const rowDeps = (row: Row, c: RowContext, today: string) => [
  row,
  c.t,
  c.search,
  c.orderBy,
  c.recipients,
  c.orgNames,
  c.selectedId === row.id,
  c.picked.has(row.id),
  c.pickFull,
  today,
];

/** "Show more", busy while the next page loads. */
export function renderMore(loading: boolean, t: Messages, loadMore: () => void) {
  return html`<div class="more">
    <button class="ds-button" part="load-more" data-variant="secondary" aria-busy=${loading ? 'true' : 'false'}
      aria-disabled=${loading ? 'true' : 'false'} @click=${loadMore}>${loading ? t.loadingMore : t.loadMore}</button>
  </div>`;
}

/**
 * Nothing to show: an icon, a title, one sentence and the one action that helps. A search names its text, with a way
 * to clear it; filters are mentioned only when some are on, with a reset; with neither, "nothing here yet".
 */
export function renderEmpty(search: string, filtered: boolean, t: Messages, clearSearch: () => void, resetFilters: () => void) {
  const [mark, title, body, action] = search
    ? [SEARCH, fill(t.noHits, { q: search }), t.noHitsBody, html`<button class="ds-button clear-search" data-variant="secondary" data-size="sm" @click=${clearSearch}>${t.clearSearch}</button>`]
    : filtered
      ? [FILTER, t.emptyFiltered, t.emptyFilteredBody, html`<button class="ds-button" part="empty-reset" data-variant="secondary" data-size="sm" @click=${resetFilters}>${t.resetFilters}</button>`]
      : [INBOX, t.emptyTitle, t.emptyBody, nothing];
  return html`<div class="empty" part="empty">
    ${icon(mark)}
    <h2 class="ds-heading" data-size="2xs">${title}</h2>
    <p class="ds-paragraph" data-size="sm">${body}</p>
    ${action}
  </div>`;
}

/** Some batches of parties could not be searched: which (names where known), and a retry; those refused (403) apart. */
export function renderNotSearched(failed: BatchFailure[], names: Map<string, string> | null, t: Messages, retry: () => void, pending = false) {
  const list = (parties: string[]) => partyList(parties.map((urn) => names?.get(urn) ?? urn.split(':').pop() ?? urn));
  const denied = failed.filter(refusedBatch).flatMap((f) => f.parties);
  const other = failed.filter((f) => !refusedBatch(f)).flatMap((f) => f.parties);
  return html`<div class="ds-alert" data-color="warning" role="alert" part="error">
    ${denied.length ? html`<p class="ds-paragraph">${fill(t.partiesNoAccess(denied.length), { names: list(denied) })}</p>` : ''}
    ${other.length ? html`<p class="ds-paragraph">${fill(t.partiesNotSearched(other.length), { names: list(other) })}</p>` : ''}
    <button class="ds-button" data-variant="secondary" data-size="sm" aria-busy=${pending} aria-disabled=${pending}
      @click=${() => !pending && retry()}>${t.retry}</button>
  </div>`;
}

/** At most five names, then an ellipsis (the count is in the sentence). */
const partyList = (names: string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? ' …' : '');

/** Parties GET /parties no longer lists (rights revoked, units deleted): they are no longer searched. */
export function renderLostParties(lost: readonly { urn: string; name: string }[], t: Messages) {
  if (!lost.length) return nothing;
  return html`<div class="ds-alert" data-color="info" role="status" part="lost-parties">
    <p class="ds-paragraph">${fill(t.partiesNoAccess(lost.length), { names: partyList(lost.map((p) => p.name)) })}</p>
  </div>`;
}

export function renderSkeleton() {
  return html`<div aria-busy="true" part="loading">
    ${[0, 1, 2, 3, 4].map(
      () => html`<div class="skeleton-row" aria-hidden="true">
        <span class="ds-skeleton w30" data-variant="text"></span>
        <span class="ds-skeleton w80" data-variant="text"></span>
        <span class="ds-skeleton w60" data-variant="text"></span>
      </div>`,
    )}
  </div>`;
}
