// Changing labels on many dialogs (the list's bulk mode and row menu): a chunk of its own, loaded when the user first
// changes labels (or when the browser is idle after the first rows), not before the first row.
import { ApiError } from '../api/errors.js';
import type { SearchQuery, SearchResult } from '../api/types.js';
import { MAX_BULK, type BulkAction, type LabelChange } from './bulk.js';

/** The labels an action adds and removes. */
export function labelChange(action: BulkAction): LabelChange {
  switch (action) {
    case 'archive':
      return { addLabels: ['Archive'], removeLabels: [] };
    case 'bin':
      return { addLabels: ['Bin'], removeLabels: [] };
    case 'inbox':
      return { addLabels: ['Default'], removeLabels: [] };
    case 'restore':
      return { addLabels: [], removeLabels: ['Bin'] };
    case 'unread':
      return { addLabels: ['MarkedAsUnopened'], removeLabels: [] };
    case 'read':
      return { addLabels: [], removeLabels: ['MarkedAsUnopened'] };
  }
}

/** The labels after a change, by the contract's rules: one copy for the widget and the demo's Dialogporten. */
export { applyLabelChange } from './system-labels.js';

export interface Target {
  id: string;
  rev: string | null;
}

export interface BulkApi {
  bulkSetSystemLabels(
    dialogs: { dialogId: string; endUserContextRevision?: string }[],
    change: LabelChange,
    options?: { signal?: AbortSignal },
  ): Promise<void>;
}

/** Thrown when revisions were still stale after one refetch and retry. */
export class StaleRevisionError extends Error {
  override readonly name = 'StaleRevisionError';
}

export const chunks = <T>(list: readonly T[], size = MAX_BULK): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/**
 * Sets labels on many dialogs with their end-user-context revisions, 100 per request. Targets with an unknown
 * revision get fresh ones first. A stale revision (412) refetches the revisions and retries once; dialogs that
 * are gone are skipped. Returns the ids that were changed; throws (ApiError, StaleRevisionError…) otherwise.
 */
export async function bulkSetLabels(
  api: BulkApi,
  targets: readonly Target[],
  change: LabelChange,
  refetch: (ids: string[]) => Promise<Map<string, string>>,
  signal?: AbortSignal,
): Promise<{ done: string[]; gone: string[] }> {
  const done: string[] = [];
  const gone: string[] = [];
  for (const batch of chunks(targets)) {
    let current = batch;
    if (current.some((t) => !t.rev)) current = await refresh(current);
    for (let attempt = 0; current.length; attempt++) {
      try {
        const dialogs = current.map((t) => (t.rev ? { dialogId: t.id, endUserContextRevision: t.rev } : { dialogId: t.id }));
        await api.bulkSetSystemLabels(dialogs, change, { signal });
        done.push(...current.map((t) => t.id));
        break;
      } catch (error) {
        const retryable = error instanceof ApiError && (error.status === 412 || error.status === 404);
        if (!retryable) throw error;
        if (attempt > 0) throw error.status === 412 ? new StaleRevisionError('Revisions still stale after a refetch') : error;
        current = await refresh(current);
      }
    }
  }
  return { done, gone };

  async function refresh(list: Target[]): Promise<Target[]> {
    const fresh = await refetch(list.map((t) => t.id));
    for (const t of list) if (!fresh.has(t.id)) gone.push(t.id);
    return list.filter((t) => fresh.has(t.id)).map((t) => ({ id: t.id, rev: fresh.get(t.id) ?? null }));
  }
}

export interface RevisionApi {
  searchDialogs(query: SearchQuery, options?: { signal?: AbortSignal }): Promise<SearchResult>;
}

/**
 * Fresh endUserContext revisions of some dialogs, by a search over their parties (GET /dialogs/{id} would mark
 * them as seen). At most 10 pages of 1,000; dialogs not found are left out (gone, or out of reach).
 */
export async function fetchRevisions(api: RevisionApi, ids: readonly string[], parties: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  const wanted = new Set(ids);
  const party = [...new Set(parties)].filter(Boolean);
  const found = new Map<string, string>();
  let token: string | undefined;
  for (let page = 0; page < 10 && party.length; page++) {
    const result = await api.searchDialogs({ party, excludeApiOnly: true, orderBy: 'updatedAt_desc', limit: 1000, continuationToken: token }, { signal });
    for (const item of result.items ?? []) {
      const rev = item?.endUserContext?.revision;
      if (item?.id && wanted.has(item.id) && rev) found.set(item.id, rev);
    }
    token = result.continuationToken ?? undefined;
    if (found.size === wanted.size || !result.hasNextPage || !token) break;
  }
  return found;
}
