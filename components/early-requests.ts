// Requests the first rows will need, started the moment the entry runs: before the shared code (the core chunk)
// has been fetched and before any element upgrades. On a phone's network that chunk takes a round trip and more;
// these answers are on their way meanwhile. The client (src/api/client.ts) takes an answer from here when it asks
// for the same URL (query included) with the same language and credentials, and no token; any other answer it asks
// for itself, so a guess that differs from the list's real query costs one unused request, never a wrong row.
// This file imports nothing: what it shares with the client is only the global key below.

/** The global key of the early answers: `{ language, credentials, answers: Map<url, Promise<Response>> }`. */
const KEY = Symbol.for('dialog-inbox.early-requests');
const LANGS: Record<string, string> = { nb: 'nb', no: 'nb', nob: 'nb', nn: 'nn', nno: 'nn', en: 'en', eng: 'en' };

/** The element's language as the elements pick it: the closest `lang` we know, else bokmål. */
function langOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const lang = LANGS[(node.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0]];
    if (lang) return lang;
  }
  return 'nb';
}

/**
 * Starts them; true when the list's first search is among them. Else (no party named, bearer tokens, no element yet)
 * the client sends a search itself before the first rows.
 */
export function startEarlyRequests(): boolean {
  // The element that will make the client: an inbox, or a list on its own. A token provider already given (an own
  // property set before the upgrade) means bearer tokens: its requests are left to the client.
  const el = document.querySelector('dialog-inbox[api-base-url]') ?? document.querySelector('dialog-list[api-base-url]:not(dialog-inbox dialog-list)');
  if (!el || 'tokenProvider' in el) return false;
  let base: string;
  try {
    base = new URL(el.getAttribute('api-base-url')!, document.baseURI).href.replace(/\/+$/, '');
  } catch {
    return false;
  }
  if (!/^https?:/.test(base)) return false;
  const lang = langOf(el);
  const language = [lang, 'nb', 'nn', 'en'].filter((l, i, all) => all.indexOf(l) === i).map((l, i) => (i ? `${l};q=${(1 - i * 0.2).toFixed(1)}` : l)).join(', ');
  const credentials: RequestCredentials = el.getAttribute('credentials') === 'include' ? 'include' : 'omit';
  const answers = new Map<string, Promise<Response>>();
  const paths = ['metadata/limits'];
  const party = [...new Set((el.getAttribute('party') ?? '').split(/\s+/).filter(Boolean))];
  // The user's parties when none is named (the list searches them all); else the list's first search, when it is
  // the plain inbox (no folder, filters, search or order chosen: the common first page) of at most 20 parties.
  if (!party.length) paths.push('enduser/parties');
  else {
    const list = el.localName === 'dialog-list' ? el : el.querySelector('dialog-list');
    const chosen = ['folder', 'filters', 'search', 'order-by'].some((name) => [el, list].some((e) => e?.getAttribute(name)?.trim() && e.getAttribute(name) !== 'inbox'));
    const limit = Number(list?.getAttribute('page-size') ?? 30);
    if (!chosen && party.length <= 20 && Number.isInteger(limit) && limit >= 1 && limit <= 1000) {
      const query = new URLSearchParams(party.map((p) => ['party', p]));
      for (const [key, value] of [['systemLabel', 'Default'], ['excludeApiOnly', 'true'], ['orderBy', 'contentUpdatedAt_desc'], ['limit', String(limit)]]) query.append(key, value);
      paths.push(`enduser/dialogs?${query}`);
    }
  }
  for (const path of paths) {
    const url = `${base}/api/v1/${path}`;
    const answer = fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': language }, credentials, cache: 'no-store' });
    answer.catch(() => undefined); // a failure here is the client's to meet (it asks again)
    answers.set(url, answer);
  }
  (globalThis as Record<symbol, unknown>)[KEY] = { language, credentials, answers };
  // Not taken within a minute (an element configured otherwise): let them go.
  setTimeout(() => answers.clear(), 60_000);
  return paths.some((path) => path.startsWith('enduser/dialogs'));
}
