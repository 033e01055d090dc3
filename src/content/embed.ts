import type { ContentValue } from '../api/types.js';
import { pickLocalization, primaryLanguage } from '../localize.js';
import { safeHttpUrl, serviceUrl } from './url.js';

/** Limits from the contract: embeds answer within 10 s and are at most 100 KB. */
export const EMBED_TIMEOUT_MS = 10_000;
export const EMBED_MAX_BYTES = 100 * 1024;

export type EmbedFormat = 'text/markdown' | 'text/html';

export type EmbedResult =
  /** `lang`: the primary language of the answer's Content-Language, when it names one. */
  | { kind: 'content'; format: EmbedFormat; text: string; lang?: string }
  | { kind: 'empty' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; reason: 'network' | 'timeout' | 'status' | 'type' | 'size' | 'unsafe-url' | 'unsupported'; status?: number };

/**
 * The format an embed promises, from its media type. Accepts the current
 * `application/vnd.dialogporten.frontchannelembed-url;type=text/markdown|text/html` and the deprecated
 * `application/vnd.dialogporten.frontchannelembed+json;type=markdown|html`.
 */
export function embedFormat(mediaType: string | null | undefined): EmbedFormat | null {
  const type = (mediaType ?? '').toLowerCase().replace(/\s+/g, '');
  const match = type.match(/^application\/vnd\.dialogporten\.frontchannelembed(?:-url|\+json);type=(?:text\/)?(markdown|html)$/);
  return match ? (`text/${match[1]}` as EmbedFormat) : null;
}

/** The URL of the best localization of an embed reference, if it is a safe http(s) URL. */
export function embedUrl(reference: ContentValue | null | undefined, lang: string): string | null {
  return safeHttpUrl(pickLocalization(reference?.value, lang)?.value);
}

export interface FetchEmbedOptions {
  dialogToken: string | null | undefined;
  lang: string;
  /** The Dialogporten API's base URL: an embed from the API is refused (the dialog token never goes to the API). */
  apiBase?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Fetches a front-channel embed as the contract says: the dialog token, the UI's Accept-Language, no cookies,
 * 10 s, 100 KB, the Content-Type checked against the promised format. Never throws for the user to see;
 * rethrows only an abort by the caller.
 */
export async function fetchEmbed(reference: ContentValue | null | undefined, options: FetchEmbedOptions): Promise<EmbedResult> {
  const format = embedFormat(reference?.mediaType);
  if (!format) return { kind: 'failed', reason: 'unsupported' };
  const found = embedUrl(reference, options.lang);
  const url = found && serviceUrl(found, options.apiBase);
  if (!url) return { kind: 'failed', reason: 'unsafe-url' };
  const timeout = AbortSignal.timeout(options.timeoutMs ?? EMBED_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: `${format}, text/plain;q=0.1`, 'Accept-Language': options.lang };
  if (options.dialogToken) headers.Authorization = `Bearer ${options.dialogToken}`;
  try {
    const response = await fetch(url, { headers, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal });
    if (response.status === 204) return { kind: 'empty' };
    if (response.status === 401 || response.status === 403) return { kind: 'forbidden' };
    if (!response.ok) return { kind: 'failed', reason: 'status', status: response.status };
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== format) return { kind: 'failed', reason: 'type' };
    const text = await readCapped(response, EMBED_MAX_BYTES);
    if (text === null) return { kind: 'failed', reason: 'size' };
    const lang = primaryLanguage(response.headers.get('content-language')?.split(',')[0]);
    return text.trim() ? { kind: 'content', format, text, ...(lang ? { lang } : {}) } : { kind: 'empty' };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { kind: 'failed', reason: timeout.aborted ? 'timeout' : 'network' };
  }
}

/** Reads a body as UTF-8 up to `max` bytes; null when it is larger (the rest is never downloaded). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Embeds already fetched during this visit, per dialog, URL, language and content version. */
export class EmbedCache {
  #entries = new Map<string, Promise<EmbedResult>>();

  get(key: string, load: () => Promise<EmbedResult>): Promise<EmbedResult> {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = load();
      this.#entries.set(key, entry);
      // Failures are not kept: "try again" must really try again.
      entry.then((result) => result.kind === 'failed' && this.#entries.delete(key), () => this.#entries.delete(key));
    }
    return entry;
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }
}
