import type { ContentValue, Localization } from './api/types.js';

/**
 * Picks a localization as the contract says: the UI language, then nb, nn, en, then the first.
 * Tolerates untrusted shapes (null lists, missing codes, non-string values).
 */
export function pickLocalization(list: Localization[] | null | undefined, lang: string): Localization | undefined {
  if (!Array.isArray(list)) return undefined;
  const usable = list.filter((item) => item && typeof item.value === 'string');
  const codeOf = (item: Localization) => (typeof item.languageCode === 'string' ? item.languageCode.toLowerCase().split('-')[0] : '');
  for (const code of [lang, 'nb', 'nn', 'en']) {
    const hit = usable.find((item) => codeOf(item) === code);
    if (hit) return hit;
  }
  return usable[0];
}

export function pickText(list: Localization[] | null | undefined, lang: string): string {
  return pickLocalization(list, lang)?.value ?? '';
}

/**
 * The language of the text pickText would choose, when it is not `lang` (for a `lang` attribute on it: WCAG
 * 3.1.2); undefined when it is `lang`, absent or not a plain language code.
 */
export function textLang(list: Localization[] | null | undefined, lang: string): string | undefined {
  const primary = primaryLanguage(pickLocalization(list, lang)?.languageCode);
  return primary !== lang ? primary : undefined;
}

/** The primary language of an (untrusted) language tag, lower-cased (`en-GB` → `en`); undefined when it has none. */
export function primaryLanguage(tag: unknown): string | undefined {
  const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split('-')[0] : '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The text of a ContentValue (title, summary…) in the best language; '' when absent. */
export function contentText(value: ContentValue | null | undefined, lang: string): string {
  return pickText(value?.value, lang);
}
