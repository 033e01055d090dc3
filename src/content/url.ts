/**
 * URL policy: only absolute http(s) URLs may ever become a link, a navigation or a request.
 * Everything else (javascript:, data:, vbscript:, relative and protocol-relative URLs, the
 * `urn:dialogporten:unauthorized` / `urn:dialogporten:expired` markers) yields null.
 */
export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  // Protocol-relative and relative URLs would inherit the portal's origin: never guess.
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // https://www.altinn.no@evil.example/ shows a trusted name and goes elsewhere.
  if (url.username || url.password) return null;
  return url.href;
}

/**
 * The URL, unless it points into the Dialogporten API: under the API base (given without `/api/v1`), its `/api/`
 * or `/graphql` paths. The dialog token goes only to the dialog's service (docs/contract.md, "The dialog token"),
 * and through a portal's proxy a request there would run as the user (a dialog could make the user "see" another
 * dialog, or change its labels). The rest of the API's origin stays usable: a municipality's own service may run
 * on the same host as its portal and its proxy (`/byggesak/...`). Paths are compared as a lenient server would
 * read them: any case, repeated slashes as one, dot segments and their percent-encodings resolved.
 */
export function serviceUrl(url: string, apiBase: string | undefined): string | null {
  if (!apiBase) return url;
  let base: URL;
  try {
    base = new URL(apiBase);
  } catch {
    return null; // an API base that cannot be read: refuse rather than guess
  }
  const target = new URL(url);
  if (target.origin !== base.origin) return url;
  const path = (value: string) => value.toLowerCase().replace(/\/{2,}/g, '/');
  const root = path(base.pathname).replace(/\/+$/, '');
  const into = path(target.pathname);
  const inside = (prefix: string) => into === prefix || into.startsWith(`${prefix}/`);
  return inside(`${root}/api`) || inside(`${root}/graphql`) ? null : url;
}

/** True when the URL is one of Dialogporten's markers for content the user cannot reach. */
export function isUnavailableUrn(raw: unknown): boolean {
  return typeof raw === 'string' && /^urn:dialogporten:(unauthorized|expired)$/i.test(raw.trim());
}
