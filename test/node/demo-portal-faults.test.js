import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import net from 'node:net';
import http from 'node:http';
import { ALL_PARTIES, D, PERSON, assertProblem, call, dialogToken, startTestDemo, subscribe } from '../fixtures/demo-helpers.js';
import { validateResponse } from '../../demo/dialogporten/openapi-check.js';

const portalDir = mkdtempSync(join(tmpdir(), 'demo-portal-'));
writeFileSync(join(portalDir, 'index.html'), '<dialog-inbox api-base-url="{{API_BASE_URL}}" party="{{PARTY}}"></dialog-inbox><a href="{{PORTAL_URL}}/x">x</a>');
mkdirSync(join(portalDir, 'sub'));
writeFileSync(join(portalDir, 'sub', 'style.css'), 'body{}');
const distDir = mkdtempSync(join(tmpdir(), 'demo-dist-'));
writeFileSync(join(distDir, 'dialog-inbox.js'), 'export const x = 1;');

let demo;
before(async () => {
  demo = await startTestDemo({ requiredToken: 'secret-end-user-token', portalDir, distDir });
});
after(() => demo.close());

const S = `/api/v1/enduser/dialogs?${ALL_PARTIES}`;

test('portal serves static files with placeholders replaced, and /dist', async () => {
  const res = await fetch(`${demo.portalUrl}/`);
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await res.text();
  assert.ok(html.includes(`api-base-url="${demo.portalUrl}"`), html);
  assert.ok(html.includes(`party="${PERSON}"`));
  assert.ok(html.includes(`href="${demo.portalUrl}/x"`));
  const port = new URL(demo.portalUrl).port;
  const viaLocalhost = await new Promise((resolve, reject) => {
    // fetch() cannot set Host; node:http can (as a browser on http://localhost:PORT would).
    http.get({ host: '127.0.0.1', port, path: '/index.html', headers: { Host: `localhost:${port}` } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  assert.ok(viaLocalhost.includes(`api-base-url="http://localhost:${new URL(demo.portalUrl).port}"`));
  const css = await fetch(`${demo.portalUrl}/sub/style.css`);
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  const js = await fetch(`${demo.portalUrl}/dist/dialog-inbox.js`);
  assert.equal(js.status, 200);
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const missing = await fetch(`${demo.portalUrl}/dist/nope.js`);
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /npm run build/);
  assert.equal((await fetch(`${demo.portalUrl}/..%2f..%2fpackage.json`)).status, 404);
  assert.equal((await fetch(`${demo.portalUrl}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
});

test('portal proxies /api/v1 with its server-held token; the API itself demands it', async () => {
  assert.equal((await call(demo.apiUrl, 'GET', S, { token: null })).status, 401);
  assert.equal((await call(demo.apiUrl, 'GET', S, { token: 'wrong' })).status, 401);
  assert.equal((await call(demo.apiUrl, 'GET', S, { token: 'secret-end-user-token' })).status, 200);
  const viaPortal = await call(demo.portalUrl, 'GET', S, { token: null });
  assert.equal(viaPortal.status, 200);
  assert.equal(viaPortal.body.items.length, 6);
  // A request that brings a token (a dialog token sent to the API by mistake, or on purpose) is not made the
  // user's: refused, not upgraded.
  const browserToken = await call(demo.portalUrl, 'GET', S, { token: 'whatever-the-browser-sends' });
  assertProblem(browserToken, 400);
  const d = await call(demo.portalUrl, 'GET', `/api/v1/enduser/dialogs/${D.tax}`, { token: null, headers: { 'Accept-Language': 'en' } });
  assert.equal(d.body.content.title.value[0].value, 'Tax return 2024', 'headers like Accept-Language pass through');
  const put = await call(demo.portalUrl, 'PUT', `/api/v1/enduser/dialogs/${D.tax}/context/systemlabels`, { token: null, body: { addLabels: ['Archive'] }, headers: { 'If-Match': d.body.endUserContext.revision } });
  assert.equal(put.status, 204);
  assert.match(put.headers.get('etag'), /^[0-9a-f-]{36}$/);
  demo.reset();
});

test('portal proxies the SSE stream with the browser dialog token', async () => {
  const token = (await call(demo.portalUrl, 'GET', `/api/v1/enduser/dialogs/${D.plan}`, { token: null })).body.dialogToken;
  const sub = await subscribe(demo.portalUrl, D.plan, token);
  assert.equal(sub.status, 200);
  assert.equal((await subscribe(demo.portalUrl, D.plan, null)).status, 401, 'no server token is added to the stream');
  demo.store.update(D.plan, (d) => (d.progress = 10));
  const ev = await sub.waitFor((e) => e.event === 'next');
  assert.equal(ev.data.data.dialogEvents.type, 'DIALOG_UPDATED');
  sub.close();
  demo.reset();
});

test('upstream mode: the portal proxies to another Dialogporten with DIALOGPORTEN_TOKEN', async () => {
  const upstream = await startTestDemo({ requiredToken: 'upstream-token' });
  const front = await startTestDemo({ upstream: { url: upstream.apiUrl, token: 'upstream-token' }, portalDir });
  try {
    upstream.store.delete(D.tax);
    assertProblem(await call(front.portalUrl, 'GET', `/api/v1/enduser/dialogs/${D.tax}`, { token: null }), 410);
    assert.equal((await call(front.apiUrl, 'GET', `/api/v1/enduser/dialogs/${D.tax}`)).status, 200, 'the local API is untouched');
    const token = (await call(front.portalUrl, 'GET', `/api/v1/enduser/dialogs/${D.plan}`, { token: null })).body.dialogToken;
    const sub = await subscribe(front.portalUrl, D.plan, token);
    assert.equal(sub.status, 200, 'stream reaches the upstream, verified with its key');
    upstream.store.update(D.plan, (d) => (d.progress = 1));
    await sub.waitFor((e) => e.event === 'next');
    sub.close();
  } finally {
    await front.close();
    await upstream.close();
  }
});

test('API CORS: configured origins only, needed headers allowed, Etag exposed', async () => {
  const pre = await fetch(`${demo.apiUrl}/api/v1/enduser/dialogs/${D.tax}/context/systemlabels`, {
    method: 'OPTIONS',
    headers: { Origin: demo.portalUrl, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,if-match,content-type,accept-language' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), demo.portalUrl);
  for (const h of ['Authorization', 'If-Match', 'Accept-Language', 'Content-Type']) assert.ok(pre.headers.get('access-control-allow-headers').includes(h), h);
  assert.match(pre.headers.get('access-control-allow-methods'), /PUT/);
  const get = await fetch(`${demo.apiUrl}/api/v1/metadata/limits`, { headers: { Origin: demo.portalUrl } });
  assert.match(get.headers.get('access-control-expose-headers'), /Etag/);
  const evil = await fetch(`${demo.apiUrl}/api/v1/metadata/limits`, { headers: { Origin: 'https://evil.example' } });
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const open = await startTestDemo({ corsOrigins: '*' });
  try {
    const any = await fetch(`${open.apiUrl}/api/v1/metadata/limits`, { headers: { Origin: 'https://anywhere.example' } });
    assert.equal(any.headers.get('access-control-allow-origin'), 'https://anywhere.example');
    const list = await startTestDemo({ corsOrigins: ['https://a.example'] });
    const a = await fetch(`${list.apiUrl}/api/v1/metadata/limits`, { headers: { Origin: 'https://a.example' } });
    assert.equal(a.headers.get('access-control-allow-origin'), 'https://a.example');
    await list.close();
  } finally {
    await open.close();
  }
});

test('fault injection: latency, 503 + Retry-After, error rate, runtime switch, reset', async () => {
  demo.setFaults({ latencyMs: 250 });
  let t0 = performance.now();
  assert.equal((await call(demo.apiUrl, 'GET', '/api/v1/metadata/limits')).status, 200);
  assert.ok(performance.now() - t0 >= 240, 'latency applied');
  demo.setFaults({ latencyMs: 0 });

  const put = await fetch(`${demo.apiUrl}/__demo/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ unavailable: true, retryAfterSeconds: 7 }) });
  assert.equal(put.status, 200);
  assert.equal((await put.json()).unavailable, true);
  const down = await call(demo.apiUrl, 'GET', S, { token: 'secret-end-user-token' });
  assert.equal(down.status, 503);
  assert.equal(down.headers.get('retry-after'), '7');
  assert.match(down.headers.get('content-type'), /^text\/plain/);
  assert.equal(down.body, 'Service Unavailable');
  const viaPortal = await call(demo.portalUrl, 'GET', S, { token: null });
  assert.equal(viaPortal.status, 503, 'faults show through the portal proxy');
  assert.equal(viaPortal.headers.get('retry-after'), '7');
  assert.equal((await fetch(`${demo.apiUrl}/api/v1/.well-known/jwks.json`)).status, 200, 'JWKS is never faulted');
  const bad = await fetch(`${demo.apiUrl}/__demo/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 5 }) });
  assert.equal(bad.status, 400);
  await fetch(`${demo.apiUrl}/__demo/faults`, { method: 'PUT', body: JSON.stringify({ unavailable: false, errorRate: 1 }) });
  const err = await call(demo.apiUrl, 'GET', '/api/v1/metadata/limits');
  assert.equal(err.status, 500);
  assert.equal(err.body.status, 500);
  assert.equal(validateResponse('GET', '/api/v1/metadata/limits', 500, err.body, err.headers.get('content-type')).valid, true);
  demo.setFaults({ errorRate: 0 });
  assert.throws(() => demo.setFaults({ latencyMs: -1 }));
  t0 = performance.now();
  assert.equal((await call(demo.apiUrl, 'GET', '/api/v1/metadata/limits')).status, 200);

  demo.store.delete(D.tax);
  assert.equal((await call(demo.portalUrl, 'GET', `/api/v1/enduser/dialogs/${D.tax}`, { token: null })).status, 410);
  assert.equal((await fetch(`${demo.apiUrl}/__demo/reset`, { method: 'POST' })).status, 204);
  assert.equal((await call(demo.portalUrl, 'GET', `/api/v1/enduser/dialogs/${D.tax}`, { token: null })).status, 200);
});

test('hostile input never crashes the servers', async () => {
  const rnd = (n) => Math.floor(Math.random() * n);
  const junk = () => Array.from({ length: rnd(40) }, () => String.fromCharCode(rnd(0x7f - 0x20) + 0x20)).join('');
  const paths = [
    '/api/v1/enduser/dialogs',
    `/api/v1/enduser/dialogs/${D.tax}`,
    `/api/v1/enduser/dialogs/${D.tax}/context/systemlabels`,
    '/api/v1/enduser/dialogs/context/systemlabels/actions/bulkset',
    `/api/v1/enduser/dialogs/${D.tax}/seenlog/`,
    '/graphql/stream',
    '/__demo/faults',
    '/api/v1/metadata/limits',
  ];
  const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
  const bases = [demo.apiUrl, demo.platformUrl, demo.portalUrl];
  const statuses = new Map();
  const requests = [];
  for (let i = 0; i < 300; i++) {
    const base = bases[i % 3];
    const kind = i % 6;
    let path = paths[rnd(paths.length)];
    if (base === demo.platformUrl) path = [`/actions/${D.tax}/${junk()}`, `/embeds/${junk()}/main`, `/files/${D.tax}/${junk()}.pdf`, `/pages/${D.tax}/${junk()}`][rnd(4)];
    if (kind === 1) path += `?party=${encodeURIComponent(junk())}&limit=${encodeURIComponent(junk())}&orderBy=${encodeURIComponent(junk())}&continuationToken=${encodeURIComponent(junk())}`;
    if (kind === 2) path += `/${encodeURIComponent(junk())}%`;
    if (kind === 3) path += `?search=${'x'.repeat(5000)}&createdAfter=${encodeURIComponent(junk())}`;
    if (kind === 4) path = `/${'%E0%A4%A'.repeat(10)}/${junk().replace(/[#?]/g, '')}`;
    const method = methods[rnd(methods.length)];
    const body = method === 'GET' || method === 'OPTIONS' ? undefined : [junk(), '{"dialogs":[{"dialogId":null}],"addLabels":[1,2]}', '[]', 'null', '{"addLabels":"Bin"}', JSON.stringify({ query: junk() })][rnd(6)];
    const headers = { Authorization: [`Bearer ${junk().replace(/[^\x21-\x7e]/g, '')}x`, 'Bearer', 'Basic abc', 'Bearer secret-end-user-token'][rnd(4)], 'Content-Type': 'application/json', 'If-Match': junk().replace(/[^\x21-\x7e]/g, '') || 'x', 'Accept-Language': junk().replace(/[^\x20-\x7e]/g, '') };
    requests.push(
      fetch(base + path, { method, headers, body, signal: AbortSignal.timeout(5000) })
        .then(async (r) => {
          await r.arrayBuffer();
          statuses.set(r.status, (statuses.get(r.status) || 0) + 1);
          assert.ok(r.status < 500 || r.status === 503 || false, `${method} ${base}${path.slice(0, 80)} → ${r.status}`);
        })
        .catch((err) => {
          if (err.name === 'TimeoutError' && path.includes('graphql')) return; // an open stream is fine
          if (err.code !== 'ERR_ASSERTION') return; // fetch itself refused a malformed request
          throw err;
        }),
    );
  }
  await Promise.all(requests);
  // Raw malformed HTTP straight onto the sockets.
  for (const base of bases) {
    const { port } = new URL(base);
    await new Promise((resolve) => {
      const s = net.connect(Number(port), '127.0.0.1', () => s.end('GARBAGE / HTTP/9.9\r\nHost: \0\0\r\n\r\n'));
      s.on('data', () => {});
      s.on('error', resolve);
      s.on('close', resolve);
    });
  }
  const huge = await fetch(`${demo.apiUrl}/api/v1/enduser/dialogs/context/systemlabels/actions/bulkset`, { method: 'POST', headers: { Authorization: 'Bearer secret-end-user-token' }, body: 'x'.repeat(2_000_000) }).catch(() => null);
  if (huge) assert.equal(huge.status, 413);
  for (const base of [demo.apiUrl, demo.portalUrl]) assert.equal((await call(base, 'GET', '/api/v1/metadata/limits', base === demo.portalUrl ? { token: null } : {})).status, 200, 'still alive');
  assert.equal((await fetch(`${demo.platformUrl}/`)).status, 200);
  assert.ok(statuses.size > 3, JSON.stringify([...statuses]));
});

test('demo/start.js starts, reports URLs, time and memory, and stops on SIGTERM', { skip: !existsSync(new URL('../../demo/seed/index.js', import.meta.url)) }, async () => {
  const child = spawn(process.execPath, ['demo/start.js', '--api-port', '0', '--platform-port', '0', '--portal-port', '0', '--quiet'], { cwd: new URL('../..', import.meta.url) });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no startup line: ${out}`)), 10_000);
    child.stdout.on('data', () => /Started in \d+ ms/.test(out) && (clearTimeout(t), resolve()));
  });
  assert.match(out, /Open the portal: +http:\/\/127\.0\.0\.1:\d+\//);
  assert.match(out, /RSS [\d.]+ MB/);
  const portal = /Open the portal: +(\S+)\//.exec(out)[1];
  assert.equal((await fetch(`${portal}/api/v1/metadata/limits`)).status, 200);
  child.kill('SIGTERM');
  const code = await new Promise((r) => child.on('exit', r));
  assert.equal(code, 0);
});

test('--data FILE loads dialogs (placeholders filled); flags and env become options', async () => {
  const { configFromArgs } = await import('../../demo/config.js');
  const { MINI } = await import('../fixtures/demo-helpers.js');
  const file = join(mkdtempSync(join(tmpdir(), 'demo-data-')), 'data.json');
  writeFileSync(file, JSON.stringify({ dialogs: MINI.dialogs.slice(0, 2), embeds: MINI.embeds }));
  const fromFile = await startTestDemo({ data: undefined, dataFile: file });
  try {
    assert.equal(fromFile.store.records.size, 2);
    assert.equal(fromFile.store.endUser.partyUrn, PERSON, 'derived from the dialogs');
    const d = await call(fromFile.apiUrl, 'GET', `/api/v1/enduser/dialogs/${D.tax}`);
    assert.ok(d.body.guiActions[0].url.startsWith(`${fromFile.platformUrl}/actions/`));
    assert.equal((await call(fromFile.apiUrl, 'GET', '/api/v1/enduser/parties')).body.authorizedParties.length, 2);
  } finally {
    await fromFile.close();
  }
  writeFileSync(file, '{"dialogs":[{"id":"x","status":"Bogus"}]}');
  await assert.rejects(startTestDemo({ data: undefined, dataFile: file }), /problem/);

  const { options } = configFromArgs(['--data', 'x.json', '--latency', '5', '--unavailable', '--cors-origins', '*', '--platform-origins', 'http://a,http://b'], {
    DIALOGPORTEN_URL: 'https://dp.example/dialogporten/',
    DIALOGPORTEN_TOKEN: 't0k',
    API_PORT: '9999',
    DEMO_ERROR_RATE: '0.5',
  });
  assert.equal(options.dataFile, 'x.json');
  assert.equal(options.apiPort, 9999);
  assert.equal(options.portalPort, 8080);
  assert.deepEqual(options.faults, { errorRate: '0.5', latencyMs: '5', unavailable: true });
  assert.equal(options.corsOrigins, '*');
  assert.deepEqual(options.platformOrigins, ['http://a', 'http://b']);
  assert.deepEqual(options.upstream, { url: 'https://dp.example/dialogporten', token: 't0k' });
  assert.throws(() => configFromArgs(['--bogus']));
});
