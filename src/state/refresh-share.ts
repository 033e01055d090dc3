/**
 * One tab polls for all: of the portal's tabs that show the same query and are visible, the one holding a Web Lock
 * named after that query asks; the others take its answers over the cross-tab channel (cross-tab.ts). A tab that
 * hides, or closes, lets go of the lock, and the next visible one waiting gets it (the browser queues them).
 * Without Web Locks every visible tab asks for itself.
 */
export class RefreshLeader {
  #name = '';
  #onLead: (leading: boolean) => void;
  #abort: AbortController | null = null;
  #release: (() => void) | null = null;
  leading = false;

  constructor(onLead: (leading: boolean) => void) {
    this.#onLead = onLead;
  }

  /** Wants to poll `name` (a query key), or nothing (`null`: hidden, off, removed). */
  want(name: string | null): void {
    if (name === (this.#abort ? this.#name : null)) return;
    this.#letGo();
    if (name === null) return;
    this.#name = name;
    const abort = (this.#abort = new AbortController());
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return this.#set(true);
    const held = new Promise<void>((resolve) => (this.#release = resolve));
    locks
      .request(`dialog-inbox-refresh:${hash(name)}`, { signal: abort.signal }, async () => {
        if (abort.signal.aborted) return;
        this.#set(true);
        await held;
      })
      .catch(() => {}); // aborted while waiting in the queue
  }

  #letGo(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#release?.();
    this.#release = null;
    this.#set(false);
  }

  #set(leading: boolean): void {
    if (leading === this.leading) return;
    this.leading = leading;
    this.#onLead(leading);
  }

  close(): void {
    this.#letGo();
  }
}

/** A short, stable name for a long key (a query over 500 parties is a long string). */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 33) + c) | 0;
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
