import type { AuthorizedParty, Parties } from '../api/types.js';

/** The API's default cap on party filter values (GET /metadata/limits may say otherwise). */
export const DEFAULT_MAX_PARTIES = 100;

/** Party URNs from GET /parties when the portal names none: every usable party and sub-unit, capped. */
export function partyUrns(parties: Parties | null | undefined, max = DEFAULT_MAX_PARTIES): string[] {
  const urns: string[] = [];
  const visit = (list: AuthorizedParty[] | null | undefined) => {
    for (const party of list ?? []) {
      if (!party || party.isDeleted) continue;
      if (typeof party.party === 'string' && party.party && !party.hasOnlyAccessToSubParties) urns.push(party.party);
      visit(party.subParties);
    }
  };
  visit(parties?.authorizedParties);
  return [...new Set(urns)].slice(0, max);
}

/** Splits the `party` attribute (space-separated URNs). */
export function parsePartyAttribute(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/** Loads the parties the user may act for and returns their URNs. */
export async function loadPartyUrns(
  client: { getParties(options?: { signal?: AbortSignal }): Promise<Parties> },
  signal?: AbortSignal,
): Promise<string[]> {
  return partyUrns(await client.getParties({ signal }));
}
