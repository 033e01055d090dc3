import { setChunkFaults, type Fault } from '../support/chunk-cdn-client.js';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

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

/** Removes the inboxes, lifts the faults of `key` and restores the demo's data. */
export async function closeCdnInbox(key: string, ...inboxes: HTMLElement[]): Promise<void> {
  for (const inbox of inboxes) inbox.remove();
  await setChunkFaults(key, {});
  await resetDemo();
}

/** The inbox's list, once it has rendered one. */
export const listOf = (inbox: HTMLElement) => until(() => inbox.shadowRoot?.querySelector<HTMLElement>('dialog-list'), 'the list');
