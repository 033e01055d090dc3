import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSigningKey, signJwt } from '../../demo/index.js';
import { ALL_PARTIES, D, T1, assertProblem, call, dialogToken, searchIds, startTestDemo, subscribe } from '../fixtures/demo-helpers.js';

let demo;
let api;
let P;
before(async () => {
  demo = await startTestDemo();
  api = demo.apiUrl;
  P = demo.platformUrl;
});
after(() => demo.close());
beforeEach(() => demo.reset());

const act = (dialogId, kind, token, method = 'POST', headers = {}) =>
  fetch(`${P}/actions/${dialogId}/${kind}`, { method, headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
const dialog = async (id) => (await call(api, 'GET', `/api/v1/enduser/dialogs/${id}`)).body;

test('confirm (204): live DIALOG_UPDATED, Information activity by the party, status Completed', async () => {
  const token = await dialogToken(api, D.plan);
  const sub = await subscribe(api, D.plan, token);
  assert.equal(sub.status, 200);
  assert.match(sub.headers.get('content-type'), /^text\/event-stream/);
  const res = await act(D.plan, 'confirm', token);
  assert.equal(res.status, 204);
  const ev = await sub.waitFor((e) => e.event === 'next');
  assert.deepEqual(ev.data, { data: { dialogEvents: { id: D.plan, type: 'DIALOG_UPDATED' } } });
  sub.close();
  const d = await dialog(D.plan);
  assert.equal(d.status, 'Completed');
  const last = d.activities.at(-1);
  assert.equal(last.type, 'Information');
  assert.equal(last.performedBy.actorType, 'PartyRepresentative');
});

test('submit (202): ~later Awaiting, a Submission transmission from the party, FormSubmitted, Sent label', async () => {
  const token = await dialogToken(api, D.tax);
  const before = await dialog(D.tax);
  const sub = await subscribe(api, D.tax, token);
  const res = await act(D.tax, 'submit', token);
  assert.equal(res.status, 202);
  assert.equal((await dialog(D.tax)).status, 'RequiresAttention', 'not yet applied');
  await sub.waitFor((e) => e.data?.data?.dialogEvents?.type === 'DIALOG_UPDATED');
  sub.close();
  const d = await dialog(D.tax);
  assert.equal(d.status, 'Awaiting');
  const tx = d.transmissions.at(-1);
  assert.equal(tx.type, 'Submission');
  assert.equal(tx.sender.actorType, 'PartyRepresentative');
  assert.equal(tx.relatedTransmissionId, T1);
  assert.ok(tx.content.title.value.length > 0);
  assert.equal(d.activities.at(-1).type, 'FormSubmitted');
  assert.equal(d.activities.at(-1).transmissionId, tx.id);
  assert.equal(d.fromPartyTransmissionsCount, 1);
  assert.ok(Date.parse(d.contentUpdatedAt) > Date.parse(before.contentUpdatedAt));
  assert.ok(d.endUserContext.systemLabels.includes('Sent'));
  assert.notEqual(d.revision, before.revision);
  assert.deepEqual((await searchIds(api, `${ALL_PARTIES}&limit=1`))[0], D.tax, 'newest content first');
});

test('withdraw (204): Completed with a DialogClosed activity', async () => {
  const token = await dialogToken(api, D.plan);
  assert.equal((await act(D.plan, 'withdraw', token)).status, 204);
  const d = await dialog(D.plan);
  assert.equal(d.status, 'Completed');
  assert.equal(d.activities.at(-1).type, 'DialogClosed');
});

test('delete (204): DIALOG_DELETED + complete on the stream, then 410 and gone from search', async () => {
  const token = await dialogToken(api, D.plan);
  const sub = await subscribe(api, D.plan, token);
  const res = await act(D.plan, 'delete', token, 'DELETE');
  assert.equal(res.status, 204);
  const ev = await sub.waitFor((e) => e.event === 'next');
  assert.equal(ev.data.data.dialogEvents.type, 'DIALOG_DELETED');
  await sub.waitFor((e) => e.event === 'complete');
  await sub.done;
  assertProblem(await call(api, 'GET', `/api/v1/enduser/dialogs/${D.plan}`), 410);
  assert.equal((await searchIds(api, ALL_PARTIES)).includes(D.plan), false);
  // Acting on a deleted dialog: 410.
  assert.equal((await act(D.plan, 'confirm', token)).status, 410);
});

test('delete-retained: 422 with deletionAllowedAt/gracePeriodDays first, 204 later', async () => {
  const token = await dialogToken(api, D.tax);
  const first = await act(D.tax, 'delete-retained', token, 'DELETE');
  assert.equal(first.status, 422);
  assert.match(first.headers.get('content-type'), /application\/problem\+json/);
  const body = await first.json();
  assert.equal(body.gracePeriodDays, 3);
  assert.ok(Date.parse(body.deletionAllowedAt) > Date.now() + 2 * 86_400_000);
  assert.match(body.deletionAllowedAt, /Z$/);
  assert.equal((await dialog(D.tax)).id, D.tax, 'still there');
  assert.equal((await act(D.tax, 'delete-retained', token, 'DELETE')).status, 204);
  assertProblem(await call(api, 'GET', `/api/v1/enduser/dialogs/${D.tax}`), 410);
});

test('fail → 500 ProblemDetails; unknown kind → 404; wrong method → 405', async () => {
  const token = await dialogToken(api, D.plan);
  const fail = await act(D.plan, 'fail', token);
  assert.equal(fail.status, 500);
  assert.equal((await fail.json()).status, 500);
  assert.equal((await act(D.plan, 'explode', token)).status, 404);
  const wrong = await act(D.plan, 'confirm', token, 'GET');
  assert.equal(wrong.status, 405);
  assert.match(wrong.headers.get('allow'), /POST/);
  assert.equal((await act(D.plan, 'delete', token, 'POST')).status, 405);
});

test('platform rejects missing, forged, expired, foreign and misdirected tokens', async () => {
  const good = await dialogToken(api, D.plan);
  assert.equal((await act(D.plan, 'confirm', null)).status, 401);
  assert.equal((await act(D.plan, 'confirm', 'not.a.jwt')).status, 401);
  const [h, p, s] = good.split('.');
  const forgedClaims = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url')), l: 4 })).toString('base64url');
  assert.equal((await act(D.plan, 'confirm', `${h}.${forgedClaims}.${s}`)).status, 401, 'changed payload');
  const flipped = Buffer.from(s, 'base64url');
  flipped[0] ^= 0xff;
  assert.equal((await act(D.plan, 'confirm', `${h}.${p}.${flipped.toString('base64url')}`)).status, 401, 'bad signature');
  const now = Math.floor(Date.now() / 1000);
  const claims = { i: D.plan, p: 'x', iss: demo.issuer, iat: now - 1200, nbf: now - 1200, exp: now - 600 };
  assert.equal((await act(D.plan, 'confirm', signJwt(claims, demo.signingKey))).status, 401, 'expired');
  const stranger = createSigningKey();
  assert.equal((await act(D.plan, 'confirm', signJwt({ ...claims, exp: now + 600 }, { ...stranger, kid: demo.signingKey.kid }))).status, 401, 'other key');
  assert.equal((await act(D.plan, 'confirm', signJwt({ ...claims, exp: now + 600, iss: 'https://evil.example/api/v1' }, demo.signingKey))).status, 401, 'other issuer');
  const taxToken = await dialogToken(api, D.tax);
  assert.equal((await act(D.plan, 'confirm', taxToken)).status, 403, 'token of another dialog');
  assert.equal((await dialog(D.plan)).status, 'Awaiting', 'nothing happened');
  const embed = await fetch(`${P}/embeds/${D.tax}/main`);
  assert.equal(embed.status, 401);
});

test('graphql stream: auth, validation, variables, variables', async () => {
  const token = await dialogToken(api, D.plan);
  assert.equal((await subscribe(api, D.plan, null)).status, 401);
  assert.equal((await subscribe(api, D.plan, 'garbage')).status, 401);
  assert.equal((await subscribe(api, D.tax, token)).status, 403);
  const bad = await subscribe(api, D.plan, token, { query: 'query { dialogById(dialogId: "x") { id } }' });
  assert.equal(bad.status, 400);
  assert.ok(JSON.parse(bad.text).errors[0].message);
  const unknownField = await subscribe(api, D.plan, token, { query: `subscription { dialogEvents(dialogId: "${D.plan}") { id secret } }` });
  assert.equal(unknownField.status, 400);
  const withVars = await subscribe(api, D.plan, token, {
    query: 'subscription sub($dialogId: UUID!) { dialogEvents(dialogId: $dialogId) { __typename id type } }',
    variables: { dialogId: D.plan },
  });
  assert.equal(withVars.status, 200);
  demo.store.update(D.plan, (d) => (d.progress = 50));
  const ev = await withVars.waitFor((e) => e.event === 'next');
  assert.deepEqual(ev.data.data.dialogEvents, { __typename: 'DialogEventPayload', id: D.plan, type: 'DIALOG_UPDATED' });
  withVars.close();
});

test('graphql stream sends keep-alive comments', async () => {
  const fast = await startTestDemo({ keepAliveMs: 50 });
  try {
    const token = await dialogToken(fast.apiUrl, D.plan);
    const sub = await subscribe(fast.apiUrl, D.plan, token);
    await new Promise((r) => setTimeout(r, 300));
    sub.close();
    await sub.done;
    // The stream opens with one comment, then one per interval.
    assert.equal(sub.events.length, 0);
    assert.ok(sub.comments >= 3, `only ${sub.comments} comments`);
  } finally {
    await fast.close();
  }
});

test('embeds: token required, best language, media types, 204 when empty, transmission opened', async () => {
  const token = await dialogToken(api, D.tax);
  const auth = { Authorization: `Bearer ${token}` };
  const en = await fetch(`${P}/embeds/${D.tax}/main`, { headers: { ...auth, 'Accept-Language': 'en-US,en;q=0.9' } });
  assert.equal(en.status, 200);
  assert.equal(en.headers.get('content-type'), 'text/markdown; charset=utf-8');
  assert.match(await en.text(), /^# Tax return/);
  const nn = await fetch(`${P}/embeds/${D.tax}/main`, { headers: { ...auth, 'Accept-Language': 'nn' } });
  assert.match(await nn.text(), /Hei, \*\*Ola\*\*/);
  const fallback = await fetch(`${P}/embeds/${D.tax}/main`, { headers: { ...auth, 'Accept-Language': 'de' } });
  assert.equal(fallback.headers.get('content-language'), 'nb');
  // Opening a transmission's embed tells the service owner: hasUnopenedContent clears.
  const sub = await subscribe(api, D.tax, token);
  const tx = await fetch(`${P}/embeds/${D.tax}/transmissions/${T1}`, { headers: auth });
  assert.equal(tx.status, 200);
  assert.equal(await tx.text(), 'Du har fått et varsel.');
  await sub.waitFor((e) => e.event === 'next');
  sub.close();
  const d = await dialog(D.tax);
  assert.equal(d.hasUnopenedContent, false);
  assert.equal(d.activities.at(-1).type, 'TransmissionOpened');
  const planToken = await dialogToken(api, D.plan);
  const html = await fetch(`${P}/embeds/${D.plan}/main`, { headers: { Authorization: `Bearer ${planToken}`, 'Accept-Language': 'en' } });
  assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await html.text(), /<strong>received<\/strong>/);
  const sickToken = await dialogToken(api, D.sick);
  const empty = await fetch(`${P}/embeds/${D.sick}/main`, { headers: { Authorization: `Bearer ${sickToken}` } });
  assert.equal(empty.status, 204);
  const none = await fetch(`${P}/embeds/${D.tax}/transmissions/0194a6c0-0000-7000-8000-999999999999`, { headers: auth });
  assert.equal(none.status, 404);
  assert.equal((await fetch(`${P}/embeds/${D.plan}/main`, { headers: auth })).status, 403);
});

test('files: a real PDF without a token; pages: HTML with a link back to the portal', async () => {
  const res = await fetch(`${P}/files/${D.tax}/vedlegg.pdf`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  const pdf = Buffer.from(await res.arrayBuffer());
  const text = pdf.toString('latin1');
  assert.ok(text.startsWith('%PDF-1.4'));
  assert.ok(text.trimEnd().endsWith('%%EOF'));
  const startxref = Number(/startxref\n(\d+)/.exec(text)[1]);
  assert.equal(text.slice(startxref, startxref + 4), 'xref', 'xref offset is exact');
  const firstObj = Number(/xref\n0 \d+\n0000000000 65535 f \n(\d{10})/.exec(text)[1]);
  assert.equal(text.slice(firstObj, firstObj + 7), '1 0 obj');
  assert.equal((await fetch(`${P}/files/${D.tax}/../../etc/passwd`)).status, 404);
  assert.equal((await fetch(`${P}/files/0194a6c0-0000-7000-8000-999999999999/x.pdf`)).status, 404);
  const page = await fetch(`${P}/pages/${D.tax}/fill-in-form`);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await page.text();
  assert.match(html, /<html lang="nb">/);
  assert.match(html, /<h1>Fyll ut skjemaet<\/h1>/);
  assert.ok(html.includes(`href="${demo.portalUrl}/"`));
  assert.match(html, /Skattemelding 2024/);
});

test('platform CORS only for the portal origins', async () => {
  const pre = await fetch(`${P}/actions/${D.plan}/confirm`, {
    method: 'OPTIONS',
    headers: { Origin: demo.portalUrl, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), demo.portalUrl);
  assert.match(pre.headers.get('access-control-allow-headers'), /Authorization/);
  assert.match(pre.headers.get('access-control-allow-methods'), /DELETE/);
  const evil = await fetch(`${P}/actions/${D.plan}/confirm`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const token = await dialogToken(api, D.plan);
  const real = await act(D.plan, 'fail', token, 'POST', { Origin: demo.portalUrl.replace('127.0.0.1', 'localhost') });
  assert.equal(real.headers.get('access-control-allow-origin'), demo.portalUrl.replace('127.0.0.1', 'localhost'));
});
