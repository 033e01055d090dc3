import type { AuthorizedParty, Parties } from '../api/types.js';
import type { Messages } from '../i18n/index.js';

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

/** How many matches a party list renders at once (the picker's and the recipient filter's "Show more" adds as many). */
export const PARTY_PAGE = 100;

/**
 * Entries whose name (or the number in the URN: "310910007", "310 910 007" or its start) contains the text;
 * sub-units keep their parent, and all of an organisation's sub-units come with it when it matches. One pass:
 * at 10,000 entries it runs on every keystroke.
 */
export function filterEntries(entries: PartyEntry[], text: string): PartyEntry[] {
  const q = text.trim().toLowerCase();
  if (!q) return entries;
  const digits = /^[\d\s]+$/.test(q) ? q.replace(/\s+/g, '') : q;
  const hit = (e: PartyEntry) => e.key.includes(q) || e.urn.endsWith(digits) || e.urn.includes(`:${digits}`);
  const out: PartyEntry[] = [];
  let top: PartyEntry | null = null;
  let topHit = false;
  let topOut = false;
  for (const e of entries) {
    if (e.depth === 0) {
      top = e;
      topHit = topOut = hit(e);
      if (topHit) out.push(e);
    } else if (topHit || hit(e)) {
      if (top && !topOut) out.push(top);
      topOut = true;
      out.push(e);
    }
  }
  return out;
}

/** How many match ("412 matches"), or how many there are when only a page of them is shown; else ''. */
export function matchLine(t: Messages, total: number, shown: number, searching: boolean): string {
  return searching ? t.partyMatches(total) : shown < total ? t.partyCount(total) : '';
}

/** An organisation's number from its URN, to tell same-named ones apart; none for persons (a national ID). */
export function orgNumber(e: PartyEntry): string {
  return e.kind === 'org' ? /:organization:identifier-no:(\d+)$/.exec(e.urn)?.[1] ?? '' : '';
}

/** A name shortened for display (a hostile or broken answer may send 10,000 characters); search uses the whole. */
export function shortName(name: string, max = 160): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

export { cachedParties } from './parties.js';

/** URN → display name for every party; a sub-unit with its main unit ("Avd. Nord, Acme AS"). */
export function partyNames(parties: Parties | null | undefined): Map<string, string> {
  return new Map(partyEntries(parties).map((e) => [e.urn, e.parent ? `${e.name}, ${e.parent}` : e.name]));
}
