import { retrying } from '../chunk-loading.js';
import type { Messages } from './en.js';
import { nb } from './nb.js';
import type { extrasEn } from './extras-en.js';
import type { pickerEn } from './picker-en.js';
import type { viewEn } from './view-en.js';

export type { Messages };
/** Texts only a chunk reads: the dialog view and its actions (view-en.ts), the list's extras, the party picker. */
export type ChunkMessages = typeof viewEn & typeof extrasEn & typeof pickerEn;
/** Every other text: what bokmål's catalog holds before those chunks have loaded. */
export type CoreMessages = Omit<Messages, keyof ChunkMessages>;
export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

// Bokmål is in the core (the default, and the fallback); nynorsk and English are chunks loaded when a page uses them.
// Bokmål's texts that only a chunk reads (the dialog view's, the list's extras', the party picker's) come with that
// chunk's code (addTexts), not with the code the first row waits for; until then only that chunk's code could miss
// them, and it is not there yet. A test checks that the core reads none of them.
const catalogs: Partial<Record<Lang, Messages>> = { nb: nb as Messages };
let version = 0;

/** Adds bokmål's texts of a chunk (view-nb.ts, extras-nb.ts, picker-nb.ts); the chunk's code calls it when it runs. */
export function addTexts(texts: Partial<ChunkMessages>): void {
  const all = catalogs.nb!;
  if (Object.keys(texts).every((key) => key in all)) return;
  catalogs.nb = { ...all, ...texts };
  version++;
}

/** Changes when a catalog gains texts (addTexts): texts built from the catalogs before are stale. */
export function textsVersion(): number {
  return version;
}
const nnChunk = retrying(() => import('./nn.js'));
const enChunk = retrying(() => import('./en.js'));
const loaders: Record<Lang, () => Promise<Messages>> = {
  nb: async () => catalogs.nb!,
  nn: () => nnChunk().then((m) => m.nn),
  en: () => enChunk().then((m) => m.en),
};
const loading = new Map<Lang, Promise<void>>();

/** True when the texts of `lang` are here (see loadCatalog). */
export function hasCatalog(lang: Lang): boolean {
  return Boolean(catalogs[lang]);
}

const failed = new Set<Lang>();

/**
 * Loads the texts of `lang`. When they cannot be loaded (network, or an old page after a new deploy), the UI speaks
 * bokmål rather than nothing, and they are asked for again only when `again` (the page chose the language anew), not
 * by every element that comes up.
 */
export function loadCatalog(lang: Lang, again?: boolean): Promise<void> {
  if (catalogs[lang] || (failed.has(lang) && !again)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (messages) => void (catalogs[lang] = messages),
      (error) => (failed.add(lang), console.warn(`The ${lang} texts could not be loaded; showing bokmål.`, error)),
    ).finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

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

/** The catalog for a language (bokmål until it is loaded: see loadCatalog), with any host overrides laid over it. */
export function messagesFor(lang: Lang, overrides?: MessageOverrides): Messages {
  return withOverrides(catalogs[lang] ?? catalogs.nb!, overrides);
}

/** Fills `{name}` placeholders. Values are inserted as text: the result is never parsed as HTML. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

