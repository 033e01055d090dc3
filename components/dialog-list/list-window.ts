import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Row } from '../../src/state/rows.js';

/** Rows kept on each side of the visible ones: the neighbours a screen reader's browse mode or Tab reach first. */
export const NEAR = 30;
/** The window moves once the rows it should hold differ by this many: a few rows per update, never one per pixel. */
const STEP = 6;
/**
 * Rows are added on each side a few a frame, besides the visible ones: as many as fit in the time a chunk of a new
 * page may take (CHUNK_BUDGET_MS) at what the last steps cost per row (their update, style and layout, measured
 * together; the paint comes on top), at least 1 and at most MAX_ADD. Measured after a jump: 2.4–4 ms a row under a
 * phone's CPU (4× slower), so 2 a side; 0.7–1.1 ms on a desktop, so 8.
 */
const MAX_ADD = 8;
/**
 * The time a chunk of a new page may take, as CHUNK_BUDGET_MS in list-chunks.ts: the same number, not imported (in the
 * classic script the import cost 29 B gzip, its ceiling has none to spare).
 */
const CHUNK_BUDGET_MS = 16;
/** Rows rendered on each side of a row put into the window at once (include); more follow a step a frame. */
const AROUND = 3;
/**
 * At most this many rows are dropped on each side in one update: taking a laid-out row out of the page cost about
 * 0.5 ms under a phone's CPU (165 rows: 20 ms at full speed), so the list that passes `from` sheds the rows above the
 * screen over a few frames instead of in one long task. The spacer grows by their measured height as they go.
 */
const DROP = 40;
/**
 * A focused row stays in the DOM while it is at most this many rows from the window (with every row between). "Show
 * more" focuses its first row, also after a tap, and a phone user scrolls on from there: 150 kept about 170 rows
 * rendered, the window's steps then slow (the phone bench scrolling to 1,000 rows: tasks over 50 ms 38 → 21).
 */
const KEEP_FOCUSED = NEAR;
/** Rows rendered before anything is measured (the top of a new page). */
const FIRST_WINDOW = 2 * NEAR;
/** Height of a row (with the gap after it) before any is measured, px. */
const GUESS_PX = 120;

export interface WindowSource {
  /** The list: its rows and the spacers are in `.groups` in its shadow root. */
  host: ReactiveControllerHost & HTMLElement;
  /** Past this many rows only those near the viewport are in the DOM (below it, every row is). */
  from: number;
  /** Every row loaded, in order. */
  rows(): readonly Row[];
}

/**
 * Windowing for long lists: past `from` rows the list renders only the rows near the viewport (the visible
 * ones and NEAR on each side), between two spacers as tall as the rows they stand for. Heights are measured as rows
 * render and guessed from their average before that. The spacers are estimates: when one is corrected, or rows are
 * added or removed above, the window scrolls by as much as the first visible row moved, so the rows on screen stay
 * where they are (Chromium's own scroll anchoring did not, measured: the rows moved by the new row's height). The window
 * follows scrolling of the page and of any scrolling ancestor, also across shadow roots.
 */
export class ListWindow implements ReactiveController {
  start = 0;
  end = FIRST_WINDOW;
  #s: WindowSource;
  /** Measured height of a row and the space to the next one (its gap, a month heading), by dialog id. */
  #heights = new Map<string, number>();
  #average = GUESS_PX;
  /** Top of each row from the container's top, for these rows and the heights known (rebuilt when either changes). */
  #tops: { ids: readonly string[]; at: Float64Array } | null = null;
  #ids: readonly string[] = [];
  /** The first row rendered: the window follows it when rows are added or removed above. */
  #anchorId: string | null = null;
  /** Where the first visible row was on screen before an update. */
  #keep: { id: string; top: number } | null = null;
  #scrollers: HTMLElement[] | null = null;
  #frame = 0;
  #wasOn = false;
  /** Where the window is heading (the visible rows and NEAR on each side), and the rows that must be rendered now. */
  #target: [number, number] = [0, FIRST_WINDOW];
  #need: [number, number] = [0, 1];
  /** What adding a row cost in the last steps, ms (guessed until one is measured); the update's start; rows added. */
  #perRow = CHUNK_BUDGET_MS / 6;
  #at = 0;
  #added = 0;

  #idsOf: { rows: unknown; ids: string[] } | null = null;

  /** The loaded rows' dialog ids, in order (cached per rows). */
  ids(): readonly string[] {
    const rows = this.#s.rows();
    if (this.#idsOf?.rows !== rows) this.#idsOf = { rows, ids: rows.map((r) => r.id) };
    return this.#idsOf.ids;
  }

  constructor(source: WindowSource) {
    this.#s = source;
    source.host.addController(this);
  }

  /** Whether the list is windowed now. */
  get on(): boolean {
    return this.ids().length > this.#s.from;
  }

  /**
   * The rows to render. The top of a new page renders in chunks (`shown`, the rows they have reached); elsewhere the
   * window's rows render at once (a page loaded again under the user's eyes stays in place).
   */
  range(shown: number): [number, number] {
    if (!this.on) return [0, shown];
    return [this.start, this.start === 0 ? Math.min(this.end, shown) : this.end];
  }

  /** The spacers before and after the rendered rows stand for the rows that are not: as tall as they are, estimated. */
  #sizeSpacers(rendered: HTMLElement[]): void {
    const ids = this.ids();
    const start = rendered.length ? ids.indexOf(rendered[0].dataset.dialogId!) : 0;
    const end = rendered.length ? start + rendered.length : 0;
    const tops = this.#topsNow();
    const [before, after] = this.#spacers();
    // Through the CSSOM (not a style attribute): allowed under a strict CSP.
    before?.style.setProperty('block-size', `${tops[Math.max(0, start)]}px`);
    after?.style.setProperty('block-size', `${tops[ids.length] - tops[Math.max(0, end)]}px`);
  }

  /**
   * A new first page: the window stays on the rows it showed when they are in it (the same view loaded again, e.g.
   * with the news), else it starts at the top.
   */
  reset(): void {
    if (this.#anchorId && this.ids().includes(this.#anchorId)) return;
    this.start = 0;
    this.end = FIRST_WINDOW;
    this.#anchorId = null;
  }

  /** Puts the row at `index` into the window (with AROUND on each side, more follow); true when the window moved. */
  include(index: number): boolean {
    if (!this.on || (index >= this.start && index < this.end)) return false;
    this.start = Math.max(0, index - AROUND);
    this.end = Math.min(this.ids().length, index + AROUND + 1);
    this.#need = [index, index + 1];
    this.#target = [Math.max(0, index - NEAR), index + NEAR + 1];
    this.#anchorId = this.ids()[this.start] ?? null;
    return true;
  }

  hostConnected(): void {
    addEventListener('resize', this.#schedule, { passive: true });
    addEventListener('scroll', this.#schedule, { passive: true });
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.#schedule);
    removeEventListener('scroll', this.#schedule);
    for (const el of this.#scrollers ?? []) el.removeEventListener('scroll', this.#schedule);
    this.#scrollers = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdate(): void {
    this.#at = performance.now();
    const ids = this.ids();
    const on = this.on;
    if (on && !this.#wasOn && this.#rows().length) this.#takeOver(ids);
    else if (ids !== this.#ids) this.#rowsChanged(ids);
    this.#wasOn = on;
    this.#keep = this.on ? this.#firstVisible() : null;
  }

  hostUpdated(): void {
    if (!this.on) {
      // A list that is short again: its spacers (rendered in any case) stand for nothing.
      for (const spacer of this.#spacers()) spacer.style.removeProperty('block-size');
      return;
    }
    this.#watchScrollers();
    // One layout per update: the spacers from what is known so far, then the rows measured (for the next update).
    const rows = this.#rows(); // the same rows for both: sizing the spacers does not change them
    this.#sizeSpacers(rows);
    this.#measure(rows);
    if (this.#added) this.#perRow = (this.#perRow + (performance.now() - this.#at) / this.#added) / 2;
    this.#added = 0;
    this.#restore();
    this.#schedule();
  }

  /**
   * The list grew past `from` with every row rendered (this code is loaded when it is needed, and a shorter list
   * renders every row): the window heads for the rows on screen, found by bisection (reading every row's box took
   * 45 ms under a phone's CPU). It starts as the rows already rendered and sheds the others a step a frame (#step),
   * from the next frame: the update that brought the rows past `from` (a page's answer) then does not also drop rows.
   */
  #takeOver(ids: readonly string[]): void {
    this.#ids = ids;
    this.#watchScrollers();
    const rows = this.#rows();
    const visible = this.#visible();
    // Every row is rendered from the first: the index among them is the index among all.
    const first = this.#firstVisibleRow(rows, visible);
    // None on screen (the list is hidden): the first rows.
    const last = first < 0 || !visible ? 0 : first + Math.ceil((visible[1] - visible[0]) / this.#average);
    this.start = 0;
    this.end = rows.length;
    this.#need = [Math.max(0, first), Math.min(rows.length, last + 1)];
    this.#target = [Math.max(0, first - NEAR), Math.min(ids.length, last + NEAR + 1)];
    this.#anchorId = ids[this.start] ?? null;
  }

  /** Rows were loaded, added or removed: the window keeps its first row (rows added above move it down). */
  #rowsChanged(ids: readonly string[]): void {
    this.#ids = ids;
    const at = this.#anchorId ? ids.indexOf(this.#anchorId) : -1;
    if (at >= 0 && at !== this.start) {
      this.end += at - this.start;
      this.start = at;
    }
    this.start = Math.max(0, Math.min(this.start, ids.length));
    this.end = Math.max(this.start, Math.min(ids.length, this.end));
    this.#anchorId = ids[this.start] ?? null;
  }

  #topsNow(): Float64Array {
    const ids = this.ids();
    if (this.#tops?.ids === ids) return this.#tops.at;
    const at = new Float64Array(ids.length + 1);
    for (let i = 0; i < ids.length; i++) at[i + 1] = at[i] + (this.#heights.get(ids[i]) ?? this.#average);
    this.#tops = { ids, at };
    return at;
  }

  /** The rendered rows' heights: from the top of one to the top of the next (the gap and a heading included). */
  #measure(rows: HTMLElement[]): void {
    // Each row's box read once (each was read twice: as the row and as the next one's).
    const tops = rows.map((row) => row.getBoundingClientRect().top);
    let sum = 0;
    let count = 0;
    for (let i = 0; i + 1 < rows.length; i++) {
      const height = tops[i + 1] - tops[i];
      if (!(height > 0)) continue; // not laid out (hidden), or another column
      const id = rows[i].dataset.dialogId!;
      if (this.#heights.get(id) !== height) this.#tops = null;
      this.#heights.set(id, height);
      sum += height;
      count++;
    }
    if (count) this.#average = (this.#average + sum / count) / 2;
  }

  #container(): HTMLElement | null {
    return this.#s.host.shadowRoot?.querySelector<HTMLElement>('.groups') ?? null;
  }

  /** The dialog id of the row that has focus, if one has. */
  #focusedId(): string | null {
    return (this.#s.host.shadowRoot?.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[part="row"]')?.dataset.dialogId ?? null;
  }

  /** The spacers: the container's first and last children (renderRows); not a query, which walks every row. */
  #spacers(): HTMLElement[] {
    const container = this.#container();
    return [container?.firstElementChild, container?.lastElementChild].filter((el): el is HTMLElement => el instanceof HTMLElement && el.classList.contains('spacer'));
  }

  /**
   * The rendered rows, in order: the rows of each month's list (renderRows), read from the months' children, not by a
   * query (a query walks every element of every row: about 4 ms a frame under a phone's CPU with 200 rows rendered).
   */
  #rows(): HTMLElement[] {
    const rows: HTMLElement[] = [];
    for (const month of Array.from(this.#container()?.children ?? [])) {
      const list = month.lastElementChild;
      if (list?.localName === 'ul') rows.push(...(Array.from(list.children) as HTMLElement[]));
    }
    return rows;
  }

  /** The visible part of the container, in px from its top; null when none of it is visible. */
  #visible(): [number, number] | null {
    const container = this.#container();
    if (!container) return null;
    const box = container.getBoundingClientRect();
    let top = 0;
    let bottom = innerHeight;
    for (const el of this.#scrollers ?? []) {
      const clip = el.getBoundingClientRect();
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
    }
    if (bottom <= top || box.height === 0) return null;
    return [Math.max(0, top - box.top), Math.max(0, bottom - box.top)];
  }

  #schedule = (): void => {
    if (this.#frame || !this.on) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#follow(true);
    });
  };

  /**
   * Moves the window toward the rows now visible and NEAR on each side, when they differ by STEP rows or more from
   * the ones it holds, a step a frame (see #step).
   */
  #follow(update: boolean): void {
    const visible = this.#visible();
    if (!visible) return;
    const tops = this.#topsNow();
    const total = this.ids().length;
    const first = Math.max(0, upperBound(tops, visible[0]) - 1);
    const last = Math.min(total - 1, upperBound(tops, visible[1]) - 1);
    let start = Math.max(0, first - NEAR);
    let end = Math.min(total, last + NEAR + 1);
    // The focused row stays rendered while it is near (a screen reader or a Tab goes on from it).
    const focused = this.#focusedId();
    const f = focused ? this.ids().indexOf(focused) : -1;
    if (f >= 0 && f >= start - KEEP_FOCUSED && f < end + KEEP_FOCUSED) {
      start = Math.min(start, f);
      end = Math.max(end, f + 1);
    }
    this.#target = [start, end];
    this.#need = [first, last + 1];
    const covered = first >= this.start && last < this.end;
    if (covered && Math.abs(start - this.start) < STEP && Math.abs(end - this.end) < STEP) return;
    if (this.#step() && update) this.#s.host.requestUpdate();
  }

  /**
   * One step of the rendered rows toward the target: the visible rows at once (after a jump only they), a few more
   * on each side (CHUNK_BUDGET_MS), and at most DROP of those past the target dropped on each side. The next step
   * comes in the next frame, until the target is reached.
   */
  #step(): boolean {
    const [ts, te] = this.#target;
    const [ns, ne] = this.#need;
    let { start, end } = this;
    if (ne <= start || ns >= end) [start, end] = [ns, ne];
    const add = Math.max(1, Math.min(MAX_ADD, Math.floor(CHUNK_BUDGET_MS / 2 / this.#perRow)));
    start = Math.min(ns, Math.max(ts, start - add), start + DROP);
    end = Math.max(ne, Math.min(te, end + add), end - DROP);
    if (start === this.start && end === this.end) return false;
    // Rows new to the window (after a jump: all of them).
    this.#added = end - start - Math.max(0, Math.min(end, this.end) - Math.max(start, this.start));
    this.start = start;
    this.end = end;
    this.#anchorId = this.ids()[start] ?? null;
    return true;
  }

  /** Scrolling ancestors (through shadow roots and slots): the window follows their scrolling too. */
  #watchScrollers(): void {
    if (this.#scrollers) return;
    this.#scrollers = [];
    for (let el = parentOf(this.#s.host); el && el !== document.documentElement && el !== document.body; el = parentOf(el)) {
      const style = getComputedStyle(el);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowY)) {
        this.#scrollers.push(el);
        el.addEventListener('scroll', this.#schedule, { passive: true });
      }
    }
  }

  #firstVisible(): { id: string; top: number } | null {
    const rows = this.#rows();
    const row = rows[this.#firstVisibleRow(rows, this.#visible())];
    return row ? { id: row.dataset.dialogId!, top: row.getBoundingClientRect().top } : null;
  }

  /** The index among the rendered rows of the first one on screen (bisection: rows are in order); -1 when none. */
  #firstVisibleRow(rows: HTMLElement[], visible: [number, number] | null): number {
    const container = this.#container();
    if (!visible || !container || !rows.length) return -1;
    const top = container.getBoundingClientRect().top + visible[0];
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].getBoundingClientRect().bottom > top) hi = mid;
      else lo = mid + 1;
    }
    return lo < rows.length ? lo : -1;
  }

  /**
   * Scrolls by as much as the first visible row moved in this update, after the browser's own scroll anchoring (if
   * any: it adjusts in the layout this measurement forces, so only what is left is corrected, never twice).
   */
  #restore(): void {
    const keep = this.#keep;
    this.#keep = null;
    if (!keep) return;
    const row = this.#container()?.querySelector<HTMLElement>(`li[data-dialog-id="${CSS.escape(keep.id)}"]`);
    const moved = row ? row.getBoundingClientRect().top - keep.top : 0;
    if (Math.abs(moved) < 1) return;
    const scroller = this.#scrollers?.find((el) => el.scrollHeight > el.clientHeight);
    if (scroller) scroller.scrollTop += moved;
    else scrollBy(0, moved);
  }
}

/** The composed parent: a slotted element's slot, a shadow root's host. */
function parentOf(el: Element): HTMLElement | null {
  return (el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as HTMLElement | undefined) ?? null) as HTMLElement | null;
}

/** The first index whose value is greater than `value` (values ascending). */
function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
