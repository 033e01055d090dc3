/**
 * GET /api/v1/enduser/dialogs: parameter validation, filtering, ordering and
 * continuation-token paging, following docs/contract.md, "Searching dialogs":
 * repeated values of one parameter are OR-ed, different parameters AND-ed,
 * except `systemLabel` whose values are AND-ed.
 */
import { SYSTEM_LABELS } from '../../src/state/system-labels.js';
import { canonicalLabel } from './system-labels.js';

export const DEFAULT_MAX_PARTY_FILTER = 100;
const CAP_DEFAULTS = { maxServiceResourceFilterValues: 20, maxOrgFilterValues: 20, maxExtendedStatusFilterValues: 20 };

/**
 * GET /metadata/limits of one API server (each has its own, so two demos in one process keep their caps apart).
 * The end-user caps can be changed (`--max-party-filter`, PUT /__demo/limits).
 */
export function createLimits(maxPartyFilter = DEFAULT_MAX_PARTY_FILTER) {
  return {
    endUserSearch: { maxPartyFilterValues: maxPartyFilter, ...CAP_DEFAULTS },
    serviceOwnerSearch: { maxPartyFilterValues: 100, maxServiceResourceFilterValues: 20, maxExtendedStatusFilterValues: 20 },
  };
}

/** An error text for a party cap outside 1..1000, else null. */
export function checkMaxPartyFilter(value) {
  return setEndUserCaps(createLimits(), { maxPartyFilterValues: value })?.maxPartyFilterValues?.[0] ?? null;
}

/** Sets any of the end-user caps (each 1..1000); returns the errors by field, or null when all were set. */
export function setEndUserCaps(limits, body) {
  const errors = {};
  const keys = Object.keys(limits.endUserSearch).filter((key) => body && key in body);
  if (!keys.length) errors.maxPartyFilterValues = ['Give at least one of ' + Object.keys(limits.endUserSearch).join(', ') + '.'];
  for (const key of keys) {
    const value = body[key];
    if (!Number.isInteger(value) || value < 1 || value > 1000) errors[key] = [`${key} must be an integer from 1 to 1000.`];
  }
  if (Object.keys(errors).length) return errors;
  for (const key of keys) limits.endUserSearch[key] = body[key];
  return null;
}

/** The caps as they were at start (the party cap from the command line). */
export function resetEndUserCaps(limits, maxPartyFilter = DEFAULT_MAX_PARTY_FILTER) {
  Object.assign(limits.endUserSearch, createLimits(maxPartyFilter).endUserSearch);
}

const STATUSES = ['InProgress', 'Draft', 'RequiresAttention', 'Completed', 'NotApplicable', 'Awaiting'];
const ORDER_FIELDS = ['contentUpdatedAt', 'updatedAt', 'createdAt', 'dueAt'];
const DATE_PARAMS = ['createdAfter', 'createdBefore', 'updatedAfter', 'updatedBefore', 'contentUpdatedAfter', 'contentUpdatedBefore', 'dueAfter', 'dueBefore'];
// ISO 8601 date-time WITH an offset (Z or ±hh:mm), as the contract requires.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const MAX_VALUE_LENGTH = 1000;
export const DEFAULT_ORDER = 'contentUpdatedAt_desc';

/**
 * Parses an orderBy value ('createdAt_asc', 'CONTENTUPDATEDAT_DESC,id_desc' …).
 * @returns {{ field: string, dir: 'asc'|'desc' } | null}
 */
export function parseOrderBy(raw) {
  const parts = String(raw).trim().split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 1 || parts.length > 2) return null;
  const m = /^([a-z]+)(?:_(asc|desc))?$/i.exec(parts[0]);
  if (!m) return null;
  const field = ORDER_FIELDS.find((f) => f.toLowerCase() === m[1].toLowerCase());
  if (!field) return null;
  // The id tie-breaker the service itself appends may be echoed back.
  if (parts[1] && !/^id(_(asc|desc))?$/i.test(parts[1])) return null;
  return { field, dir: (m[2] || 'asc').toLowerCase() };
}

/** The orderBy string reported in responses (and bound into continuation tokens). */
export function formatOrderBy({ field, dir }) {
  return `${field.toLowerCase()}_${dir},id_${dir}`;
}

export function encodeContinuation(order, record) {
  const v = record.dialog[order.field] ?? null;
  return Buffer.from(JSON.stringify({ o: formatOrderBy(order), v, id: record.dialog.id })).toString('base64url');
}

function decodeContinuation(token) {
  try {
    if (token.length > 500 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof t?.o !== 'string' || typeof t.id !== 'string' || (t.v !== null && typeof t.v !== 'string')) return null;
    return t;
  } catch {
    return null;
  }
}

/**
 * Validates the query string. Parameter names are matched case-insensitively (like ASP.NET).
 * @param {URLSearchParams} params
 * @returns {{ errors: Record<string,string[]> } | { query: object }}
 */
export function parseSearchParams(params, limits = createLimits()) {
  const all = new Map();
  for (const [k, v] of params) {
    const key = k.toLowerCase();
    if (!all.has(key)) all.set(key, []);
    all.get(key).push(v);
  }
  const errors = {};
  const err = (field, msg) => (errors[field] ||= []).push(msg);
  const list = (name) => (all.get(name.toLowerCase()) || []).filter((v) => v !== '');
  const single = (name) => list(name)[0];
  for (const [k, vs] of all) for (const v of vs) if (v.length > MAX_VALUE_LENGTH) err(k, `Value is longer than ${MAX_VALUE_LENGTH} characters.`);

  const q = {
    party: list('party'),
    serviceResource: list('serviceResource'),
    org: list('org'),
    extendedStatus: list('extendedStatus'),
    externalReference: single('externalReference') ?? null,
    process: single('process') ?? null,
    status: [],
    systemLabel: [],
    dates: {},
  };
  if (!q.party.length && !q.serviceResource.length) {
    err('party', "At least one of 'party' or 'serviceResource' must be given.");
  }
  const max = limits.endUserSearch;
  if (q.party.length > max.maxPartyFilterValues) err('party', `At most ${max.maxPartyFilterValues} values are allowed.`);
  if (q.serviceResource.length > max.maxServiceResourceFilterValues) err('serviceResource', `At most ${max.maxServiceResourceFilterValues} values are allowed.`);
  if (q.org.length > max.maxOrgFilterValues) err('org', `At most ${max.maxOrgFilterValues} values are allowed.`);
  if (q.extendedStatus.length > max.maxExtendedStatusFilterValues) err('extendedStatus', `At most ${max.maxExtendedStatusFilterValues} values are allowed.`);

  for (const s of list('status')) {
    const c = STATUSES.find((x) => x.toLowerCase() === s.toLowerCase()) ?? (/^\d+$/.test(s) ? STATUSES[Number(s)] : undefined);
    if (!c) err('status', `'${s.slice(0, 50)}' is not a valid status (${STATUSES.join(', ')}).`);
    else if (!q.status.includes(c)) q.status.push(c);
  }
  for (const l of list('systemLabel')) {
    const c = canonicalLabel(l);
    if (!c) err('systemLabel', `'${l.slice(0, 50)}' is not a valid system label (${SYSTEM_LABELS.join(', ')}).`);
    else if (!q.systemLabel.includes(c)) q.systemLabel.push(c);
  }
  for (const name of ['excludeApiOnly', 'isContentSeen']) {
    const v = single(name);
    if (v === undefined) q[name] = null;
    else if (/^(true|false)$/i.test(v)) q[name] = v.toLowerCase() === 'true';
    else err(name, `'${v.slice(0, 50)}' is not a valid boolean.`);
  }
  for (const name of DATE_PARAMS) {
    const v = single(name);
    if (v === undefined) continue;
    const t = Date.parse(v);
    if (!ISO_WITH_OFFSET.test(v) || Number.isNaN(t)) err(name, `'${v.slice(0, 50)}' is not an ISO 8601 date-time with an offset (e.g. 2025-01-31T12:00:00Z).`);
    else q.dates[name] = t;
  }
  for (const [a, b] of [['createdAfter', 'createdBefore'], ['updatedAfter', 'updatedBefore'], ['contentUpdatedAfter', 'contentUpdatedBefore'], ['dueAfter', 'dueBefore']]) {
    if (q.dates[a] !== undefined && q.dates[b] !== undefined && q.dates[a] > q.dates[b]) err(a, `'${a}' must be before '${b}'.`);
  }

  const search = single('search');
  if (search !== undefined) {
    const terms = search.trim().toLowerCase();
    if (terms.length < 3) err('search', 'The search string must be at least 3 characters long.');
    else q.search = terms.split(/\s+/).filter(Boolean);
  }
  const lang = single('searchLanguageCode');
  if (lang !== undefined) {
    const code = lang.trim().toLowerCase().split(/[-_]/)[0];
    if (!/^[a-z]{2}$/.test(code) || code === 'no') err('searchLanguageCode', `'${lang.slice(0, 20)}' is not a valid ISO 639-1 language code (e.g. nb, nn, en; 'no' is not accepted).`);
    else q.searchLanguageCode = code;
  }

  const orderRaw = single('orderBy');
  let order = parseOrderBy(DEFAULT_ORDER);
  if (orderRaw !== undefined) {
    const o = parseOrderBy(orderRaw);
    if (!o) err('orderBy', `'${orderRaw.slice(0, 50)}' is not a valid order (${ORDER_FIELDS.map((f) => `${f}_asc|_desc`).join(', ')}).`);
    else order = o;
  }
  q.order = order;

  const limitRaw = single('limit');
  q.limit = 100;
  if (limitRaw !== undefined) {
    const n = /^\s*\d+\s*$/.test(limitRaw) ? Number(limitRaw) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 1000) err('limit', 'Limit must be an integer between 1 and 1000.');
    else q.limit = n;
  }

  const tokenRaw = single('continuationToken');
  if (tokenRaw !== undefined) {
    const t = decodeContinuation(tokenRaw);
    if (!t) err('continuationToken', 'Invalid continuation token.');
    else if (t.o !== formatOrderBy(order)) {
      err('continuationToken', `The continuation token was issued for orderBy '${t.o}'; send the same orderBy with it.`);
    } else q.after = t;
  }
  return Object.keys(errors).length ? { errors } : { query: q };
}

/* ------------------------------------------------------------ filtering */

const fieldText = (cv) => cv?.value || [];

/** Lower-cased searchable text per language for one record (cached on the record). */
function searchText(record, store) {
  if (record.text) return record.text;
  const d = record.dialog;
  const c = d.content || {};
  const byLang = {};
  const add = (lang, value) => {
    if (typeof value !== 'string' || !value) return;
    const k = String(lang).toLowerCase().split('-')[0];
    byLang[k] = (byLang[k] ? byLang[k] + '\n' : '') + value.toLowerCase();
  };
  for (const f of [c.title, c.summary, c.senderName, c.additionalInfo, c.extendedStatus]) for (const l of fieldText(f)) add(l.languageCode, l.value);
  // Without senderName the service owner's name is what users see (and search for).
  if (!c.senderName) for (const [lang, name] of Object.entries(store.orgs?.[d.org]?.name || {})) add(lang, name);
  record.text = { byLang, all: Object.values(byLang).join('\n') };
  return record.text;
}

/**
 * Does a record match every filter of the query?
 */
export function matches(record, q, store) {
  const d = record.dialog;
  const ci = (list, v) => list.some((x) => x.toLowerCase() === String(v ?? '').toLowerCase());
  if (q.party.length && !ci(q.party, d.party)) return false;
  if (q.serviceResource.length && !ci(q.serviceResource, d.serviceResource)) return false;
  if (q.org.length && !ci(q.org, d.org)) return false;
  if (q.extendedStatus.length && !ci(q.extendedStatus, d.extendedStatus)) return false;
  if (q.externalReference !== null && d.externalReference !== q.externalReference) return false;
  if (q.process !== null && d.process !== q.process) return false;
  if (q.status.length && !q.status.includes(d.status)) return false;
  const labels = d.endUserContext?.systemLabels || [];
  if (q.systemLabel.length && !q.systemLabel.every((l) => labels.includes(l))) return false; // AND
  if (q.excludeApiOnly === true && d.isApiOnly) return false;
  if (q.isContentSeen !== null && Boolean(d.isContentSeen) !== q.isContentSeen) return false;
  for (const [name, t] of Object.entries(q.dates)) {
    const field = name.replace(/(After|Before)$/, '');
    const key = field === 'due' ? 'dueAt' : `${field}At`;
    const v = d[key] ? Date.parse(d[key]) : NaN;
    if (Number.isNaN(v)) return false;
    if (name.endsWith('After') ? v < t : v > t) return false;
  }
  if (q.search) {
    const text = searchText(record, store);
    const hay = q.searchLanguageCode ? text.byLang[q.searchLanguageCode] || '' : text.all;
    if (!q.search.every((term) => hay.includes(term))) return false;
  }
  return true;
}

/* ------------------------------------------------------------ ordering */

/** Nulls (no dueAt) sort last in both directions; ties broken by id in the same direction. */
function compareKeys(va, ida, vb, idb, sign) {
  return comparePrepared(va ? Date.parse(va) : null, ida.toLowerCase(), vb ? Date.parse(vb) : null, idb.toLowerCase(), sign);
}

/** compareKeys with the dates parsed and the ids lower-cased. */
function comparePrepared(ta, ia, tb, ib, sign) {
  if (ta === null && tb !== null) return 1;
  if (tb === null && ta !== null) return -1;
  if (ta !== null && tb !== null && ta !== tb) return (ta - tb) * sign;
  return ia === ib ? 0 : (ia < ib ? -1 : 1) * sign;
}

/**
 * Live records sorted for an order; cached until the store changes. The keys are parsed once per record, not
 * once per comparison: re-sorting 15,000 records after a change takes milliseconds, not a fifth of a second.
 */
function sortedRecords(store, order, now) {
  const key = formatOrderBy(order);
  const cached = store.sortCache.get(key);
  // Expiry depends on the clock: the cache lives for at most a minute.
  if (cached && now - cached.at < 60_000) return cached.list;
  const sign = order.dir === 'asc' ? 1 : -1;
  const keyed = store.live(now).map((r) => {
    const v = r.dialog[order.field];
    return { r, t: v ? Date.parse(v) : null, id: r.dialog.id.toLowerCase() };
  });
  keyed.sort((a, b) => comparePrepared(a.t, a.id, b.t, b.id, sign));
  const list = keyed.map((k) => k.r);
  store.sortCache.set(key, { at: now, list });
  return list;
}

/**
 * Runs a validated query.
 * @returns {{ records: any[], hasNextPage: boolean, continuationToken: string|null, orderBy: string }}
 */
export function runSearch(store, q, now = Date.now()) {
  const list = sortedRecords(store, q.order, now);
  const sign = q.order.dir === 'asc' ? 1 : -1;
  const out = [];
  let hasNextPage = false;
  for (const r of list) {
    if (r.deletedAt) continue;
    if (q.after && compareKeys(r.dialog[q.order.field], r.dialog.id, q.after.v, q.after.id, sign) <= 0) continue;
    if (!matches(r, q, store)) continue;
    if (out.length === q.limit) {
      hasNextPage = true;
      break;
    }
    out.push(r);
  }
  return {
    records: out,
    hasNextPage,
    continuationToken: hasNextPage ? encodeContinuation(q.order, out[out.length - 1]) : null,
    orderBy: formatOrderBy(q.order),
  };
}
