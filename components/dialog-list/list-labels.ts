import type { ReactiveControllerHost } from 'lit';
import type { DialogportenClient } from '../../src/api/client.js';
import type { Messages } from '../../src/i18n/index.js';
import { actionsFor, MAX_BULK, type BulkAction } from '../../src/state/bulk.js';
import type { RowPatch } from '../../src/state/cross-tab.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import type { Row } from '../../src/state/rows.js';
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

  /** Renders the list again (the run in the extras chunk changes `busy` and `message`). */
  changed(): void {
    this.#update();
  }

  /**
   * Runs a label action on some rows: optimistic, rolled back on failure (the selection stays). Its code is in the
   * list's extras chunk (list-label-run.ts), as are the bulk bar and the rows' menu that offer the actions: it is here.
   */
  async run(action: BulkAction, ids: readonly string[], fromSelection = true): Promise<void> {
    await (await extras.load()).runLabels(this, this.#s, action, ids, fromSelection);
  }
}
