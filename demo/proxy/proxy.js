/**
 * The backend proxy a portal puts in front of Dialogporten for <dialog-inbox>: a reference to read and copy.
 * Plain Node (node:http, node:https, node:crypto): no dependencies, and it imports nothing else from this repository.
 *
 * Why a proxy: Dialogporten sends no CORS headers for other sites, and the user's token should stay on the
 * server. The widget gets `api-base-url` = the portal's own origin and sends no token; this proxy adds it.
 *
 *   import { createDialogportenProxy } from './proxy.js';
 *   const proxy = createDialogportenProxy({
 *     target: 'https://platform.tt02.altinn.no/dialogporten',
 *     userToken: (req) => sessionOf(req)?.dialogportenToken, // the user's ID-porten/Altinn token (may be async)
 *   });
 *   http.createServer((req, res) => proxy(req, res) || servePortal(req, res));
 *
 * The rules (also in the README, "Quick start for a portal"):
 * 1. `/api/v1/*` goes to Dialogporten with `Authorization: Bearer <the user's token>`, added here.
 * 2. An `/api/v1` request that brings an `Authorization` of its own is refused with 400, not given the user's token.
 * 3. `/graphql/stream` goes with the browser's `Authorization` (the dialog token) untouched, and no user token; the
 *    dialog token also goes in `digdir-dialog-token` (Arbeidsflate's backend sends it so; the API gateway in front
 *    of Dialogporten may rely on it). A `digdir-dialog-token` the browser sends itself is never forwarded.
 * 4. Request bodies and answers are streamed, never buffered: the live-update stream (SSE) must flow as it comes.
 *    Event streams are answered with `X-Accel-Buffering: no`, so an nginx in front does not hold them back.
 * 5. Cookies, `Origin`, `Referer`, `Host` and hop-by-hop headers are not forwarded; the rest is (`Accept-Language`,
 *    `If-Match`, `Content-Type`, `Last-Event-ID` …). Answers keep their headers (`Etag`, `Retry-After` …) except
 *    hop-by-hop and CORS ones.
 * 6. When the browser goes away, the request to Dialogporten is ended too; when Dialogporten cannot be reached,
 *    the answer is a 502 ProblemDetails.
 */
import http from 'node:http';
import https from 'node:https';
import { randomBytes } from 'node:crypto';

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1): never passed on, either way. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade'];

/**
 * Browser headers that must not reach Dialogporten: the portal's cookies are the portal's session, and Origin
 * and Referer would make the call look like a cross-site browser request, which it is not. `host` is set by
 * node for the target.
 */
const NOT_FORWARDED = ['host', 'cookie', 'origin', 'referer'];

/**
 * Where the dialog token goes besides `Authorization` on the stream. Set only from the stream's own bearer token:
 * one the browser sends itself (to the API, say) is dropped, as a token brought to /api/v1 would be refused.
 */
const DIALOG_TOKEN_HEADER = 'digdir-dialog-token';

/**
 * @param {object} options
 * @param {string} options.target Dialogporten's base URL, e.g. `https://platform.tt02.altinn.no/dialogporten`
 *   (requests go to target + path, so `/api/v1/…` lands on `${target}/api/v1/…`)
 * @param {(req: import('node:http').IncomingMessage) => string | null | undefined | Promise<string | null | undefined>} options.userToken
 *   the signed-in user's token for Dialogporten, from your server session (not from the request's headers)
 * @param {(message: string) => void} [options.log]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   handles the request and returns true when it is one for Dialogporten; returns false (and does nothing) for
 *   any other path, which your server answers itself
 */
export function createDialogportenProxy({ target, userToken, log = () => {} }) {
  const base = target.replace(/\/+$/, '');
  return (req, res) => {
    const url = requestUrl(req);
    if (!url) return false;
    // The URL parser has already resolved `..` and `%2e%2e`, so a path cannot climb out of /api/v1 at the target.
    const path = url.pathname;
    const isApi = path.startsWith('/api/v1/');
    const isStream = path === '/graphql/stream';
    if (!isApi && !isStream) return false;
    const to = base + path + url.search;

    if (isStream) {
      // The stream is authorized by the dialog token the widget sends; the user's token is not needed there.
      const dialogToken = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      forward(req, res, to, req.headers.authorization, log, dialogToken);
      return true;
    }
    // The widget sends no token to /api/v1. A request with one is something else (a dialog token sent to the API,
    // a script on the page): given the user's token, it would run as the user. Refused, not replaced.
    if (req.headers.authorization !== undefined) {
      problem(res, 400, "This proxy adds the user's token itself: requests must not bring one.");
      return true;
    }
    Promise.resolve()
      .then(() => userToken(req))
      // Without a session no token is added: Dialogporten answers 401 and the widget offers "Log in again".
      .then((token) => forward(req, res, to, token ? `Bearer ${token}` : undefined, log))
      .catch((error) => {
        log(`proxy: no token for ${req.method} ${path}: ${error?.message ?? error}`);
        problem(res, 500, 'The portal could not look up your session.');
      });
    return true;
  };
}

/**
 * Sends `req` on to `to` with `authorization` (or none) and the `dialogToken` (or none), and streams the answer
 * back.
 */
function forward(req, res, to, authorization, log, dialogToken) {
  const target = new URL(to);
  const drop = new Set([...HOP_BY_HOP, ...NOT_FORWARDED, 'authorization', DIALOG_TOKEN_HEADER, ...connectionHeaders(req.headers)]);
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) if (!drop.has(name)) headers[name] = value;
  if (authorization) headers.authorization = authorization;
  if (dialogToken) headers[DIALOG_TOKEN_HEADER] = dialogToken;

  const client = target.protocol === 'https:' ? https : http;
  const upstream = client.request(target, { method: req.method, headers }, (answer) => {
    const out = {};
    const dropOut = new Set([...HOP_BY_HOP, ...connectionHeaders(answer.headers)]);
    for (const [name, value] of Object.entries(answer.headers)) {
      // Dialogporten's CORS headers mean nothing here: the browser talks to the portal's own origin.
      if (!dropOut.has(name) && !name.startsWith('access-control-')) out[name] = value;
    }
    // An nginx in front of this server would buffer the stream by default; this header tells it not to.
    if (/^text\/event-stream/i.test(String(answer.headers['content-type'] ?? ''))) out['x-accel-buffering'] = 'no';
    res.writeHead(answer.statusCode ?? 502, out);
    // Send the headers now: an SSE stream may not have its first event for a while.
    res.flushHeaders();
    answer.pipe(res);
    answer.on('error', () => res.destroy());
  });
  upstream.on('error', (error) => {
    log(`proxy: ${req.method} ${target.href} failed: ${error.message}`);
    if (!res.headersSent) problem(res, 502, 'The portal could not reach Dialogporten.');
    else res.destroy();
  });
  // The browser closed the page or the stream: stop the request to Dialogporten too (SSE would stay open).
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}

/** The request's URL, or null when it cannot be parsed (then it is not ours). */
function requestUrl(req) {
  try {
    return new URL(req.url ?? '/', 'http://proxy.invalid');
  } catch {
    return null;
  }
}

/** Header names listed in `Connection` are hop-by-hop too. */
function connectionHeaders(headers) {
  const value = headers.connection;
  return typeof value === 'string' ? value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean) : [];
}

/** A ProblemDetails answer, the error format the widget reads from Dialogporten. */
function problem(res, status, detail) {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify({
    type: `https://tools.ietf.org/html/rfc9110#section-15.${status >= 500 ? 6 : 5}.${{ 400: 1, 500: 1, 502: 3 }[status] ?? 1}`,
    title: { 400: 'Bad Request', 500: 'Internal Server Error', 502: 'Bad Gateway' }[status] ?? 'Error',
    status,
    detail,
    traceId: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
  });
  res.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
