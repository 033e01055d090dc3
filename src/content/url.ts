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
  return url.href;
}

/** True when the URL is one of Dialogporten's markers for content the user cannot reach. */
export function isUnavailableUrn(raw: unknown): boolean {
  return typeof raw === 'string' && /^urn:dialogporten:(unauthorized|expired)$/i.test(raw.trim());
}
