// Dates are formatted from our own tables (no Intl: Chromium has no nynorsk data, and the first Intl formatter
// costs 15–30 ms). For bokmål and English they must say what Intl says (days in bokmål as people say them, not
// CLDR's "døgn"); nynorsk is checked by hand.
import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatMonth, formatRelative, UNITS } from '../../src/i18n/format.js';
import { monthLabel } from '../../src/state/grouping.js';

const LOCALES = { nb: 'nb-NO', en: 'en-GB' } as const;
/** What Intl says for the same choice of unit. */
function intlRelative(date: Date, locale: string, now: Date): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return natural(rtf.format(Math.trunc(seconds / size), unit));
  return rtf.format(0, 'second');
}
/** Where we say it as people do: CLDR's bokmål counts days in "døgn" ("for 3 døgn siden"); we say "dager". */
const natural = (text: string) => text.replace(/\b(\d+) døgn\b/, (_, n: string) => `${n} ${n === '1' ? 'dag' : 'dager'}`);

/** A reproducible spread of dates over ±12 years. */
function* dates(count: number): Generator<Date> {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) yield new Date(Date.UTC(2014 + Math.floor(next() * 24), Math.floor(next() * 12), 1 + Math.floor(next() * 28), Math.floor(next() * 24), Math.floor(next() * 60)));
}

describe('date formats', () => {
  for (const [lang, locale] of Object.entries(LOCALES) as ['nb' | 'en', string][]) {
    it(`${lang}: dates, dates with time and months say what Intl (${locale}) says`, () => {
      const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
      const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      const month = new Intl.DateTimeFormat(locale, { month: 'long' });
      const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
      for (const d of dates(500)) {
        expect(formatDate(d, lang)).to.equal(date.format(d));
        expect(formatDateTime(d, lang)).to.equal(dateTime.format(d));
        expect(formatMonth(d, lang, false)).to.equal(month.format(d));
        expect(formatMonth(d, lang, true)).to.equal(monthYear.format(d));
      }
    });

    it(`${lang}: relative times say what Intl (${locale}, numeric: auto) says, for every unit and sign`, () => {
      const now = new Date(Date.UTC(2026, 10, 23, 12, 0));
      const offsets = [0, 30, 59, 60, 61, 119, 120, 3599, 3600, 7200, 86_399, 86_400, 172_800, 259_200, 604_800, 1_209_600, 2_592_000, 5_184_000, 31_536_000, 63_072_000, 400_000_000];
      for (const seconds of offsets) {
        for (const sign of [-1, 1]) {
          const d = new Date(now.getTime() + sign * seconds * 1000);
          expect(formatRelative(d, lang, now), `${sign * seconds} s`).to.equal(intlRelative(d, locale, now));
        }
      }
      for (const d of dates(300)) expect(formatRelative(d, lang, now)).to.equal(intlRelative(d, locale, now));
    });
  }

  it('nn: nynorsk dates and relative times (Chromium has no nynorsk locale data)', () => {
    const now = new Date(2026, 10, 23, 12, 0);
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(formatDate(new Date(2026, 10, 5, 9, 7), 'nn')).to.equal('5. nov. 2026');
    expect(formatDateTime(new Date(2026, 4, 25, 14, 30), 'nn')).to.equal('25. mai 2026, 14:30');
    expect(monthLabel('2025-09', 'nn', now)).to.equal('September 2025');
    expect(monthLabel('2026-03', 'nn', now)).to.equal('Mars');
    expect(formatRelative(at(-10), 'nn', now)).to.equal('no');
    expect(formatRelative(at(-60), 'nn', now)).to.equal('for 1 minutt sidan');
    expect(formatRelative(at(-180), 'nn', now)).to.equal('for 3 minutt sidan');
    expect(formatRelative(at(7200), 'nn', now)).to.equal('om 2 timar');
    expect(formatRelative(at(-86_400), 'nn', now)).to.equal('i går');
    expect(formatRelative(at(2 * 86_400), 'nn', now)).to.equal('i overmorgon');
    expect(formatRelative(at(-3 * 86_400), 'nn', now)).to.equal('for 3 dagar sidan'); // the natural word, not CLDR's "døgn"
    expect(formatRelative(at(-3 * 86_400), 'nb', now)).to.equal('for 3 dager siden');
    expect(formatRelative(at(3 * 86_400), 'nb', now)).to.equal('om 3 dager');
    expect(formatRelative(at(-7 * 86_400), 'nn', now)).to.equal('førre veke');
    expect(formatRelative(at(3 * 7 * 86_400), 'nn', now)).to.equal('om 3 veker');
    expect(formatRelative(at(-60 * 86_400), 'nn', now)).to.equal('for 2 månadar sidan');
    expect(formatRelative(at(-365 * 86_400), 'nn', now)).to.equal('i fjor');
  });
});
