/**
 * Accept-Language handling. Like Dialogporten, every localization list
 * (`[{languageCode, value}]`) in a response is trimmed to the best match for the
 * header. Decision: when none of the accepted languages is present in a list, the
 * list is returned untouched, so the client's own fallback (UI language → nb → nn →
 * en → first) still has something to pick from and nothing is lost.
 */

/**
 * Parses `Accept-Language` into tags ordered by weight (q=0 entries dropped).
 * @param {string|undefined} header e.g. 'nn-NO,nn;q=0.9,en;q=0.5'
 * @returns {string[]} lower-cased tags, best first
 */
export function parseAcceptLanguage(header) {
  if (typeof header !== 'string' || !header.trim()) return [];
  const entries = [];
  header.slice(0, 1000).split(',').forEach((part, index) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag.trim().toLowerCase();
    // '*' (what fetch() sends by default) states no preference: it trims nothing.
    if (!tag || !/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag)) return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (!(q > 0) || q > 1) return;
    entries.push({ tag, q, index });
  });
  entries.sort((a, b) => b.q - a.q || a.index - b.index);
  return entries.map((e) => e.tag);
}

/**
 * Candidate language codes for one accepted tag: the tag itself, its primary subtag,
 * and for the Norwegian macro-language `no` both written standards.
 */
function candidates(tag) {
  const primary = tag.split('-')[0];
  const list = [tag, primary];
  if (primary === 'no') list.push('nb', 'nn');
  return list;
}

/**
 * Picks the best language among `available` codes for the accepted tags, or null.
 * @param {string[]} available language codes present
 * @param {string[]} accepted parsed Accept-Language tags
 */
export function bestLanguage(available, accepted) {
  const lower = available.map((c) => String(c).toLowerCase());
  for (const tag of accepted) {
    for (const c of candidates(tag)) {
      const i = lower.indexOf(c);
      if (i >= 0) return available[i];
      const j = lower.findIndex((l) => l.split('-')[0] === c);
      if (j >= 0) return available[j];
    }
  }
  return null;
}

/** Like bestLanguage but always answers: then nb, nn, en, the first. */
export function pickLanguage(available, accepted) {
  return bestLanguage(available, accepted) ?? bestLanguage(available, ['nb', 'nn', 'en']) ?? available[0] ?? null;
}

function isLocalizationList(value) {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (v) => v && typeof v === 'object' && !Array.isArray(v) && typeof v.languageCode === 'string' && Object.keys(v).every((k) => k === 'languageCode' || k === 'value'),
    )
  );
}

/**
 * Returns a copy of `value` with every localization list trimmed to its best match.
 * Without accepted languages the value is returned as is.
 * @template T
 * @param {T} value
 * @param {string[]} accepted
 * @returns {T}
 */
export function trimLocalizations(value, accepted) {
  if (!accepted.length) return value;
  const walk = (node) => {
    if (Array.isArray(node)) {
      if (isLocalizationList(node)) {
        const best = bestLanguage(node.map((l) => l.languageCode), accepted);
        return best === null ? node : node.filter((l) => l.languageCode === best).slice(0, 1);
      }
      return node.map(walk);
    }
    if (node && typeof node === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v);
      return out;
    }
    return node;
  };
  return walk(value);
}
