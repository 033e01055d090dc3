import { html, nothing } from 'lit';
import { icon } from '../shared/icons.js';
import { FILTER, INBOX, SEARCH } from '../shared/icons.gen.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { fill, type Messages } from '../../src/i18n/index.js';
import { refusedBatch, type BatchFailure } from '../../src/state/filter-caps.js';
import { groupByMonth, monthLabel, type Group } from '../../src/state/grouping.js';
import { rowDate, type Row } from '../../src/state/rows.js';
import { renderRow, type RowContext } from './list-row.js';

/** The month groups of all rows, with the index of each group's first row (cached per rows and order). */
const grouped = new WeakMap<readonly Row[], { orderBy: string; groups: Group<Row>[]; firsts: number[] }>();
function groupsOf(rows: readonly Row[], orderBy: string) {
  let entry = grouped.get(rows);
  if (entry?.orderBy !== orderBy) {
    const groups = groupByMonth(rows, (row) => rowDate(row, orderBy));
    const firsts: number[] = [];
    groups.reduce((at, group) => (firsts.push(at), at + group.items.length), 0);
    grouped.set(rows, (entry = { orderBy, groups, firsts }));
  }
  return entry;
}

/**
 * The rows [from, to) grouped by month (of the date the order sorts by), each row rendered again only when it
 * changed, between two spacers (a long list sizes them: list-window.ts). One structure whether a list is windowed or
 * not, so that it becomes windowed without rendering its rows again. With `places` each row says its place in its
 * whole month (aria-posinset/-setsize): a windowed list renders only some rows of a month.
 */
export function renderRows(rows: readonly Row[], from: number, to: number, context: RowContext, now: Date, places = false) {
  const { groups, firsts } = groupsOf(rows, context.orderBy);
  const parts: { i: number; group: Group<Row>; first: number; last: number }[] = [];
  for (let i = 0; i < groups.length; i++) {
    const first = Math.max(from, firsts[i]) - firsts[i];
    const last = Math.min(to, firsts[i] + groups[i].items.length) - firsts[i];
    if (first < last) parts.push({ i, group: groups[i], first, last });
  }
  const spacer = html`<div class="spacer" aria-hidden="true"></div>`;
  return html`${spacer}${repeat(
    parts,
    ({ i, group }) => `${group.key}|${i}`,
    ({ i, group, first, last }) =>
      renderGroup(group.key, i, group.items.slice(first, last), context, now, places ? (n) => [first + n + 1, group.items.length] : undefined),
  )}${spacer}`;
}

/**
 * One month: a heading and a list of its rows. `place` (a windowed list, which renders only some rows of a month)
 * gives each row's place in the whole month (aria-posinset/-setsize).
 */
function renderGroup(key: string, i: number, items: readonly Row[], context: RowContext, now: Date, place?: (n: number) => readonly [number, number]) {
  const today = now.toDateString();
  return html`<section class="group" aria-labelledby=${`g${i}`}>
    <h2 class="group-heading" part="group-heading" id=${`g${i}`}>${monthLabel(key, context.lang, now) || context.t.noDate}</h2>
    <ul class="rows" part="group">
      ${repeat(items, (row) => row.id, (row, n) => {
        const at = place?.(n);
        return guard([...rowDeps(row, context, today), at?.[0], at?.[1]], () => renderRow(row, context, at));
      })}
    </ul>
  </section>`;
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
