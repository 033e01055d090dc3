import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in the element when an update removes (or hides) the focused control, e.g. a bulk action
 * whose rows are gone or a "Clear search" button that is no longer needed. Without it the browser drops focus to
 * `<body>` and the next Tab starts at the top of the page. After each update: if the element held focus before it
 * and focus is now nowhere, `fallback(lost)` names the control that takes it (the first one that can).
 */
export class FocusKeeper implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #fallback: (lost: HTMLElement) => (HTMLElement | null | undefined)[];
  #focused: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, fallback: (lost: HTMLElement) => (HTMLElement | null | undefined)[]) {
    this.#host = host;
    this.#fallback = fallback;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = (this.#host.shadowRoot?.activeElement as HTMLElement | null) ?? null;
  }

  hostUpdated(): void {
    const lost = this.#focused;
    this.#focused = null;
    if (!lost || (lost.isConnected && lost.checkVisibility?.() !== false)) return;
    if (this.#host.shadowRoot?.activeElement || !focusIsLost()) return;
    for (const target of this.#fallback(lost)) {
      if (!target?.isConnected) continue;
      target.focus();
      if (this.#host.shadowRoot?.activeElement === target) return;
    }
  }
}

/** No element has focus: the document's active element is `<body>` (or nothing). */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

