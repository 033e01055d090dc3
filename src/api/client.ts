import type { KyInstance, Options } from 'ky';
import type * as KyCode from './ky-code.js';
import { chunkTimeoutMs, retrying } from '../chunk-loading.js';
import { earlyAnswer } from './early-answer.js';
import { withTimeout } from '../time-limit.js';
import { ApiError, InvalidResponseError, NetworkError, abortError, isAbortError, problemFrom } from './errors.js';
import type { Dialog, DialogSeenLog, Limits, Parties, SearchQuery, SearchResult, SystemLabel } from './types.js';
import type { components } from './openapi.gen.js';

/** GET /serviceresources: the service resources the user can reach for some parties. */
export type ServiceResourceList = components['schemas']['AuthorizedServiceResourceList'];

export interface ClientOptions {
  /** Base of a Dialogporten-compatible API; requests go to `${baseUrl}/api/v1/enduser/...`. */
  baseUrl: string;
  /** Returns the end-user bearer token; asked once, and again once after a 401. */
  tokenProvider?: () => Promise<string>;
  /** `include` for a same-site proxy that authenticates by cookie. */
  credentials?: RequestCredentials;
  /** UI language, sent as Accept-Language so the server trims localizations. */
  lang?: string;
  /** Retries after 408/429/5xx (the first try not counted). */
  retryLimit?: number;
  timeoutMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Accept-Language in the order the contract picks localizations: the UI language, then nb, nn, en. */
export function acceptLanguage(lang = 'nb'): string {
  const order = [lang, 'nb', 'nn', 'en'].filter((l, i, all) => all.indexOf(l) === i);
  return order.map((l, i) => (i === 0 ? l : `${l};q=${(1 - i * 0.2).toFixed(1)}`)).join(', ');
}

/** The longest Retry-After the client waits out silently before it retries (ms). */
const MAX_SILENT_WAIT_MS = 5_000;

/** The wait a failed response asks for with Retry-After (seconds or an HTTP date), in ms; 0 when none. */
export function retryAfterMs(error: unknown): number {
  if (error instanceof ApiError) return error.retryAfterMs;
  const value = (error as { response?: Response })?.response?.headers?.get?.('Retry-After');
  if (!value) return 0;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** Resolves a possibly relative base URL against the page and drops a trailing slash. */
export function normaliseBaseUrl(baseUrl: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  return new URL(baseUrl, base).href.replace(/\/+$/, '');
}

export function searchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
}

/**
 * ky, a chunk: the first rows come from the answers the entry asked for (components/early-requests.ts), so the code
 * that sends requests is not on the way to them. The list fetches it when the browser is idle after the first rows
 * (`prefetchModule`); any request that needs it sooner loads it.
 */
export const kyCode = retrying(() => import('./ky-code.js'));
/** ky once it is here, for every client of the page (no more waiting, and no timer). */
let loadedKy: typeof KyCode | null = null;

let clientCount = 0;
/** How long a request may take before it fails as timed out (ms), unless a client is given `timeoutMs`. */
let defaultTimeoutMs = 20_000;
/** Changes the default request timeout (tests of a server that never answers need not wait 20 s). */
export function setRequestTimeout(ms: number): void {
  defaultTimeoutMs = ms;
}

/** Typed access to the end-user API. Every failure is an ApiError, NetworkError or AbortError. */
export class DialogportenClient {
  readonly baseUrl: string;
  /** Unique per client: elements reload when the configuration (e.g. the token provider) gives a new one. */
  readonly id = ++clientCount;
  readonly options: ClientOptions;
  #ky: Promise<KyInstance> | null = null;
  #token: Promise<string> | null = null;

  constructor(options: ClientOptions) {
    this.options = options;
    this.baseUrl = normaliseBaseUrl(options.baseUrl);
  }

  /** ky, configured for this client, once its chunk is here (`loadedKy`; asked for again after a failure). */
  #kyReady(): Promise<KyInstance> {
    if (this.#ky) return this.#ky;
    if (loadedKy) return (this.#ky = Promise.resolve(this.#create(loadedKy.ky)));
    // A chunk that never comes fails after the chunk timeout, as a request that timed out (it may still come: the
    // retry takes it).
    this.#ky = withTimeout(kyCode(), chunkTimeoutMs(), () => new NetworkError('ky took too long to load', true)).then(
      (ky) => this.#create((loadedKy = ky).ky),
      (error: unknown) => {
        this.#ky = null;
        throw error instanceof NetworkError ? error : new NetworkError('ky could not be loaded', false, { cause: error });
      },
    );
    return this.#ky;
  }

  #create(ky: typeof KyCode.ky): KyInstance {
    const options = this.options;
    const limit = options.retryLimit ?? 2;
    return ky.create({
      prefixUrl: `${this.baseUrl}/api/v1`,
      credentials: options.credentials ?? 'omit',
      // Per-user data that changes under us: never answer from the HTTP cache (a 410 is cacheable by default).
      cache: 'no-store',
      timeout: options.timeoutMs ?? defaultTimeoutMs,
      headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage(options.lang) },
      retry: {
        limit,
        methods: ['get', 'put', 'head', 'options'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: MAX_SILENT_WAIT_MS,
        // A service that asks for a longer pause (maintenance, say Retry-After: 30) is not waited out behind a
        // skeleton: the user gets the message and the retry button at once.
        shouldRetry: ({ error }) => (retryAfterMs(error) > MAX_SILENT_WAIT_MS ? false : undefined),
        backoffLimit: 8_000,
        delay: (attempt) => 400 * 2 ** (attempt - 1),
        jitter: (delay) => delay * (0.8 + Math.random() * 0.4),
      },
    });
  }

  async #authHeaders(refresh: boolean): Promise<Record<string, string>> {
    if (!this.options.tokenProvider) return {};
    if (refresh || !this.#token) this.#token = this.options.tokenProvider();
    try {
      const token = await this.#token;
      return token ? { Authorization: `Bearer ${token}` } : {};
    } catch (error) {
      this.#token = null;
      throw error;
    }
  }

  /** Sends a request; on a 401 asks the token provider once more and retries once. */
  async #send(path: string, options: Options): Promise<Response> {
    const early = await earlyAnswer(this, path, options, this.options.timeoutMs ?? defaultTimeoutMs);
    if (early) return early;
    const send = await this.#kyReady();
    const ky = loadedKy!;
    for (let attempt = 0; ; attempt++) {
      const headers = { ...(options.headers as Record<string, string>), ...(await this.#authHeaders(attempt > 0)) };
      try {
        return await send(path, { ...options, headers });
      } catch (error) {
        if (isAbortError(error) || options.signal?.aborted) throw abortError();
        if (error instanceof ky.HTTPError) {
          const status = error.response.status;
          if (status === 401 && attempt === 0 && this.options.tokenProvider) continue;
          throw new ApiError(status, await problemFrom(error.response), retryAfterMs(error));
        }
        if (error instanceof ky.TimeoutError) throw new NetworkError('The request timed out', true, { cause: error });
        throw new NetworkError(error instanceof Error ? error.message : 'Network failure', false, { cause: error });
      }
    }
  }

  async #json<T>(path: string, options: Options): Promise<T> {
    const response = await this.#send(path, options);
    try {
      const body: unknown = await response.json();
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InvalidResponseError(`Expected a JSON object from ${path}`);
      return body as T;
    } catch (error) {
      if (options.signal?.aborted) throw abortError();
      if (error instanceof InvalidResponseError) throw error;
      throw new InvalidResponseError(`Malformed JSON from ${path}`, { cause: error });
    }
  }

  searchDialogs(query: SearchQuery, { signal }: RequestOptions = {}): Promise<SearchResult> {
    return this.#json<SearchResult>('enduser/dialogs', { searchParams: searchParams(query), signal });
  }

  getDialog(dialogId: string, { signal }: RequestOptions = {}): Promise<Dialog> {
    return this.#json<Dialog>(`enduser/dialogs/${encodeURIComponent(dialogId)}`, { signal });
  }

  /** Everyone who has seen the dialog (on demand: the dialog itself only carries the recent entries). */
  getSeenLog(dialogId: string, { signal }: RequestOptions = {}): Promise<DialogSeenLog[]> {
    return this.#jsonArray<DialogSeenLog>(`enduser/dialogs/${encodeURIComponent(dialogId)}/seenlog`, { signal });
  }

  async #jsonArray<T>(path: string, options: Options): Promise<T[]> {
    const response = await this.#send(path, options);
    const body: unknown = await response.json().catch(() => {
      throw new InvalidResponseError(`Malformed JSON from ${path}`);
    });
    if (!Array.isArray(body)) throw new InvalidResponseError(`Expected a JSON array from ${path}`);
    return body as T[];
  }

  getParties({ signal }: RequestOptions = {}): Promise<Parties> {
    return this.#json<Parties>('enduser/parties', { signal });
  }

  getLimits({ signal }: RequestOptions = {}): Promise<Limits> {
    return this.#json<Limits>('metadata/limits', { signal });
  }

  /** The service resources (with their owners) that have dialogs for these parties. */
  getServiceResources(party: string[], { signal }: RequestOptions = {}): Promise<ServiceResourceList> {
    return this.#json<ServiceResourceList>('enduser/serviceresources', { searchParams: searchParams({ party }), signal });
  }

  /**
   * Sets system labels on 1..100 dialogs at once, all or nothing. Give each dialog's endUserContext.revision:
   * one stale revision fails the whole request with 412.
   */
  async bulkSetSystemLabels(
    dialogs: { dialogId: string; endUserContextRevision?: string }[],
    change: { addLabels?: SystemLabel[]; removeLabels?: SystemLabel[] },
    { signal }: RequestOptions = {},
  ): Promise<void> {
    await this.#send('enduser/dialogs/context/systemlabels/actions/bulkset', {
      method: 'post',
      json: { dialogs, addLabels: change.addLabels ?? [], removeLabels: change.removeLabels ?? [] },
      signal,
      retry: 0,
    });
  }
}

