import type { Dialog } from '../api/types.js';

/** What changes when the service owner or the user changes a dialog (to notice a 202's effect). */
export function dialogVersion(dialog: Dialog | null | undefined): string {
  if (!dialog) return '';
  return `${dialog.revision ?? ''}|${dialog.updatedAt ?? ''}|${dialog.contentUpdatedAt ?? ''}|${dialog.status ?? ''}`;
}
