import type { Limits } from '../api/types.js';
import { shared } from './request-cache.js';

const cache = new Map<string, Promise<Limits>>();

/**
 * GET /metadata/limits once per API base for the page's life (every inbox on the page shares it). A failure
 * answers null (the callers fall back to safe caps) and is not kept, so a later search asks again. `fresh`: ask
 * again anyway (the API refused a search that kept to the caps it had given).
 */
export function cachedLimits(client: { baseUrl: string; getLimits(): Promise<Limits> }, { fresh = false } = {}): Promise<Limits | null> {
  return shared(cache, client.baseUrl, () => client.getLimits(), fresh).catch(() => null);
}

/** Forgets the limits (tests, and a demo whose limits change while the page is open). */
export function forgetLimits(): void {
  cache.clear();
}
