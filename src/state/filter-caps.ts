import type { Limits, SearchQuery } from '../api/types.js';
import { ApiError } from '../api/errors.js';
import { retrying } from '../chunk-loading.js';

// What the first rows need to know about the API's caps: in the core. Searching over them in batches (fan-out.ts) is
// a chunk, loaded when a search is over a cap (typically more than 20 parties).

/** The code that searches in batches: asked for under a new URL after a failure (one loader for list and refresh). */
export const fanOutCode = retrying(() => import('./fan-out.js'));

/** The party cap when GET /metadata/limits says nothing usable (Dialogporten's own default). */
export const SAFE_PARTY_CAP = 20;
/** Above this a cap is not believed (a broken or hostile answer): the safe default instead. */
const MAX_BELIEVABLE_CAP = 1000;

/** The filters whose number of values the API caps, with the field of GET /metadata/limits that says how far. */
const CAPPED = {
  party: 'maxPartyFilterValues',
  serviceResource: 'maxServiceResourceFilterValues',
  org: 'maxOrgFilterValues',
  extendedStatus: 'maxExtendedStatusFilterValues',
} as const;
export type CappedFilter = keyof typeof CAPPED;
export type FilterCaps = Record<CappedFilter, number>;
export const FILTERS = Object.keys(CAPPED) as CappedFilter[];

const believable = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_BELIEVABLE_CAP;

/** The most values each capped filter may have in one search; missing, broken or absurd values give 20. */
export function filterCaps(limits: Limits | null | undefined): FilterCaps {
  const search = limits?.endUserSearch as Record<string, unknown> | null | undefined;
  const caps = {} as FilterCaps;
  for (const filter of FILTERS) {
    const value = search?.[CAPPED[filter]];
    caps[filter] = believable(value) ? value : SAFE_PARTY_CAP;
  }
  return caps;
}

/** The capped filter with the most values for its cap (how many searches it takes), or null when one search fits. */
export function overCap(query: SearchQuery, caps: FilterCaps): CappedFilter | null {
  return FILTERS.find((filter) => new Set(query[filter] ?? []).size > caps[filter]) ?? null;
}

/** Why a batch of parties could not be searched (the rows of the other batches are still shown). */
export interface BatchFailure {
  /** The parties the batch searched (all of the query's when it was split by another filter). */
  parties: string[];
  /** `error`: the request failed (`error`); `order`: the API answered in another order; `loop`: a token that never ends. */
  reason: 'error' | 'order' | 'loop';
  error?: unknown;
}

/** A batch the API refused (403): the user lacks access to some of its parties (rights revoked since GET /parties). */
export const refusedBatch = (failure: BatchFailure): boolean => failure.error instanceof ApiError && failure.error.status === 403;
