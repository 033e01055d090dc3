import type { ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../shared/scheduling.js';

/** Rows rendered in the update that shows a new page of more than MORE_ROWS: more than a screenful, painted at once. */
const FIRST_ROWS = 20;
/** Rows added after each paint until all are rendered (and the most rendered at once): every task stays far under 50 ms. */
const MORE_ROWS = 40;

/**
 * Chunked rendering: a big new page's first rows at once and the rest after each paint, so no task runs long.
 * A few rows (a small page, rows back after a failed action) render at once.
 */
export class ListChunks {
  /** How many rows are rendered; the rest follow a chunk per frame. */
  shown = 0;
  #host: ReactiveControllerHost;
  #total: () => number;
  /** Resolves when the next chunk of rows is asked for; null when none is waiting. */
  #next: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost, total: () => number) {
    this.#host = host;
    this.#total = total;
  }

  /** A new first page: start again from its first rows. */
  reset(): void {
    this.shown = 0;
  }

  /** The rows changed: how many to render now, and the next chunk after the paint. */
  plan(): void {
    const total = this.#total();
    this.shown = total - this.shown <= MORE_ROWS ? total : Math.min(total, Math.max(this.shown, FIRST_ROWS));
    if (this.shown >= total || this.#next) return;
    this.#next = new Promise((resolve) =>
      afterNextPaint(() => {
        this.#next = null;
        this.shown = Math.min(this.#total(), this.shown + MORE_ROWS);
        this.#host.requestUpdate();
        resolve();
      }),
    );
  }

  /** Renders every row now (End, or ArrowDown on the last rendered row, while a big page is still coming). */
  showAll(): boolean {
    if (this.shown >= this.#total()) return false;
    this.shown = this.#total();
    return true;
  }

  /** Resolves when every row is rendered. */
  async done(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.#next) {
      await this.#next;
      complete = await updateComplete();
    }
    return complete;
  }
}
