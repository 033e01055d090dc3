import type { ContentValue, DialogSeenLog } from '../api/types.js';
import { parseDate } from '../i18n/format.js';
import { contentText } from '../localize.js';

/**
 * The rules a row and the dialog view share, written once: whether and how a due date is shown, who has seen a
 * dialog, and whom it is from.
 */

const DAY = 24 * 3600 * 1000;

/**
 * Statuses for which a due date asks nothing of the user: finished (Completed, NotApplicable), or Awaiting, where
 * the next step is the agency's. Their due date is not shown, and never as overdue.
 */
const NOTHING_DUE = new Set(['Completed', 'NotApplicable', 'Awaiting']);

export interface DueState {
  date: Date;
  /** `overdue` (past), `soon` (within 14 days) or `later`. */
  tone: 'overdue' | 'soon' | 'later';
}

/** The due date as the user should see it; null when there is none, it is not valid, or nothing is due. */
export function dueState(dueAt: string | null | undefined, status: string | null | undefined, now = new Date()): DueState | null {
  const date = parseDate(dueAt);
  if (!date || NOTHING_DUE.has(status ?? '')) return null;
  const left = date.getTime() - now.getTime();
  return { date, tone: left < 0 ? 'overdue' : left < 14 * DAY ? 'soon' : 'later' };
}

export interface SeenSummary {
  byYou: boolean;
  /** How many others (distinct actors) have seen it. */
  others: number;
}

/** Who has seen a dialog since its last change, from its (untrusted) seen log. */
export function seenSummary(log: DialogSeenLog[] | null | undefined): SeenSummary {
  const list = Array.isArray(log) ? log.filter((entry) => entry && typeof entry === 'object') : [];
  const others = new Set(list.filter((s) => !s.isCurrentEndUser).map((s, i) => s.seenBy?.actorId ?? s.seenBy?.actorName ?? i));
  return { byYou: list.some((s) => s.isCurrentEndUser === true), others: others.size };
}

/**
 * Whether a sender shown is only the organisation's code (no senderName: `senderName` fell back to the code), so
 * its name, where known, should replace it. `org` is untrusted: anything but a non-empty string is no code.
 */
export function isOrgCode(sender: string, org: unknown): org is string {
  return typeof org === 'string' && org !== '' && sender === org.toUpperCase();
}

/** The sender: senderName in the UI language, else the organisation code. */
export function senderName(item: { content?: { senderName?: ContentValue | null } | null; org?: string | null }, lang: string): string {
  return contentText(item.content?.senderName, lang) || (typeof item.org === 'string' ? item.org.toUpperCase() : '');
}
