/**
 * Schema-driven fuzzing of API responses: values generated from the OpenAPI schemas of the end-user contract
 * (src/api/openapi.enduser.v1.json), valid and near-valid (missing fields, nulls, unknown enum values, invalid
 * dates, huge strings, deep and cyclic threads, wrong types), and a few unusable bodies (not JSON, not an
 * object, truncated). Seeded and reproducible: the same (seed, kind, index) always gives the same case.
 *
 *   const c = fuzzCase({ seed, kind: 'detail' | 'list', index, origin, id });
 *   // → { status, contentType, body (string), label, unusable, mutations: string[] }
 */
import { readFileSync } from 'node:fs';

const spec = JSON.parse(readFileSync(new URL('../../src/api/openapi.enduser.v1.json', import.meta.url), 'utf8'));
const schemas = spec.components.schemas;

/** mulberry32 over a string-hashed seed. */
export function createRng(...parts) {
  let h = 1779033703 ^ String(parts.join(':')).length;
  for (const ch of String(parts.join(':'))) {
    h = Math.imul(h ^ ch.charCodeAt(0), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
  return rng;
}

// Text that can never look like a rendering bug ("undefined", "NaN", "[object Object]", "Invalid Date").
const WORDS = ['søknad', 'vedtak', 'Skatteetaten', 'NAV', 'frist', 'betaling', 'ÆØÅ', 'årsoppgjør', 'melding', 'dokument', 'svar',
  'brev', 'kommune', '👩‍💼', 'שלום', 'مرحبا', '日本語', 'e\u0301', 'zero\u200Bwidth', '  spaced  ', 'tab\tbed', 'line\nbreak', '&amp;', '<b>', '"quoted"', "'single'"];
const LANGS = ['nb', 'nn', 'en', 'se', 'de', 'xx'];
const MEDIA_TYPES = ['text/plain', 'text/markdown', 'text/html', 'application/vnd.dialogporten.frontchannelembed-url;type=text/markdown',
  'application/vnd.dialogporten.frontchannelembed-url;type=text/html', 'application/vnd.dialogporten.frontchannelembed+json;type=markdown',
  'application/pdf', 'image/png', 'text/x-unknown'];
const FUTURE = ['FutureValue', 'Paused', '', 'requiresattention', 'INPROGRESS'];

function resolve(schema) {
  let s = schema;
  for (let i = 0; i < 8 && s; i++) {
    if (s.$ref) s = schemas[s.$ref.replace('#/components/schemas/', '')];
    else if (s.oneOf?.length) s = s.oneOf.find((o) => !(o.type === 'null')) ?? s.oneOf[0];
    else if (s.allOf?.length === 1) s = s.allOf[0];
    else break;
  }
  return s ?? {};
}

const uuid = (rng) =>
  'xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = rng.int(0, 15);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

function sentence(rng, max = 8) {
  return Array.from({ length: rng.int(1, max) }, () => rng.pick(WORDS)).join(' ');
}

function isoDate(rng) {
  const ms = Date.UTC(2026, 0, 1) + rng.int(-800, 400) * 86_400_000 + rng.int(0, 86_399) * 1000;
  const iso = new Date(ms).toISOString();
  return rng.chance(0.5) ? iso : iso.replace('Z', rng.pick(['+01:00', '+02:00', '-05:00']));
}

/** A string for a named property: realistic where the name tells what it is. */
function stringFor(name, schema, rng, ctx) {
  if (schema.enum) return rng.pick(schema.enum);
  if (schema.format === 'date-time' || /At$/.test(name)) return isoDate(rng);
  if (schema.format === 'uuid' || schema.format === 'guid' || name === 'id' || /Id$/.test(name) && name !== 'actorId') return uuid(rng);
  if (name === 'languageCode') return rng.pick(LANGS);
  if (name === 'mediaType') return rng.pick(MEDIA_TYPES);
  if (name === 'party' || name === 'actorId') return `urn:altinn:person:identifier-no:${rng.int(10_000_000_000, 99_999_999_999)}`;
  if (name === 'serviceResource') return `urn:altinn:resource:${rng.pick(['skd-mva', 'nav-sykepenger', 'fuzz'])}`;
  if (name === 'org') return rng.pick(['skd', 'nav', 'digdir', 'brg']);
  if (schema.format === 'uri' || name === 'url') {
    return rng.pick([
      `${ctx.origin}/fuzz/page/${rng.int(1, 99)}`,
      `${ctx.origin}/embed/${rng.pick(['md', 'html', 'empty', '404'])}/${rng.int(1, 9)}`,
      'urn:dialogporten:unauthorized',
      'urn:dialogporten:expired',
      'https://example.invalid/x',
    ]);
  }
  if (name === 'value' && ctx.parentMediaType?.includes('frontchannelembed')) return `${ctx.origin}/embed/${rng.pick(['md', 'html', 'empty', '404'])}/${rng.int(1, 9)}`;
  if (name === 'value' && ctx.parentMediaType === 'text/markdown') return `# ${sentence(rng, 3)}\n\n- ${sentence(rng)}\n- [lenke](https://example.invalid/a)\n\n**${sentence(rng, 2)}**`;
  if (name === 'value' && ctx.parentMediaType === 'text/html') return `<p>${sentence(rng)}</p><ul><li>${sentence(rng, 3)}</li></ul>`;
  return sentence(rng);
}

/** A value valid against `schema` (resolved), with realistic strings. */
export function generate(schema, rng, ctx, name = '', depth = 0) {
  const s = resolve(schema);
  if (s.enum) return rng.pick(s.enum);
  const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const out = {};
      if (depth > 6) return out;
      const props = Object.entries(s.properties ?? {});
      const mediaType = props.some(([k]) => k === 'mediaType') ? rng.pick(MEDIA_TYPES.slice(0, name === 'mainContentReference' || name === 'contentReference' ? 6 : 3)) : undefined;
      for (const [key, sub] of props) {
        if (key === 'mediaType' && mediaType) {
          out[key] = mediaType;
          continue;
        }
        if (rng.chance(0.12) && depth > 0) continue; // every property is optional in the contract
        out[key] = generate(sub, rng, { ...ctx, parentMediaType: mediaType ?? ctx.parentMediaType }, key, depth + 1);
      }
      return out;
    }
    case 'array': {
      if (depth > 6) return [];
      const max = name === 'items' ? 12 : name === 'value' ? 3 : 3;
      return Array.from({ length: rng.int(0, max) }, () => generate(s.items ?? {}, rng, ctx, name === 'value' ? 'localization' : name, depth + 1));
    }
    case 'integer':
    case 'number':
      return rng.int(0, 50);
    case 'boolean':
      return rng.chance(0.5);
    default:
      return stringFor(name, s, rng, ctx);
  }
}

/** Every (parent, key) pair in a JSON value, for mutations. */
function slots(value, out = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      slots(value[key], out);
    }
  }
  return out;
}

const ENUM_KEYS = /^(status|type|priority|httpMethod|actorType|consumerType|systemLabel|serviceResourceType|action)$/;

/** One near-valid mutation somewhere in `root`; returns a label. */
function mutate(root, rng) {
  const all = slots(root);
  if (!all.length) return 'nothing to mutate';
  const [parent, key] = rng.pick(all);
  const value = parent[key];
  const where = Array.isArray(parent) ? `[${key}]` : key;
  const kind = rng.int(0, 9);
  switch (kind) {
    case 0:
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return `missing ${where}`;
    case 1:
      parent[key] = null;
      return `null ${where}`;
    case 2:
      if (typeof value === 'string' && (ENUM_KEYS.test(key) || Array.isArray(parent))) {
        parent[key] = rng.pick(FUTURE);
        return `unknown enum ${where}`;
      }
      parent[key] = rng.pick(FUTURE);
      return `unexpected string ${where}`;
    case 3:
      parent[key] = rng.pick(['not-a-date', '2026-13-45T99:99:99Z', '', '0000-00-00', '+275760-09-13T00:00:00.001Z', '2026-02-30', 1_700_000_000_000]);
      return `invalid date ${where}`;
    case 4:
      parent[key] = 'ø'.repeat(rng.int(10_000, 120_000));
      return `huge string ${where}`;
    case 5:
      parent[key] = typeof value === 'number' ? String(value) : rng.pick([42, -1, 3.14, true, false]);
      return `wrong type (scalar) ${where}`;
    case 6:
      parent[key] = Array.isArray(value) ? { 0: value[0] ?? 'x', length: 1 } : [value, value];
      return `wrong type (array/object) ${where}`;
    case 7:
      parent[key] = value && typeof value === 'object' ? JSON.stringify(value).slice(0, 40) : { value, nested: { deeper: [value] } };
      return `wrong type (object/string) ${where}`;
    case 8:
      parent[key] = Array.from({ length: rng.int(50, 400) }, () => (value && typeof value === 'object' ? structuredClone(value) : value));
      return `many ${where}`;
    default:
      parent[key] = rng.pick([0, '', [], {}, '   ', '\u0000', '\u202E']);
      return `empty-ish ${where}`;
  }
}

/** A deep (and sometimes cyclic) thread of transmissions. */
function deepThread(dialog, rng, ctx) {
  const n = rng.int(30, 300);
  const base = generate(schemas.DialogTransmission, rng, ctx, 'transmission', 1);
  const list = [];
  let previous = null;
  for (let i = 0; i < n; i++) {
    const id = uuid(rng);
    list.push({ ...structuredClone(base), id, relatedTransmissionId: previous, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() });
    previous = id;
  }
  const cyclic = rng.chance(0.4);
  if (cyclic) list[0].relatedTransmissionId = list[list.length - 1].id; // a cycle: A → … → A
  if (rng.chance(0.3)) list[1].relatedTransmissionId = list[1].id; // a self-reference
  dialog.transmissions = list;
  return `deep thread of ${n}${cyclic ? ' (cyclic)' : ''}`;
}

/**
 * One fuzz case. `kind` 'list' answers GET /dialogs (PaginatedListOfDialogListItem), 'detail' answers
 * GET /dialogs/{id} (Dialog). `unusable` is true when the body cannot be used at all (the component must show
 * an error then).
 */
export function fuzzCase({ seed, kind, index, origin, id }) {
  const rng = createRng(seed, kind, index);
  const ctx = { origin };
  const schemaName = kind === 'list' ? 'PaginatedListOfDialogListItem' : 'Dialog';
  const body = generate(schemas[schemaName], rng, ctx, kind === 'list' ? 'page' : 'dialog', 0);
  const mutations = [];
  if (kind === 'detail') {
    body.id = id;
    if (rng.chance(0.06)) mutations.push(deepThread(body, rng, ctx));
  } else if (Array.isArray(body.items)) {
    for (const item of body.items) if (item && rng.chance(0.95)) item.id = uuid(rng);
  }
  const roll = rng.next();
  // ~35 % valid, ~57 % near-valid, ~8 % unusable bodies.
  if (roll < 0.35) return { status: 200, contentType: 'application/json', body: JSON.stringify(body), label: 'valid', unusable: false, mutations };
  if (roll < 0.92) {
    const count = rng.int(1, 4);
    for (let i = 0; i < count; i++) mutations.push(mutate(body, rng));
    return { status: 200, contentType: 'application/json', body: JSON.stringify(body), label: 'near-valid', unusable: false, mutations };
  }
  const text = JSON.stringify(body);
  const broken = rng.pick([
    { body: text.slice(0, Math.max(1, Math.floor(text.length * rng.next()))), label: 'truncated JSON' },
    { body: '[]', label: 'a JSON array' },
    { body: '"a string"', label: 'a JSON string' },
    { body: 'null', label: 'JSON null' },
    { body: '42', label: 'a JSON number' },
    { body: '<html><body>Bad gateway</body></html>', label: 'HTML instead of JSON' },
    { body: '', label: 'an empty body' },
  ]);
  return { status: 200, contentType: 'application/json', body: broken.body, label: broken.label, unusable: true, mutations };
}
