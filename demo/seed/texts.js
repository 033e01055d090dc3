// Helpers for Dialogporten localization lists and content values.

export const LANGUAGES = ['nb', 'nn', 'en'];

/**
 * A localized text: `t('bokmål', 'nynorsk', 'English')`. Leave nn/en out
 * (or pass null) to produce a text that exists in bokmål only.
 */
export function t(nb, nn = null, en = null) {
  return { nb, nn, en };
}

/** `{nb, nn, en}` → `[{languageCode, value}]`, skipping missing languages. */
export function localizations(text) {
  if (typeof text === 'string') return [{ languageCode: 'nb', value: text }];
  const list = [];
  for (const languageCode of LANGUAGES) {
    if (text[languageCode] != null) list.push({ languageCode, value: text[languageCode] });
  }
  return list;
}

/** A ContentValue (`{mediaType, value: [...]}`) from a localized text. */
export function contentValue(text, mediaType = 'text/plain') {
  return { mediaType, value: localizations(text) };
}

/** The same URL for every language, as a front-channel embed ContentValue. */
export function embedValue(url, mediaType, languages = LANGUAGES) {
  return { mediaType, value: languages.map((languageCode) => ({ languageCode, value: url })) };
}

export const MEDIA = Object.freeze({
  plain: 'text/plain',
  markdown: 'text/markdown',
  embedMarkdown: 'application/vnd.dialogporten.frontchannelembed-url;type=text/markdown',
  embedHtml: 'application/vnd.dialogporten.frontchannelembed-url;type=text/html',
  embedLegacyMarkdown: 'application/vnd.dialogporten.frontchannelembed+json;type=markdown',
  pdf: 'application/pdf',
  xml: 'application/xml',
});

export const UNAUTHORIZED_URN = 'urn:dialogporten:unauthorized';
export const EXPIRED_URN = 'urn:dialogporten:expired';
