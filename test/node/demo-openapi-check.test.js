import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { checkRequest, matchPath, toJsonSchema, validateResponse, validateSchema } from '../../demo/dialogporten/openapi-check.js';
import { normalizeData } from '../../demo/dialogporten/load-data.js';
import { MINI } from '../fixtures/demo-helpers.js';

test('nullable OpenAPI schemas are converted for ajv', () => {
  assert.deepEqual(toJsonSchema({ type: 'string', nullable: true }), { type: ['string', 'null'] });
  assert.deepEqual(toJsonSchema({ nullable: true, oneOf: [{ $ref: '#/components/schemas/X' }] }), {
    anyOf: [{ type: 'null' }, { oneOf: [{ $ref: 'dialogporten-enduser#/components/schemas/X' }] }],
  });
  assert.equal(validateSchema('DialogListItem', { dueAt: null, content: null, latestActivity: null }).valid, true);
  assert.equal(validateSchema('DialogListItem', { dueAt: '2025-01-01T00:00:00' }).valid, false, 'date-time needs an offset');
  assert.equal(validateSchema('DialogListItem', { id: 'not-a-guid' }).valid, false);
  assert.equal(validateSchema('DialogListItem', { unknownField: 1 }).valid, false);
  assert.equal(validateSchema('DialogListItem', { status: 'Weird' }).valid, false);
});

test('validateResponse checks status, media type and body', () => {
  const ok = validateResponse('GET', '/api/v1/enduser/dialogs', 200, { items: [], hasNextPage: false, continuationToken: null, orderBy: 'x' }, 'application/json; charset=utf-8');
  assert.equal(ok.valid, true);
  assert.equal(ok.template, '/api/v1/enduser/dialogs');
  assert.equal(validateResponse('GET', '/api/v1/enduser/dialogs', 200, { items: 'no' }).valid, false);
  assert.equal(validateResponse('GET', 'http://h/api/v1/enduser/dialogs/0194a6c0-0000-7000-8000-000000000001', 404, { status: 404, traceId: 't' }, 'application/problem+json').valid, true);
  assert.equal(validateResponse('GET', '/api/v1/enduser/dialogs', 401, undefined).valid, true);
  const undocumented = validateResponse('GET', '/api/v1/enduser/dialogs', 400, { status: 400, errors: { party: ['x'] } }, 'application/problem+json');
  assert.equal(undocumented.valid, true);
  assert.equal(undocumented.documented, false);
  assert.equal(validateResponse('GET', '/api/v1/enduser/dialogs', 400, { errors: { party: 'not an array' } }).valid, false);
  assert.equal(validateResponse('GET', '/api/v1/metadata/limits', 503, 'Service Unavailable', 'text/plain').valid, true);
  assert.equal(validateResponse('GET', '/api/v1/metadata/limits', 200, {}, 'text/html').valid, false);
  assert.equal(validateResponse('DELETE', '/api/v1/enduser/parties', 200, {}).valid, false);
  assert.equal(validateResponse('GET', '/nope', 200, {}).valid, false);
});

test('matchPath prefers literal paths over templates', () => {
  assert.equal(matchPath('/api/v1/enduser/dialogs/context/systemlabels/actions/bulkset').template, '/api/v1/enduser/dialogs/context/systemlabels/actions/bulkset');
  const m = matchPath('/api/v1/enduser/dialogs/abc/seenlog/def');
  assert.equal(m.template, '/api/v1/enduser/dialogs/{dialogId}/seenlog/{seenLogId}');
  assert.deepEqual(m.params, { dialogId: 'abc', seenLogId: 'def' });
});

test('checkRequest validates parameters and bodies', () => {
  assert.equal(checkRequest('GET', '/api/v1/enduser/dialogs?party=a&party=b&limit=10&isContentSeen=false&systemLabel=Default').ok, true);
  const bad = checkRequest('GET', 'http://x/api/v1/enduser/dialogs?limit=ten&status=Nope&typo=1&excludeApiOnly=maybe');
  assert.equal(bad.ok, false);
  assert.equal(bad.errors.length, 4, bad.errors.join('\n'));
  assert.equal(checkRequest('GET', '/api/v1/enduser/dialogs/not-a-guid').ok, false);
  assert.equal(checkRequest('GET', '/api/v1/enduser/dialoglookup').ok, false, 'instanceRef is required');
  assert.equal(checkRequest('POST', '/api/v1/enduser/dialogs').ok, false, 'wrong method');
  const put = '/api/v1/enduser/dialogs/0194a6c0-0000-7000-8000-000000000001/context/systemlabels';
  assert.equal(checkRequest('PUT', put, { body: { addLabels: ['Bin'] }, headers: { 'If-Match': '0194a6c0-0000-7000-8000-000000000001' } }).ok, true);
  assert.equal(checkRequest('PUT', put, { body: { addLabels: ['Trash'] } }).ok, false);
  assert.equal(checkRequest('PUT', put, { body: { addLabels: ['Bin'] }, headers: { 'if-match': 'abc' } }).ok, false);
  assert.equal(checkRequest('PUT', put).ok, false, 'body is required');
});

test('the mini fixture is valid demo data', () => {
  const data = normalizeData(structuredClone(MINI), { platformUrl: 'http://127.0.0.1:1', portalUrl: 'http://127.0.0.1:2' });
  assert.equal(data.dialogs.length, 7);
  assert.ok(data.dialogs[0].guiActions[0].url.startsWith('http://127.0.0.1:1/actions/'));
  assert.throws(() => normalizeData({ dialogs: [{ id: 'x', status: 'Bogus' }] }), /problem/);
  assert.throws(() => normalizeData({ nothing: true }), /dialogs/);
});

test('the generated seed (demo/seed) validates against the contract', { skip: !existsSync(new URL('../../demo/seed/index.js', import.meta.url)) }, async () => {
  const { createSeed } = await import('../../demo/seed/index.js');
  const seed = createSeed({ platformUrl: 'http://127.0.0.1:8082', now: new Date('2026-02-01T12:00:00Z'), scale: 50 });
  const data = normalizeData(seed, { platformUrl: 'http://127.0.0.1:8082' });
  assert.ok(data.dialogs.length >= 50);
  assert.ok(data.endUser.partyUrn);
});
