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
    return { urn: p.party, name: typeof p.name === 'string' && p.name ? p.name : p.party, kind, depth, deleted: Boolean(p.isDeleted), selectable, parent };
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

/** Entries whose name (or the parent's name, or the number in the URN) contains the text. Sub-units keep their parent. */
export function filterEntries(entries: PartyEntry[], text: string): PartyEntry[] {
  const q = text.trim().toLowerCase();
  if (!q) return entries;
  const hit = (e: PartyEntry) => e.name.toLowerCase().includes(q) || e.urn.toLowerCase().endsWith(q) || e.urn.includes(`:${q}`);
  const out: PartyEntry[] = [];
  for (let i = 0; i < entries.length; ) {
    let end = i + 1;
    while (end < entries.length && entries[end].depth === 1) end++;
    const [top, ...subs] = entries.slice(i, end);
    const subHits = hit(top) ? subs : subs.filter(hit);
    if (hit(top) || subHits.length) out.push(top, ...subHits);
    i = end;
  }
  return out;
}

export { cachedParties } from './parties.js';

/** URN → display name for every party; a sub-unit with its main unit ("Avd. Nord, Acme AS"). */
export function partyNames(parties: Parties | null | undefined): Map<string, string> {
  return new Map(partyEntries(parties).map((e) => [e.urn, e.parent ? `${e.name}, ${e.parent}` : e.name]));
}
