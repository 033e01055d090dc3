import type { AuthorizedParty, Parties } from '../api/types.js';
import { shared } from './request-cache.js';

/** Party URNs from GET /parties when the portal names none: every usable party and sub-unit (all of them: more
 * than one search may name are searched in batches). */
export function partyUrns(parties: Parties | null | undefined): string[] {
  const urns: string[] = [];
  const visit = (list: AuthorizedParty[] | null | undefined) => {
    for (const party of Array.isArray(list) ? list : []) { // a broken answer's sub-units are skipped, not fatal
      if (!party || party.isDeleted) continue;
      if (typeof party.party === 'string' && party.party && !party.hasOnlyAccessToSubParties) urns.push(party.party);
      visit(party.subParties);
    }
  };
  visit(parties?.authorizedParties);
  return [...new Set(urns)];
}

const cache = new WeakMap<object, Promise<Parties>>();

/**
 * GET /parties once per client: the inbox, the picker and the list's recipient names share one request.
 * Failures are not cached, so a retry really asks again; `fresh` asks again anyway (rights may have changed).
 */
export function cachedParties(client: { getParties(): Promise<Parties> }, { fresh = false } = {}): Promise<Parties> {
  return shared(cache, client, () => client.getParties(), fresh);
}
