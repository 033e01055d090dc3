import { setChunkFaults, type Fault } from '../support/chunk-cdn-client.js';
import { apiUrl, parties, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until, untilAllRows } from './helpers.js';

export type PageInbox = HTMLElement & { tokenProvider?: () => Promise<string> };

export interface PageInboxOptions {
  /** Space-separated party URNs (default: the person's party). */
  party?: string;
  /**
   * Through the portal's proxy (`/__portal`, which adds the token, as a portal's backend does) and without a token
   * provider: the entry sends the first requests itself. Default: the demo API with a token provider.
   */
  proxy?: boolean;
}

/**
 * A `<dialog-inbox>` in `lang`, put on the page before a bundle defines it, as in a portal's HTML (the entry starts
 * its first requests from it): load the bundle's entry after this.
 */
export async function pageInbox(lang: string, { party, proxy = false }: PageInboxOptions = {}): Promise<PageInbox> {
  const inbox: PageInbox = document.createElement('dialog-inbox');
  inbox.setAttribute('api-base-url', proxy ? '/__portal' : await apiUrl());
  inbox.setAttribute('party', party ?? (await personParty()));
  inbox.setAttribute('lang', lang);
  inbox.style.cssText = 'display:block;width:1100px';
  if (!proxy) inbox.tokenProvider = tokenProvider;
  document.body.append(inbox);
  return inbox;
}

/** The entry's exports a test calls. */
export interface CdnEntry {
  setChunkTimeout(ms: number): void;
}

/**
 * The built bundle (dist/) from the stand-in CDN under `key`, with `faults` in its chunks, over a `pageInbox` put on
 * the page first. `closeCdnInbox` undoes it.
 */
export async function cdnInbox(key: string, faults: Record<string, Fault>, lang: string, options?: PageInboxOptions): Promise<{ inbox: PageInbox; entry: CdnEntry }> {
  await setChunkFaults(key, faults);
  const inbox = await pageInbox(lang, options);
  const entry = (await import(/* @vite-ignore */ `/__cdn/${key}/dialog-inbox.js`)) as CdnEntry;
  return { inbox, entry };
}

/**
 * A `cdnInbox` (English) over three of the user's parties, so that it keeps a line for the party picker, on fresh
 * demo data and with every loaded row shown (with `chunkTimeoutMs` as the chunks' timeout): the inbox, its list and
 * its picker (undefined until its chunk is here).
 */
export async function pickerCdnInbox(key: string, faults: Record<string, Fault>, chunkTimeoutMs?: number): Promise<{ inbox: PageInbox; list: HTMLElement; picker: HTMLElement }> {
  await resetDemo();
  const party = (await parties()).slice(0, 3).join(' ');
  const { inbox, entry } = await cdnInbox(key, faults, 'en', { party });
  if (chunkTimeoutMs) entry.setChunkTimeout(chunkTimeoutMs); // before the first page: no chunk is asked for yet
  const list = await listOf(inbox);
  await untilAllRows(list);
  return { inbox, list, picker: inbox.shadowRoot!.querySelector<HTMLElement>('dialog-party-picker')! };
}

/** Removes the inboxes, lifts the faults of `key` and restores the demo's data. */
export async function closeCdnInbox(key: string, ...inboxes: HTMLElement[]): Promise<void> {
  for (const inbox of inboxes) inbox.remove();
  await setChunkFaults(key, {});
  await resetDemo();
}

/** The inbox's list, once it has rendered one. */
export const listOf = (inbox: HTMLElement) => until(() => inbox.shadowRoot?.querySelector<HTMLElement>('dialog-list'), 'the list');

/** The built bundle's entry, as a portal's page loads it (dist/, built before the browser tests). */
export const BUNDLE = '/dist/dialog-inbox.js';

/**
 * A portal's HTML where the entry sends the first requests itself: `<dialog-inbox api-base-url="/__portal">` (the
 * portal's proxy adds the token, as its backend does) with `children` in it, put on the page before the bundle runs.
 */
export function proxyInbox({ party, lang, children = '<dialog-list page-size="20"></dialog-list>' }: { party?: string; lang?: string; children?: string } = {}): HTMLElement {
  const inbox = document.createElement('dialog-inbox');
  inbox.setAttribute('api-base-url', '/__portal');
  if (party) inbox.setAttribute('party', party);
  if (lang) inbox.setAttribute('lang', lang);
  inbox.innerHTML = children;
  document.body.append(inbox);
  return inbox;
}

/** The page's resource timing entries whose URL matches `pattern`. */
export const named = (pattern: RegExp) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => pattern.test(e.name));

/** Errors and unhandled rejections on the page from now on; `stop()` ends the watch. */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

/**
 * The page's fetches that `answer` answers (it returns a response for a URL it knows, else nothing) are answered so;
 * the others go out. Returns the function that puts the real fetch back.
 */
export function interceptFetch(answer: (url: string, init?: RequestInit) => Promise<Response> | undefined): () => void {
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => answer(input instanceof Request ? input.url : String(input), init) ?? realFetch(input, init);
  return () => {
    window.fetch = realFetch;
  };
}

/**
 * The entry on a page whose requests `answer` may answer itself (interceptFetch), with an inbox through the portal's
 * proxy (proxyInbox): what is thrown meanwhile is in `page.errors`; `close()` undoes it all and resets the demo.
 */
export async function interceptedEntry(answer: (url: string, init?: RequestInit) => Promise<Response> | undefined, options: Parameters<typeof proxyInbox>[0] = {}) {
  const page = watchErrors();
  const restoreFetch = interceptFetch(answer);
  const inbox = proxyInbox(options);
  await import(/* @vite-ignore */ BUNDLE);
  return {
    inbox,
    page,
    close: async () => {
      restoreFetch();
      page.stop();
      inbox.remove();
      await resetDemo();
    },
  };
}
