/**
 * Fault injection for demos and tests: added latency, random 500s, and a maintenance
 * mode answering 503 text/plain with Retry-After (like Dialogporten's maintenance mode).
 */
import { sendProblem, sendText, sleep } from '../lib/http-util.js';

/**
 * @typedef {{ latencyMs: number, errorRate: number, unavailable: boolean, retryAfterSeconds: number,
 *   failParties: string[], refuseParties: string[] }} Faults
 * `failParties`: a dialog search naming one of them is answered 503 with Retry-After (one batch of a search over
 * many parties failing); `refuseParties`: answered 403, and GET /parties no longer lists them (rights revoked since
 * the page asked for the parties).
 */

/** @returns {Faults} */
export function defaultFaults() {
  return { latencyMs: 0, errorRate: 0, unavailable: false, retryAfterSeconds: 30, failParties: [], refuseParties: [] };
}

/**
 * Validates and merges a partial fault setting into `target` (mutated).
 * @returns {string[]} validation errors (nothing is changed when there are any)
 */
export function mergeFaults(target, patch) {
  const errors = [];
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return ['Expected a JSON object.'];
  const next = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'latencyMs') {
      if (!Number.isFinite(Number(v)) || Number(v) < 0 || Number(v) > 120_000) errors.push('latencyMs must be a number 0..120000.');
      else next.latencyMs = Number(v);
    } else if (k === 'errorRate') {
      if (!Number.isFinite(Number(v)) || Number(v) < 0 || Number(v) > 1) errors.push('errorRate must be a number 0..1.');
      else next.errorRate = Number(v);
    } else if (k === 'unavailable') {
      next.unavailable = v === true || v === 'true' || v === 1 || v === '1';
    } else if (k === 'retryAfterSeconds') {
      if (!Number.isInteger(Number(v)) || Number(v) < 0 || Number(v) > 86_400) errors.push('retryAfterSeconds must be an integer 0..86400.');
      else next.retryAfterSeconds = Number(v);
    } else if (k === 'failParties' || k === 'refuseParties') {
      if (!Array.isArray(v) || v.length > 10_000 || !v.every((p) => typeof p === 'string' && p.length <= 200)) errors.push(`${k} must be a list of party URNs.`);
      else next[k] = [...v];
    } else errors.push(`Unknown fault '${k}' (latencyMs, errorRate, unavailable, retryAfterSeconds, failParties, refuseParties).`);
  }
  if (!errors.length) Object.assign(target, next);
  return errors;
}

/** Reads faults from environment variables (DEMO_LATENCY_MS, DEMO_ERROR_RATE, DEMO_UNAVAILABLE, DEMO_RETRY_AFTER). */
export function faultsFromEnv(env = process.env) {
  const f = {};
  if (env.DEMO_LATENCY_MS) f.latencyMs = env.DEMO_LATENCY_MS;
  if (env.DEMO_ERROR_RATE) f.errorRate = env.DEMO_ERROR_RATE;
  if (env.DEMO_UNAVAILABLE) f.unavailable = env.DEMO_UNAVAILABLE;
  if (env.DEMO_RETRY_AFTER) f.retryAfterSeconds = env.DEMO_RETRY_AFTER;
  return f;
}

/**
 * Applies the current faults to one request. Resolves true when the request was
 * answered with a fault (the caller must stop), false to carry on.
 * @param {Faults} faults
 */
export async function applyFaults(faults, res, url) {
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const named = url?.pathname.endsWith('/enduser/dialogs') ? url.searchParams.getAll('party') : [];
  if (named.some((p) => faults.refuseParties?.includes(p))) {
    sendProblem(res, 403, { title: 'Forbidden', detail: 'Injected fault (demo refuseParties): no access to a party in the search.' });
    return true;
  }
  if (named.some((p) => faults.failParties?.includes(p))) {
    sendText(res, 503, 'Service Unavailable', 'text/plain; charset=utf-8', { 'Retry-After': String(faults.retryAfterSeconds) });
    return true;
  }
  if (faults.unavailable) {
    sendText(res, 503, 'Service Unavailable', 'text/plain; charset=utf-8', { 'Retry-After': String(faults.retryAfterSeconds) });
    return true;
  }
  if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
    sendProblem(res, 500, { detail: 'Injected fault (demo errorRate).' });
    return true;
  }
  return false;
}
