import type { Dialog } from '../api/types.js';

/**
 * Shared, framework-free state of one inbox: which dialog is open, and news about dialogs that
 * changed or went away, so the list and the view stay in step without refetching each other.
 *
 * Events: `select` (the open dialog id changed), `dialog-changed` (detail: the fresh Dialog),
 * `dialog-removed` (detail: the id of a deleted dialog).
 */
export class InboxState extends EventTarget {
  #selectedId: string | null = null;
  #openDialog: Dialog | null = null;

  get selectedId(): string | null {
    return this.#selectedId;
  }

  /** The dialog as last loaded by the view, with its dialog token. */
  get openDialog(): Dialog | null {
    return this.#openDialog;
  }

  select(dialogId: string | null): void {
    if (dialogId === this.#selectedId) return;
    this.#selectedId = dialogId;
    if (this.#openDialog?.id !== dialogId) this.#openDialog = null;
    this.dispatchEvent(new CustomEvent('select', { detail: dialogId }));
  }

  dialogChanged(dialog: Dialog): void {
    if (dialog.id && dialog.id === this.#selectedId) this.#openDialog = dialog;
    this.dispatchEvent(new CustomEvent('dialog-changed', { detail: dialog }));
  }

  dialogRemoved(dialogId: string, { keepSelection = false } = {}): void {
    if (this.#openDialog?.id === dialogId) this.#openDialog = null;
    this.dispatchEvent(new CustomEvent('dialog-removed', { detail: dialogId }));
    if (this.#selectedId === dialogId && !keepSelection) this.select(null);
  }
}
