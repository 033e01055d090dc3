import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_PARTIES, D, ORG, PERSON, SUB, assertProblem, call, searchIds, startTestDemo } from '../fixtures/demo-helpers.js';
import { cpuMs } from '../fixtures/cpu-time.js';

let demo;
let base;
before(async () => {
  demo = await startTestDemo();
  base = demo.apiUrl;
});
after(() => demo.close());

const S = '/api/v1/enduser/dialogs';
const enc = encodeURIComponent;

test('search needs party or serviceResource (400) and a token (401 without body)', async () => {
  assertProblem(await call(base, 'GET', S), 400, 'party');
  assertProblem(await call(base, 'GET', `${S}?org=skd`), 400, 'party');
  const r = await call(base, 'GET', `${S}?party=${enc(PERSON)}`, { token: null });
  assert.equal(r.status, 401);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('www-authenticate'), 'Bearer');
});

test('default order is contentUpdatedAt_desc; expired dialogs are never listed', async () => {
  const r = await call(base, 'GET', `${S}?${ALL_PARTIES}`);
  assert.deepEqual(r.body.items.map((i) => i.id), [D.draft, D.plan, D.tax, D.sick, D.apiOnly, D.english]);
  assert.equal(r.body.hasNextPage, false);
  assert.equal(r.body.continuationToken, null);
  assert.equal(r.body.orderBy, 'contentupdatedat_desc,id_desc');
});

test('repeated values of one parameter are OR-ed, different parameters AND-ed', async () => {
  assert.deepEqual(await searchIds(base, `party=${enc(PERSON)}`), [D.draft, D.tax, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `party=${enc(PERSON)}&party=${enc(ORG)}`), [D.draft, D.tax, D.sick, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `serviceResource=${enc('urn:altinn:resource:nav-sykepenger')}`), [D.plan, D.sick]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&org=skd&org=brg`), [D.draft, D.tax, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&org=nav&status=Awaiting`), [D.plan]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&org=skd&status=Awaiting`), []);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&status=Completed&status=Draft`), [D.draft, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `party=${enc(SUB)}&serviceResource=${enc('urn:altinn:resource:nav-sykepenger')}`), [D.plan]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&extendedStatus=SKJEMA_MOTTATT&extendedStatus=OTHER`), [D.plan]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&externalReference=REF-5`), [D.plan]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&process=${enc('urn:demo:process:5')}`), [D.plan]);
  assert.deepEqual(await searchIds(base, `party=${enc('urn:altinn:person:identifier-no:00000000000')}`), []);
});

test('several systemLabel values are AND-ed', async () => {
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&systemLabel=Default`), [D.plan, D.tax, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&systemLabel=Default&systemLabel=MarkedAsUnopened`), [D.apiOnly]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&systemLabel=Default&systemLabel=Bin`), []);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&systemLabel=Archive&systemLabel=Sent`), [D.sick]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&systemLabel=Bin`), [D.draft]);
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&systemLabel=Trash`), 400, 'systemLabel');
});

test('excludeApiOnly, isContentSeen and status validation', async () => {
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&excludeApiOnly=true`), [D.draft, D.plan, D.tax, D.sick, D.english]);
  assert.equal((await searchIds(base, `${ALL_PARTIES}&excludeApiOnly=false`)).length, 6);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&isContentSeen=true`), [D.plan, D.sick]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&isContentSeen=false`), [D.draft, D.tax, D.apiOnly, D.english]);
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&isContentSeen=maybe`), 400, 'isContentSeen');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&status=Weird`), 400, 'status');
});

test('date filters need ISO 8601 with an offset', async () => {
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&createdAfter=${enc('2025-03-01T00:00:00Z')}`), [D.draft, D.plan, D.tax]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&createdAfter=${enc('2025-03-01T00:00:00Z')}&createdBefore=${enc('2025-03-31T00:00:00+02:00')}`), [D.plan, D.tax]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&dueBefore=${enc('2025-06-01T00:00:00+02:00')}`), [D.tax]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&dueAfter=${enc('2025-06-01T00:00:00Z')}`), [D.plan]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&updatedAfter=${enc('2025-03-12T00:00:00Z')}`), [D.draft, D.plan]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&contentUpdatedBefore=${enc('2025-01-10T00:00:00Z')}`), [D.apiOnly, D.english]);
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&createdAfter=2025-03-01T00:00:00`), 400, 'createdAfter');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&dueBefore=yesterday`), 400, 'dueBefore');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&createdAfter=${enc('2025-05-01T00:00:00Z')}&createdBefore=${enc('2025-01-01T00:00:00Z')}`), 400, 'createdAfter');
});

test('free text search: 3+ characters, language aware, title/summary/senderName', async () => {
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&search=skattemelding`), [D.tax]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&search=${enc('Tax Return')}&searchLanguageCode=en`), [D.tax]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&search=${enc('tax return')}&searchLanguageCode=nb`), []);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&search=samandrag&searchLanguageCode=nn-NO`), [D.apiOnly]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&search=${enc('Norwegian Tax')}&searchLanguageCode=en`), [D.tax, D.apiOnly, D.english], 'senderName, or the org name when absent');
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&search=under%20behandling`), [D.sick], 'summary');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&search=ab`), 400, 'search');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&search=skatt&searchLanguageCode=no`), 400, 'searchLanguageCode');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&search=skatt&searchLanguageCode=norsk`), 400, 'searchLanguageCode');
});

test('orderBy variants, nulls last for dueAt', async () => {
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&orderBy=createdAt_asc`), [D.english, D.apiOnly, D.sick, D.tax, D.plan, D.draft]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&orderBy=updatedAt_desc`), [D.draft, D.plan, D.tax, D.sick, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&orderBy=dueAt_asc`), [D.tax, D.plan, D.sick, D.draft, D.apiOnly, D.english]);
  assert.deepEqual(await searchIds(base, `${ALL_PARTIES}&orderBy=dueAt_desc`), [D.plan, D.tax, D.english, D.apiOnly, D.draft, D.sick]);
  const r = await call(base, 'GET', `${S}?${ALL_PARTIES}&orderBy=CREATEDAT_ASC`);
  assert.equal(r.body.orderBy, 'createdat_asc,id_asc');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&orderBy=title_asc`), 400, 'orderBy');
});

test('paging with continuation tokens walks every result exactly once', async () => {
  for (const orderBy of ['contentUpdatedAt_desc', 'createdAt_asc', 'dueAt_asc', 'dueAt_desc', 'updatedAt_asc']) {
    const all = await searchIds(base, `${ALL_PARTIES}&orderBy=${orderBy}`);
    const seen = [];
    let token = null;
    let pages = 0;
    do {
      const r = await call(base, 'GET', `${S}?${ALL_PARTIES}&orderBy=${orderBy}&limit=2${token ? `&continuationToken=${enc(token)}` : ''}`);
      assert.equal(r.status, 200, r.text);
      assert.ok(r.body.items.length <= 2);
      seen.push(...r.body.items.map((i) => i.id));
      token = r.body.continuationToken;
      assert.equal(r.body.hasNextPage, token !== null);
      pages++;
    } while (token && pages < 10);
    assert.deepEqual(seen, all, orderBy);
    assert.equal(pages, 3);
  }
});

test('a continuation token is rejected with another orderBy, or when garbled', async () => {
  const r = await call(base, 'GET', `${S}?${ALL_PARTIES}&limit=1`);
  const token = r.body.continuationToken;
  assert.ok(token);
  assert.equal((await call(base, 'GET', `${S}?${ALL_PARTIES}&limit=1&continuationToken=${enc(token)}&orderBy=contentUpdatedAt_desc`)).status, 200);
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&limit=1&continuationToken=${enc(token)}&orderBy=createdAt_desc`), 400, 'continuationToken');
  assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&continuationToken=%%%garbage`), 400, 'continuationToken');
});

test('limit is 1..1000, default 100', async () => {
  for (const bad of ['0', '1001', '-1', 'ten', '2.5']) assertProblem(await call(base, 'GET', `${S}?${ALL_PARTIES}&limit=${bad}`), 400, 'limit');
  assert.equal((await searchIds(base, `${ALL_PARTIES}&limit=1`)).length, 1);
  assert.equal((await searchIds(base, `${ALL_PARTIES}&limit=1000`)).length, 6);
  const many = Array.from({ length: 101 }, (_, i) => `party=p${i}`).join('&');
  assertProblem(await call(base, 'GET', `${S}?${many}`), 400, 'party');
});

test('list items are derived from the dialogs', async () => {
  const r = await call(base, 'GET', `${S}?${ALL_PARTIES}`);
  const tax = r.body.items.find((i) => i.id === D.tax);
  assert.equal(tax.guiAttachmentCount, 1);
  assert.equal(tax.fromServiceOwnerTransmissionsCount, 1);
  assert.equal(tax.hasUnopenedContent, true);
  assert.equal(tax.latestActivity.type, 'DialogCreated');
  assert.deepEqual(tax.endUserContext.systemLabels, ['Default']);
  assert.equal(tax.systemLabel, 'Default');
  assert.equal(tax.content.title.value.length, 3);
  assert.equal('additionalInfo' in tax.content, false, 'list items carry no additionalInfo');
  const plan = r.body.items.find((i) => i.id === D.plan);
  assert.equal(plan.seenSinceLastContentUpdate.length, 2);
  assert.equal(plan.latestActivity.type, 'Information');
});

test('Accept-Language trims localizations; no match keeps the list', async () => {
  const en = await call(base, 'GET', `${S}?${ALL_PARTIES}`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9,nb;q=0.5' } });
  const tax = en.body.items.find((i) => i.id === D.tax);
  assert.deepEqual(tax.content.title.value, [{ languageCode: 'en', value: 'Tax return 2024' }]);
  const english = en.body.items.find((i) => i.id === D.english);
  assert.deepEqual(english.content.summary.value, [{ languageCode: 'nb', value: 'Bare bokmål her' }], 'q-weighted fallback to nb');
  const nn = await call(base, 'GET', `${S}?${ALL_PARTIES}`, { headers: { 'Accept-Language': 'fr;q=1, nn;q=0.8, en;q=0.9' } });
  assert.equal(nn.body.items.find((i) => i.id === D.tax).content.title.value[0].languageCode, 'en');
  const fr = await call(base, 'GET', `${S}?${ALL_PARTIES}`, { headers: { 'Accept-Language': 'fr' } });
  assert.equal(fr.body.items.find((i) => i.id === D.tax).content.title.value.length, 3);
  const star = await call(base, 'GET', `${S}?${ALL_PARTIES}`, { headers: { 'Accept-Language': '*' } });
  assert.equal(star.body.items.find((i) => i.id === D.tax).content.title.value.length, 3);
  const no = await call(base, 'GET', `${S}?${ALL_PARTIES}`, { headers: { 'Accept-Language': 'no' } });
  assert.equal(no.body.items.find((i) => i.id === D.tax).content.title.value[0].languageCode, 'nb');
});

test('search stays linear up to 10,000 extra dialogs', { skip: !(await import('node:fs')).existsSync(new URL('../../demo/seed/index.js', import.meta.url)) }, async () => {
  // Linear whatever the machine's speed: with 10,000 extra dialogs a search that reads every dialog costs at most
  // six times what it costs with 2,500 (quadratic work would cost about fourteen: 4x the dialogs, the base seed
  // included). The two stores are timed in turns, so that both meet the same load, and the best of each counts:
  // three turns at least, six at most, ending as soon as the bound holds.
  const { startDemo } = await import('../../demo/index.js');
  const options = { apiPort: 0, platformPort: 0, portalPort: 0, quiet: true };
  const small = await startDemo({ ...options, scale: 2_500 });
  const big = await startDemo({ ...options, scale: 10_000 });
  try {
    const queries = (demo) => {
      const me = demo.store.endUser.partyUrn;
      const urns = demo.store.parties.flatMap((p) => [p.party, ...(p.subParties || []).map((s) => s.party)]);
      const q = urns.map((u) => `party=${enc(u)}`).join('&');
      const path = (extra) => `${S}?${q}${extra}&limit=100`;
      return {
        usual: ['', '&orderBy=createdAt_asc', '&systemLabel=Default&status=RequiresAttention', '&search=skatt', `&party=${enc(me)}&isContentSeen=false`].map(path),
        // Searches that match nothing read every dialog: those are the ones whose cost grows with the store.
        everything: ['&search=ingentreffher', '&orderBy=createdAt_asc&systemLabel=Bin&search=ingentreffher'].map(path),
      };
    };
    /** Milliseconds of CPU (the client and the in-process server, test/fixtures/cpu-time.js) for one of each search that reads every dialog. */
    const cost = async (demo) => {
      const t0 = cpuMs();
      for (const path of queries(demo).everything) {
        const r = await call(demo.apiUrl, 'GET', path);
        assert.equal(r.status, 200);
        assert.equal(r.body.items.length, 0);
      }
      return cpuMs() - t0;
    };
    for (const demo of [small, big]) {
      // The usual searches answer (and warm the code and the sort cache).
      for (const path of [...queries(demo).usual, ...queries(demo).everything]) assert.equal((await call(demo.apiUrl, 'GET', path)).status, 200);
    }
    let quarter = Infinity;
    let full = Infinity;
    for (let turn = 0; turn < 6 && (turn < 3 || full > 6 * quarter); turn++) {
      quarter = Math.min(quarter, await cost(small));
      full = Math.min(full, await cost(big));
    }
    assert.ok(full <= 6 * quarter, `${full.toFixed(1)} ms of CPU with 10,000 extra dialogs, ${quarter.toFixed(1)} ms with 2,500`);
    assert.ok(big.store.records.size > 10_000);
    assert.ok(small.store.records.size > 2_500 && small.store.records.size < 3_500);
  } finally {
    await small.close();
    await big.close();
  }
});
