import type { SystemLabel } from '../api/types.js';

/** What the user can do to many dialogs at once (and to one, from a row's menu). */
export const BULK_ACTIONS = ['archive', 'bin', 'inbox', 'restore', 'unread', 'read'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The API allows 1..100 dialogs per bulkset request; the UI lets the user select at most this many. */
export const MAX_BULK = 100;

export interface LabelChange {
  addLabels: SystemLabel[];
  removeLabels: SystemLabel[];
}

/** Whether the action changes anything for a dialog with these labels (no-ops are not sent). */
export function actionApplies(action: BulkAction, labels: readonly SystemLabel[]): boolean {
  const has = (label: SystemLabel) => labels.includes(label);
  switch (action) {
    case 'archive':
      return !has('Archive');
    case 'bin':
      return !has('Bin');
    case 'inbox':
      return has('Archive');
    case 'restore':
      return has('Bin');
    case 'unread':
      return !has('MarkedAsUnopened');
    case 'read':
      return has('MarkedAsUnopened');
  }
}

/** The actions offered for a dialog with these labels. */
export const actionsFor = (labels: readonly SystemLabel[]): BulkAction[] => BULK_ACTIONS.filter((a) => actionApplies(a, labels));

// Running a change (labelChange, applyLabelChange, bulkSetLabels, fetchRevisions) is in bulk-labels.ts: loaded when the
// user first changes labels.
