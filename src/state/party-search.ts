import type { Messages } from '../i18n/index.js';
import type { PartyEntry } from './party-tree.js';

// Searching and showing the parties (the party picker, the list's recipient filter): both are in the list's extras
// chunk, so this is not in the code the first row waits for (party-tree.ts is: the list names the parties).

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
