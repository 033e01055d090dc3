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

/** Overrides of UI texts: any text, also single entries of a group (`{ status: { Completed: 'Ferdig' } }`). */
export type MessageOverrides = { [K in keyof Messages]?: Messages[K] extends Record<string, unknown> ? Partial<Messages[K]> : Messages[K] };

/** `overrides` laid over `base`, group by group (a group's other texts stay); only texts of the right kind. */
export function withOverrides(base: Messages, overrides?: MessageOverrides | null): Messages {
  if (!overrides || typeof overrides !== 'object') return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const was = merged[key];
    if (was && typeof was === 'object' && value && typeof value === 'object') merged[key] = withOverrides(was as Messages, value);
    else if (was !== undefined && typeof value === typeof was) merged[key] = value;
  }
  return merged as unknown as Messages;
}

/** The catalog for a language, with any host overrides laid over it. */
export function messagesFor(lang: Lang, overrides?: MessageOverrides): Messages {
  return withOverrides(catalogs[lang] ?? nb, overrides);
}

/** Fills `{name}` placeholders. Values are inserted as text: the result is never parsed as HTML. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

