import { intlLocale, type Lang } from './index.js';

/** Parses an ISO date; null for missing or invalid values (untrusted data). */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Intl formatters are costly to create (a list of 100 rows formats hundreds of dates): one per language and kind. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(lang), options));
}

export function formatDate(date: Date, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

export function formatDateTime(date: Date, lang: Lang): string {
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 hours", "now": the largest whole unit. */
export function formatRelative(date: Date, lang: Lang, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = cached(`${lang}|relative`, () => new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}
