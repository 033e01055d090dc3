import type { AuthorizedParty, Parties } from '../api/types.js';

/** One entry of the party picker: a person, an organisation or a sub-unit (depth 1). */
export interface PartyEntry {
  urn: string;
  name: string;
  kind: 'person' | 'org';
  depth: 0 | 1;
  deleted: boolean;
  /** False for an organisation the user can reach only through its sub-units. */
  selectable: boolean;
  /** The main unit's name, for a sub-unit. */
  parent?: string;
  /** The name in lower case, worked out once for the search (which runs on every keystroke). */
  key: string;
}

/** Persons first, then organisations each followed by their sub-units; untrusted shapes are skipped. */
export function partyEntries(parties: Parties | null | undefined): PartyEntry[] {
  const persons: PartyEntry[] = [];
  const orgs: PartyEntry[] = [];
  const seen = new Set<string>();
  const entry = (p: AuthorizedParty, depth: 0 | 1, parent?: string): PartyEntry | null => {
    if (!p || typeof p.party !== 'string' || !p.party || seen.has(p.party)) return null;
    seen.add(p.party);
    const kind = /person/i.test(p.partyType ?? '') || p.party.includes(':person:') ? 'person' : 'org';
    const selectable = !(depth === 0 && p.hasOnlyAccessToSubParties);
    const name = typeof p.name === 'string' && p.name.trim() ? p.name.trim() : p.party;
    return { urn: p.party, name, kind, depth, deleted: Boolean(p.isDeleted), selectable, parent, key: name.toLowerCase() };
  };
  for (const p of Array.isArray(parties?.authorizedParties) ? parties!.authorizedParties! : []) {
    const top = entry(p, 0);
    if (!top) continue;
    (top.kind === 'person' ? persons : orgs).push(top);
    for (const sub of Array.isArray(p.subParties) ? p.subParties : []) {
      const child = entry(sub, 1, top.name);
      if (child) (top.kind === 'person' ? persons : orgs).push({ ...child, kind: top.kind });
    }
  }
  return [...persons, ...orgs];
}

/** URN → display name for every party; a sub-unit with its main unit ("Avd. Nord, Acme AS"). */
export function partyNames(parties: Parties | null | undefined): Map<string, string> {
  return new Map(partyEntries(parties).map((e) => [e.urn, e.parent ? `${e.name}, ${e.parent}` : e.name]));
}
