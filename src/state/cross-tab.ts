import type { SystemLabel } from '../api/types.js';

/** What changed about one dialog in another tab (labels, read state, revision). */
export interface RowPatch {
  id: string;
  labels?: SystemLabel[];
  seen?: boolean;
  /** The new endUserContext.revision, or null when it is not known. */
  rev?: string | null;
}

interface Message {
  v: 1;
  patches: RowPatch[];
}

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

  constructor(baseUrl: string, onPatches: (patches: RowPatch[]) => void) {
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(baseUrl)) : null;
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent<Message>) => {
        const data = event.data;
        if (!data || data.v !== 1 || !Array.isArray(data.patches)) return;
        const patches = data.patches.filter(isPatch).slice(0, 1000);
        if (patches.length) onPatches(patches);
      };
    }
  }

  post(patches: RowPatch[]): void {
    if (patches.length) this.#channel?.postMessage({ v: 1, patches } satisfies Message);
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }
}
