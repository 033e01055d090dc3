// Requests the first rows will need, started the moment the entry runs: before the shared code (the core chunk)
// has been fetched and before any element upgrades. On a phone's network that chunk takes a round trip and more;
// these answers are on their way meanwhile. The client (src/api/client.ts) takes an answer from here when it asks
// for the same URL (query included) with the same language and credentials, and no token; any other answer it asks
// for itself, so a guess that differs from the list's real query costs one unused request, never a wrong row.
// This file imports nothing: what it shares with the client is only the global key below.

/**
 * The global key of the early answers: `{ language, credentials, answers: Map<url, Promise<Response>>, ready, cancel }`
 * (`cancel(url)` aborts that request: the client gave up waiting for it).
 */
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

/** Party URNs from GET /parties as the list takes them when none is named (src/state/parties.ts, partyUrns). */
function partyUrns(list: unknown): string[] {
  const urns: string[] = [];
  const visit = (parties: unknown) => {
    for (const party of Array.isArray(parties) ? parties : []) {
      if (!party || party.isDeleted) continue;
      if (typeof party.party === 'string' && party.party && !party.hasOnlyAccessToSubParties) urns.push(party.party);
      visit(party.subParties);
    }
  };
  visit((list as { authorizedParties?: unknown } | null)?.authorizedParties);
  return [...new Set(urns)];
}

/** The most parties one search may name, as the list reads it (src/state/filter-caps.ts): else 20. */
function partyCap(limits: unknown): number {
  const cap = (limits as { endUserSearch?: { maxPartyFilterValues?: unknown } } | null)?.endUserSearch?.maxPartyFilterValues;
  return typeof cap === 'number' && Number.isInteger(cap) && cap > 0 && cap <= 1000 ? cap : 20;
}

/**
 * Starts them. `ownSearch` is called when the client will send the list's first search itself (no element yet,
 * bearer tokens, a folder or filters chosen, more parties than one search takes, GET /parties or the limits failed,
 * the search sent here failed): it needs its code for requests then (the entry fetches it).
 */
export function startEarlyRequests(ownSearch: () => void): void {
  // The element that will make the client: an inbox, or a list on its own. A token provider already given (an own
  // property set before the upgrade) means bearer tokens: its requests are left to the client.
  const el = document.querySelector('dialog-inbox[api-base-url]') ?? document.querySelector('dialog-list[api-base-url]:not(dialog-inbox dialog-list)');
  if (!el || 'tokenProvider' in el) return ownSearch();
  let base: string;
  try {
    base = new URL(el.getAttribute('api-base-url')!, document.baseURI).href.replace(/\/+$/, '');
  } catch {
    return ownSearch();
  }
  if (!/^https?:/.test(base)) return ownSearch();
  const lang = langOf(el);
  const language = [lang, 'nb', 'nn', 'en'].filter((l, i, all) => all.indexOf(l) === i).map((l, i) => (i ? `${l};q=${(1 - i * 0.2).toFixed(1)}` : l)).join(', ');
  const credentials: RequestCredentials = el.getAttribute('credentials') === 'include' ? 'include' : 'omit';
  const answers = new Map<string, Promise<Response>>();
  // Aborted when the client gives up on an answer (its timeout) or nobody takes it: a request that hangs would hold
  // one of the browser's few connections to the server.
  const controllers = new Map<string, AbortController>();
  const cancel = (url: string) => controllers.get(url)?.abort();
  // Each good answer's body is read here, once, as soon as it is in (while the rest of the code is still on its way):
  // this file uses it (parties, limits), and the client's json() on the answer then gives it at once. Read when the
  // client asked, it took a task of its own between the code and the first rows (on a phone, 50–150 ms later rows).
  // A failed answer, or one that is not JSON, keeps its body for the client to meet.
  const send = (path: string) => {
    const url = `${base}/api/v1/${path}`;
    const controller = new AbortController();
    controllers.set(url, controller);
    const read = fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': language }, credentials, cache: 'no-store', signal: controller.signal }).then(async (response) => {
      const body: unknown = response.ok ? await response.clone().json().catch(() => undefined) : undefined;
      if (body !== undefined) response.json = () => Promise.resolve(body);
      return { response, body };
    });
    const theirs = read.then(({ response }) => response);
    theirs.catch(() => undefined); // a failure here is the client's to meet (it asks again)
    answers.set(url, theirs);
    return read;
  };
  // The list's first search, when it is the plain inbox (no folder, filters, search or order chosen: the common first
  // page) of the parties named, or else of all the user's parties once GET /parties and the limits have answered.
  const list = el.localName === 'dialog-list' ? el : el.querySelector('dialog-list');
  // (A list in the inbox that names its own parties searches those.)
  const chosen = ['folder', 'filters', 'search', 'order-by'].some((name) => [el, list].some((e) => e?.getAttribute(name)?.trim() && e.getAttribute(name) !== 'inbox')) ||
    Boolean(list !== el && list?.getAttribute('party')?.trim());
  const limit = Number(list?.getAttribute('page-size') ?? 30);
  const plain = !chosen && Number.isInteger(limit) && limit >= 1 && limit <= 1000;
  const search = (party: string[]) => {
    const query = new URLSearchParams(party.map((p) => ['party', p]));
    for (const [key, value] of [['systemLabel', 'Default'], ['excludeApiOnly', 'true'], ['orderBy', 'contentUpdatedAt_desc'], ['limit', String(limit)]]) query.append(key, value);
    // Failed: the client asks again itself (and needs its code for requests now).
    send(`enduser/dialogs?${query}`).then(({ response }) => response.ok || ownSearch(), ownSearch);
  };
  const party = [...new Set((el.getAttribute('party') ?? '').split(/\s+/).filter(Boolean))];
  const limits = send('metadata/limits');
  let ready: Promise<unknown> = Promise.resolve();
  if (party.length) {
    if (plain && party.length <= 20) search(party);
    else ownSearch();
  } else {
    const parties = send('enduser/parties');
    ready = !plain
      ? Promise.resolve(ownSearch())
      : Promise.all([parties, limits])
          .then(([p, l]) => {
            // Either answer failed or is not JSON: no urns, the client asks itself.
            const urns = p.body === undefined || l.body === undefined ? [] : partyUrns(p.body);
            if (urns.length && urns.length <= partyCap(l.body)) search(urns);
            else ownSearch();
          })
          .catch(ownSearch);
  }
  // `ready`: the search sent once the parties are known is in `answers` when it settles (the client waits for it).
  (globalThis as Record<symbol, unknown>)[KEY] = { language, credentials, answers, ready, cancel };
  // Not taken within a minute (an element configured otherwise): let them go, and any still on their way.
  setTimeout(() => {
    answers.forEach((_, url) => cancel(url));
    answers.clear();
  }, 60_000);
}
