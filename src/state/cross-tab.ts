import type { SystemLabel } from '../api/types.js';

/** What changed about one dialog in another tab (labels, read state, revision). */
export interface RowPatch {
  id: string;
  labels?: SystemLabel[];
  seen?: boolean;
  /** The new endUserContext.revision, or null when it is not known. */
  rev?: string | null;
}

/** A first page one tab asked for the others that show the same query (see refresh-share.ts). Items are untrusted. */
export interface SharedPage {
  /** The query's key (API base, query): only tabs showing the same take it. */
  key: string;
  /** When it was asked (ms since the epoch). */
  at: number;
  items: unknown[];
  hasNextPage: boolean;
  orderBy?: string | null;
}

interface Message {
  v: 1;
  patches?: RowPatch[];
  page?: SharedPage;
}

const isPage = (p: unknown): p is SharedPage =>
  Boolean(p) && typeof p === 'object' && typeof (p as SharedPage).key === 'string' && Number.isFinite((p as SharedPage).at) &&
  Array.isArray((p as SharedPage).items) && (p as SharedPage).items.length <= 1000 && typeof (p as SharedPage).hasNextPage === 'boolean';

const isPatch = (p: unknown): p is RowPatch =>
  Boolean(p) && typeof p === 'object' && typeof (p as RowPatch).id === 'string' &&
  ((p as RowPatch).labels === undefined || (Array.isArray((p as RowPatch).labels) && (p as RowPatch).labels!.every((l) => typeof l === 'string'))) &&
  ((p as RowPatch).seen === undefined || typeof (p as RowPatch).seen === 'boolean');

/** The channel name: one per API base URL, so inboxes on different APIs never mix. */
export const channelName = (baseUrl: string) => `dialog-inbox:${baseUrl}`;

/**
 * Tells the portal's other tabs (same origin, same API base URL) about label and read-state changes, and
 * hears theirs. Messages are validated: another script on the origin could post anything.
 */
export class CrossTab {
  #channel: BroadcastChannel | null;

  constructor(baseUrl: string, onPatches: (patches: RowPatch[]) => void, onPage?: (page: SharedPage) => void) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(baseUrl)) : null;
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent<Message>) => {
        const data = event.data;
        if (data?.v === 1 && isPage(data.page)) return onPage?.(data.page);
        if (!data || data.v !== 1 || !Array.isArray(data.patches)) return;
        const patches = data.patches.filter(isPatch).slice(0, 1000);
        if (patches.length) onPatches(patches);
      };
    }
  }

  post(patches: RowPatch[]): void {
    if (patches.length) this.#channel?.postMessage({ v: 1, patches } satisfies Message);
  }

  /** Gives a refreshed first page to the tabs that show the same query. */
  share(page: SharedPage): void {
    this.#channel?.postMessage({ v: 1, page } satisfies Message);
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }
}
