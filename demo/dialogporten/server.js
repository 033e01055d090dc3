/**
 * The Dialogporten-compatible end-user API server (REST + GraphQL SSE stream),
 * with CORS, fault injection and the demo admin endpoints:
 *   GET|PUT /__demo/faults   read / change fault injection (JSON)
 *   POST    /__demo/reset    restore the initial data
 *   PUT     /__demo/limits   { maxPartyFilterValues, maxServiceResourceFilterValues, … }: the end-user search caps
 *                            (reset restores the start values)
 *   POST    /__demo/dialogs, /__demo/dialogs/{id}   a dialog that arrives, a change to one (demo-dialogs.js)
 */
import { createServer } from 'node:http';
import { bearerToken, hardenServer, parseUrl, readJson, sendEmpty, sendJson, sendProblem, sendValidation } from '../lib/http-util.js';
import { handleCors } from '../lib/cors.js';
import { applyFaults, mergeFaults } from './faults.js';
import { createLimits, resetEndUserCaps, setEndUserCaps } from './search.js';
import { jwks } from '../lib/dialog-token.js';
import { getDialog, getLabelLog, getSubCollection, searchDialogs } from './api-dialogs.js';
import { bulkSetSystemLabels, putSystemLabels } from './api-labels.js';
import { getAuthorizedServiceResources, getLimits, getParties, getServiceResourceMetadata, lookupDialog } from './api-catalog.js';
import { handleGraphqlStream } from './graphql-stream.js';
import { handleDemoDialogs } from './demo-dialogs.js';

const E = '/api/v1/enduser';

/**
 * Is this bearer token accepted as the seed's end user?
 * Default: any non-empty token. `ctx.requiredToken` demands an exact token;
 * `ctx.acceptToken(token)` decides freely (return true to accept).
 */
function isAccepted(ctx, token) {
  if (!token) return false;
  if (typeof ctx.acceptToken === 'function') return Boolean(ctx.acceptToken(token));
  if (ctx.requiredToken) return token === ctx.requiredToken;
  return true;
}

/**
 * Routes one request. Returns a promise; never throws to the caller.
 * @param {object} ctx shared server context
 */
async function route(ctx, req, res) {
  ctx.onRequest?.(req);
  // Per-user, changing data: never cached (a 410 is otherwise heuristically cacheable by browsers).
  res.setHeader('Cache-Control', 'no-store');
  if (handleCors(req, res, ctx.corsOrigins, 'GET, PUT, POST, OPTIONS')) return;
  const url = parseUrl(req);
  if (!url) return sendProblem(res, 400, { detail: 'Malformed request URL.' });
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method;

  // Demo administration: no auth, no faults.
  if (path === '/__demo/faults') {
    if (method === 'GET') return sendJson(res, 200, ctx.faults);
    if (method !== 'PUT' && method !== 'POST') return methodNotAllowed(res, 'GET, PUT');
    const body = await readJson(req, res);
    if (body === undefined) return;
    const errors = mergeFaults(ctx.faults, body);
    if (errors.length) return sendValidation(res, { faults: errors });
    return sendJson(res, 200, ctx.faults);
  }
  if (path === '/__demo/reset') {
    if (method !== 'POST') return methodNotAllowed(res, 'POST');
    ctx.store.reset();
    resetEndUserCaps(ctx.limits, ctx.maxPartyFilter);
    return sendEmpty(res, 204);
  }
  if (path === '/__demo/limits') {
    if (method !== 'PUT') return methodNotAllowed(res, 'PUT');
    const body = await readJson(req, res);
    if (body === undefined) return;
    const errors = setEndUserCaps(ctx.limits, body);
    return errors ? sendValidation(res, errors) : sendJson(res, 200, ctx.limits);
  }
  if (path.startsWith('/__demo/dialogs') && (await handleDemoDialogs(ctx, req, res, path))) return;
  if (path === '/api/v1/.well-known/jwks.json') {
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET');
    return sendJson(res, 200, jwks([ctx.signingKey]), { 'Cache-Control': 'public, max-age=300' });
  }

  const isMetadata = path.startsWith('/api/v1/metadata/');
  const isEndUser = path === E || path.startsWith(`${E}/`);
  const isStream = path === '/graphql/stream';
  if (!isMetadata && !isEndUser && !isStream) return sendProblem(res, 404, { detail: `No endpoint at ${path.slice(0, 200)}.` });

  if (await applyFaults(ctx.faults, res, url)) return;

  if (isStream) {
    if (method !== 'POST' && method !== 'GET') return methodNotAllowed(res, 'GET, POST');
    return handleGraphqlStream(ctx, req, res, url);
  }
  if (isMetadata) {
    if (method !== 'GET') return methodNotAllowed(res, 'GET');
    if (path === '/api/v1/metadata/limits') return getLimits(ctx, req, res);
    if (path === '/api/v1/metadata/serviceresources') return getServiceResourceMetadata(ctx, req, res);
    return sendProblem(res, 404, { detail: `No endpoint at ${path.slice(0, 200)}.` });
  }

  if (!isAccepted(ctx, bearerToken(req))) return sendEmpty(res, 401, { 'WWW-Authenticate': 'Bearer' });

  const rest = path.slice(E.length).split('/').filter(Boolean).map(safeDecode);
  const [a, b, c, d, e] = rest;
  if (a === 'dialogs') {
    if (rest.length === 1) return method === 'GET' ? searchDialogs(ctx, req, res, url) : methodNotAllowed(res, 'GET');
    if (b === 'context' && c === 'systemlabels' && d === 'actions' && e === 'bulkset' && rest.length === 5) {
      return method === 'POST' ? bulkSetSystemLabels(ctx, req, res) : methodNotAllowed(res, 'POST');
    }
    if (rest.length === 2) return method === 'GET' ? getDialog(ctx, req, res, b) : methodNotAllowed(res, 'GET');
    if (c === 'context' && d === 'systemlabels' && rest.length === 4) {
      return method === 'PUT' ? putSystemLabels(ctx, req, res, b) : methodNotAllowed(res, 'PUT');
    }
    if (c === 'context' && d === 'labellog' && rest.length === 4) {
      return method === 'GET' ? getLabelLog(ctx, req, res, b) : methodNotAllowed(res, 'GET');
    }
    if (['activities', 'transmissions', 'seenlog'].includes(c) && rest.length <= 4) {
      return method === 'GET' ? getSubCollection(ctx, req, res, b, c, d) : methodNotAllowed(res, 'GET');
    }
  }
  if (rest.length === 1 && method === 'GET') {
    if (a === 'parties') return getParties(ctx, req, res);
    if (a === 'serviceresources') return getAuthorizedServiceResources(ctx, req, res, url);
    if (a === 'dialoglookup') return lookupDialog(ctx, req, res, url);
  }
  return sendProblem(res, 404, { detail: `No endpoint at ${path.slice(0, 200)}.` });
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function methodNotAllowed(res, allow) {
  res.setHeader('Allow', allow);
  sendProblem(res, 405, { detail: `Allowed methods: ${allow}.` });
}

/**
 * Creates (does not start) the API server.
 * @param {object} ctx { store, signingKey, issuer, faults, corsOrigins, requiredToken?, acceptToken?, keepAliveMs?, log? }
 * @returns {import('node:http').Server}
 */
export function createApiServer(ctx) {
  ctx.limits ??= createLimits(ctx.maxPartyFilter);
  const server = createServer((req, res) => {
    route(ctx, req, res).catch((err) => {
      ctx.log?.(`API error on ${req.method} ${String(req.url).slice(0, 200)}: ${err?.stack || err}`);
      sendProblem(res, 500, { detail: 'Unexpected error in the demo API.' });
    });
  });
  hardenServer(server);
  return server;
}
