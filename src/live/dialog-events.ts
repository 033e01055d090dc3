/**
 * Live updates for one dialog: the `dialogEvents` GraphQL subscription over server-sent events ("distinct
 * connections" mode), authorized by the dialog token. Reconnects with exponential backoff and jitter
 * (1 s .. 30 s), and reconnects with a fresh token before the 10-minute token runs out.
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
      this.options.onStatus?.('retrying');
      const delay = backoffDelay(this.#attempt++, this.options.minDelayMs, this.options.maxDelayMs);
      await new Promise<void>((resolve) => (this.#timer = setTimeout(resolve, delay)));
    }
  }

  /** One connection; resolves when it ends: 'renew' (planned), 'deleted', or 'failed'. */
  async #connectOnce(): Promise<'renew' | 'deleted' | 'failed'> {
    this.options.onStatus?.('connecting');
    const controller = (this.#controller = new AbortController());
    const renew = setTimeout(() => controller.abort('renew'), this.options.maxConnectionMs ?? 9 * 60_000);
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
        await response.body?.cancel();
        return 'failed';
      }
      this.options.onStatus?.('open');
      this.#attempt = 0;
      return (await this.#read(response.body)) ? 'deleted' : 'failed';
    } catch {
      return controller.signal.reason === 'renew' ? 'renew' : 'failed';
    } finally {
      clearTimeout(renew);
    }
  }

  /** Reads SSE messages until the stream ends; true when the dialog was deleted. */
  async #read(body: ReadableStream<Uint8Array>): Promise<boolean> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      buffer += decoder.decode(value, { stream: true });
      // Messages are separated by a blank line; keep an unfinished tail (and never let it grow unbounded).
      const messages = buffer.split(/\r?\n\r?\n/);
      buffer = messages.pop() ?? '';
      if (buffer.length > 1_000_000) buffer = '';
      for (const message of messages) {
        const type = parseMessage(message);
        if (!type) continue;
        this.options.onEvent(type);
        if (type === 'DIALOG_DELETED') {
          await reader.cancel();
          return true;
        }
      }
    }
  }
}

/** The dialog event in one SSE message, if it is a well-formed `next`. */
export function parseMessage(message: string): DialogEventType | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of message.split(/\r?\n/)) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (event !== 'next' || data.length === 0) return null;
  try {
    const type = JSON.parse(data.join('\n'))?.data?.dialogEvents?.type;
    return type === 'DIALOG_UPDATED' || type === 'DIALOG_DELETED' ? type : null;
  } catch {
    return null;
  }
}
