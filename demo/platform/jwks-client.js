/**
 * Fetches and caches the API's JWKS over HTTP, as a real service platform does.
 * Unknown key ids trigger one refetch (key rotation), at most every few seconds.
 */
export function createJwksClient(jwksUrl, { maxAgeMs = 5 * 60_000, minRefetchMs = 2_000 } = {}) {
  let cache = null;
  let fetchedAt = 0;
  let inflight = null;

  async function load() {
    if (!inflight) {
      inflight = (async () => {
        const res = await fetch(jwksUrl, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(5_000) });
        if (!res.ok) throw new Error(`JWKS fetch failed: ${res.status}`);
        const body = await res.json();
        if (!Array.isArray(body?.keys)) throw new Error('JWKS has no keys');
        cache = body;
        fetchedAt = Date.now();
        return body;
      })().finally(() => {
        inflight = null;
      });
    }
    return inflight;
  }

  return {
    /** @param {string} [kid] the key id the caller needs */
    async get(kid) {
      const fresh = cache && Date.now() - fetchedAt < maxAgeMs;
      const hasKid = !kid || cache?.keys.some((k) => k.kid === kid);
      if (fresh && (hasKid || Date.now() - fetchedAt < minRefetchMs)) return cache;
      return load();
    },
    clear() {
      cache = null;
      fetchedAt = 0;
    },
  };
}
