import type { Lang } from './index.js';

// Dates are formatted from the tables below, not with Intl, for two reasons (measured in Chromium 156):
// - Chromium ships no nynorsk locale data: Intl formats `nn-NO` as American English ("Nov 5, 2026, 9:07 AM").
// - The first Intl formatter of a page costs 15–30 ms (locale data), on the way to the first row.
// The texts are CLDR's for nb, nn and en-GB (numeric: 'auto' for relative times), as Intl gives them for nb and
// en-GB; a browser test compares them with Intl for those two.

/** Parses an ISO date; null for missing or invalid values (untrusted data). */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

interface DateWords {
  months: string[];
  /** Months as abbreviated in dates ("5. nov. 2026"). */
  short: string[];
  date: (day: number, month: string, year: number) => string;
  /** "{n} {unit}" in the past and in the future. */
  past: string;
  future: string;
  /** [one, other] per unit. */
  units: Record<Unit, [string, string]>;
  /** Words for some offsets, e.g. `day-1` (yesterday). */
  named: Record<string, string>;
  now: string;
  today: string;
}

const NO_MONTHS = 'januar februar mars april mai juni juli august september oktober november desember'.split(' ');
const NO_SHORT = 'jan. feb. mars apr. mai juni juli aug. sep. okt. nov. des.'.split(' ');
const noDate = (day: number, month: string, year: number) => `${day}. ${month} ${year}`;

const WORDS: Record<Lang, DateWords> = {
  nb: {
    months: NO_MONTHS,
    short: NO_SHORT,
    date: noDate,
    past: 'for {n} {u} siden',
    future: 'om {n} {u}',
    units: { year: ['år', 'år'], month: ['måned', 'måneder'], week: ['uke', 'uker'], day: ['dag', 'dager'], hour: ['time', 'timer'], minute: ['minutt', 'minutter'] },
    named: { 'year-1': 'i fjor', year1: 'neste år', 'month-1': 'forrige måned', month1: 'neste måned', 'week-1': 'forrige uke', week1: 'neste uke', 'day-2': 'i forgårs', 'day-1': 'i går', day1: 'i morgen', day2: 'i overmorgen' },
    now: 'nå',
    today: 'i dag',
  },
  nn: {
    months: NO_MONTHS,
    short: NO_SHORT,
    date: noDate,
    past: 'for {n} {u} sidan',
    future: 'om {n} {u}',
    units: { year: ['år', 'år'], month: ['månad', 'månadar'], week: ['veke', 'veker'], day: ['dag', 'dagar'], hour: ['time', 'timar'], minute: ['minutt', 'minutt'] },
    named: { 'year-1': 'i fjor', year1: 'neste år', 'month-1': 'førre månad', month1: 'neste månad', 'week-1': 'førre veke', week1: 'neste veke', 'day-2': 'i førgårs', 'day-1': 'i går', day1: 'i morgon', day2: 'i overmorgon' },
    now: 'no',
    today: 'i dag',
  },
  en: {
    months: 'January February March April May June July August September October November December'.split(' '),
    short: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
    date: (day, month, year) => `${day} ${month} ${year}`,
    past: '{n} {u} ago',
    future: 'in {n} {u}',
    units: { year: ['year', 'years'], month: ['month', 'months'], week: ['week', 'weeks'], day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
    named: { 'year-1': 'last year', year1: 'next year', 'month-1': 'last month', month1: 'next month', 'week-1': 'last week', week1: 'next week', 'day-1': 'yesterday', day1: 'tomorrow' },
    now: 'now',
    today: 'today',
  },
};

const two = (n: number) => String(n).padStart(2, '0');

/** "5. nov. 2026" (nb, nn), "5 Nov 2026" (en), in local time. */
export function formatDate(date: Date, lang: Lang): string {
  const w = WORDS[lang];
  return w.date(date.getDate(), w.short[date.getMonth()], date.getFullYear());
}

/** "5. nov. 2026, 09:07" (nb, nn), "5 Nov 2026, 09:07" (en). */
export function formatDateTime(date: Date, lang: Lang): string {
  return `${formatDate(date, lang)}, ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * A row's date, short and absolute: the time today ("09:07"), else the day ("2. des."; with the year when it is not
 * this year's). `spoken` puts the day's word before today's time ("i dag 09:07"), for the row's name.
 */
export function formatShort(date: Date, lang: Lang, now: Date, spoken = false): string {
  const w = WORDS[lang];
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  if (date.toDateString() === now.toDateString()) return spoken ? `${w.today} ${time}` : time;
  const day = formatDate(date, lang);
  return date.getFullYear() === now.getFullYear() ? day.slice(0, day.lastIndexOf(' ')) : day;
}

/** "november" (nb, nn), "November" (en); with the year when `withYear`. */
export function formatMonth(date: Date, lang: Lang, withYear: boolean): string {
  const month = WORDS[lang].months[date.getMonth()];
  return withYear ? `${month} ${date.getFullYear()}` : month;
}

/** The units of relative times, largest first, in seconds. */
export const UNITS: [Unit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "for 3 dager siden", "om 2 timer", "i går", "nå": the largest whole unit (days, not CLDR's "døgn"). */
export function formatRelative(date: Date, lang: Lang, now: Date = new Date()): string {
  const w = WORDS[lang];
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) < size) continue;
    const n = Math.trunc(seconds / size);
    const named = w.named[`${unit}${n}`];
    if (named) return named;
    const count = Math.abs(n);
    return (n < 0 ? w.past : w.future).replace('{n}', String(count)).replace('{u}', w.units[unit][count === 1 ? 0 : 1]);
  }
  return w.now;
}
