import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint, yieldToBrowser } from '../shared/scheduling.js';

/**
 * Rows rendered in the update that shows a new page: a screenful and one more, painted at once; the rest follow
 * right after that paint. A row is at least about 96 px tall (109 on a phone, 113 on a desktop), so a 823 px phone
 * gets 10, a 1080 px screen 13. Measured on the phone bench (CPU 4×): the first rows' task took 83–105 ms with 10
 * rows, against 106–131 ms with the whole first page (25–30 rows). The screen's height, not the window's: reading
 * `innerHeight` lays the page out (57 ms under a phone's CPU, before the first rows).
 */
export const firstRows = (): number => Math.ceil(screen.height / 96) + 1;
/**
 * Time one chunk of rows may take: the update and the style and layout of its rows, measured together (the layout
 * is done in the same task, so it is counted and not left to the frame). On a phone's CPU (4× slower) a row costs
 * 4× more, so chunks get 4× smaller; the paint comes on top and stays well under the 50 ms of a long task.
 */
export const CHUNK_BUDGET_MS = 16;
const MIN_ROWS = 4;
const MAX_ROWS = 100;
/** Before anything is measured: about what a row costs on a mid-range phone. */
const FIRST_GUESS_MS_PER_ROW = 0.6;

/**
 * Rendering by time, not by count: a big new page's first rows at once, then chunks sized by what a row cost to
 * render so far (each chunk's update takes about CHUNK_BUDGET_MS), yielding to the browser between them
 * (`scheduler.yield()` where it exists: input and paints go first). A few rows render at once.
 */
export class ListChunks implements ReactiveController {
  /** How many rows are rendered; the rest follow a chunk at a time. */
  shown = 0;
  /** Measured time per rendered row, its update and layout (a moving average). */
  msPerRow = FIRST_GUESS_MS_PER_ROW;
  #host: ReactiveControllerHost;
  #total: () => number;
  #now: () => number;
  /** Resolves when the next chunk of rows is asked for; null when none is waiting. */
  #next: Promise<void> | null = null;
  #layout: () => void;
  #rendered = 0;
  #started = 0;
  /** The update now planned was asked for by a chunk (not by new rows). */
  #fromChunk = false;

  /** `layout` makes the browser lay the new rows out now, so that their layout is measured with them. */
  constructor(host: ReactiveControllerHost, total: () => number, layout: () => void = () => {}, now: () => number = () => performance.now()) {
    this.#host = host;
    this.#total = total;
    this.#layout = layout;
    this.#now = now;
    host.addController(this);
  }

  /** How many rows the next chunk adds: what fits the budget at the measured cost. */
  get chunk(): number {
    return Math.max(MIN_ROWS, Math.min(MAX_ROWS, Math.floor(CHUNK_BUDGET_MS / this.msPerRow)));
  }

  hostUpdate(): void {
    this.#started = this.#now();
  }

  hostUpdated(): void {
    const added = this.shown - this.#rendered;
    const first = this.#rendered === 0;
    this.#rendered = this.shown;
    // Learn from updates that added a chunk (the first render's time is mostly everything else).
    if (first || added < MIN_ROWS) return;
    this.#layout();
    this.msPerRow = (this.msPerRow + (this.#now() - this.#started) / added) / 2;
  }

  /** A new first page: start again from its first rows. */
  reset(): void {
    this.shown = 0;
    this.#rendered = 0;
  }

  /** The rows changed: how many to render now, and the next chunk after a yield. */
  plan(): void {
    const total = this.#total();
    if (this.shown > total) this.#rendered = this.shown = total;
    // A chunk is on its way: rows that change meanwhile (the same page again, e.g. with the parties' names) wait for
    // it, and do not all render now, in the task that rendered the first screenful.
    if (this.#next && this.shown) return;
    // All at once when only a few rows would be left for later: after a screenful of a new page, or after a chunk.
    const few = this.shown ? this.chunk : firstRows() + MIN_ROWS;
    this.shown = total - this.shown <= few ? total : Math.min(total, Math.max(this.shown, firstRows()));
    const fromChunk = this.#fromChunk;
    this.#fromChunk = false;
    if (this.shown >= total || this.#next) return;
    // New rows (a page, not a chunk) are painted before the next chunk: the first screenful shows at once.
    const wait = fromChunk ? yieldToBrowser() : new Promise<void>((resolve) => afterNextPaint(resolve));
    this.#next = wait.then(() => {
      this.#next = null;
      this.shown = Math.min(this.#total(), this.shown + this.chunk);
      this.#fromChunk = true;
      this.#host.requestUpdate();
    });
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
