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
      'Access-Control-Allow-Headers': 'Authorization, Accept, Accept-Language, Content-Type, If-Match',
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
      // Paths: /status/{code}[/ra{seconds}][/problem|/badjson|/text], /delay/{ms}, /hang, /drop
      if (url.pathname.startsWith('/hang')) return; // never answers: timeouts
      if (url.pathname.startsWith('/drop')) {
        req.socket.destroy(); // a network failure
        return;
      }
      // /embed/{status}/{content-type, / as ~}/{bytes}: an embed of a given type and size (a = filler)
      const embed = url.pathname.match(/^\/embed\/(\d{3})\/([^/]+)\/(\d+)/);
      if (embed) {
        const size = Number(embed[3]);
        const text = `# Embed\n\n**${req.headers['accept-language'] ?? ''}** <script>parent.__xss++</script>\n\n`.padEnd(size, 'a');
        // ?cl=xx: answered with Content-Language xx.
        const language = url.searchParams.get('cl');
        res.writeHead(Number(embed[1]), { ...cors, 'Content-Type': embed[2].replace('~', '/') + '; charset=utf-8', ...(language ? { 'Content-Language': language } : {}) });
        res.end(Number(embed[1]) === 204 ? undefined : text.slice(0, size));
        return;
      }
      // /sse/{TYPE}: a keep-alive comment, one GraphQL-over-SSE `next` event of that type for the dialog the
      // request subscribed to (the client ignores events for another dialog), then the connection drops.
      const sse = url.pathname.match(/^\/sse\/(\w+)/);
      if (sse) {
        let dialogId = '';
        try {
          dialogId = String(JSON.parse(body)?.variables?.dialogId ?? '');
        } catch {
          // Not a subscription: the event names no dialog.
        }
        res.writeHead(200, { ...cors, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
        res.write(': keep-alive\n\n');
        res.write(`event: next\ndata: ${JSON.stringify({ data: { dialogEvents: { id: dialogId, type: sse[1] } } })}\n\n`);
        setTimeout(() => res.end(), 30);
        return;
      }
      const delay = url.pathname.match(/^\/delay\/(\d+)/);
      const match = url.pathname.match(/^\/status\/(\d{3})(?:\/ra(\d+))?(?:\/(problem|badjson|text|json|authlevel))?/);
      const status = match ? Number(match[1]) : 200;
      const headers = { ...cors };
      if (match?.[2]) headers['Retry-After'] = match[2];
      let payload = '';
      if (match?.[3] === 'problem' || url.searchParams.has('problem')) {
        headers['Content-Type'] = 'application/problem+json';
        payload = JSON.stringify({
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'One or more validation errors occurred.',
          status,
          detail: 'The party parameter is required.',
          traceId: '00-echo-trace-01',
          errors: { party: ['Required'] },
          deletionAllowedAt: '2027-01-15T10:00:00+01:00',
          gracePeriodDays: 30,
        });
      } else if (match?.[3] === 'authlevel') {
        headers['Content-Type'] = 'application/problem+json';
        payload = JSON.stringify({ title: 'Forbidden', status, detail: 'The authentication level is too low for this dialog.', traceId: '00-auth' });
      } else if (match?.[3] === 'badjson') {
        headers['Content-Type'] = 'application/json';
        payload = '{"items": [truncated';
      } else if (match?.[3] === 'json' || delay || (!match && status === 200)) {
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify({ items: [], hasNextPage: false, path: url.pathname, at: Date.now() });
      } else if (match?.[3] === 'text') {
        headers['Content-Type'] = 'text/plain';
        payload = 'Service Unavailable';
      }
      const send = () => res.writeHead(status, headers).end(status === 204 || status === 304 ? undefined : payload);
      if (delay) setTimeout(send, Number(delay[1]));
      else send();
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
