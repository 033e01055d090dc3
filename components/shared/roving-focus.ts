import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items in order (one per row): only one of them is in the tab order at a time. */
  items: () => HTMLElement[];
  /** The focusable cells of an item's row, for ArrowLeft/ArrowRight (default: just the item). */
  cells?: (item: HTMLElement) => HTMLElement[];
  /** Windowed lists, where only some items are rendered: how many there are in all, and an item's place among them. */
  count?: () => number | undefined;
  indexOf?: (item: HTMLElement) => number | undefined;
  /** Asked before moving to an item that may not be rendered yet (windowed lists): return it once it is. */
  reveal?: (index: number) => HTMLElement | null | undefined;
  /** Renders every item now, for a list that renders in chunks: asked before ArrowDown, PageDown and End move. */
  renderAll?: () => void;
}

const PAGE = 10;

/**
 * Roving tabindex for a list (WAI-ARIA APG): Tab enters the list once, on the last used item; ArrowUp/Down,
 * Home/End and PageUp/PageDown move between items; ArrowLeft/Right move between the cells of a row. Items and
 * cells are rendered with `tabindex="-1"`; the controller gives `0` to the current one.
 */
export class RovingFocus implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: RovingFocusOptions;
  #current: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment }, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const root = (this.#host as unknown as { renderRoot: EventTarget }).renderRoot ?? this.#host;
    root.addEventListener('keydown', this.#onKey as EventListener);
    root.addEventListener('focusin', this.#onFocus as EventListener);
  }

  hostDisconnected(): void {
    const root = (this.#host as unknown as { renderRoot: EventTarget }).renderRoot ?? this.#host;
    root.removeEventListener('keydown', this.#onKey as EventListener);
    root.removeEventListener('focusin', this.#onFocus as EventListener);
  }

  hostUpdated(): void {
    if (this.#current?.isConnected && this.#current.getAttribute('tabindex') === '0') return;
    this.#current = null;
    const first = this.#options.items()[0];
    if (first) this.#makeCurrent(first);
  }

  /** The item (or cell) that is in the tab order. */
  get current(): HTMLElement | null {
    return this.#current?.isConnected ? this.#current : null;
  }

  /** Moves focus to the current item (e.g. when Escape returns to the list). */
  focus(): boolean {
    const target = this.current ?? this.#options.items()[0];
    target?.focus();
    return Boolean(target);
  }

  #makeCurrent(el: HTMLElement): void {
    if (this.#current && this.#current !== el) this.#current.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    this.#current = el;
  }

  #cells(item: HTMLElement): HTMLElement[] {
    return this.#options.cells?.(item) ?? [item];
  }

  /** The item of the row an element belongs to, and its index. */
  #locate(el: HTMLElement): { items: HTMLElement[]; index: number; item?: HTMLElement } {
    const items = this.#options.items();
    let index = items.indexOf(el);
    if (index < 0 && this.#options.cells) index = items.findIndex((item) => this.#cells(item).includes(el));
    return { items, index, item: items[index] };
  }

  #onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (this.#locate(target).index >= 0) this.#makeCurrent(target);
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'ArrowDown' || event.key === 'PageDown' || event.key === 'End') this.#options.renderAll?.();
    const { items, index: rendered, item } = this.#locate(target);
    if (rendered < 0 || !item) return;
    // Indexes over all items (a windowed list renders some of them).
    const index = this.#options.indexOf?.(item) ?? rendered;
    const count = this.#options.count?.() ?? items.length;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'PageDown':
        next = index + PAGE;
        break;
      case 'PageUp':
        next = index - PAGE;
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        const cells = this.#cells(item);
        const at = cells.indexOf(target);
        const cell = cells[at + (event.key === 'ArrowRight' ? 1 : -1)];
        if (at >= 0 && cell) {
          event.preventDefault();
          this.#makeCurrent(cell);
          cell.focus();
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const clamped = Math.max(0, Math.min(count - 1, next));
    const el = this.#options.reveal?.(clamped) ?? items[clamped];
    if (!el) return;
    this.#makeCurrent(el);
    el.focus();
  };
}
