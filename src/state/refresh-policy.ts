import type { OrderBy, SearchResult } from '../api/types.js';
import { rowDate, type Row } from './rows.js';

/**
 * When the list asks its first page again to find news, and what an answer means (framework-free). Dialogporten
 * has no list-level subscription for end users, so freshness is a cheap poll: on becoming visible and at an
 * interval while visible, one tab for all (see refresh-share.ts).
 */

/** The `refresh-interval` attribute's default and floor (seconds). */
export const DEFAULT_REFRESH_S = 120;
let minimumS = 30;

/** For tests and the request bench only: a shorter floor than 30 s, so a run does not wait minutes. */
export function setRefreshFloor(seconds: number): void {
  minimumS = Math.max(0.05, seconds);
}

/** The interval in ms from the attribute: absent or not a number → 120 s; `0` (or less) → off (0); else at least 30 s. */
export function refreshIntervalMs(value: unknown): number {
  const s = value === undefined || value === null || value === '' ? DEFAULT_REFRESH_S : Number(value);
  if (!Number.isFinite(s)) return DEFAULT_REFRESH_S * 1000;
  if (s <= 0) return 0;
  return Math.max(minimumS, s) * 1000;
}

/** A tab shown again asks at once unless someone asked within this long (ms): tab switching stays cheap. */
export const visibleGapMs = (): number => minimumS * 1000;

/** After `failures` failed asks in a row: the interval doubled each time, at most 30 min, at least what Retry-After said. */
export function backoffMs(intervalMs: number, failures: number, retryAfterMs = 0): number {
  const doubled = Math.min(30 * 60_000, intervalMs * 2 ** Math.min(failures, 10));
  return Math.max(doubled, retryAfterMs);
}

/** What a fresh first page says about the rows shown. */
export interface RefreshDiff {
  /** Dialogs on the fresh first page that are not shown: announced, not shuffled in. */
  added: string[];
  /** Shown dialogs whose content was updated (they would move): announced. */
  updated: string[];
  /** Shown dialogs that the fresh page should hold and does not (moved to another folder, deleted): announced, left in place. */
  gone: string[];
  /** Shown dialogs with other labels, read state, status or revision and the same content date: applied in place. */
  patched: Row[];
}

/**
 * Compares a fresh first page (`fresh`, in the query's order, `complete` when it has no next page) with the rows
 * shown (`shownAll` when no more could be loaded). A dialog that comes onto the page from below, after the last row
 * shown, is not news: it was there, further down. Linear in both.
 */
export function diffFirstPage(shown: readonly Row[], fresh: readonly Row[], orderBy: OrderBy, complete: boolean, shownAll = false): RefreshDiff {
  const byId = new Map(shown.map((r) => [r.id, r]));
  const freshIds = new Set(fresh.map((r) => r.id));
  const diff: RefreshDiff = { added: [], updated: [], gone: [], patched: [] };
  const before = sortsBefore(orderBy);
  const lastShown = shown.at(-1);
  for (const row of fresh) {
    const old = byId.get(row.id);
    if (!old) {
      if (shownAll || !lastShown || before(row, lastShown)) diff.added.push(row.id);
    }
    else if ((old.contentUpdatedAt ?? '') !== (row.contentUpdatedAt ?? '')) diff.updated.push(row.id);
    else if (old.rev !== row.rev || old.status !== row.status || old.seen !== row.seen || old.labels.join() !== row.labels.join()) diff.patched.push(row);
  }
  // A shown row that sorts within the fresh page's span (or anywhere, when the page is complete) but is not on it.
  const last = fresh.at(-1);
  for (const row of shown) {
    if (freshIds.has(row.id)) continue;
    if (complete || (last && before(row, last))) diff.gone.push(row.id);
  }
  return diff;
}

/** Whether `a` comes before `b` in the order (by its date, then id, as the API breaks ties; no date last). */
function sortsBefore(orderBy: OrderBy): (a: Row, b: Row) => boolean {
  const sign = orderBy.endsWith('_asc') ? 1 : -1;
  const time = (row: Row) => {
    const t = Date.parse(rowDate(row, orderBy) ?? '');
    return Number.isNaN(t) ? null : t;
  };
  return (a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta !== tb) return ta === null ? false : tb === null ? true : sign * (ta - tb) < 0;
    return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) < 0;
  };
}

/**
 * Whether an answer is for the query asked: another `orderBy` (when the answer names one) or an item of a party
 * that was not asked for means a cache or a proxy mixed answers up; it is ignored.
 */
export function answersQuery(answer: Pick<SearchResult, 'items'> & { orderBy?: string | null }, orderBy: OrderBy, parties: readonly string[]): boolean {
  if (!answer || !Array.isArray(answer.items)) return false;
  // Dialogporten names the order with its tie-breaker ('contentupdatedat_desc,id_desc'): the first term counts.
  if (typeof answer.orderBy === 'string' && answer.orderBy && answer.orderBy.split(',')[0].trim().toLowerCase() !== orderBy.toLowerCase()) return false;
  const asked = new Set(parties.map((p) => p.toLowerCase()));
  return answer.items.every((item) => !item || typeof item.party !== 'string' || asked.has(item.party.toLowerCase()));
}
