import type { Lang } from './index.js';

// Dates are formatted from the tables below, not with Intl, for two reasons (measured in Chromium 156):
// - Chromium ships no nynorsk locale data: Intl formats `nn-NO` as American English ("Nov 5, 2026, 9:07 AM").
// - The first Intl formatter of a page costs 15–30 ms (locale data), on the way to the first row.
// The texts are CLDR's for nb, nn and en-GB, as Intl gives them for nb and en-GB; a browser test compares them with
// Intl for those two.

/** Parses an ISO date; null for missing or invalid values (untrusted data). */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface DateWords {
  months: string[];
  /** Months as abbreviated in dates ("5. nov. 2026"). */
  short: string[];
  date: (day: number, month: string, year: number) => string;
  today: string;
}

// Bokmål and nynorsk write dates alike.
const NORWEGIAN: DateWords = {
  months: 'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
  short: 'jan. feb. mars apr. mai juni juli aug. sep. okt. nov. des.'.split(' '),
  date: (day, month, year) => `${day}. ${month} ${year}`,
  today: 'i dag',
};

const WORDS: Record<Lang, DateWords> = {
  nb: NORWEGIAN,
  nn: NORWEGIAN,
  en: {
    months: 'January February March April May June July August September October November December'.split(' '),
    short: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
    date: (day, month, year) => `${day} ${month} ${year}`,
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
