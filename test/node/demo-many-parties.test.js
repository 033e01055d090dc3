// The accountant persona (`npm start -- --parties N`, demo/seed/clients.js): the end user acts for
// N client organisations, and the newest dialogs belong to clients far down the party list.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from '../../demo/index.js';
import { configFromArgs } from '../../demo/config.js';
import { normalizeData } from '../../demo/dialogporten/load-data.js';
import { validateSchema } from '../../demo/dialogporten/openapi-check.js';
import { createSeed } from '../../demo/seed/index.js';
import { call } from '../fixtures/demo-helpers.js';

const N = 500;
const BATCH = 100; // the demo's (and Dialogporten's) cap on parties per search
const ORG_URN = /^urn:altinn:organization:identifier-no:(\d{9})$/;

let demo;
let startupMs;
before(async () => {
  const t0 = performance.now();
  demo = await startDemo({ parties: N, apiPort: 0, platformPort: 0, portalPort: 0, quiet: true });
  startupMs = performance.now() - t0;
});
after(() => demo?.close());

test(`startup with ${N} client parties (time printed, not asserted)`, (t) => {
  const line = `startDemo({ parties: ${N} }) took ${Math.round(startupMs)} ms (${demo.store.records.size} dialogs; target < 5000 ms)`;
  t.diagnostic(line);
});

let parties;
test('GET /parties lists the end user and the client organisations', async () => {
  const r = await call(demo.apiUrl, 'GET', '/api/v1/enduser/parties');
  assert.equal(r.status, 200, r.text);
  parties = r.body.authorizedParties;
  assert.equal(parties.length, N + 1);
  const [own, ...clients] = parties;
  assert.equal(own.partyType, 'Person');
  assert.equal(own.isCurrentEndUser, true);
  assert.equal(parties.filter((p) => p.isCurrentEndUser).length, 1);
  assert.equal(clients.length, N);

  const numbers = new Set();
  const names = new Set();
  for (const p of clients) {
    assert.equal(p.partyType, 'Organization');
    assert.equal(p.isCurrentEndUser, false);
    assert.match(p.name, /^[A-ZÆØÅ]/);
    names.add(p.name);
    for (const unit of [p, ...(p.subParties || [])]) {
      const m = ORG_URN.exec(unit.party);
      assert.ok(m, unit.party);
      assert.ok(!numbers.has(m[1]), `duplicate org number ${m[1]}`);
      numbers.add(m[1]);
      assert.ok(validateSchema('AuthorizedParty', unit).valid, unit.party);
    }
    for (const sub of p.subParties || []) assert.ok(sub.name.startsWith(`${p.name} AVD `), sub.name);
  }
  assert.equal(names.size, N, 'client names are unique');
  const withSubs = clients.filter((p) => p.subParties?.length);
  assert.ok(withSubs.length >= N / 7 - 1 && withSubs.every((p) => p.subParties.length <= 3), `${withSubs.length} clients with sub-units`);
  assert.ok(clients.some((p) => p.hasOnlyAccessToSubParties));
  assert.ok(clients.some((p) => p.isDeleted));
});

test('the newest dialog belongs to a client in the last 10 % of the list', async () => {
  assert.ok(parties, 'needs the party list');
  const topIndex = new Map();
  parties.forEach((p, i) => {
    topIndex.set(p.party, i);
    for (const s of p.subParties || []) topIndex.set(s.party, i);
  });
  const urns = [...topIndex.keys()];
  const newestOf = async (batch) => {
    const q = batch.map((u) => `party=${encodeURIComponent(u)}`).join('&');
    const r = await call(demo.apiUrl, 'GET', `/api/v1/enduser/dialogs?${q}&orderBy=contentUpdatedAt_desc&limit=1`);
    assert.equal(r.status, 200, r.text);
    return r.body.items[0] ?? null;
  };
  let newest = null;
  for (let i = 0; i < urns.length; i += BATCH) {
    const item = await newestOf(urns.slice(i, i + BATCH));
    if (item && (!newest || item.contentUpdatedAt > newest.contentUpdatedAt)) newest = item;
  }
  assert.ok(newest);
  const index = topIndex.get(newest.party);
  assert.ok(index >= Math.floor(parties.length * 0.9), `newest dialog's party is number ${index} of ${parties.length}`);

  // A client that searches only the first batch of parties misses it.
  const firstOnly = await newestOf(urns.slice(0, BATCH));
  assert.ok(firstOnly.contentUpdatedAt < newest.contentUpdatedAt);
  // No dialog belongs to a main unit the user may only reach through its sub-units.
  const onlySubs = parties.filter((p) => p.hasOnlyAccessToSubParties).map((p) => p.party);
  for (let i = 0; i < onlySubs.length; i += BATCH) assert.equal(await newestOf(onlySubs.slice(i, i + BATCH)), null);
});

test('the data passes the OpenAPI checks of the loader; about two dialogs per client', () => {
  const seed = createSeed({ platformUrl: 'http://127.0.0.1:8082', parties: N });
  const data = normalizeData(seed, { platformUrl: 'http://127.0.0.1:8082', source: 'parties test' }); // throws on a schema problem
  const own = data.parties[0].party;
  const clientDialogs = data.dialogs.filter((d) => d.party !== own).length;
  assert.ok(clientDialogs >= 1.5 * N && clientDialogs <= 2.5 * N, `${clientDialogs} client dialogs`);
  assert.equal(demo.store.records.size, data.dialogs.length);
});

test('deterministic, and without --parties the seed is the base seed', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  assert.deepEqual(createSeed({ now, parties: 40 }), createSeed({ now, parties: 40 }));
  assert.deepEqual(createSeed({ now, parties: 0 }), createSeed({ now }));
});

test('--parties / DEMO_PARTIES', () => {
  assert.equal(configFromArgs([], {}).options.parties, 0);
  assert.equal(configFromArgs(['--parties', '500'], {}).options.parties, 500);
  assert.equal(configFromArgs([], { DEMO_PARTIES: '5000' }).options.parties, 5000);
  assert.equal(configFromArgs(['--parties', '7'], { DEMO_PARTIES: '9' }).options.parties, 7);
  assert.throws(() => configFromArgs(['--parties', '5001'], {}), /5000/);
  assert.throws(() => configFromArgs(['--parties', 'many'], {}));
});
