import { html } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import type { BulkAction } from '../../src/state/bulk.js';
import { icon } from '../shared/icons.js';
import { SELECT } from '../shared/icons.gen.js';

export interface BulkContext {
  t: Messages;
  selecting: boolean;
  count: number;
  /** Rows shown (select all picks at most MAX_BULK of them). */
  shown: number;
  allPicked: boolean;
  /** Actions that apply to at least one picked row. */
  actions: BulkAction[];
  busy: BulkAction | null;
  toggleSelecting(): void;
  pickAll(on: boolean): void;
  run(action: BulkAction): void;
}

/** The select-mode toggle: an icon button in the toolbar (its name says "Select" or "Done selecting"). */
export function renderSelectToggle(c: BulkContext) {
  const t = c.t;
  const name = c.selecting ? t.selectDone : t.select;
  return html`<button class="ds-button icon-button" part="select-button" data-variant=${c.selecting ? 'primary' : 'tertiary'} data-size="sm"
    title=${name} aria-pressed=${c.selecting ? 'true' : 'false'} @click=${c.toggleSelecting}>${icon(SELECT)}<span class="visually-hidden">${name}</span></button>`;
}
