// Deterministic seed data for the demo Dialogporten server.
//
//   import { createSeed } from './demo/seed/index.js';
//   const seed = createSeed({ platformUrl: 'http://127.0.0.1:8082', now: new Date(), scale: 0 });
//
// Returns { endUser, parties, serviceResources, orgs, dialogs, embeds }; see demo/DATA.md.
// `parties: N` gives the accountant persona (N client organisations) instead of the base parties.
// Same arguments → deep-equal output. Ids do not depend on `now`; dates do.

import { ORGS } from './orgs.js';
import { SERVICE_RESOURCES } from './service-resources.js';
import { END_USER, createParties } from './parties.js';
import { HAND_WRITTEN_DIALOGS } from './dialogs.js';
import { buildDialog } from './build.js';
import { generateDialogs } from './generate.js';
import { applyAccountantPersona } from './clients.js';

export { toServiceResourceMetadata } from './service-resources.js';
export { ACTION_METHODS } from './build.js';
export { MAX_CLIENT_PARTIES } from './clients.js';

/** Routine generated dialogs that are always part of the base seed. */
export const BASE_GENERATED_COUNT = 24;

/**
 * `parties: N > 0` switches to the accountant persona (demo/seed/clients.js): the end user's own party
 * and dialogs plus N client organisations with about two dialogs each; 0 (default) = the base seed.
 */
export function createSeed({ platformUrl = 'http://127.0.0.1:8082', now = new Date(), scale = 0, parties = 0 } = {}) {
  const base = String(platformUrl).replace(/\/+$/, '');
  const nowMs = now instanceof Date ? now.getTime() : new Date(now).getTime();
  if (!Number.isFinite(nowMs)) throw new TypeError('createSeed: `now` must be a valid date');
  const extra = Math.max(0, Math.floor(Number(scale) || 0));

  const embeds = {};
  const ctx = { platformUrl: base, nowMs, embeds };
  const dialogs = HAND_WRITTEN_DIALOGS.map((spec) => buildDialog(spec, ctx));
  const generated = generateDialogs({ count: BASE_GENERATED_COUNT + extra, offset: 0, platformUrl: base, nowMs });
  for (const dialog of generated) dialogs.push(dialog);

  const seed = {
    endUser: { ...END_USER },
    parties: createParties(),
    serviceResources: SERVICE_RESOURCES.map((r) => ({ ...r, name: { ...r.name } })),
    orgs: Object.fromEntries(Object.entries(ORGS).map(([code, org]) => [code, { name: { ...org.name }, orgNumber: org.orgNumber }])),
    dialogs,
    embeds,
  };
  const clients = Math.floor(Number(parties) || 0);
  return clients > 0 ? applyAccountantPersona(seed, { count: clients, platformUrl: base, nowMs }) : seed;
}
