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
}

/**
 * One live subscription per open dialog: started when a dialog is shown, closed while the tab is hidden,
 * resumed (refetch, then reconnect) when it is visible again.
 */
export class LiveController implements ReactiveController {
  #source: LiveSource;
  #stream: DialogEventStream | null = null;
  #key = '';
  status: StreamStatus = 'stopped';

  constructor(host: ReactiveControllerHost, source: LiveSource) {
    this.#source = source;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.status === 'open';
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
    this.#key = '';
  }

  /** Call after each render: (re)starts the stream when the dialog or the endpoint changed. */
  sync(): void {
    const url = this.#source.url();
    const id = this.#source.dialogId();
    const key = url && id ? `${url}|${id}` : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#stop();
    if (key && document.visibilityState !== 'hidden') this.#start(url!, id!);
  }

  #start(url: string, dialogId: string): void {
    this.#stream = new DialogEventStream({
      url,
      dialogId,
      token: () => this.#source.token(),
      onEvent: (type) => this.#source.onEvent(type),
      onStatus: (status) => (this.status = status),
    });
    this.#stream.start();
  }

  #stop(): void {
    this.#stream?.stop();
    this.#stream = null;
    this.status = 'stopped';
  }

  #onVisibility = async () => {
    if (document.visibilityState === 'hidden') {
      this.#stop();
      return;
    }
    if (!this.#key || this.#stream) return;
    await this.#source.onResume();
    const [url, id] = [this.#source.url(), this.#source.dialogId()];
    if (url && id && !this.#stream && !document.hidden) this.#start(url, id);
  };
}
