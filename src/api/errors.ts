import type { ProblemDetails } from './types.js';

/** The API or a service platform answered with an error status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly traceId?: string;
  readonly errors?: Record<string, string[]>;
  readonly problem?: ProblemDetails;
  /** The wait the response asked for with Retry-After (429, 503), in ms; 0 when none. */
  readonly retryAfterMs: number;
  constructor(status: number, problem?: ProblemDetails, retryAfterMs = 0) {
    super(problem?.title ?? problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.title = problem?.title ?? undefined;
    this.detail = problem?.detail ?? undefined;
    this.traceId = problem?.traceId ?? undefined;
    this.errors = problem?.errors;
    this.retryAfterMs = retryAfterMs;
  }

  /** 403 "authentication level too low": the user must log in again at a higher level. */
  get needsHigherAuthLevel(): boolean {
    if (this.status !== 403) return false;
    const text = `${this.title ?? ''} ${this.detail ?? ''} ${JSON.stringify(this.errors ?? {})}`;
    return /authentication level|authlevel|elevated/i.test(text);
  }
}

/** The request never got an answer: offline, DNS, CORS, a dropped connection, or a timeout. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly timedOut: boolean;
  constructor(message: string, timedOut = false, options?: { cause?: unknown }) {
    super(message, options);
    this.timedOut = timedOut;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Reads a ProblemDetails body if there is one; 401s and text/plain 503s have none. */
export async function problemFrom(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) return undefined;
  try {
    const body: unknown = await response.clone().json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as ProblemDetails) : undefined;
  } catch {
    return undefined;
  }
}

/** Stable keys for the UI's error messages (see the i18n catalogs). */
export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'authLevel'
  | 'forbidden'
  | 'notFound'
  | 'gone'
  | 'tooBroad'
  | 'unavailable'
  | 'server'
  | 'invalidResponse'
  | 'generic';

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof NetworkError) return error.timedOut ? 'timeout' : 'network';
  if (error instanceof InvalidResponseError) return 'invalidResponse';
  if (!(error instanceof ApiError)) return 'generic';
  switch (error.status) {
    case 401:
      return 'unauthorized';
    case 403:
      return error.needsHigherAuthLevel ? 'authLevel' : 'forbidden';
    case 404:
      return 'notFound';
    case 410:
      return 'gone';
    case 422:
      return 'tooBroad';
    case 429:
    case 503:
      return 'unavailable';
    default:
      return error.status >= 500 ? 'server' : 'generic';
  }
}

/** The server answered 2xx but the body is not what the contract promises. */
export class InvalidResponseError extends Error {
  override readonly name = 'InvalidResponseError';
}

/** What a superseded or cancelled request throws (the same everywhere, so `isAbortError` knows it). */
export const abortError = (): DOMException => new DOMException('Superseded or cancelled', 'AbortError');
