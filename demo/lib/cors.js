/**
 * CORS for the demo API and the service platform.
 */

const ALLOWED_HEADERS = 'Authorization, If-Match, Accept, Accept-Language, Content-Type, Cache-Control, Last-Event-ID';
const EXPOSED_HEADERS = 'Etag, Retry-After, Location';

/**
 * Adds CORS headers when the request's Origin is allowed. Answers preflights itself.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string[] | '*'} origins allowed origins, or '*' for any
 * @param {string} methods e.g. 'GET, PUT, POST, OPTIONS'
 * @returns {boolean} true when the request was a preflight and has been answered
 */
export function handleCors(req, res, origins, methods) {
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && (origins === '*' || (Array.isArray(origins) && origins.includes(origin)));
  if (allowed) {
    // Echo the origin (not '*') so credentialed requests work too.
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    if (!allowed) {
      res.writeHead(403, { 'Content-Length': 0 });
      res.end();
      return true;
    }
    res.writeHead(204, {
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return true;
  }
  return false;
}

/** Normalizes a CORS origin setting ('*', comma-separated string or array) into '*' or a list. */
export function normalizeOrigins(value, fallback) {
  if (value === undefined || value === null || value === '') return fallback;
  if (value === '*') return '*';
  const list = Array.isArray(value) ? value : String(value).split(',');
  const out = list.map((o) => String(o).trim().replace(/\/+$/, '')).filter(Boolean);
  return out.includes('*') ? '*' : out;
}
