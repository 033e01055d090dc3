import type { Lang } from '../i18n/index.js';
import { formatMonth } from '../i18n/format.js';

/** `2026-11` (local time) for an ISO date; '' when there is none (undated rows form their own group). */
export function monthKey(iso: string | null | undefined): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** "November" in the current year, "November 2025" before it; '' for the undated group. */
export function monthLabel(key: string, lang: Lang, now = new Date()): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return '';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, 1);
  const sameYear = date.getFullYear() === now.getFullYear();
  const text = formatMonth(date, lang, !sameYear);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Group<T> {
  key: string;
  items: T[];
}

/** Consecutive items with the same month (the list is sorted by that date, so each month appears once). */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => string | null | undefined): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const key = monthKey(dateOf(item));
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}
