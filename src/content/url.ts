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
 * The URL, unless it is on the Dialogporten API's own origin: the dialog token goes only to the dialog's service
 * (docs/contract.md, "The dialog token"), and through a portal's proxy a request there would run as the user (a
 * dialog could make the user "see" another dialog, or change its labels).
 */
export function serviceUrl(url: string, apiOrigin: string | undefined): string | null {
  return apiOrigin && new URL(url).origin === apiOrigin ? null : url;
}

/** True when the URL is one of Dialogporten's markers for content the user cannot reach. */
export function isUnavailableUrn(raw: unknown): boolean {
  return typeof raw === 'string' && /^urn:dialogporten:(unauthorized|expired)$/i.test(raw.trim());
}
