/**
 * `npm start -- --buffering-proxy`: a proxy in front of the demo portal that buffers answers as a default nginx
 * (`proxy_buffering on`) or many cloud gateways do: nothing of an answer, not even its headers, reaches the browser
 * until the answer has ended or `blockBytes` of it have gathered, then it goes in blocks of that size. It ignores
 * `X-Accel-Buffering` (as gateways other than nginx do), so the live-update stream is held back and the open
 * dialog has to keep itself current by polling. Demo only: it trusts the portal behind it.
 */
import http from 'node:http';

const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection'];

/**
 * @param {string} target the portal's own URL (http://127.0.0.1:PORT)
 * @param {{ blockBytes?: number }} [options] 8 KB by default (nginx's proxy_buffer_size on most systems)
 */
export function createBufferingProxy(target, { blockBytes = 8 * 1024 } = {}) {
  const to = new URL(target);
  return http.createServer((req, res) => {
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const upstream = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers }, (answer) => {
      const out = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete out[name];
      let held = [];
      let size = 0;
      const flush = () => {
        if (!res.headersSent) res.writeHead(answer.statusCode ?? 502, out);
        for (const chunk of held) res.write(chunk);
        held = [];
        size = 0;
      };
      answer.on('data', (chunk) => {
        held.push(chunk);
        size += chunk.length;
        if (size >= blockBytes) flush();
      });
      answer.on('end', () => {
        flush();
        res.end();
      });
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad gateway\n');
      else res.destroy();
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
}
