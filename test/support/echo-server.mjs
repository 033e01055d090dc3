// A second origin for browser tests: answers with any status and records every request it gets
// (method, headers, body), so tests can check what the widget really sent over HTTP.
import { createServer } from 'node:http';

export function startEchoServer({ host = '127.0.0.1', port = 0 } = {}) {
  /** @type {{method:string, path:string, headers:Record<string,string|string[]|undefined>, body:string}[]} */
  let log = [];
  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    const cors = {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': 'Authorization, Accept, Accept-Language, Content-Type',
      'Access-Control-Expose-Headers': 'Retry-After',
      Vary: 'Origin',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/__log') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(log));
      return;
    }
    if (url.pathname === '/__reset') {
      log = [];
      res.writeHead(204, cors).end();
      return;
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      log.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body });
      // /status/{code}[?retryAfter=N&problem=1&json=...]
      const match = url.pathname.match(/^\/status\/(\d{3})/);
      if (url.pathname.startsWith('/hang')) return; // never answers: timeouts
      if (url.pathname.startsWith('/drop')) {
        req.socket.destroy(); // a network failure
        return;
      }
      const status = match ? Number(match[1]) : 200;
      const headers = { ...cors };
      const retryAfter = url.searchParams.get('retryAfter');
      if (retryAfter) headers['Retry-After'] = retryAfter;
      const json = url.searchParams.get('json');
      if (json) {
        headers['Content-Type'] = status >= 400 ? 'application/problem+json' : 'application/json';
        res.writeHead(status, headers).end(json);
        return;
      }
      res.writeHead(status, headers).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}
