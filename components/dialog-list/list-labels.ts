import type { ReactiveControllerHost } from 'lit';
import type { DialogportenClient } from '../../src/api/client.js';
import { errorKind, isAbortError } from '../../src/api/errors.js';
import { fill, type Messages } from '../../src/i18n/index.js';
import { actionApplies, actionsFor, applyLabelChange, labelChange, MAX_BULK, type BulkAction } from '../../src/state/bulk.js';
import type { RowPatch } from '../../src/state/cross-tab.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import type { Row } from '../../src/state/rows.js';
import { DialogLabelChangeEvent } from './list-events.js';
import { extras } from './list-extras-part.js';
import type { ListPages } from './list-pages.js';

/** `text` runs at render time, so a message follows a change of language. */
export type LabelMessage = { text: () => string; tone: 'success' | 'danger' };

export interface LabelsSource {
  host: ReactiveControllerHost & EventTarget;
  store(): InboxStore;
  client(): DialogportenClient | null;
  t(): Messages;
  pages: ListPages;
  belongs(row: Row): boolean;
  /** Tells the portal's other tabs. */
  post(patches: RowPatch[]): void;
}

/** The label actions that change something for the row ("Mark as unread" not on a row that is still unread). */
export const rowActions = (row: Row) => actionsFor(row.labels).filter((action) => action !== 'unread' || row.seen);

/**
 * Bulk selection (the picked rows live in the store) and label changes (archive, bin, restore, read, unread) on
 * picked rows or one row: announced with the cancelable `dialog-label-change`, applied at once, rolled back on
 * failure (the selection stays).
 */
export class ListLabels {
  selecting = false;
  busy: BulkAction | null = null;
  message: LabelMessage | null = null;
  #s: LabelsSource;

  constructor(source: LabelsSource) {
    this.#s = source;
  }

  get picked(): ReadonlySet<string> {
    return this.#s.store().picked;
  }

  #update(): void {
    this.#s.host.requestUpdate();
  }

  toggleSelecting(): void {
    this.selecting = !this.selecting;
    if (!this.selecting) this.#s.store().setPicked([]);
    this.message = null;
    this.#update();
  }

  pick(id: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on && next.size < MAX_BULK) next.add(id);
    else next.delete(id);
    this.#s.store().setPicked(next);
  }

  pickAll(on: boolean): void {
    this.#s.store().setPicked(on ? this.#s.pages.rows.slice(0, MAX_BULK).map((r) => r.id) : []);
  }

  /** Keeps only picked ids that are still shown. */
  keepShown(): void {
    const shown = new Set(this.#s.pages.rows.map((r) => r.id));
    this.#s.store().setPicked([...this.picked].filter((id) => shown.has(id)));
  }

  /** Runs a label action on some rows: optimistic, rolled back on failure (the selection stays). */
  async run(action: BulkAction, ids: readonly string[], fromSelection = true): Promise<void> {
    const { pages, host } = this.#s;
    const client = this.#s.client();
    if (!client || this.busy) return;
    const targets = pages.rows.filter((r) => ids.includes(r.id) && actionApplies(action, r.labels));
    if (!targets.length) return;
    if (!host.dispatchEvent(new DialogLabelChangeEvent(action, Object.freeze(targets.map((r) => r.id))))) return;
    const change = labelChange(action);
    const before = pages.rows;
    const generation = pages.generation;
    const after = (row: Row): Row => ({ ...row, labels: applyLabelChange(row.labels, change), seen: action === 'unread' ? false : action === 'read' ? true : row.seen });
    const targetIds = new Set(targets.map((r) => r.id));
    pages.setRows(pages.rows.flatMap((row) => (targetIds.has(row.id) ? [after(row)].filter((r) => this.#s.belongs(r)) : [row])));
    this.busy = action;
    this.message = null;
    this.#update();
    const t = () => this.#s.t();
    let stale: (new () => Error) | undefined;
    try {
      // The code that runs the change is a chunk (fetched when the browser was idle, or now); a failure to load it is
      // told and rolled back as any other.
      const { bulkSetLabels, fetchRevisions, StaleRevisionError } = await extras.load();
      stale = StaleRevisionError;
      const parties = targets.map((r) => r.party);
      const { done, gone } = await bulkSetLabels(client, targets, change, (list) => fetchRevisions(client, list, parties));
      const doneIds = new Set(done);
      pages.setRows(pages.rows.filter((r) => !gone.includes(r.id)).map((r) => (doneIds.has(r.id) ? { ...r, rev: null } : r)));
      this.#s.post(targets.filter((r) => doneIds.has(r.id)).map((r) => ({ id: r.id, labels: after(r).labels, seen: after(r).seen, rev: null })));
      this.#s.store().setPicked([...this.picked].filter((id) => !targetIds.has(id)));
      this.message = { tone: 'success', text: () => t().bulkDone(t().bulk[action], done.length) + (gone.length ? ` ${t().bulkGone(gone.length)}` : '') };
    } catch (error) {
      if (generation === pages.generation) pages.setRows(before);
      if (stale && error instanceof stale) {
        this.message = { tone: 'danger', text: () => t().bulkStale };
        pages.reload({ keepSelection: true });
      } else {
        const aborted = isAbortError(error);
        const failed = fromSelection ? 'bulkFailed' : 'rowActionFailed'; // only the first says the selection is kept
        this.message = {
          tone: 'danger',
          text: () => fill(t()[failed], { action: t().bulk[action] }) + (aborted ? '' : ` ${t().errors[errorKind(error)] ?? t().errors.generic}`),
        };
      }
    } finally {
      this.busy = null;
      this.#update();
    }
  }
}
