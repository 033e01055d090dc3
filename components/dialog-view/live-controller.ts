import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DialogEventStream, type DialogEventType, type StreamStatus } from '../../src/live/dialog-events.js';

export interface LiveSource {
  /** The stream endpoint, or null when live updates are off. */
  url(): string | null;
  dialogId(): string | null;
  /** A dialog token valid for a while yet (the view refetches the dialog when its token is old). */
  token(): Promise<string | null | undefined>;
  onEvent(type: DialogEventType): void;
  /** The tab became visible again: refetch before reconnecting (events may have been missed). */
  onResume(): Promise<void>;
  /**
   * Refetches the dialog quietly (no error shown): its version, or null when the fetch failed; with the wait a
   * 429 or 503 asked for (Retry-After, ms).
   */
  poll(): Promise<{ version: string | null; retryAfterMs?: number }>;
}

/** The longest Retry-After a poll honours (a wrong or hostile header must not stop the view for days). */
const MAX_RETRY_AFTER_MS = 30 * 60_000;

/** How the view follows its dialog when the stream does not flow (all in ms). */
export interface LiveTimings {
  /** A stream that delivers no byte within this long is given up for polling (a proxy that buffers it). */
  silenceMs: number;
  /** Polling interval, doubled while nothing changes (and after a failure) up to `maxPollMs`. */
  pollMs: number;
  maxPollMs: number;
  /** While polling, the stream is tried again after this long, doubled after each failed try up to `maxRetryMs`. */
  retryMs: number;
  maxRetryMs: number;
}

/**
 * One live subscription per open dialog: started when a dialog is shown, closed while the tab is hidden,
 * resumed (refetch, then reconnect) when it is visible again. When the stream cannot be opened or stays silent
 * (a buffering proxy), the dialog is polled instead (visible tab only) and the stream tried again now and then.
 *
 * `LiveController.timings` sets the timings for every view on the page (a portal or a test; tests shorten them
 * to milliseconds instead of waiting 30 s).
 */
export class LiveController implements ReactiveController {
  static timings: LiveTimings = { silenceMs: 30_000, pollMs: 30_000, maxPollMs: 240_000, retryMs: 120_000, maxRetryMs: 960_000 };

  #host: ReactiveControllerHost;
  #source: LiveSource;
  #stream: DialogEventStream | null = null;
  #key = '';
  status: StreamStatus = 'stopped';
  /** The stream is unavailable: the dialog is polled. */
  #polling = false;
  #pollDelay = 0;
  /** No poll before this (Date.now()): the API asked for a pause with Retry-After. */
  #pauseUntil = 0;
  #retryDelay = 0;
  #version: string | null = null;
  #pollTimer?: ReturnType<typeof setTimeout>;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #staleTimer?: ReturnType<typeof setTimeout>;
  /** A removed view still renders when a fetch lands: it must not start anything then. */
  #connected = false;
  /** When the dialog was last fetched (Date.now()). */
  lastUpdated = 0;

  constructor(host: ReactiveControllerHost, source: LiveSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.status === 'open';
  }

  /** The dialog is being polled (the stream does not flow). */
  get polling(): boolean {
    return this.#polling;
  }

  /** Polling, and the last fetch is older than the polling interval: the view says when it was. */
  get stale(): boolean {
    return this.#polling && this.lastUpdated > 0 && Date.now() - this.lastUpdated > LiveController.timings.pollMs;
  }

  /** The view fetched the dialog (for any reason). */
  markFresh(version: string | null): void {
    this.lastUpdated = Date.now();
    this.#version = version;
    if (!this.#polling || !this.#connected) return;
    // Render again when the text "last updated" becomes due.
    clearTimeout(this.#staleTimer);
    this.#staleTimer = setTimeout(() => this.#host.requestUpdate(), LiveController.timings.pollMs + 50);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
    this.#polling = false;
    this.#key = '';
  }

  /** Call after each render: (re)starts the stream when the dialog or the endpoint changed. */
  sync(): void {
    const url = this.#source.url();
    const id = this.#source.dialogId();
    const key = url && id ? `${url}|${id}` : '';
    if (key === this.#key || !this.#connected) return;
    this.#key = key;
    this.#stop();
    this.#polling = false;
    this.#pauseUntil = 0;
    this.#retryDelay = LiveController.timings.retryMs;
    if (key && document.visibilityState !== 'hidden') this.#start(url!, id!);
  }

  #start(url: string, dialogId: string): void {
    this.#stream?.stop();
    this.#stream = new DialogEventStream({
      url,
      dialogId,
      silenceMs: LiveController.timings.silenceMs,
      token: () => this.#source.token(),
      onEvent: (type) => this.#source.onEvent(type),
      onStatus: (status) => {
        this.status = status;
        if (status === 'open' && this.#polling) this.#streamWorks();
      },
      onUnavailable: () => this.#streamUnavailable(),
    });
    this.#stream.start();
  }

  /** The stream could not be opened or stayed silent: poll, and try the stream again later. */
  #streamUnavailable(): void {
    this.#stream = null;
    if (!this.#polling) {
      this.#polling = true;
      this.#pollDelay = LiveController.timings.pollMs;
      this.#schedulePoll();
      this.#host.requestUpdate();
    }
    this.#scheduleRetry();
  }

  #streamWorks(): void {
    this.#polling = false;
    this.#retryDelay = LiveController.timings.retryMs;
    clearTimeout(this.#pollTimer);
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#staleTimer);
    this.#host.requestUpdate();
  }

  #schedulePoll(): void {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = setTimeout(() => void this.#poll(), this.#pollDelay);
  }

  async #poll(): Promise<void> {
    if (!this.#polling || document.hidden) return;
    const before = this.#version;
    const { version, retryAfterMs = 0 } = await this.#source.poll();
    if (!this.#polling || !this.#key) return;
    const { pollMs, maxPollMs } = LiveController.timings;
    // A change: keep up; nothing new (or a failure): ask less often.
    this.#pollDelay = version !== null && version !== before ? pollMs : Math.min(maxPollMs, this.#pollDelay * 2);
    // A 429 or 503 with Retry-After: not before then (bounded), quietly; the backoff carries on after it.
    const pause = Math.min(MAX_RETRY_AFTER_MS, Math.max(0, retryAfterMs));
    this.#pauseUntil = Date.now() + pause;
    this.#pollDelay = Math.max(this.#pollDelay, pause);
    this.#schedulePoll();
    this.#host.requestUpdate();
  }

  #scheduleRetry(): void {
    clearTimeout(this.#retryTimer);
    const delay = this.#retryDelay;
    this.#retryDelay = Math.min(LiveController.timings.maxRetryMs, delay * 2);
    this.#retryTimer = setTimeout(() => {
      const [url, id] = [this.#source.url(), this.#source.dialogId()];
      if (url && id && !document.hidden) this.#start(url, id);
    }, delay);
  }

  #stop(): void {
    this.#stream?.stop();
    this.#stream = null;
    this.status = 'stopped';
    clearTimeout(this.#pollTimer);
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#staleTimer);
  }

  #onVisibility = async () => {
    if (document.visibilityState === 'hidden') {
      this.#stop();
      return;
    }
    if (!this.#key || this.#stream) return;
    const paused = this.#pauseUntil - Date.now();
    if (this.#polling && paused > 0) {
      // The API asked for a pause: no refetch on return either; poll when it is over.
      this.#pollDelay = paused;
      this.#schedulePoll();
      this.#scheduleRetry();
      return;
    }
    await this.#source.onResume();
    const [url, id] = [this.#source.url(), this.#source.dialogId()];
    if (!url || !id || this.#stream || document.hidden) return;
    if (!this.#polling) {
      this.#start(url, id);
      return;
    }
    // Still polling: the refetch just happened; carry on, and try the stream on its schedule.
    this.#pollDelay = LiveController.timings.pollMs;
    this.#schedulePoll();
    this.#retryDelay = Math.max(LiveController.timings.retryMs, this.#retryDelay / 2);
    this.#scheduleRetry();
  };
}
