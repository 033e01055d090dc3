/**
 * A small streaming reverse proxy (node:http/https), used by the portal server to
 * reach the API (local or upstream). Bodies and SSE streams are piped, not buffered.
 */
import http from 'node:http';
import https from 'node:https';
import { sendProblem } from './http-util.js';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

/**
 * Forwards `req` to `target` (base URL + path) and pipes the answer back.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} targetUrl absolute URL to call
 * @param {{ setHeaders?: Record<string,string>, dropHeaders?: string[], log?: (m: string) => void }} [o]
 */
export function proxyRequest(req, res, targetUrl, { setHeaders = {}, dropHeaders = [], log } = {}) {
  const target = new URL(targetUrl);
  const headers = {};
  const drop = new Set([...HOP_BY_HOP, ...dropHeaders.map((h) => h.toLowerCase()), 'origin', 'referer', 'cookie']);
  for (const [k, v] of Object.entries(req.headers)) if (!drop.has(k.toLowerCase())) headers[k] = v;
  Object.assign(headers, setHeaders);
  const lib = target.protocol === 'https:' ? https : http;
  const upstream = lib.request(target, { method: req.method, headers }, (up) => {
    const out = {};
    for (const [k, v] of Object.entries(up.headers)) {
      // CORS of the upstream is irrelevant: the browser talks to the portal's origin.
      if (!HOP_BY_HOP.has(k) && !k.startsWith('access-control-')) out[k] = v;
    }
    res.writeHead(up.statusCode || 502, out);
    res.flushHeaders?.();
    up.pipe(res);
    up.on('error', () => res.destroy());
  });
  upstream.on('error', (err) => {
    log?.(`proxy: ${req.method} ${target.href} failed: ${err.message}`);
    if (!res.headersSent) sendProblem(res, 502, { detail: 'The portal could not reach the Dialogporten API.' });
    else res.destroy();
  });
  // When the browser goes away (e.g. closes an SSE stream), stop the upstream request too.
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}
