// The reference proxy's headers: the dialog token also in `digdir-dialog-token` on the stream (never one the
// browser brings), the refusal of an /api/v1 request with its own Authorization, and `X-Accel-Buffering: no` on
// event streams only. A stand-in upstream records what reaches it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createDialogportenProxy } from '../../demo/proxy/proxy.js';

let upstream;
let proxyServer;
let base;
const seen = [];

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));

before(async () => {
  upstream = http.createServer((req, res) => {
    seen.push({ url: req.url, headers: req.headers });
    req.resume();
    if (req.url.startsWith('/graphql/stream')) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8' });
      res.end(': open\n\n');
    } else {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    }
  });
  const target = await listen(upstream);
  const proxy = createDialogportenProxy({ target, userToken: () => 'user-token' });
  proxyServer = http.createServer((req, res) => proxy(req, res) || res.writeHead(404).end());
  base = await listen(proxyServer);
});
after(() => {
  upstream.close();
  proxyServer.close();
});

const last = () => seen.at(-1);

test('the stream carries the dialog token in Authorization and digdir-dialog-token, and is not buffered', async () => {
  const res = await fetch(`${base}/graphql/stream`, {
    method: 'POST',
    headers: { Authorization: 'Bearer dialog.token.value', 'digdir-dialog-token': 'forged', 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: '{}',
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('x-accel-buffering'), 'no');
  assert.equal(await res.text(), ': open\n\n');
  assert.equal(last().headers.authorization, 'Bearer dialog.token.value');
  assert.equal(last().headers['digdir-dialog-token'], 'dialog.token.value', 'from the bearer token, not the forged header');
});

test('a stream request without a token carries none', async () => {
  await fetch(`${base}/graphql/stream`, { method: 'POST', headers: { 'digdir-dialog-token': 'forged' }, body: '{}' }).then((r) => r.text());
  assert.equal(last().headers.authorization, undefined);
  assert.equal(last().headers['digdir-dialog-token'], undefined);
});

test('the API gets the user token, no dialog token header, and no X-Accel-Buffering on JSON', async () => {
  const res = await fetch(`${base}/api/v1/enduser/dialogs`, { headers: { 'digdir-dialog-token': 'from.the.page' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('x-accel-buffering'), null);
  await res.text();
  assert.equal(last().headers.authorization, 'Bearer user-token');
  assert.equal(last().headers['digdir-dialog-token'], undefined);
});

test('an API request that brings its own Authorization is still refused, not forwarded', async () => {
  const before = seen.length;
  const res = await fetch(`${base}/api/v1/enduser/dialogs`, { headers: { Authorization: 'Bearer dialog.token.value' } });
  assert.equal(res.status, 400);
  assert.equal((await res.json()).status, 400);
  assert.equal(seen.length, before);
});

test('the demo behind --buffering-proxy: answers arrive whole, the live stream is held back; the service page sends a new message', async () => {
  const { startDemo } = await import('../../demo/index.js');
  const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, bufferingProxy: true });
  try {
    const list = await fetch(`${demo.portalUrl}/api/v1/enduser/dialogs?party=${encodeURIComponent(demo.store.endUser.partyUrn)}&limit=1`);
    assert.equal(list.status, 200);
    const [item] = (await list.json()).items;
    const dialog = await (await fetch(`${demo.portalUrl}/api/v1/enduser/dialogs/${item.id}`)).json();
    assert.ok(dialog.dialogToken);
    // Straight to the portal behind it, the stream opens at once; through the buffering proxy, not even its headers come.
    const body = JSON.stringify({ query: 'subscription sub($dialogId: UUID!) { dialogEvents(dialogId: $dialogId) { id type } }', variables: { dialogId: item.id } });
    const init = { method: 'POST', headers: { Authorization: `Bearer ${dialog.dialogToken}`, 'Content-Type': 'application/json', Accept: 'text/event-stream' }, body };
    const direct = new AbortController();
    const opened = await fetch(`${demo.apiUrl}/graphql/stream`, { ...init, signal: direct.signal });
    assert.equal(opened.status, 200);
    direct.abort();
    const held = new AbortController();
    const outcome = await Promise.race([
      fetch(`${demo.portalUrl}/graphql/stream`, { ...init, signal: held.signal }).then(() => 'headers came', () => 'aborted'),
      new Promise((resolve) => setTimeout(() => resolve('held back'), 1000)),
    ]);
    held.abort();
    assert.equal(outcome, 'held back');
    // The service page's button sends the user a new message; a refetch through the buffering proxy (what the view's
    // polling does) shows it.
    const page = await (await fetch(`${demo.platformUrl}/pages/${item.id}/case-overview`)).text();
    assert.match(page, /<form method="post" action="\/pages\/[^"]+\/new-message">/);
    const sent = await fetch(`${demo.platformUrl}/pages/${item.id}/new-message`, { method: 'POST', redirect: 'manual' });
    assert.equal(sent.status, 303);
    const after = await (await fetch(`${demo.portalUrl}/api/v1/enduser/dialogs/${item.id}`)).json();
    assert.equal(after.transmissions.length, (dialog.transmissions ?? []).length + 1);
    assert.equal(after.transmissions.at(-1).sender.actorType, 'ServiceOwner');
    assert.ok(after.contentUpdatedAt > dialog.contentUpdatedAt, 'the list sees news');
  } finally {
    await demo.close();
  }
});
