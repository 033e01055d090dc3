// The demo server with the real generated seed (demo/seed): every dialog, every
// sub-resource and every platform URL the seed contains must work and match the contract.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startDemo } from '../../demo/index.js';
import { ACTION_METHODS } from '../../demo/platform/actions.js';
import { call } from '../fixtures/demo-helpers.js';

const hasSeed = existsSync(new URL('../../demo/seed/index.js', import.meta.url));
let demo;
before(async () => {
  if (hasSeed) demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true });
});
after(() => demo?.close());

const allParties = () => demo.store.parties.flatMap((p) => [p.party, ...(p.subParties || []).map((s) => s.party)]);

test('every seed dialog and sub-resource validates against the contract', { skip: !hasSeed }, async () => {
  const q = allParties().map((p) => `party=${encodeURIComponent(p)}`).join('&');
  const list = await call(demo.apiUrl, 'GET', `/api/v1/enduser/dialogs?${q}&limit=1000`);
  assert.equal(list.status, 200);
  assert.ok(list.body.items.length >= 20);
  for (const { id } of list.body.items) {
    const d = await call(demo.apiUrl, 'GET', `/api/v1/enduser/dialogs/${id}`, { headers: { 'Accept-Language': 'nb' } });
    assert.equal(d.status, 200);
    for (const sub of ['activities', 'transmissions', 'seenlog', 'context/labellog']) {
      const r = await call(demo.apiUrl, 'GET', `/api/v1/enduser/dialogs/${id}/${sub}`);
      assert.equal(r.status, 200);
      if (r.body[0]?.id) assert.equal((await call(demo.apiUrl, 'GET', `/api/v1/enduser/dialogs/${id}/${sub}/${r.body[0].id}`)).status, 200);
    }
  }
  for (const path of ['/api/v1/enduser/parties', '/api/v1/enduser/serviceresources', '/api/v1/metadata/serviceresources', '/api/v1/metadata/limits']) {
    assert.equal((await call(demo.apiUrl, 'GET', path)).status, 200, path);
  }
});

test('every platform URL in the seed is served', { skip: !hasSeed }, async () => {
  let checked = 0;
  for (const record of demo.store.live()) {
    const d = record.dialog;
    const token = (await call(demo.apiUrl, 'GET', `/api/v1/enduser/dialogs/${d.id}`)).body.dialogToken;
    const auth = { Authorization: `Bearer ${token}` };
    for (const a of d.guiActions || []) {
      if (!a.url.startsWith(demo.platformUrl)) continue;
      const path = new URL(a.url).pathname;
      if (a.httpMethod === 'GET') {
        const r = await fetch(a.url);
        assert.equal(r.status, 200, a.url);
        assert.match(r.headers.get('content-type'), /text\/html/);
      } else {
        const kind = path.split('/').pop();
        assert.equal(ACTION_METHODS[kind], a.httpMethod, `${a.url} uses a known action with the right method`);
      }
      checked++;
    }
    const refs = [d.content?.mainContentReference, ...(d.transmissions || []).map((t) => t.content?.contentReference)].filter(Boolean);
    for (const ref of refs) {
      for (const { value } of ref.value || []) {
        if (!value.startsWith(demo.platformUrl)) continue;
        const r = await fetch(value, { headers: auth });
        assert.ok(r.status === 200 || r.status === 204, `${value} → ${r.status}`);
        if (r.status === 200) {
          const served = r.headers.get('content-type').split(';')[0];
          assert.ok(ref.mediaType.includes(served.split('/')[1]), `${ref.mediaType} vs ${served}`);
        }
        await r.arrayBuffer();
        checked++;
      }
    }
    for (const att of d.attachments || []) {
      for (const u of att.urls || []) {
        if (!u.url.startsWith(demo.platformUrl)) continue;
        const r = await fetch(u.url);
        assert.equal(r.status, 200, u.url);
        await r.arrayBuffer();
        checked++;
      }
    }
  }
  assert.ok(checked > 50, `checked ${checked} URLs`);
});
