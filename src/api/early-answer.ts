import type { Options } from 'ky';
import { acceptLanguage, type ClientOptions } from './client.js';
import { NetworkError } from './errors.js';
import { withTimeout } from '../time-limit.js';

/** What components/early-requests.ts leaves on the global object. */
export interface EarlyRequests {
  language: string;
  credentials: RequestCredentials;
  answers: Map<string, Promise<Response>>;
  /** Settles once a search that waited for GET /parties has been sent (or will not be). */
  ready?: Promise<unknown>;
  /** Aborts the entry's request for this URL (the client gave up on it). */
  cancel?: (url: string) => void;
}

/**
 * An answer the script-tag entry asked for before the client existed (components/early-requests.ts): a plain GET of
 * the same URL with the same language and credentials, taken once; only a successful one is used. One that has not
 * come `timeoutMs` after the client asked for it fails as timed out, as the client's own request would (the entry's
 * requests have no timeout of their own: without this a server that never answers left the list loading for good).
 * Then the entry's request is aborted.
 * (The classic script asks for nothing early: its build leaves this out, vite.classic.config.ts.)
 */
export async function earlyAnswer(client: { baseUrl: string; options: ClientOptions }, path: string, options: Options, timeoutMs: number): Promise<Response | null> {
  const early = (globalThis as Record<symbol, EarlyRequests | undefined>)[Symbol.for('dialog-inbox.early-requests')];
  if (!early || client.options.tokenProvider || options.method) return null;
  if (early.language !== acceptLanguage(client.options.lang) || early.credentials !== (client.options.credentials ?? 'omit')) return null;
  const query = options.searchParams ? new URLSearchParams(options.searchParams as URLSearchParams).toString() : '';
  const url = `${client.baseUrl}/api/v1/${path}${query ? `?${query}` : ''}`;
  const take = async () => {
    if (path === 'enduser/dialogs') await early.ready;
    const answer = early.answers.get(url);
    if (!answer) return null;
    early.answers.delete(url);
    const response = await answer.catch(() => null);
    return response?.ok ? response : null;
  };
  const givenUp = () => {
    early.cancel?.(url); // a hanging request would hold a connection to the server
    return new NetworkError('The request timed out', true);
  };
  return withTimeout(take(), timeoutMs, givenUp);
}
