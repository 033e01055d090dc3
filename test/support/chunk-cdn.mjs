// A stand-in CDN for the built script-tag bundle (dist/), with faults a test can inject into single chunks. It
// serves the files byte for byte (the test runner's own /dist/ passes them through its transforms), at
//   /__cdn/<key>/<any sub-path>/dialog-inbox.js   and   /__cdn/<key>/<same sub-path>/chunks/<name>-<hash>.js
// on the test runner's origin, and on a second origin with `Access-Control-Allow-Origin: *` (a CDN elsewhere;
// its URL is at /__cdn-origin). Each test uses a key of its own, so the faults and logs of tests never meet:
//   /__cdn/<key>/__fault?dialog-code=404&en=hang   the chunks whose names start with `dialog-code-` answer 404,
//                                                  those of `en-` never answer; the call replaces the faults and
//                                                  answers the held requests that are no longer held
//   /__cdn/<key>/__log                             the requests for files, in order: [{ origin, path }]
// Modes: 404, 500, hang (held until the fault is lifted or the server stops), drop (the connection is cut).
// A key serves one build, as a CDN serves one deploy: dist/ as it was at the key's first request (a build that
// rewrites dist/ meanwhile, here or in a parallel run, does not mix two builds in one page).
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const MODES = new Set(['404', '500', 'hang', 'drop']);

/** key → { faults: Map(prefix → mode), log, held: Set<{ name, answer }>, build: Promise<Map(file → bytes)> } */
const keys = new Map();
const stateOf = (key) => keys.get(key) ?? keys.set(key, { faults: new Map(), log: [], held: new Set(), build: null }).get(key);
const faultOf = (state, name) => [...state.faults].find(([prefix]) => name.startsWith(`${prefix}-`))?.[1];

/** The entries and chunks of dist/, once every file they import is there (a build may be writing it right now). */
async function readBuild() {
  for (let attempt = 0; ; attempt++) {
    const files = new Map();
    try {
      for (const name of ['dialog-inbox.js', 'dialog-inbox.iife.js']) files.set(name, await readFile(dist + name));
      for (const name of await readdir(dist + 'chunks')) if (name.endsWith('.js')) files.set(`chunks/${name}`, await readFile(`${dist}chunks/${name}`));
      const imports = [...files].flatMap(([name, body]) =>
        [...body.toString().matchAll(/["'`](\.\/[\w./-]+\.js)["'`]/g)].map((m) => new URL(m[1], `http://x/${name}`).pathname.slice(1)));
      if (imports.every((file) => files.has(file))) return files;
    } catch {
      // dist/ is being rewritten: read it again
    }
    if (attempt === 60) throw new Error('dist/ holds no complete build: run `npx vite build`');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function answerFile(state, res, file, headers) {
  const build = file.endsWith('.map') ? null : (state.build ??= readBuild());
  const body = build ? await build.then((files) => files.get(file), () => null) : await readFile(dist + file).catch(() => null);
  if (!body) return res.writeHead(404, headers).end();
  res.writeHead(200, { ...headers, 'Content-Type': file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8' });
  res.end(body);
}

/** Answers a request for /__cdn…; returns false for any other path. */
function handle(req, res, { cors }) {
  const url = new URL(req.url ?? '/', 'http://x');
  const headers = { 'Cache-Control': 'no-store', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) };
  const json = (value) => res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(value));
  if (url.pathname === '/__cdn-origin') return json({ origin: crossOrigin }), true;
  const match = /^\/__cdn\/([\w-]+)\/(.*)$/.exec(url.pathname);
  if (!match) return false;
  const state = stateOf(match[1]);
  if (match[2] === '__log') return json(state.log), true;
  if (match[2] === '__fault') {
    state.faults = new Map([...url.searchParams].filter(([, mode]) => MODES.has(mode)));
    for (const request of state.held) if (faultOf(state, request.name) !== 'hang') request.answer();
    return json(Object.fromEntries(state.faults)), true;
  }
  // The file is named by the end of the path: the entry, or a chunk in the chunks/ folder beside it.
  const file = /(?:^|\/)(dialog-inbox(?:\.iife)?\.js(?:\.map)?|chunks\/[\w.-]+\.js(?:\.map)?)$/.exec(match[2])?.[1];
  if (!file) return res.writeHead(404, headers).end(), true;
  state.log.push({ origin: `http://${req.headers.host}`, path: url.pathname });
  const name = file.replace(/^chunks\//, '');
  const mode = file.startsWith('chunks/') && !file.endsWith('.map') ? faultOf(state, name) : undefined;
  if (mode === '404' || mode === '500') return res.writeHead(Number(mode), headers).end(), true;
  if (mode === 'drop') return req.socket.destroy(), true;
  if (mode === 'hang') {
    const request = { name, answer: () => (state.held.delete(request), void answerFile(state, res, file, headers)) };
    state.held.add(request);
    res.on('close', () => state.held.delete(request));
    return true;
  }
  void answerFile(state, res, file, headers);
  return true;
}

let crossOrigin = '';
let server;

/** Koa middleware for the test runner's dev server: answers /__cdn… before any plugin transforms the files. */
export function chunkCdnMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__cdn')) return next();
    ctx.respond = false;
    // Koa's ctx.status reads the answer's status once it is sent: the runner then lists only real 404s.
    const sent = new Promise((resolve) => ctx.res.once('close', resolve));
    handle(ctx.req, ctx.res, { cors: false });
    await sent;
  };
}

/** A test-runner plugin that starts the second origin, and answers every held request when the run ends. */
export function chunkCdnPlugin() {
  return {
    name: 'chunk-cdn',
    async serverStart() {
      server = createServer((req, res) => {
        if (!handle(req, res, { cors: true })) res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      crossOrigin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      for (const state of keys.values()) for (const request of state.held) request.answer();
      server?.closeAllConnections?.();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
  };
}
