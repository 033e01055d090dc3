import type { LitElement } from 'lit';
import { RovingFocus } from '../shared/roving-focus.js';
import type { ListChunks } from './list-chunks.js';
import type { ListWindow } from './list-window.js';

export interface KeyboardSource {
  host: LitElement;
  chunks: ListChunks;
  /** The window of a long list (only rows near the viewport are rendered); null while every row is. */
  window(): ListWindow | null;
  selecting(): boolean;
  /** Space on a row while selecting picks it. */
  togglePick(id: string): void;
  /** The row whose menu is open. */
  menuFor(): string | null;
  setMenuFor(id: string | null): void;
}

/**
 * The list's keyboard and the one row menu: Tab enters the rows once; arrows, Home/End and PageUp/Down move
 * between rows; ArrowLeft/Right reach a row's checkbox and menu; Escape returns to the rows; Space picks while
 * selecting. The ⋯ of a row opens the shared menu, which takes focus and gives it back to the rows.
 */
export class ListKeyboard {
  readonly roving: RovingFocus;
  #s: KeyboardSource;
  /** The ⋯ whose open menu this press closes (by light dismiss, before the click): its click must not reopen it. */
  #closingMenuOf: string | null = null;

  constructor(source: KeyboardSource) {
    this.#s = source;
    const root = () => source.host.renderRoot;
    this.roving = new RovingFocus(source.host, {
      items: () => Array.from(root().querySelectorAll<HTMLElement>('.row-button')),
      cells: (item) => Array.from(item.parentElement?.querySelectorAll<HTMLElement>('[data-act]') ?? []).filter((cell) => cell.offsetParent !== null),
      // End (or ArrowDown on the last row) while a big page is still rendering in chunks goes to its real last row.
      renderAll: () => {
        if (source.chunks.showAll()) this.#renderNow();
      },
      // In a windowed list the keys move over every loaded row: one outside the window is rendered first.
      count: () => source.window()?.ids().length,
      indexOf: (item) => source.window()?.ids().indexOf(item.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId ?? ''),
      reveal: (index) => {
        const id = source.window()?.ids()[index];
        return id === undefined ? undefined : this.#reveal(id);
      },
    });
  }

  #renderNow(): void {
    this.#s.host.requestUpdate();
    (this.#s.host as unknown as { performUpdate(): void }).performUpdate();
  }

  /** The row button of a dialog, rendered now if the window did not hold it. */
  #reveal(dialogId: string): HTMLElement | null {
    const find = () => this.#s.host.renderRoot.querySelector<HTMLElement>(`[data-dialog-id="${CSS.escape(dialogId)}"] .row-button`);
    const window = this.#s.window();
    if (!find() && window?.include(window.ids().indexOf(dialogId))) this.#renderNow();
    return find();
  }

  #menu(): HTMLElement | null {
    return this.#s.host.renderRoot.querySelector<HTMLElement>('#row-menu');
  }

  /** Focuses the current row. */
  focusList(): boolean {
    return this.roving.focus();
  }

  /** Focuses a dialog's row; false when it is not shown. */
  focusRow(dialogId: string): boolean {
    const row = this.#reveal(dialogId);
    row?.focus();
    return Boolean(row);
  }

  onPointerDown = (event: PointerEvent) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-act="menu"]');
    this.#closingMenuOf = button?.getAttribute('aria-expanded') === 'true' ? this.#s.menuFor() : null;
  };

  onKeydown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') {
      if (target.closest?.('[popover]') || target.matches?.('.row-button')) return;
      if (this.roving.focus()) event.preventDefault();
      return;
    }
    // While selecting, Space picks the focused row instead of opening it.
    if (this.#s.selecting() && event.key === ' ' && target.dataset?.act === 'open') {
      event.preventDefault();
      const id = target.closest<HTMLElement>('[data-dialog-id]')?.dataset.dialogId;
      if (id) this.#s.togglePick(id);
    }
  };

  /**
   * Opens the one row menu from a row's ⋯ (or closes it). Not `popovertarget` on every ⋯: the browser then calls
   * every one of them expanded. `source` makes this button alone the invoker (expanded, anchor, light dismiss).
   */
  toggleMenu(id: string, button: HTMLElement): void {
    const menu = this.#menu();
    const closedByThisPress = this.#closingMenuOf === id;
    this.#closingMenuOf = null;
    if (!menu || closedByThisPress) return;
    if (menu.matches(':popover-open')) menu.hidePopover();
    else {
      this.#s.setMenuFor(id);
      (menu.showPopover as (options?: { source?: HTMLElement }) => void)({ source: button });
      button.setAttribute('aria-expanded', 'true');
    }
  }

  /** Closes the menu and returns to the rows (after one of its actions). */
  closeMenu(): void {
    this.#menu()?.hidePopover();
    this.roving.focus();
  }

  /** The row menu takes focus when it opens, and gives it back to its ⋯ button when it closes. */
  async menuToggled(menu: HTMLElement, open: boolean): Promise<void> {
    const root = this.#s.host.renderRoot as ShadowRoot;
    if (!open) root.querySelector('[data-act="menu"][aria-expanded="true"]')?.setAttribute('aria-expanded', 'false');
    await this.#s.host.updateComplete;
    const active = root.activeElement;
    if (open) menu.querySelector<HTMLElement>('button')?.focus();
    else if (!active || menu.contains(active)) this.roving.focus();
  }
}
