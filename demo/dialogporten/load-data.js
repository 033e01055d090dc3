/**
 * Loads the demo data: a seed object given in code, a JSON file (`--data FILE` /
 * DEMO_DATA) in the same shape, or the generated seed of demo/seed/index.js.
 *
 * Shape (see demo/DATA.md): { endUser, parties, serviceResources, orgs, dialogs, embeds }
 * where `dialogs` are OpenAPI `Dialog` objects (as GET /dialogs/{id} returns them).
 * Lenient extras: a bare array is taken as `dialogs`; missing parts are derived; any
 * `dialogToken` is dropped; the strings `{{PLATFORM_URL}}` and `{{PORTAL_URL}}` anywhere
 * in the data are replaced by the running servers' URLs.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateSchema } from './openapi-check.js';

/**
 * @param {{ data?: object, dataFile?: string, scale?: number, parties?: number, platformUrl: string, portalUrl: string, now?: Date }} o
 *   `parties` (accountant persona, N client organisations) applies to the generated seed only.
 * @returns {Promise<object>} a normalized, validated seed object
 */
export async function loadDemoData({ data, dataFile, scale = 0, parties = 0, platformUrl, portalUrl, now }) {
  if (Number(parties) > 0 && (data || dataFile)) throw new Error('--parties works with the generated seed only, not with --data / options.data');
  let raw = data;
  if (!raw && dataFile) {
    const text = await readFile(resolve(dataFile), 'utf8');
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new Error(`--data ${dataFile}: not valid JSON (${err.message})`);
    }
  }
  if (!raw) {
    const { createSeed } = await import('../seed/index.js');
    raw = createSeed({ platformUrl, now: now ?? new Date(), scale: Number(scale) || 0, parties: Number(parties) || 0 });
  }
  return normalizeData(raw, { platformUrl, portalUrl, source: dataFile || (data ? 'options.data' : 'demo/seed') });
}

/** Replaces URL placeholders in every string of a JSON-like value. */
function fillPlaceholders(value, map) {
  if (typeof value === 'string') return value.includes('{{') ? value.replace(/\{\{(PLATFORM_URL|PORTAL_URL)\}\}/g, (_, k) => map[k]) : value;
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, map));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[fillPlaceholders(k, map)] = fillPlaceholders(v, map);
    return out;
  }
  return value;
}

/**
 * Checks and completes a seed object. Throws an Error naming the first problems.
 */
export function normalizeData(raw, { platformUrl = '', portalUrl = '', source = 'data' } = {}) {
  let data = Array.isArray(raw) ? { dialogs: raw } : raw;
  if (!data || typeof data !== 'object' || !Array.isArray(data.dialogs)) throw new Error(`${source}: expected an object with a 'dialogs' array`);
  data = fillPlaceholders(data, { PLATFORM_URL: platformUrl.replace(/\/+$/, ''), PORTAL_URL: portalUrl.replace(/\/+$/, '') });

  const problems = [];
  const ids = new Set();
  data.dialogs.forEach((d, i) => {
    if (d && typeof d === 'object') delete d.dialogToken;
    const v = validateSchema('Dialog', d);
    if (!v.valid) problems.push(...v.errors.slice(0, 3).map((e) => `dialogs[${i}]${e}`));
    if (!d?.id || !/^[0-9a-f-]{36}$/i.test(d.id)) problems.push(`dialogs[${i}] has no valid id`);
    else if (ids.has(d.id.toLowerCase())) problems.push(`dialogs[${i}] duplicate id ${d.id}`);
    else ids.add(d.id.toLowerCase());
    if (d && !d.party) problems.push(`dialogs[${i}] has no party`);
  });
  (data.parties || []).forEach((p, i) => {
    const v = validateSchema('AuthorizedParty', p);
    if (!v.valid) problems.push(...v.errors.slice(0, 3).map((e) => `parties[${i}]${e}`));
  });
  if (problems.length) {
    throw new Error(`${source}: ${problems.length} problem(s) against the OpenAPI Dialog/AuthorizedParty schemas:\n  ${problems.slice(0, 15).join('\n  ')}`);
  }

  // Derive what a minimal file may leave out.
  if (!Array.isArray(data.parties) || !data.parties.length) {
    const urns = [...new Set(data.dialogs.map((d) => d.party))];
    data.parties = urns.map((party, i) => ({
      party,
      partyId: 50_000_000 + i,
      partyType: party.includes(':person:') ? 'Person' : 'Organization',
      name: party.split(':').pop(),
      isCurrentEndUser: i === 0 && party.includes(':person:'),
      isDeleted: false,
      hasKeyRole: false,
      isMainAdministrator: false,
      isAccessManager: false,
      hasOnlyAccessToSubParties: false,
      subParties: [],
    }));
  }
  if (!data.endUser) {
    const me = data.parties.find((p) => p.isCurrentEndUser) || data.parties[0];
    data.endUser = { name: me?.name ?? 'Demo User', pid: me?.party?.split(':').pop() ?? '', partyUrn: me?.party ?? null };
  }
  if (!Array.isArray(data.serviceResources)) {
    const byId = new Map();
    for (const d of data.dialogs) if (!byId.has(d.serviceResource)) byId.set(d.serviceResource, { id: d.serviceResource, org: d.org, name: { nb: d.serviceResource.replace('urn:altinn:resource:', '') } });
    data.serviceResources = [...byId.values()];
  }
  data.orgs ||= {};
  data.embeds ||= {};
  // Embeds are keyed by pathname; accept full URLs as keys too.
  data.embeds = Object.fromEntries(
    Object.entries(data.embeds).map(([k, v]) => {
      try {
        return [/^https?:/i.test(k) ? new URL(k).pathname : k, v];
      } catch {
        return [k, v];
      }
    }),
  );
  return data;
}
