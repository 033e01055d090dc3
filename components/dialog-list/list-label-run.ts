import { errorKind, isAbortError } from '../../src/api/errors.js';
import { fill, type Messages } from '../../src/i18n/index.js';
import { actionApplies, type BulkAction } from '../../src/state/bulk.js';
import { applyLabelChange, bulkSetLabels, fetchRevisions, labelChange, StaleRevisionError } from '../../src/state/bulk-labels.js';
import type { Row } from '../../src/state/rows.js';
import { DialogLabelChangeEvent } from './list-events.js';
import type { LabelMessage, LabelsSource, ListLabels } from './list-labels.js';

// Running a label change is in the list's extras chunk: the first rows do not need it (ListLabels.run loads it).

/** The message for an action that failed (`error`); only one from the selection says that the selection is kept. */
function failure(t: () => Messages, action: BulkAction, error: unknown, fromSelection: boolean): LabelMessage {
  const aborted = isAbortError(error);
  const failed = fromSelection ? 'bulkFailed' : 'rowActionFailed';
  return {
    tone: 'danger',
    text: () => fill(t()[failed], { action: t().bulk[action] }) + (aborted ? '' : ` ${t().errors[errorKind(error)] ?? t().errors.generic}`),
  };
}

/**
 * Runs a label action on some rows: announced with the cancelable `dialog-label-change`, applied at once, rolled back
 * on failure (the selection stays).
 */
export async function runLabels(labels: ListLabels, s: LabelsSource, action: BulkAction, ids: readonly string[], fromSelection: boolean): Promise<void> {
  const { pages, host } = s;
  const client = s.client();
  if (!client || labels.busy) return;
  const targets = pages.rows.filter((r) => ids.includes(r.id) && actionApplies(action, r.labels));
  if (!targets.length) return;
  if (!host.dispatchEvent(new DialogLabelChangeEvent(action, Object.freeze(targets.map((r) => r.id))))) return;
  const change = labelChange(action);
  const before = pages.rows;
  const generation = pages.generation;
  const after = (row: Row): Row => ({ ...row, labels: applyLabelChange(row.labels, change), seen: action === 'unread' ? false : action === 'read' ? true : row.seen });
  const targetIds = new Set(targets.map((r) => r.id));
  pages.setRows(pages.rows.flatMap((row) => (targetIds.has(row.id) ? [after(row)].filter((r) => s.belongs(r)) : [row])));
  labels.busy = action;
  labels.message = null;
  labels.changed();
  const t = () => s.t();
  try {
    const parties = targets.map((r) => r.party);
    const { done, gone } = await bulkSetLabels(client, targets, change, (list) => fetchRevisions(client, list, parties));
    const doneIds = new Set(done);
    pages.setRows(pages.rows.filter((r) => !gone.includes(r.id)).map((r) => (doneIds.has(r.id) ? { ...r, rev: null } : r)));
    s.post(targets.filter((r) => doneIds.has(r.id)).map((r) => ({ id: r.id, labels: after(r).labels, seen: after(r).seen, rev: null })));
    s.store().setPicked([...labels.picked].filter((id) => !targetIds.has(id)));
    labels.message = { tone: 'success', text: () => t().bulkDone(t().bulk[action], done.length) + (gone.length ? ` ${t().bulkGone(gone.length)}` : '') };
  } catch (error) {
    if (generation === pages.generation) pages.setRows(before);
    if (error instanceof StaleRevisionError) {
      labels.message = { tone: 'danger', text: () => t().bulkStale };
      pages.reload({ keepSelection: true });
    } else labels.message = failure(t, action, error, fromSelection);
  } finally {
    labels.busy = null;
    labels.changed();
  }
}
