import type { DialogGuiAction, ProblemDetails } from '../api/types.js';
import { problemFrom } from '../api/errors.js';
import { safeHttpUrl, serviceUrl } from '../content/url.js';

// In a module of their own: the store (in the entry) reads them without loading the action runner.
export { ACCEPTED_WAIT_MS, TOKEN_REFRESH_MS } from './timing.js';

/** What running a GUI action led to. */
export type ActionOutcome =
  /** GET: the caller navigates (a real link; no token is ever sent). */
  | { kind: 'navigate'; url: string }
  /** 2xx other than 202: done; reload the dialog now. */
  | { kind: 'done'; status: number }
  /** 202: accepted; the dialog changes within ~10 s. */
  | { kind: 'accepted'; status: 202 };

export type ActionFailure = 'unauthorized-action' | 'unsafe-url' | 'no-token' | 'network' | 'timeout' | 'http';

export class ActionError extends Error {
  override readonly name = 'ActionError';
  readonly kind: ActionFailure;
  readonly status?: number;
  readonly problem?: ProblemDetails;
  constructor(kind: ActionFailure, options: { status?: number; problem?: ProblemDetails; cause?: unknown } = {}) {
    super(options.problem?.title ?? options.problem?.detail ?? kind, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
  }

  /** 422 retention answer: the date from which deletion is allowed, if the service said so. */
  get deletionAllowedAt(): string | undefined {
    const value = this.problem?.['deletionAllowedAt'];
    return typeof value === 'string' ? value : undefined;
  }

  get gracePeriodDays(): number | undefined {
    const value = this.problem?.['gracePeriodDays'];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }
}

export interface RunActionOptions {
  dialogToken?: string | null;
  /** The Dialogporten API's base URL: an action into the API is refused (the dialog token never goes to the API). */
  apiBase?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The method of an action, upper-cased; unknown or missing methods count as GET (a link). */
export function actionMethod(action: DialogGuiAction): string {
  return typeof action.httpMethod === 'string' ? action.httpMethod.toUpperCase() : 'GET';
}

/**
 * Runs a GUI action as the contract says. GET → navigate. Any other method → a background request to the
 * action's own URL with the dialog token, `Accept: application/json`, no body and no cookies.
 */
export async function runAction(action: DialogGuiAction, options: RunActionOptions = {}): Promise<ActionOutcome> {
  if (action.isAuthorized === false) throw new ActionError('unauthorized-action');
  const safe = safeHttpUrl(action.url);
  const url = safe && serviceUrl(safe, options.apiBase);
  if (!url) throw new ActionError('unsafe-url');
  const method = actionMethod(action);
  if (method === 'GET') return { kind: 'navigate', url };
  if (!options.dialogToken) throw new ActionError('no-token');

  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${options.dialogToken}`, Accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error; // the caller cancelled: not a failure to report
    throw new ActionError(timeout.aborted ? 'timeout' : 'network', { cause: error });
  }
  if (response.status === 202) return { kind: 'accepted', status: 202 };
  if (response.ok) return { kind: 'done', status: response.status };
  throw new ActionError('http', { status: response.status, problem: await problemFrom(response) });
}
