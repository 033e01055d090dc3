// Dates are formatted from our own tables (no Intl: Chromium has no nynorsk data, and the first Intl formatter
// costs 15–30 ms). For bokmål and English they must say what Intl says; nynorsk is checked by hand.
import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatMonth } from '../../src/i18n/format.js';
import { monthLabel } from '../../src/state/grouping.js';

const LOCALES = { nb: 'nb-NO', en: 'en-GB' } as const;
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
  }

  it('nn: nynorsk dates (Chromium has no nynorsk locale data)', () => {
    const now = new Date(2026, 10, 23, 12, 0);
    expect(formatDate(new Date(2026, 10, 5, 9, 7), 'nn')).to.equal('5. nov. 2026');
    expect(formatDateTime(new Date(2026, 4, 25, 14, 30), 'nn')).to.equal('25. mai 2026, 14:30');
    expect(monthLabel('2025-09', 'nn', now)).to.equal('September 2025');
    expect(monthLabel('2026-03', 'nn', now)).to.equal('Mars');
  });
});
