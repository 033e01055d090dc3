/**
 * Programmatic entry point of the demo: the local Dialogporten (dialogporten/), the service platform
 * (platform/) and the municipality portal with the reference proxy (portal/, proxy/), each on its own origin.
 *
 *   const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true });
 *   demo.apiUrl, demo.platformUrl, demo.portalUrl, demo.store, demo.setFaults({…}), demo.reset(), await demo.close()
 */
import { DialogStore } from './dialogporten/store.js';
import { createApiServer } from './dialogporten/server.js';
import { defaultFaults, mergeFaults } from './dialogporten/faults.js';
import { checkMaxPartyFilter, createLimits } from './dialogporten/search.js';
import { loadDemoData } from './dialogporten/load-data.js';
import { createPlatformServer } from './platform/server.js';
import { createJwksClient } from './platform/jwks-client.js';
import { createPortalServer } from './portal/server.js';
import { createBufferingProxy } from './proxy/buffering-proxy.js';
import { createSigningKey } from './lib/dialog-token.js';
import { normalizeOrigins } from './lib/cors.js';
import { closeServer, listen, sendText } from './lib/http-util.js';

export { DialogStore } from './dialogporten/store.js';
export { createApiServer } from './dialogporten/server.js';
export { createPlatformServer } from './platform/server.js';
export { createPortalServer } from './portal/server.js';
export { createDialogportenProxy } from './proxy/proxy.js';
export { createSigningKey, decodeJwt, issueDialogToken, jwks, signJwt, verifyJwt, DIALOG_TOKEN_TTL_SECONDS } from './lib/dialog-token.js';
export { createJwksClient } from './platform/jwks-client.js';
export { loadDemoData, normalizeData } from './dialogporten/load-data.js';
export { checkRequest, validateResponse, validateSchema } from './dialogporten/openapi-check.js';

/** The token the portal proxy sends to the local API on the browser's behalf. */
export const DEFAULT_PORTAL_TOKEN = 'demo-portal-end-user-token';

/**
 * Wraps a server's request listener so requests arriving while data is still loading
 * get a 503 instead of touching an unset store.
 */
function whenReady(server, ctx) {
  const [listener] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (!ctx.store) return sendText(res, 503, 'Starting\n', 'text/plain; charset=utf-8', { 'Retry-After': '1' });
    listener(req, res);
  });
}

/**
 * Listens with the portal; with `buffering`, the portal takes a free port and a buffering proxy (added to
 * `servers`) takes the portal's port. Returns the URL the browser opens.
 */
async function listenPortal(portal, port, host, buffering, servers) {
  if (!buffering) return listen(portal, port, host);
  const inner = await listen(portal, 0, host);
  const front = createBufferingProxy(inner);
  servers.push(front);
  return listen(front, port, host);
}

/** Both spellings of a local origin, so opening localhost or 127.0.0.1 both work. */
function localOriginVariants(url) {
  const u = new URL(url);
  const out = [u.origin];
  if (u.hostname === '127.0.0.1') out.push(`${u.protocol}//localhost:${u.port}`);
  if (u.hostname === 'localhost') out.push(`${u.protocol}//127.0.0.1:${u.port}`);
  return out;
}

/**
 * Starts API, platform and portal.
 * @param {object} [options]
 * @param {string} [options.host='127.0.0.1']
 * @param {number} [options.portalPort=8080] 0 = random free port
 * @param {number} [options.apiPort=8081]
 * @param {number} [options.platformPort=8082]
 * @param {object} [options.data] a seed object (see demo/DATA.md); default: demo/seed createSeed()
 * @param {string} [options.dataFile] JSON file in the same shape
 * @param {number} [options.scale] extra generated dialogs (passed to createSeed)
 * @param {number} [options.parties] accountant persona: N (1..5000) client organisations instead of the base parties (createSeed `parties`)
 * @param {string[]|'*'} [options.corsOrigins] API CORS origins; default: the portal origin
 * @param {string[]} [options.platformOrigins] platform CORS origins; default: the portal origin
 * @param {{latencyMs?: number, errorRate?: number, unavailable?: boolean, retryAfterSeconds?: number}} [options.faults]
 * @param {{url: string, token: string}} [options.upstream] portal proxies to this real Dialogporten instead
 * @param {string} [options.requiredToken] API accepts only this bearer token (default: any non-empty one)
 * @param {(token: string) => boolean} [options.acceptToken] custom API token check (wins over requiredToken)
 * @param {string} [options.portalToken] token the portal proxy adds (default: requiredToken or a fixed demo token)
 * @param {number} [options.submitDelayMs=3000] delay before a 'submit' action takes effect
 * @param {number} [options.keepAliveMs=15000] SSE keep-alive comment interval
 * @param {Date} [options.now] the seed's "now"
 * @param {string} [options.portalDir] static portal files (default demo/portal/public)
 * @param {string} [options.distDir] widget bundle served at /dist (default dist/)
 * @param {boolean} [options.bufferingProxy] put a proxy that buffers answers (as a default nginx) in front of the
 *   portal, on the portal's port: the live stream is held back and the open dialog keeps current by polling
 * @param {boolean} [options.quiet]
 * @param {(req: import('node:http').IncomingMessage) => void} [options.onApiRequest] sees every API request (tests audit them)
 */
export async function startDemo(options = {}) {
  const {
    host = '127.0.0.1',
    portalPort = 8080,
    apiPort = 8081,
    platformPort = 8082,
    quiet = false,
    upstream = null,
  } = options;
  const log = quiet ? () => {} : (m) => console.log(`[demo] ${m}`);
  const faults = defaultFaults();
  const faultErrors = mergeFaults(faults, options.faults || {});
  if (faultErrors.length) throw new Error(`Invalid faults: ${faultErrors.join(' ')}`);

  const signingKey = createSigningKey();
  if (options.maxPartyFilter !== undefined) {
    const error = checkMaxPartyFilter(options.maxPartyFilter);
    if (error) throw new Error(error);
  }
  const apiCtx = { maxPartyFilter: options.maxPartyFilter, limits: createLimits(options.maxPartyFilter), signingKey, faults, requiredToken: options.requiredToken, acceptToken: options.acceptToken, keepAliveMs: options.keepAliveMs ?? 15_000, log, onRequest: options.onApiRequest };
  const platformCtx = { submitDelayMs: options.submitDelayMs ?? 3000, timers: new Set(), log };
  const portalCtx = {
    upstream: upstream?.url ? upstream : null,
    portalToken: options.portalToken ?? options.requiredToken ?? DEFAULT_PORTAL_TOKEN,
    portalDir: options.portalDir,
    distDir: options.distDir,
    log,
  };

  const api = createApiServer(apiCtx);
  const platform = createPlatformServer(platformCtx);
  const portal = createPortalServer(portalCtx);
  whenReady(api, apiCtx);
  whenReady(platform, platformCtx);
  whenReady(portal, portalCtx);

  const servers = [api, platform, portal];
  try {
    const [apiUrl, platformUrl, portalUrl] = await Promise.all([listen(api, apiPort, host), listen(platform, platformPort, host), listenPortal(portal, portalPort, host, options.bufferingProxy, servers)]);
    const data = await loadDemoData({ data: options.data, dataFile: options.dataFile, scale: options.scale, parties: options.parties, platformUrl, portalUrl, now: options.now });
    const store = new DialogStore(data);
    const issuer = `${apiUrl}/api/v1`;
    const portalOrigins = localOriginVariants(portalUrl);

    Object.assign(apiCtx, { issuer, corsOrigins: normalizeOrigins(options.corsOrigins, portalOrigins) });
    Object.assign(platformCtx, {
      issuer,
      portalUrl,
      platformOrigins: normalizeOrigins(options.platformOrigins, portalOrigins),
      jwksClient: createJwksClient(`${apiUrl}/api/v1/.well-known/jwks.json`),
    });
    Object.assign(portalCtx, { apiUrl, portalUrl });
    // Setting the store last opens the doors (see whenReady).
    apiCtx.store = store;
    platformCtx.store = store;
    portalCtx.store = store;

    log(`API ${apiUrl} · platform ${platformUrl} · portal ${portalUrl}${options.bufferingProxy ? ' (behind a buffering proxy)' : ''}${portalCtx.upstream ? ` (proxying to ${portalCtx.upstream.url})` : ''} · ${store.records.size} dialogs${options.parties ? ` · ${options.parties} client parties` : ''}`);

    return {
      apiUrl,
      platformUrl,
      portalUrl,
      issuer,
      store,
      signingKey,
      /** Merges fault settings; throws on invalid values. Returns the current faults. */
      setFaults(f) {
        const errors = mergeFaults(faults, f || {});
        if (errors.length) throw new Error(errors.join(' '));
        return { ...faults };
      },
      /** Restores the initial data (faults are left as they are). */
      reset() {
        store.reset();
      },
      async close() {
        for (const t of platformCtx.timers) clearTimeout(t);
        platformCtx.timers.clear();
        await Promise.all(servers.map(closeServer));
      },
    };
  } catch (err) {
    await Promise.all(servers.map(closeServer));
    throw err;
  }
}
