import type { LitElement } from 'lit';
import { RovingFocus } from '../shared/roving-focus.js';
import type { ListChunks } from './list-chunks.js';
import { rowButton } from './list-row.js';
import type { ListWindow } from './list-window.js';

export interface KeyboardSource {
  host: LitElement;
  chunks: ListChunks;
  /** The window of a long list (only rows near the viewport are rendered); null while every row is. */
  window(): ListWindow | null;
}

/**
 * The rows' keys, in the list's extras chunk: arrows, Home/End and PageUp/Down move between rows; ArrowLeft/Right
 * reach a row's checkbox and menu. The list itself keeps one row in the tab order until this is here, and hands a
 * key pressed before on to it (dialog-list.ts); Escape and Space while selecting are the list's own.
 */
export class ListKeyboard {
  readonly roving: RovingFocus;
  #s: KeyboardSource;

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
        return id === undefined ? undefined : this.reveal(id);
      },
    });
  }

  #renderNow(): void {
    this.#s.host.requestUpdate();
    (this.#s.host as unknown as { performUpdate(): void }).performUpdate();
  }

  /** The row button of a dialog, rendered now if the window did not hold it. */
  reveal(dialogId: string): HTMLElement | null {
    const find = () => rowButton(this.#s.host.renderRoot, dialogId);
    const window = this.#s.window();
    if (!find() && window?.include(window.ids().indexOf(dialogId))) this.#renderNow();
    return find();
  }

  /** Focuses the current row. */
  focusList(): boolean {
    return this.roving.focus();
  }
}
