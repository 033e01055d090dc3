/**
 * The demo portal (third origin): what a real portal's web server does.
 *   /                      demo/portal/public/index.html (placeholders replaced)
 *   /<file>                static files of demo/portal/public/
 *   /dist/*                the built widget from the repo's dist/ (404 text when not built)
 *   /api/v1/*              \ the reference proxy (demo/proxy/proxy.js) to the local Dialogporten, or to a real
 *   /graphql/stream        / one in upstream mode, with the server-held token as the user's token
 * HTML placeholders: {{API_BASE_URL}} (the portal's own origin: the widget talks to the proxy),
 * {{PORTAL_URL}}, {{PARTY}} (the end user's party URN).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeBody, hardenServer, parseUrl, sendProblem, sendText } from '../lib/http-util.js';
import { createDialogportenProxy } from '../proxy/proxy.js';

export const PORTAL_DIR = fileURLToPath(new URL('./public', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Resolves a URL path inside `root`, refusing traversal. */
function safeJoin(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

async function serveFile(ctx, req, res, root, urlPath, { missingText } = {}) {
  let file = safeJoin(root, urlPath);
  if (!file) return sendText(res, 404, 'Not found\n');
  try {
    let s = await stat(file);
    if (s.isDirectory()) {
      file = join(file, 'index.html');
      s = await stat(file);
    }
    const type = TYPES[extname(file).toLowerCase()] || 'application/octet-stream';
    let body = await readFile(file);
    if (extname(file).toLowerCase() === '.html') {
      const origin = requestOrigin(ctx, req);
      body = Buffer.from(
        body
          .toString('utf8')
          .replaceAll('{{API_BASE_URL}}', origin)
          .replaceAll('{{PORTAL_URL}}', origin)
          .replaceAll('{{PARTY}}', ctx.store?.endUser?.partyUrn ?? ''),
      );
    }
    const encoded = /^(text\/|application\/(javascript|json)|image\/svg)/.test(type) ? encodeBody(res, body) : { body, headers: {} };
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': encoded.body.length, 'Cache-Control': 'no-cache', ...encoded.headers });
    res.end(req.method === 'HEAD' ? undefined : encoded.body);
  } catch {
    sendText(res, 404, missingText || 'Not found\n');
  }
}

/**
 * The origin the browser used (so links work via localhost as well as 127.0.0.1);
 * falls back to the configured portal URL for odd Host headers.
 */
function requestOrigin(ctx, req) {
  const host = req.headers.host;
  return typeof host === 'string' && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i.test(host) ? `http://${host}` : ctx.portalUrl;
}

async function route(ctx, req, res) {
  const url = parseUrl(req);
  if (!url) return sendProblem(res, 400, { detail: 'Malformed request URL.' });
  const path = url.pathname;
  if (proxy(ctx)(req, res)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendProblem(res, 405, { detail: 'Only GET is supported for static files.' });
  }
  if (path === '/dist' || path.startsWith('/dist/')) {
    return serveFile(ctx, req, res, ctx.distDir || DIST_DIR, path.slice('/dist'.length) || '/', {
      missingText: `Not found: ${path}\nThe widget bundle is built into dist/ by \`npm run build\`; run it before \`npm start\`.\n`,
    });
  }
  return serveFile(ctx, req, res, ctx.portalDir || PORTAL_DIR, path, {
    missingText: path === '/' ? 'demo/portal/public/index.html is missing.\n' : 'Not found\n',
  });
}

/**
 * The reference proxy, made on the first request (the API's URL is known once the servers listen). The demo has
 * one user, so the "session" token is fixed: `portalToken`, or DIALOGPORTEN_TOKEN in upstream mode.
 */
function proxy(ctx) {
  if (!ctx.proxy) {
    const upstream = ctx.upstream?.url ? ctx.upstream : null;
    const token = upstream ? upstream.token : ctx.portalToken;
    ctx.proxy = createDialogportenProxy({ target: upstream ? upstream.url : ctx.apiUrl, userToken: () => token, log: ctx.log });
  }
  return ctx.proxy;
}

/**
 * Creates (does not start) the portal server.
 * @param {object} ctx { apiUrl, portalUrl, portalToken, upstream?: {url, token}, store, portalDir?, distDir?, log }
 */
export function createPortalServer(ctx) {
  const server = createServer((req, res) => {
    route(ctx, req, res).catch((err) => {
      ctx.log?.(`portal error on ${req.method} ${String(req.url).slice(0, 200)}: ${err?.stack || err}`);
      sendProblem(res, 500, { detail: 'Unexpected error in the demo portal.' });
    });
  });
  hardenServer(server);
  return server;
}
