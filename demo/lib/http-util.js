/**
 * Small HTTP helpers shared by the demo's servers (Dialogporten, the service platform, the portal).
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Largest request body any demo endpoint accepts (bulkset with 100 dialogs is ~10 KB). */
export const MAX_BODY_BYTES = 256 * 1024;

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A W3C-trace-context-like id, like the real service puts in ProblemDetails.traceId. */
export function newTraceId() {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string,string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const encoded = encodeBody(res, Buffer.from(JSON.stringify(body)));
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': encoded.body.length, ...encoded.headers, ...headers });
  res.end(encoded.body);
}

/**
 * The body gzipped when the client accepts gzip and the body is over 1 KB, as Dialogporten's API gateway and any CDN
 * serving the bundle do: the phone benchmark then measures the bytes a real deployment sends.
 * @param {import('node:http').ServerResponse} res
 * @param {Buffer} body
 * @returns {{ body: Buffer, headers: Record<string, string> }}
 */
export function encodeBody(res, body) {
  const accepts = /\bgzip\b/.test(String(res.req?.headers?.['accept-encoding'] ?? ''));
  if (!accepts || body.length < 1024) return { body, headers: {} };
  return { body: gzipSync(body), headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
}

/**
 * Sends an RFC 7807 ProblemDetails body the way Dialogporten does.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {{ title?: string, detail?: string, errors?: Record<string,string[]>, [k: string]: unknown }} [fields]
 */
export function sendProblem(res, status, fields = {}) {
  if (res.headersSent || res.destroyed) return;
  const body = {
    type: `https://tools.ietf.org/html/rfc9110#section-15.${status >= 500 ? 6 : 5}.${problemSection(status)}`,
    title: fields.title ?? defaultTitle(status),
    status,
    ...fields,
    traceId: newTraceId(),
  };
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Shortcut for a 400 with `errors: { field: [message] }`. */
export function sendValidation(res, errors) {
  sendProblem(res, 400, { title: 'One or more validation errors occurred.', errors });
}

function problemSection(status) {
  const map = { 400: 1, 401: 2, 403: 4, 404: 5, 405: 6, 409: 10, 410: 11, 412: 13, 413: 14, 415: 16, 422: 21, 500: 1, 503: 4 };
  return map[status] ?? 1;
}

function defaultTitle(status) {
  const map = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 410: 'Gone', 412: 'Precondition Failed', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 503: 'Service Unavailable' };
  return map[status] ?? 'Error';
}

/** Ends a response without body (204, 401 …). */
export function sendEmpty(res, status, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, headers);
  res.end();
}

export function sendText(res, status, text, contentType = 'text/plain; charset=utf-8', headers = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * Reads a request body as text, refusing bodies above `limit` bytes.
 * @returns {Promise<{ text: string } | { tooLarge: true }>}
 */
export function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ tooLarge: true });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      const text = Buffer.concat(chunks).toString('utf8');
      req.rawBody = text; // kept for request auditing (tests check bodies against the contract)
      resolve({ text });
    });
    req.on('error', reject);
  });
}

/**
 * Reads and parses a JSON body. Sends the 400/413 itself and returns undefined on failure.
 * @returns {Promise<any|undefined>}
 */
export async function readJson(req, res) {
  const body = await readBody(req);
  if ('tooLarge' in body) {
    sendProblem(res, 413, { detail: 'The request body is too large.' });
    return undefined;
  }
  if (!body.text.trim()) {
    sendValidation(res, { body: ['A non-empty request body is required.'] });
    return undefined;
  }
  try {
    return JSON.parse(body.text);
  } catch {
    sendValidation(res, { body: ['The request body is not valid JSON.'] });
    return undefined;
  }
}

/** Parses the request URL without ever throwing (malformed URLs become null). */
export function parseUrl(req) {
  try {
    return new URL(req.url || '/', 'http://local.invalid');
  } catch {
    return null;
  }
}

/** Extracts a bearer token from the Authorization header, or null. */
export function bearerToken(req) {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return null;
  const m = /^Bearer\s+(\S.*)$/i.exec(h.trim());
  return m ? m[1].trim() : null;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts listening and resolves the base URL (no trailing slash).
 * @param {import('node:http').Server} server
 */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const addr = server.address();
      const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve(`http://${h}:${addr.port}`);
    });
  });
}

/** Closes a server, dropping keep-alive and streaming connections so close() resolves quickly. */
export function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

/** Common protections: malformed HTTP never crashes the process. */
export function hardenServer(server) {
  server.on('clientError', (err, socket) => {
    if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 0; // SSE streams stay open
  // Longer than browsers keep an idle connection (Chromium: 300 s), so the browser always closes it first. With
  // Node's 5 s default, a PUT/POST sent on a connection the server was closing at that moment failed with
  // "Failed to fetch" (browsers retry only idempotent requests then); seen once in CI.
  server.keepAliveTimeout = 310_000;
}
