// Checks the demo seed data (demo/seed) against the vendored OpenAPI contract
// and against the coverage the demo needs. Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createSeed, toServiceResourceMetadata } from '../../demo/seed/index.js';
import { cpuMs } from '../fixtures/cpu-time.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const openapi = JSON.parse(readFileSync(`${root}src/api/openapi.enduser.v1.json`, 'utf8'));
const PLATFORM = 'http://127.0.0.1:8082';
const NOW = new Date('2026-04-10T08:30:00.000Z');
const UNAUTHORIZED = 'urn:dialogporten:unauthorized';

// --- OpenAPI 3.0 → JSON Schema for ajv -------------------------------------
// `nullable: true` becomes a 'null' type (or an anyOf with null when the schema
// has no `type`, e.g. `oneOf` + `nullable`); examples and x-* are dropped.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key.startsWith('x-')) continue;
    out[key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if ('type' in out) {
    out.type = [].concat(out.type, 'null');
    if (out.enum) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('guid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addSchema({ $id: 'openapi', components: { schemas: toJsonSchema(openapi.components.schemas) } });
const validator = (name) => ajv.getSchema(`openapi#/components/schemas/${name}`);
const validateDialog = validator('Dialog');
const validateParty = validator('AuthorizedParty');
const validateResourceMetadata = validator('ServiceResourceMetadata');
const enumOf = (name) => openapi.components.schemas[name].enum;

function assertValid(validate, value, label) {
  if (!validate(value)) {
    assert.fail(`${label} is not schema-valid:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}

const seed = createSeed({ platformUrl: PLATFORM, now: NOW });
const { dialogs, parties, embeds, orgs, serviceResources } = seed;
const all = (pick) => dialogs.flatMap(pick);
const transmissions = all((d) => d.transmissions);
const activities = all((d) => d.activities);
const guiActions = all((d) => d.guiActions);
const texts = (contentValue) => (contentValue?.value ?? []).map((l) => l.value);
const flatParties = (list) => list.flatMap((p) => [p, ...flatParties(p.subParties ?? [])]);

// --- The validator itself must reject bad data (so the checks below can fail)
test('the schema validator rejects invalid dialogs', () => {
  const good = structuredClone(dialogs[0]);
  assertValid(validateDialog, good, 'first dialog');
  assert.equal(validateDialog({ ...good, status: 'Pending' }), false, 'unknown status must fail');
  assert.equal(validateDialog({ ...good, id: 'not-a-uuid' }), false, 'bad id must fail');
  assert.equal(validateDialog({ ...good, surprise: 1 }), false, 'unknown property must fail');
  assert.equal(validateDialog({ ...good, dueAt: null }), true, 'nullable fields accept null');
  assert.equal(validateDialog({ ...good, content: { ...good.content, summary: null } }), true, 'nullable oneOf accepts null');
});

test('every dialog validates against the OpenAPI Dialog schema and has no dialogToken', () => {
  for (const dialog of dialogs) {
    assert.equal('dialogToken' in dialog, false, `${dialog.id} must not carry a dialogToken`);
    assertValid(validateDialog, dialog, `dialog ${dialog.id}`);
  }
});

test('every party validates against AuthorizedParty; the party set is complete', () => {
  for (const party of parties) assertValid(validateParty, party, `party ${party.party}`);
  const flat = flatParties(parties);
  assert.ok(parties.length >= 3, 'at least three top-level parties');
  const me = parties.find((p) => p.isCurrentEndUser);
  assert.ok(me, 'a party that is the current end user');
  assert.equal(me.party, seed.endUser.partyUrn);
  assert.match(me.party, /^urn:altinn:person:identifier-no:\d{11}$/);
  assert.equal(seed.endUser.pid, me.party.split(':').pop());
  const orgsWithSubs = parties.filter((p) => /^urn:altinn:organization:identifier-no:\d{9}$/.test(p.party) && p.subParties?.length);
  assert.ok(orgsWithSubs.length >= 2, 'two organisations with sub-units');
  assert.ok(flat.some((p) => p.isDeleted), 'a deleted sub-unit');
  assert.ok(parties.some((p) => p.hasOnlyAccessToSubParties), 'an org with access only to its sub-units');
  assert.equal(new Set(flat.map((p) => p.party)).size, flat.length, 'party URNs are unique');
  const known = new Set(flat.filter((p) => !p.hasOnlyAccessToSubParties).map((p) => p.party));
  for (const d of dialogs) assert.ok(known.has(d.party), `dialog ${d.id} belongs to an accessible party (${d.party})`);
});

test('service resources and orgs cover every dialog and map to ServiceResourceMetadata', () => {
  const byId = new Map(serviceResources.map((r) => [r.id, r]));
  for (const r of serviceResources) {
    assert.match(r.id, /^urn:altinn:resource:[a-z0-9-]+$/);
    assert.ok(orgs[r.org], `org ${r.org} of ${r.id} is known`);
    for (const lang of ['nb', 'nn', 'en']) assert.ok(r.name[lang], `${r.id} has a ${lang} name`);
    assertValid(validateResourceMetadata, toServiceResourceMetadata(r, orgs), `metadata for ${r.id}`);
  }
  for (const d of dialogs) {
    const r = byId.get(d.serviceResource);
    assert.ok(r, `service resource ${d.serviceResource} is listed`);
    assert.equal(r.org, d.org, `${d.id}: resource owner matches org`);
    assert.equal(r.resourceType, d.serviceResourceType);
  }
  for (const [code, org] of Object.entries(orgs)) {
    for (const lang of ['nb', 'nn', 'en']) assert.ok(org.name[lang], `${code} has a ${lang} name`);
  }
});

test('createSeed is deterministic; ids do not depend on now', () => {
  assert.deepStrictEqual(createSeed({ platformUrl: PLATFORM, now: NOW }), seed);
  const later = createSeed({ platformUrl: PLATFORM, now: new Date(NOW.getTime() + 86_400_000) });
  assert.deepStrictEqual(later.dialogs.map((d) => d.id), dialogs.map((d) => d.id));
  assert.notEqual(later.dialogs[0].createdAt, dialogs[0].createdAt, 'dates follow now');
  const src = ['index.js', 'prng.js', 'build.js', 'generate.js'].map((f) => readFileSync(`${root}demo/seed/${f}`, 'utf8')).join('\n');
  assert.doesNotMatch(src, /Math\.random|crypto\.random/, 'no non-deterministic randomness');
});

test('ids are unique UUIDs across dialogs and their sub-entities', () => {
  const ids = [
    ...dialogs.map((d) => d.id),
    ...transmissions.map((t) => t.id),
    ...activities.map((a) => a.id),
    ...guiActions.map((a) => a.id),
    ...all((d) => d.attachments).map((a) => a.id),
    ...transmissions.flatMap((t) => t.attachments).map((a) => a.id),
    ...all((d) => d.seenSinceLastContentUpdate).map((s) => s.id),
  ];
  assert.equal(new Set(ids).size, ids.length);
  for (const d of dialogs) assert.match(d.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('volume: at least 60 dialogs from at least 10 senders, some without senderName', () => {
  assert.ok(dialogs.length >= 60, `${dialogs.length} dialogs`);
  const senders = new Set(dialogs.map((d) => d.org));
  assert.ok(senders.size >= 10, `${senders.size} senders`);
  for (const org of senders) assert.ok(orgs[org], `org ${org} is in the orgs map`);
  assert.ok(dialogs.some((d) => d.content.senderName), 'some dialogs override senderName');
  assert.ok(dialogs.filter((d) => !d.content.senderName).length > 10, 'most fall back to the org name');
});

test('every status and every system label; Default/Archive/Bin exclusive; Sent only when the party sent something', () => {
  for (const status of enumOf('DialogStatus')) assert.ok(dialogs.some((d) => d.status === status), `status ${status}`);
  for (const label of enumOf('SystemLabel')) {
    assert.ok(dialogs.some((d) => d.endUserContext.systemLabels.includes(label)), `label ${label}`);
  }
  for (const d of dialogs) {
    const labels = d.endUserContext.systemLabels;
    const main = labels.filter((l) => ['Default', 'Archive', 'Bin'].includes(l));
    assert.equal(main.length, 1, `${d.id} has exactly one of Default/Archive/Bin`);
    assert.equal(d.systemLabel, main[0]);
    const partySent = d.transmissions.some((t) => t.sender.actorType === 'PartyRepresentative');
    assert.equal(labels.includes('Sent'), partySent, `${d.id}: Sent ⇔ a party transmission`);
    assert.equal(new Set(labels).size, labels.length);
  }
});

test('transmissions: every type, threads, party senders, unauthorized ones masked, embeds', () => {
  for (const type of enumOf('DialogTransmissionType')) assert.ok(transmissions.some((t) => t.type === type), `type ${type}`);
  for (const d of dialogs) {
    const ids = new Set(d.transmissions.map((t) => t.id));
    for (const t of d.transmissions) {
      if (t.relatedTransmissionId) assert.ok(ids.has(t.relatedTransmissionId), `${t.id} relates within its dialog`);
    }
    assert.equal(d.fromPartyTransmissionsCount, d.transmissions.filter((t) => t.sender.actorType === 'PartyRepresentative').length);
    assert.equal(d.fromServiceOwnerTransmissionsCount, d.transmissions.filter((t) => t.sender.actorType === 'ServiceOwner').length);
  }
  assert.ok(transmissions.filter((t) => t.relatedTransmissionId).length >= 5, 'threads');
  assert.ok(transmissions.some((t) => t.sender.actorType === 'PartyRepresentative' && t.sender.actorName), 'sent by the party');
  const unauthorized = transmissions.filter((t) => !t.isAuthorized);
  assert.ok(unauthorized.length >= 1, 'an unauthorized transmission');
  for (const t of unauthorized) {
    const urls = [
      ...texts(t.content.contentReference),
      ...t.attachments.flatMap((a) => a.urls.map((u) => u.url)),
      ...t.navigationalActions.map((n) => n.url),
    ];
    assert.ok(urls.length > 0);
    for (const url of urls) assert.equal(url, UNAUTHORIZED, `unauthorized transmission ${t.id} masks ${url}`);
  }
  assert.ok(transmissions.some((t) => t.isAuthorized && t.content.contentReference), 'a transmission with embedded content');
  assert.ok(transmissions.some((t) => t.navigationalActions.some((n) => n.url === 'urn:dialogporten:expired')), 'an expired navigational action');
});

test('activities: every type, performedBy, Information description, TransmissionOpened target', () => {
  for (const type of enumOf('DialogActivityType')) assert.ok(activities.some((a) => a.type === type), `activity ${type}`);
  for (const a of activities) {
    assert.ok(enumOf('ActorType').includes(a.performedBy.actorType));
    if (a.performedBy.actorType === 'PartyRepresentative') assert.ok(a.performedBy.actorName && a.performedBy.actorId);
  }
  assert.ok(activities.filter((a) => a.type === 'Information').every((a) => a.description?.length), 'Information has a description');
  for (const d of dialogs) {
    const ids = new Set(d.transmissions.map((t) => t.id));
    for (const a of d.activities.filter((x) => x.type === 'TransmissionOpened')) {
      assert.ok(ids.has(a.transmissionId), `TransmissionOpened in ${d.id} points at a transmission`);
    }
    const opened = new Set(d.activities.filter((x) => x.type === 'TransmissionOpened').map((x) => x.transmissionId));
    const unopened = d.transmissions.some((t) => t.sender.actorType === 'ServiceOwner' && !['Submission', 'Correction'].includes(t.type) && !opened.has(t.id));
    assert.equal(d.hasUnopenedContent, unopened, `${d.id}: hasUnopenedContent`);
  }
});

test('attachments: Gui and Api URLs, expired ones, unauthorized ones, platform file URLs', () => {
  const dialogAttachments = all((d) => d.attachments.map((a) => ({ a, d })));
  const trAttachments = dialogs.flatMap((d) => d.transmissions.flatMap((t) => t.attachments.map((a) => ({ a, d }))));
  const every = [...dialogAttachments, ...trAttachments];
  const urls = every.flatMap(({ a }) => a.urls);
  assert.ok(urls.some((u) => u.consumerType === 'Gui') && urls.some((u) => u.consumerType === 'Api'));
  assert.ok(every.some(({ a }) => a.expiresAt && Date.parse(a.expiresAt) < NOW.getTime()), 'an expired attachment');
  assert.ok(urls.some((u) => u.url === UNAUTHORIZED), 'an unauthorized attachment');
  for (const { a, d } of every) {
    for (const u of a.urls) {
      if (u.url === UNAUTHORIZED) continue;
      assert.match(u.url, new RegExp(`^${PLATFORM}/files/${d.id}/[a-z0-9-]+\\.(pdf|xml)$`), u.url);
      if (u.consumerType === 'Gui') assert.ok(u.url.endsWith('.pdf'));
    }
  }
});

test('GUI actions: priorities, methods, limits, prompts, delete, unauthorized, URL conventions', () => {
  for (const priority of enumOf('DialogGuiActionPriority')) assert.ok(guiActions.some((a) => a.priority === priority), priority);
  for (const method of ['GET', 'POST', 'DELETE']) assert.ok(guiActions.some((a) => a.httpMethod === method), method);
  for (const d of dialogs) {
    const count = (p) => d.guiActions.filter((a) => a.priority === p).length;
    assert.ok(count('Primary') <= 1 && count('Secondary') <= 1 && count('Tertiary') <= 5, `${d.id}: action limits`);
  }
  assert.ok(guiActions.some((a) => a.prompt?.length), 'an action with a prompt');
  assert.ok(guiActions.some((a) => a.isDeleteDialogAction && a.httpMethod === 'DELETE'), 'a delete action');
  const unauthorized = guiActions.filter((a) => !a.isAuthorized);
  assert.ok(unauthorized.length >= 1 && unauthorized.every((a) => a.url === UNAUTHORIZED), 'unauthorized action masked');
  const kinds = new Map();
  for (const d of dialogs) {
    for (const a of d.guiActions) {
      if (a.url === UNAUTHORIZED) continue;
      const path = a.url.slice(PLATFORM.length);
      if (a.httpMethod === 'GET') {
        assert.match(path, new RegExp(`^/pages/${d.id}/[a-z0-9-]+$`), a.url);
        continue;
      }
      const m = path.match(new RegExp(`^/actions/${d.id}/(confirm|submit|withdraw|delete|delete-retained|fail)$`));
      assert.ok(m, `write action URL ${a.url}`);
      const expected = m[1].startsWith('delete') ? 'DELETE' : 'POST';
      assert.equal(a.httpMethod, expected, `${a.url} uses ${expected}`);
      assert.equal(a.isDeleteDialogAction, expected === 'DELETE');
      if (expected === 'DELETE') assert.ok(a.prompt?.length, `destructive ${a.url} has a prompt`);
      kinds.set(m[1], (kinds.get(m[1]) ?? 0) + 1);
    }
  }
  for (const kind of ['confirm', 'submit', 'withdraw', 'delete', 'delete-retained', 'fail']) {
    assert.ok((kinds.get(kind) ?? 0) >= 2, `action kind ${kind} on several dialogs (${kinds.get(kind) ?? 0})`);
  }
});

test('content: markdown and plain additionalInfo, embed media types, only-nb texts, hostile text', () => {
  const info = dialogs.map((d) => d.content.additionalInfo).filter(Boolean);
  assert.ok(info.some((c) => c.mediaType === 'text/markdown') && info.some((c) => c.mediaType === 'text/plain'));
  const mainTypes = new Set(dialogs.map((d) => d.content.mainContentReference?.mediaType).filter(Boolean));
  for (const type of [
    'application/vnd.dialogporten.frontchannelembed-url;type=text/markdown',
    'application/vnd.dialogporten.frontchannelembed-url;type=text/html',
    'application/vnd.dialogporten.frontchannelembed+json;type=markdown',
  ]) assert.ok(mainTypes.has(type), type);
  for (const d of dialogs.filter((x) => !x.isApiOnly).slice(0, 40)) {
    assert.ok(d.content.title.value.some((l) => l.languageCode === 'nb'), `${d.id} has a nb title`);
  }
  assert.ok(dialogs.some((d) => d.content.title.value.length === 1), 'a dialog with only one language');
  assert.ok(dialogs.filter((d) => d.content.title.value.some((l) => l.value.includes('<script>'))).length >= 1, 'a <script> title');
  assert.ok(dialogs.filter((d) => [...texts(d.content.title), ...texts(d.content.summary)].some((v) => /<img|<\/div>/.test(v))).length >= 2, 'two hostile dialogs');
  for (const lang of ['nb', 'nn', 'en']) {
    assert.ok(dialogs.filter((d) => d.content.title.value.some((l) => l.languageCode === lang)).length > 50, `${lang} titles`);
  }
});

test('dates: overdue and upcoming dueAt, consistent timestamps, long titles and summaries', () => {
  const now = NOW.getTime();
  assert.ok(dialogs.some((d) => d.dueAt && Date.parse(d.dueAt) < now), 'overdue');
  assert.ok(dialogs.some((d) => d.dueAt && Date.parse(d.dueAt) > now), 'upcoming');
  for (const d of dialogs) {
    const created = Date.parse(d.createdAt);
    const content = Date.parse(d.contentUpdatedAt);
    const updated = Date.parse(d.updatedAt);
    assert.ok(created <= content && content <= updated && updated <= now, `${d.id}: created ≤ contentUpdated ≤ updated ≤ now`);
    for (const x of [...d.transmissions, ...d.activities]) {
      const at = Date.parse(x.createdAt);
      assert.ok(at >= created && at <= updated, `${d.id}: ${x.id} lies within the dialog's lifetime`);
    }
  }
  assert.ok(dialogs.some((d) => texts(d.content.title).some((v) => v.length >= 200)), 'a 200+ character title');
  assert.ok(dialogs.some((d) => texts(d.content.summary).some((v) => v.length >= 400)), 'a long summary');
});

test('seen logs: "seen by you + N", isContentSeen true and false, consistent', () => {
  const seenByYouAndOthers = dialogs.filter((d) => {
    const s = d.seenSinceLastContentUpdate;
    return s.some((e) => e.isCurrentEndUser) && s.filter((e) => !e.isCurrentEndUser).length >= 2;
  });
  assert.ok(seenByYouAndOthers.length >= 2, 'seen by you + 2 or more');
  assert.ok(dialogs.some((d) => d.seenSinceLastContentUpdate.length && d.seenSinceLastContentUpdate.every((e) => !e.isCurrentEndUser)), 'seen only by others');
  assert.ok(dialogs.some((d) => d.isContentSeen) && dialogs.some((d) => !d.isContentSeen));
  for (const d of dialogs) {
    const byMe = d.seenSinceLastContentUpdate.some((e) => e.isCurrentEndUser);
    const unopened = d.endUserContext.systemLabels.includes('MarkedAsUnopened');
    assert.equal(d.isContentSeen, byMe && !unopened, `${d.id}: isContentSeen`);
    for (const e of d.seenSinceLastContentUpdate) assert.ok(Date.parse(e.seenAt) >= Date.parse(d.contentUpdatedAt));
    for (const e of d.seenSinceLastUpdate) assert.ok(Date.parse(e.seenAt) >= Date.parse(d.updatedAt));
  }
});

test('misc: api-only dialogs, extendedStatus, externalReference, process', () => {
  assert.ok(dialogs.filter((d) => d.isApiOnly).length >= 2, 'api-only dialogs');
  assert.ok(dialogs.some((d) => d.extendedStatus && d.content.extendedStatus), 'extendedStatus');
  assert.ok(dialogs.some((d) => d.externalReference), 'externalReference');
  assert.ok(dialogs.some((d) => d.process && d.precedingProcess), 'process and precedingProcess');
  assert.ok(dialogs.some((d) => d.apiActions.length), 'apiActions');
});

test('embeds cover every platform embed URL and hold realistic, hostile, HTML and empty content', () => {
  const referenced = new Set();
  for (const d of dialogs) {
    const refs = [d.content.mainContentReference, ...d.transmissions.map((t) => t.content.contentReference)];
    for (const ref of refs.filter(Boolean)) {
      for (const url of texts(ref)) {
        if (url === UNAUTHORIZED) continue;
        assert.ok(url.startsWith(`${PLATFORM}/embeds/${d.id}/`), url);
        const path = url.slice(PLATFORM.length);
        assert.match(path, /^\/embeds\/[0-9a-f-]{36}\/(main|transmissions\/[0-9a-f-]{36})$/);
        assert.ok(embeds[path], `embed for ${path}`);
        referenced.add(path);
      }
    }
  }
  assert.deepEqual(Object.keys(embeds).sort(), [...referenced].sort(), 'no orphan embeds');
  const bodies = Object.values(embeds);
  for (const e of bodies) assert.ok(['text/markdown', 'text/html'].includes(e.mediaType));
  assert.ok(bodies.some((e) => e.mediaType === 'text/html'), 'an HTML embed');
  assert.ok(bodies.some((e) => Object.values(e.content).every((v) => v === '')), 'an empty embed');
  const hostile = bodies.find((e) => /<script>/.test(e.content.nb) && /onerror=/.test(e.content.nb) && /\(javascript:/.test(e.content.nb));
  assert.ok(hostile, 'a hostile markdown embed');
  assert.ok(bodies.some((e) => /^\|.*\|$/m.test(e.content.nb ?? '') && /^#{1,3} /m.test(e.content.nb ?? '') && /`[^`]+`/.test(e.content.nb ?? '')), 'markdown with a table, headings and code');
});

test('scale: 10,000 extra dialogs in linear time, valid and unique', () => {
  // Linear whatever the machine's speed: 10,000 extra dialogs cost at most six times what 2,500 cost (quadratic
  // work would cost sixteen), in CPU time (test/fixtures/cpu-time.js). The two sizes are timed in turns, so that both meet the same
  // load, and the best of each counts: three turns at least, eight at most, ending as soon as the bound holds.
  const timed = (scale) => {
    const started = cpuMs();
    const seed = createSeed({ platformUrl: PLATFORM, now: NOW, scale });
    return { seed, ms: cpuMs() - started };
  };
  let quarter = Infinity;
  let full = Infinity;
  let big;
  for (let turn = 0; turn < 8 && (turn < 3 || full > 6 * quarter); turn++) {
    quarter = Math.min(quarter, timed(2_500).ms);
    const run = timed(10_000);
    big = run.seed;
    full = Math.min(full, run.ms);
  }
  assert.ok(full <= 6 * quarter, `${Math.round(full)} ms of CPU for 10,000, ${Math.round(quarter)} ms for 2,500`);
  assert.equal(big.dialogs.length, dialogs.length + 10_000);
  assert.deepStrictEqual(big.dialogs.slice(0, dialogs.length), dialogs, 'the base seed is a prefix');
  assert.equal(new Set(big.dialogs.map((d) => d.id)).size, big.dialogs.length);
  for (let i = dialogs.length; i < big.dialogs.length; i += 37) assertValid(validateDialog, big.dialogs[i], `scaled dialog ${i}`);
  const statuses = new Set(big.dialogs.slice(dialogs.length).map((d) => d.status));
  assert.equal(statuses.size, enumOf('DialogStatus').length, 'scaled dialogs use every status');
});

test('scale: 100,000 extra dialogs stay within a modest memory budget', () => {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const huge = createSeed({ platformUrl: PLATFORM, now: NOW, scale: 100_000 });
  const usedMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  assert.equal(huge.dialogs.length, dialogs.length + 100_000);
  assert.ok(usedMb < 512, `100k dialogs used ${Math.round(usedMb)} MB of heap`);
});

test('demo/data.example.json is a valid data file once {{PLATFORM_URL}} is filled in', () => {
  const raw = readFileSync(`${root}demo/data.example.json`, 'utf8');
  assert.ok(raw.includes('{{PLATFORM_URL}}'), 'uses the placeholder');
  const data = JSON.parse(raw.replaceAll('{{PLATFORM_URL}}', PLATFORM));
  for (const key of ['endUser', 'parties', 'serviceResources', 'orgs', 'dialogs', 'embeds']) assert.ok(key in data, key);
  assert.equal(data.dialogs.length, 3);
  for (const d of data.dialogs) assertValid(validateDialog, d, `example dialog ${d.id}`);
  for (const p of data.parties) assertValid(validateParty, p, `example party ${p.party}`);
  for (const r of data.serviceResources) assertValid(validateResourceMetadata, toServiceResourceMetadata(r, data.orgs), r.id);
  const resources = new Set(data.serviceResources.map((r) => r.id));
  for (const d of data.dialogs) {
    assert.ok(resources.has(d.serviceResource) && data.orgs[d.org], `${d.id} refers to listed resource and org`);
    const main = texts(d.content.mainContentReference);
    for (const url of main) assert.ok(data.embeds[url.slice(PLATFORM.length)], `embed for ${url}`);
  }
});
