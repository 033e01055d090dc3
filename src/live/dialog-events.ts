/**
 * Live updates for one dialog: the `dialogEvents` GraphQL subscription over server-sent events ("distinct
 * connections" mode), authorized by the dialog token. Reconnects with exponential backoff and jitter
 * (1 s .. 30 s), and reconnects with a fresh token before the 10-minute token runs out.
 *
 * A stream that cannot be opened (network or HTTP error, an answer that is not text/event-stream) or that
 * delivers no byte within `silenceMs` (a proxy that buffers it) is "unavailable": with `onUnavailable` the
 * stream stops and says so (the caller falls back to polling); without it, it retries as after a drop.
 * Events whose `id` is not this dialog's are ignored (a misrouted event must not refresh or close it).
 */
export type DialogEventType = 'DIALOG_UPDATED' | 'DIALOG_DELETED';
export type StreamStatus = 'connecting' | 'open' | 'retrying' | 'stopped';

export interface DialogEventStreamOptions {
  url: string;
  dialogId: string;
  /** The current dialog token; called before every connection (the caller refetches the dialog when it is old). */
  token: () => Promise<string | null | undefined>;
  onEvent: (type: DialogEventType) => void;
  onStatus?: (status: StreamStatus) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Reconnect after this long, with a fresh token (the token lives 10 minutes). */
  maxConnectionMs?: number;
  /** A connection that delivers no byte within this long is given up (a buffering proxy). Default 30 s. */
  silenceMs?: number;
  /** The stream could not be opened, or stayed silent: the stream has stopped. */
  onUnavailable?: () => void;
}

const QUERY = 'subscription sub($dialogId: UUID!) { dialogEvents(dialogId: $dialogId) { id type } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Backoff before attempt n (0-based): 1 s, 2 s, 4 s … capped at 30 s, with jitter between half and all of it. */
export function backoffDelay(attempt: number, min = 1000, max = 30_000, random = Math.random): number {
  const ceiling = Math.min(max, min * 2 ** attempt);
  return Math.max(min, Math.round(ceiling * (0.5 + random() * 0.5)));
}

export class DialogEventStream {
  readonly options: DialogEventStreamOptions;
  #controller: AbortController | null = null;
  #running = false;
  #attempt = 0;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(options: DialogEventStreamOptions) {
    this.options = options;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running || !UUID.test(this.options.dialogId)) return;
    this.#running = true;
    this.#attempt = 0;
    void this.#loop();
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#controller = null;
    this.options.onStatus?.('stopped');
  }

  async #loop(): Promise<void> {
    while (this.#running) {
      const opened = await this.#connectOnce();
      if (!this.#running) return;
      if (opened === 'deleted') {
        this.stop();
        return;
      }
      if (opened === 'renew') continue; // planned reconnect with a fresh token
      if (opened === 'unavailable' && this.options.onUnavailable) {
        this.stop();
        this.options.onUnavailable();
        return;
      }
      this.options.onStatus?.('retrying');
      const delay = backoffDelay(this.#attempt++, this.options.minDelayMs, this.options.maxDelayMs);
      await new Promise<void>((resolve) => (this.#timer = setTimeout(resolve, delay)));
    }
  }

  /**
   * One connection; resolves when it ends: 'renew' (planned), 'deleted', 'failed' (it ended after delivering), or
   * 'unavailable' (it never delivered a byte).
   */
  async #connectOnce(): Promise<'renew' | 'deleted' | 'failed' | 'unavailable'> {
    this.options.onStatus?.('connecting');
    const controller = (this.#controller = new AbortController());
    const renew = setTimeout(() => controller.abort('renew'), this.options.maxConnectionMs ?? 9 * 60_000);
    const silent = setTimeout(() => controller.abort('silent'), this.options.silenceMs ?? 30_000);
    let delivered = false;
    try {
      const token = await this.options.token();
      if (!token || controller.signal.aborted) return 'failed';
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, operationName: 'sub', variables: { dialogId: this.options.dialogId } }),
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
      if (!response.ok || !response.body || !/text\/event-stream/i.test(response.headers.get('content-type') ?? '')) {
        await response.body?.cancel().catch(() => {});
        return 'unavailable';
      }
      const deleted = await this.#read(response.body, controller.signal, () => {
        // The first byte: the stream flows (a buffering proxy would hold it back).
        delivered = true;
        clearTimeout(silent);
        this.#attempt = 0;
        this.options.onStatus?.('open');
      });
      if (deleted) return 'deleted';
    } catch {
      // Ended below.
    } finally {
      clearTimeout(renew);
      clearTimeout(silent);
    }
    if (controller.signal.reason === 'renew') return 'renew';
    return delivered ? 'failed' : 'unavailable';
  }

  /** Reads SSE messages until the stream ends (or `signal` aborts); true when the dialog was deleted. */
  async #read(body: ReadableStream<Uint8Array>, signal: AbortSignal, onFirstByte: () => void): Promise<boolean> {
    const reader = body.getReader();
    // fetch ends its body on abort; a body from elsewhere (a service worker, a test) may not: end it here too.
    const cancel = () => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return await this.#readAll(reader, onFirstByte);
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  async #readAll(reader: ReadableStreamDefaultReader<Uint8Array>, onFirstByte: () => void): Promise<boolean> {
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let first = true;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (first && value.length) {
        first = false;
        onFirstByte();
      }
      for (const message of parser.push(decoder.decode(value, { stream: true }))) {
        // An event for another dialog (misrouted) is ignored: it must not refresh or close this one.
        const type = eventType(message, this.options.dialogId);
        if (!type) continue;
        this.options.onEvent(type);
        if (type === 'DIALOG_DELETED') {
          await reader.cancel().catch(() => {});
          return true;
        }
      }
    }
  }
}

/** The dialog event in one SSE message, if it is a well-formed `next` (for `dialogId` when given). */
export function eventType(message: SseMessage, dialogId?: string): DialogEventType | null {
  if (message.event !== 'next') return null;
  try {
    const event = JSON.parse(message.data)?.data?.dialogEvents;
    if (dialogId !== undefined && String(event?.id).toLowerCase() !== dialogId.toLowerCase()) return null;
    const type = event?.type;
    return type === 'DIALOG_UPDATED' || type === 'DIALOG_DELETED' ? type : null;
  } catch {
    return null;
  }
}

/** The dialog event in one SSE message's text, if it is a well-formed `next`. */
export function parseMessage(message: string, dialogId?: string): DialogEventType | null {
  const [parsed] = new SseParser().push(`${message}\n\n`);
  return parsed ? eventType(parsed, dialogId) : null;
}

/**
 * A server-sent events parser that holds at most `maxBytes` of one message, whatever the stream sends: a line
 * or a message longer than that (an endless line, a proxy's HTML page) is dropped up to the next blank line.
 * Work is linear in the input: each chunk is scanned once.
 */
export interface SseMessage {
  event: string;
  data: string;
}

export class SseParser {
  #maxBytes: number;
  #line = '';
  /** The current line had characters (kept or not): it is not the blank line that ends a message. */
  #lineSeen = false;
  #event = '';
  #data: string[] = [];
  #size = 0;
  /** The current message outgrew the limit: skip it until the blank line that ends it. */
  #skipping = false;
  /** The last chunk ended with \r: a \n starting the next one belongs to it. */
  #afterCr = false;

  constructor(maxBytes = 64 * 1024) {
    this.#maxBytes = maxBytes;
  }

  /** Characters held for the message being read (at most about `maxBytes`). */
  get held(): number {
    return this.#line.length + this.#size;
  }

  /** Feeds decoded text; returns the messages it completed. */
  push(text: string): SseMessage[] {
    const out: SseMessage[] = [];
    let start = 0;
    if (this.#afterCr && text.startsWith('\n')) start = 1;
    this.#afterCr = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.#addToLine(text.slice(start, i));
      this.#endLine(out);
      if (c === 13) {
        if (i + 1 === text.length) this.#afterCr = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    if (start < text.length) this.#addToLine(text.slice(start));
    return out;
  }

  #addToLine(part: string): void {
    if (part) this.#lineSeen = true;
    if (this.#skipping) return;
    if (this.#line.length + part.length + this.#size > this.#maxBytes) {
      this.#skipping = true;
      this.#line = '';
      this.#data = [];
      return;
    }
    this.#line += part;
  }

  #endLine(out: SseMessage[]): void {
    const line = this.#line;
    const blank = !this.#lineSeen;
    this.#line = '';
    this.#lineSeen = false;
    if (blank) {
      if (!this.#skipping && this.#data.length) out.push({ event: this.#event || 'message', data: this.#data.join('\n') });
      this.#event = '';
      this.#data = [];
      this.#size = 0;
      this.#skipping = false;
      return;
    }
    if (this.#skipping || line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.#event = value;
    else if (field === 'data') {
      this.#data.push(value);
      this.#size += value.length + 1;
    }
  }
}
