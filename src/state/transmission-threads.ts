import type { DialogTransmission } from '../api/types.js';

export interface TransmissionThread {
  root: DialogTransmission;
  /** Every later transmission that answers the root or one of its replies, oldest first. */
  replies: DialogTransmission[];
  /** The newest time in the thread, for ordering threads. */
  latest: number;
}

const time = (t: DialogTransmission) => {
  const ms = Date.parse(t.createdAt ?? '');
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * Threads transmissions by `relatedTransmissionId`: a transmission whose related one is missing (or that
 * would form a cycle) starts a thread. Threads come newest first; replies oldest first. Untrusted input.
 */
export function buildThreads(list: DialogTransmission[] | null | undefined): TransmissionThread[] {
  const items = (Array.isArray(list) ? list : []).filter((t): t is DialogTransmission => !!t && typeof t === 'object');
  const byId = new Map(items.filter((t) => typeof t.id === 'string').map((t) => [t.id as string, t]));
  const rootOf = new Map<DialogTransmission, DialogTransmission>();
  const findRoot = (t: DialogTransmission): DialogTransmission => {
    const known = rootOf.get(t);
    if (known) return known;
    const seen = new Set<DialogTransmission>([t]);
    let current = t;
    for (;;) {
      const parent = current.relatedTransmissionId ? byId.get(current.relatedTransmissionId) : undefined;
      if (!parent || seen.has(parent)) break;
      seen.add(parent);
      current = parent;
    }
    rootOf.set(t, current);
    return current;
  };
  const threads = new Map<DialogTransmission, TransmissionThread>();
  for (const t of items) {
    const root = findRoot(t);
    let thread = threads.get(root);
    if (!thread) threads.set(root, (thread = { root, replies: [], latest: time(root) }));
    if (t !== root) thread.replies.push(t);
    thread.latest = Math.max(thread.latest, time(t));
  }
  for (const thread of threads.values()) thread.replies.sort((a, b) => time(a) - time(b));
  return [...threads.values()].sort((a, b) => b.latest - a.latest);
}
