/**
 * Parties, service resources, limits and dialog lookup endpoints.
 */
import { GUID_RE, sendJson, sendProblem, sendValidation } from '../lib/http-util.js';
import { sendLocalized } from './api-dialogs.js';

/** {nb, nn, en} (or an existing Localization list) → [{languageCode, value}] */
export function toLocalizations(name) {
  if (Array.isArray(name)) return name;
  if (!name || typeof name !== 'object') return typeof name === 'string' ? [{ languageCode: 'nb', value: name }] : [];
  return Object.entries(name).filter(([, v]) => typeof v === 'string').map(([languageCode, value]) => ({ languageCode, value }));
}

/** A seed service resource → ServiceResourceMetadata. */
function resourceMetadata(store, r) {
  const owner = store.orgs?.[r.org] || {};
  return {
    serviceResource: {
      id: r.id,
      name: toLocalizations(r.name),
      resourceType: r.resourceType ?? 'GenericAccessResource',
      status: r.status ?? 'Completed',
      isDelegable: r.isDelegable ?? true,
      minimumAuthenticationLevel: r.minimumAuthenticationLevel ?? 3,
      links: { metadata: `https://platform.altinn.no/resourceregistry/api/v1/resource/${encodeURIComponent(String(r.id).replace('urn:altinn:resource:', ''))}` },
    },
    serviceOwner: { code: r.org ?? '', name: toLocalizations(owner.name), orgNumber: owner.orgNumber ?? '' },
    roles: r.roles ?? [],
    accessPackages: r.accessPackages ?? [],
  };
}

export function getParties(ctx, req, res) {
  // Rights revoked (the `refuseParties` fault): those parties and sub-units are no longer listed.
  const revoked = new Set(ctx.faults?.refuseParties ?? []);
  const keep = (list) => (list || []).filter((p) => !revoked.has(p.party)).map((p) => (p.subParties ? { ...p, subParties: keep(p.subParties) } : p));
  sendJson(res, 200, { authorizedParties: revoked.size ? keep(ctx.store.parties) : ctx.store.parties });
}

/** Flattens parties with their sub-parties. */
function allPartyUrns(parties, out = new Set()) {
  for (const p of parties || []) {
    if (p.party) out.add(p.party.toLowerCase());
    allPartyUrns(p.subParties, out);
  }
  return out;
}

/**
 * Service resources the user can reach for the given parties: those with dialogs for
 * them. Parties the user is not authorized for are silently ignored.
 */
export function getAuthorizedServiceResources(ctx, req, res, url) {
  const authorized = allPartyUrns(ctx.store.parties);
  const requested = url.searchParams.getAll('party').map((p) => p.toLowerCase()).filter((p) => authorized.has(p));
  const filter = requested.length ? new Set(requested) : authorized;
  const used = new Set();
  for (const r of ctx.store.live()) if (filter.has(String(r.dialog.party).toLowerCase())) used.add(r.dialog.serviceResource);
  const items = ctx.store.serviceResources.filter((r) => used.has(r.id)).map((r) => resourceMetadata(ctx.store, r));
  sendLocalized(req, res, 200, { items, isFullCatalogueFallback: false });
}

export function getServiceResourceMetadata(ctx, req, res) {
  sendLocalized(req, res, 200, { items: ctx.store.serviceResources.map((r) => resourceMetadata(ctx.store, r)) });
}

export function getLimits(ctx, req, res) {
  sendJson(res, 200, ctx.limits);
}

/**
 * GET /dialoglookup?instanceRef=… — accepts `urn:altinn:dialog-id:{id}`,
 * `urn:altinn:instance-id:{partyId}/{id}` and `urn:altinn:correspondence-id:{id}` where
 * {id} is the dialog id in this demo.
 */
export function lookupDialog(ctx, req, res, url) {
  const ref = url.searchParams.get('instanceRef');
  if (!ref) return sendValidation(res, { instanceRef: ["'instanceRef' is required."] });
  const m = /^urn:altinn:(dialog-id|instance-id|correspondence-id):(?:\d+\/)?([0-9a-f-]{36})$/i.exec(ref.trim());
  if (!m || !GUID_RE.test(m[2])) {
    return sendValidation(res, { instanceRef: ['Expected urn:altinn:dialog-id:{uuid}, urn:altinn:instance-id:{partyId}/{uuid} or urn:altinn:correspondence-id:{uuid}.'] });
  }
  if (ctx.store.state(m[2]) !== 'ok') return sendProblem(res, 404, { detail: `No dialog found for instanceRef '${ref.slice(0, 200)}'.` });
  const d = ctx.store.get(m[2]).dialog;
  const resource = ctx.store.serviceResources.find((r) => r.id === d.serviceResource) || { id: d.serviceResource, name: {} };
  const owner = ctx.store.orgs?.[d.org] || {};
  sendLocalized(req, res, 200, {
    dialogId: d.id,
    instanceRef: ref,
    party: d.party,
    title: d.content?.title?.value || [],
    serviceResource: { id: resource.id, isDelegable: resource.isDelegable ?? true, minimumAuthenticationLevel: resource.minimumAuthenticationLevel ?? 3, name: toLocalizations(resource.name) },
    serviceOwner: { code: d.org, name: toLocalizations(owner.name), orgNumber: owner.orgNumber ?? '' },
    authorizationEvidence: { currentAuthenticationLevel: 3, viaRole: true, viaAccessPackage: false, viaResourceDelegation: false, viaInstanceDelegation: false, evidence: [] },
  });
}
