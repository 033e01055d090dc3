import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { ALL_PARTIES, D, ORG, PERSON, T1, assertProblem, call, searchIds, startTestDemo } from '../fixtures/demo-helpers.js';

let demo;
let base;
before(async () => {
  demo = await startTestDemo();
  base = demo.apiUrl;
});
after(() => demo.close());
beforeEach(() => demo.reset());

const dlg = (id) => `/api/v1/enduser/dialogs/${id}`;
const labels = (id) => `${dlg(id)}/context/systemlabels`;
const BULK = '/api/v1/enduser/dialogs/context/systemlabels/actions/bulkset';
const item = async (id) => {
  const r = await call(base, 'GET', `/api/v1/enduser/dialogs?${ALL_PARTIES}`);
  return r.body.items.find((i) => i.id === id);
};

test('GET dialog returns the Dialog, records a seen entry, marks content seen', async () => {
  assert.equal((await item(D.tax)).isContentSeen, false);
  const before = await call(base, 'GET', `${dlg(D.tax)}/seenlog`);
  assert.equal(before.body.length, 0);
  const r = await call(base, 'GET', dlg(D.tax));
  assert.equal(r.status, 200);
  assert.equal(r.body.id, D.tax);
  assert.equal(r.body.isContentSeen, true);
  assert.equal(r.body.seenSinceLastContentUpdate.filter((s) => s.isCurrentEndUser).length, 1);
  assert.equal(r.body.guiActions.length, 3);
  assert.match(r.body.guiActions[0].url, /^http:\/\/127\.0\.0\.1:\d+\/actions\//, 'platform URL placeholder filled');
  const seen = await call(base, 'GET', `${dlg(D.tax)}/seenlog`);
  assert.equal(seen.body.length, 1);
  assert.equal(seen.body[0].isCurrentEndUser, true);
  assert.equal(seen.body[0].seenBy.actorId, PERSON);
  const one = await call(base, 'GET', `${dlg(D.tax)}/seenlog/${seen.body[0].id}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.id, seen.body[0].id);
  assert.equal((await item(D.tax)).isContentSeen, true);
  // A second GET yields a fresh token.
  const again = await call(base, 'GET', dlg(D.tax));
  assert.notEqual(again.body.dialogToken, r.body.dialogToken);
});

test('opening a dialog clears MarkedAsUnopened (new endUserContext revision, label log)', async () => {
  const before = await item(D.apiOnly);
  assert.deepEqual(before.endUserContext.systemLabels, ['Default', 'MarkedAsUnopened']);
  const r = await call(base, 'GET', dlg(D.apiOnly));
  assert.deepEqual(r.body.endUserContext.systemLabels, ['Default']);
  assert.notEqual(r.body.endUserContext.revision, before.endUserContext.revision);
  const log = await call(base, 'GET', `${dlg(D.apiOnly)}/context/labellog`);
  assert.deepEqual(log.body.map((e) => [e.name, e.action]), [['MarkedAsUnopened', 'remove']]);
  assert.equal(log.body[0].performedBy.actorType, 'PartyRepresentative');
});

test('activities, transmissions: lists and single items', async () => {
  const acts = await call(base, 'GET', `${dlg(D.plan)}/activities`);
  assert.equal(acts.body.length, 2);
  assert.equal('performedBy' in acts.body[0], false, 'search items have no performedBy');
  const one = await call(base, 'GET', `${dlg(D.plan)}/activities/${acts.body[1].id}`);
  assert.equal(one.body.type, 'Information');
  assert.equal(one.body.performedBy.actorType, 'ServiceOwner');
  const txs = await call(base, 'GET', `${dlg(D.tax)}/transmissions`, { headers: { 'Accept-Language': 'nn' } });
  assert.equal(txs.body.length, 1);
  assert.equal(txs.body[0].id, T1);
  assert.equal(txs.body[0].deletedAt, null);
  assert.equal('isOpened' in txs.body[0], false);
  assert.deepEqual(txs.body[0].content.title.value, [{ languageCode: 'nn', value: 'Varsel' }]);
  const tx = await call(base, 'GET', `${dlg(D.tax)}/transmissions/${T1}`);
  assert.equal(tx.body.type, 'Request');
  assertProblem(await call(base, 'GET', `${dlg(D.tax)}/transmissions/0194a6c0-0000-7000-8000-999999999999`), 404);
  assertProblem(await call(base, 'GET', `${dlg(D.tax)}/activities/nope`), 400);
  assertProblem(await call(base, 'GET', `${dlg(D.tax)}/seenlog/0194a6c0-0000-7000-8000-999999999999`), 404);
});

test('404 for unknown or expired dialogs, 400 for bad ids, 410 for deleted ones', async () => {
  assertProblem(await call(base, 'GET', dlg('0194a6c0-0000-7000-8000-999999999999')), 404);
  assertProblem(await call(base, 'GET', dlg(D.expired)), 404);
  assertProblem(await call(base, 'GET', dlg('not-a-guid')), 400, 'dialogId');
  demo.store.delete(D.sick);
  assertProblem(await call(base, 'GET', dlg(D.sick)), 410);
  assertProblem(await call(base, 'GET', `${dlg(D.sick)}/transmissions`), 410);
  assertProblem(await call(base, 'GET', `${dlg(D.sick)}/context/labellog`), 410);
  assertProblem(await call(base, 'PUT', labels(D.sick), { body: { addLabels: ['Bin'] } }), 410);
  assert.equal((await searchIds(base, ALL_PARTIES)).includes(D.sick), false);
  assertProblem(await call(base, 'GET', '/api/v1/enduser/nothing-here', { validate: false }), 404);
  assert.equal((await call(base, 'GET', dlg(D.tax), { token: null })).status, 401);
});

test('dialog token: EdDSA JWT with the contract claims, verifiable with the JWKS', async () => {
  const r = await call(base, 'GET', dlg(D.tax));
  const [h, p, s] = r.body.dialogToken.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const claims = JSON.parse(Buffer.from(p, 'base64url'));
  assert.equal(header.alg, 'EdDSA');
  assert.equal(header.typ, 'JWT');
  const jwks = await (await fetch(`${base}/api/v1/.well-known/jwks.json`)).json();
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  assert.equal(jwk.kty, 'OKP');
  assert.equal(jwk.crv, 'Ed25519');
  assert.equal('d' in jwk, false, 'no private key material');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  assert.equal(verify(null, Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url')), true);
  assert.equal(verify(null, Buffer.from(`${h}.${p}x`), key, Buffer.from(s, 'base64url')), false);
  assert.equal(claims.i, D.tax);
  assert.equal(claims.p, PERSON);
  assert.equal(claims.c, PERSON);
  assert.equal(claims.s, 'urn:altinn:resource:skattemelding');
  assert.equal(claims.l, 3);
  assert.ok(claims.a.split(';').includes('submit'));
  assert.equal(claims.iss, `${base}/api/v1`);
  assert.equal(claims.exp - claims.iat, 600);
  assert.equal(claims.nbf, claims.iat);
  assert.ok(Math.abs(claims.iat - Date.now() / 1000) < 5);
  assert.match(claims.jti, /^[0-9a-f-]{36}$/);
});

test('system labels: If-Match on endUserContext.revision, 412 when stale, 204 + Etag', async () => {
  const d = await call(base, 'GET', dlg(D.tax));
  const rev = d.body.endUserContext.revision;
  const stale = await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Archive'] }, headers: { 'If-Match': '0194a6c0-0000-7000-8000-999999999999' } });
  assertProblem(stale, 412);
  const ok = await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Archive'] }, headers: { 'If-Match': `"${rev}"` } });
  assert.equal(ok.status, 204);
  assert.equal(ok.text, '');
  const etag = ok.headers.get('etag');
  assert.match(etag, /^[0-9a-f-]{36}$/);
  assert.notEqual(etag, rev);
  const after = await item(D.tax);
  assert.deepEqual(after.endUserContext.systemLabels, ['Archive']);
  assert.equal(after.endUserContext.revision, etag);
  assert.equal(after.systemLabel, 'Archive');
  // The old revision is now stale.
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Bin'] }, headers: { 'If-Match': rev } }), 412);
  // Bin replaces Archive; MarkedAsUnopened is an add-on and unsets isContentSeen.
  assert.equal((await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Bin', 'MarkedAsUnopened'] } })).status, 204);
  const binned = await item(D.tax);
  assert.deepEqual(binned.endUserContext.systemLabels, ['Bin', 'MarkedAsUnopened']);
  assert.equal(binned.isContentSeen, false);
  // Removing Bin goes back to Default.
  assert.equal((await call(base, 'PUT', labels(D.tax), { body: { removeLabels: ['Bin', 'MarkedAsUnopened'] } })).status, 204);
  const back = await item(D.tax);
  assert.deepEqual(back.endUserContext.systemLabels, ['Default']);
  assert.equal(back.isContentSeen, true, 'seen since the last content update');
  const log = await call(base, 'GET', `${dlg(D.tax)}/context/labellog`);
  assert.deepEqual(log.body.map((e) => `${e.action}:${e.name}`), ['remove:Default', 'set:Archive', 'remove:Archive', 'set:Bin', 'set:MarkedAsUnopened', 'remove:Bin', 'remove:MarkedAsUnopened', 'set:Default']);
});

test('system labels: validation errors', async () => {
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Sent'] } }), 400, 'addLabels');
  assertProblem(await call(base, 'PUT', labels(D.sick), { body: { removeLabels: ['Sent'] } }), 400, 'removeLabels');
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Default', 'Bin'] } }), 400, 'addLabels');
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Trash'] } }), 400, 'addLabels');
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: {} }), 400);
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: '{"addLabels":' }), 400, 'body');
  assertProblem(await call(base, 'PUT', labels(D.tax), { body: { addLabels: ['Bin'] }, headers: { 'If-Match': 'abc' } }), 400, 'If-Match');
  assertProblem(await call(base, 'PUT', labels('0194a6c0-0000-7000-8000-999999999999'), { body: { addLabels: ['Bin'] } }), 404);
  // The deprecated `systemLabels` field still works as addLabels.
  assert.equal((await call(base, 'PUT', labels(D.tax), { body: { systemLabels: ['Archive'] } })).status, 204);
  assert.deepEqual((await item(D.tax)).endUserContext.systemLabels, ['Archive']);
  // Sent stays when other labels change.
  assert.equal((await call(base, 'PUT', labels(D.sick), { body: { addLabels: ['Bin'] } })).status, 204);
  assert.deepEqual((await item(D.sick)).endUserContext.systemLabels, ['Bin', 'Sent']);
});

test('bulkset is all-or-nothing', async () => {
  const a = await item(D.tax);
  const b = await item(D.plan);
  const stale = await call(base, 'POST', BULK, {
    body: { dialogs: [{ dialogId: D.tax, endUserContextRevision: a.endUserContext.revision }, { dialogId: D.plan, endUserContextRevision: '0194a6c0-0000-7000-8000-999999999999' }], addLabels: ['Archive'] },
  });
  assertProblem(stale, 412);
  assert.deepEqual((await item(D.tax)).endUserContext, a.endUserContext, 'nothing applied');
  const missing = await call(base, 'POST', BULK, { body: { dialogs: [{ dialogId: D.tax }, { dialogId: '0194a6c0-0000-7000-8000-999999999999' }], addLabels: ['Archive'] } });
  assertProblem(missing, 404);
  assert.deepEqual((await item(D.tax)).endUserContext, a.endUserContext, 'nothing applied');
  const ok = await call(base, 'POST', BULK, {
    body: { dialogs: [{ dialogId: D.tax, endUserContextRevision: a.endUserContext.revision }, { dialogId: D.plan, endUserContextRevision: b.endUserContext.revision }], addLabels: ['Archive'] },
  });
  assert.equal(ok.status, 204);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&systemLabel=Archive`), [D.plan, D.tax, D.sick]);
  assertProblem(await call(base, 'POST', BULK, { body: { dialogs: [], addLabels: ['Bin'] } }), 400, 'dialogs');
  const tooMany = Array.from({ length: 101 }, (_, i) => ({ dialogId: `0194a6c0-0000-7000-8000-${String(900 + i).padStart(12, '0')}` }));
  assertProblem(await call(base, 'POST', BULK, { body: { dialogs: tooMany, addLabels: ['Bin'] } }), 400, 'dialogs');
  assertProblem(await call(base, 'POST', BULK, { body: { dialogs: [{ dialogId: D.tax }, { dialogId: D.tax.toUpperCase() }], addLabels: ['Bin'] } }), 400, 'dialogs');
  assertProblem(await call(base, 'POST', BULK, { body: { dialogs: [{ dialogId: D.tax }], addLabels: ['Sent'] } }), 400, 'addLabels');
  assertProblem(await call(base, 'POST', BULK, { body: { dialogs: [{ dialogId: 'x' }], removeLabels: ['Bin'] } }), 400, 'dialogs[0].dialogId');
});

test('parties, service resources, limits, dialog lookup', async () => {
  const parties = await call(base, 'GET', '/api/v1/enduser/parties');
  assert.deepEqual(parties.body.authorizedParties.map((p) => p.party), [PERSON, ORG]);
  assert.equal(parties.body.authorizedParties[1].subParties.length, 1);
  const sr = await call(base, 'GET', `/api/v1/enduser/serviceresources?party=${encodeURIComponent(ORG)}`, { headers: { 'Accept-Language': 'en' } });
  assert.deepEqual(sr.body.items.map((i) => i.serviceResource.id), ['urn:altinn:resource:nav-sykepenger']);
  assert.deepEqual(sr.body.items[0].serviceResource.name, [{ languageCode: 'en', value: 'Sick pay' }]);
  assert.equal(sr.body.items[0].serviceOwner.code, 'nav');
  const all = await call(base, 'GET', '/api/v1/enduser/serviceresources');
  assert.equal(all.body.items.length, 3);
  const meta = await call(base, 'GET', '/api/v1/metadata/serviceresources', { token: null });
  assert.equal(meta.status, 200);
  assert.equal(meta.body.items.length, 3);
  const limits = await call(base, 'GET', '/api/v1/metadata/limits', { token: null });
  assert.equal(limits.body.endUserSearch.maxPartyFilterValues, 100);
  assert.equal(limits.body.endUserSearch.maxServiceResourceFilterValues, 20);
  const lookup = await call(base, 'GET', `/api/v1/enduser/dialoglookup?instanceRef=urn:altinn:dialog-id:${D.tax}`);
  assert.equal(lookup.body.dialogId, D.tax);
  assert.equal(lookup.body.serviceOwner.code, 'skd');
  assertProblem(await call(base, 'GET', '/api/v1/enduser/dialoglookup?instanceRef=garbage'), 400, 'instanceRef');
  assertProblem(await call(base, 'GET', '/api/v1/enduser/dialoglookup?instanceRef=urn:altinn:dialog-id:0194a6c0-0000-7000-8000-999999999999'), 404);
});

test('Accept-Language trims every localization list in a dialog', async () => {
  const r = await call(base, 'GET', dlg(D.tax), { headers: { 'Accept-Language': 'nn-NO, en;q=0.3' } });
  assert.deepEqual(r.body.content.title.value, [{ languageCode: 'nn', value: 'Skattemelding 2024' }]);
  assert.deepEqual(r.body.content.summary.value, [{ languageCode: 'nn', value: 'Du må levere skattemeldinga' }]);
  assert.equal(r.body.guiActions[0].title.length, 1);
  assert.equal(r.body.attachments[0].displayName.length, 1);
  assert.equal(r.body.content.mainContentReference.value.length, 1, 'only nb exists: kept');
  const plain = await call(base, 'GET', dlg(D.tax), { headers: { 'Accept-Language': '*' } });
  assert.equal(plain.body.content.title.value.length, 3);
});
