import { en, type Messages } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

export type { Messages };
export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

const catalogs: Record<Lang, Messages> = { nb, nn, en };

/** Maps a BCP 47 tag (nb-NO, no, nob, nn-NO, en-GB…) to a supported UI language, or null. */
export function normaliseLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'no' || primary === 'nob') return 'nb';
  if (primary === 'nn' || primary === 'nno') return 'nn';
  if (primary === 'en' || primary === 'eng') return 'en';
  return null;
}

/** The catalog for a language, with any host overrides laid over it. */
export function messagesFor(lang: Lang, overrides?: Partial<Messages>): Messages {
  const base = catalogs[lang] ?? nb;
  return overrides ? { ...base, ...overrides } : base;
}

/** Fills `{name}` placeholders. Values are inserted as text: the result is never parsed as HTML. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

