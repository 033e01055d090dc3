import { html, nothing } from 'lit';
import { fill, type Messages } from '../../src/i18n/index.js';
import { MAX_BULK, type BulkAction } from '../../src/state/bulk.js';
import { closeWhenFocusLeaves, moveInMenu } from '../shared/menu.js';

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

/** "Select" and, in selection mode, the bar with the count, select-all and the actions. */
export function renderBulkBar(c: BulkContext) {
  const t = c.t;
  const toggle = html`<button class="ds-button" part="select-button" data-variant="tertiary" data-size="sm"
    aria-pressed=${c.selecting ? 'true' : 'false'} @click=${c.toggleSelecting}>${c.selecting ? t.selectDone : t.select}</button>`;
  // One template in both modes, so the toggle stays the same element and keeps the keyboard focus.
  return html`${toggle}${c.selecting ? renderBar(c) : nothing}`;
}

function renderBar(c: BulkContext) {
  const t = c.t;
  return html`<div class="bulk" part="bulk-bar" role="group" aria-label=${t.selectedCount(c.count)}>
      <label class="check"><input type="checkbox" class="input" .checked=${c.allPicked} ?disabled=${!c.shown}
        @change=${(e: Event) => c.pickAll((e.target as HTMLInputElement).checked)} />${t.selectAll}</label>
      <span class="count" part="selected-count" role="status">${t.selectedCount(c.count)}</span>
      ${c.count >= MAX_BULK ? html`<span class="hint">${fill(t.selectMax, { max: MAX_BULK })}</span>` : nothing}
      ${c.actions.map(
        (action) => html`<button class="ds-button" part="bulk-action" data-action=${action} data-variant="secondary" data-size="sm"
          aria-busy=${c.busy === action ? 'true' : 'false'} aria-disabled=${c.busy || !c.count ? 'true' : 'false'}
          @click=${() => !c.busy && c.count && c.run(action)}>${c.busy === action ? t.bulkWorking : t.bulk[action]}</button>`,
      )}
    </div>`;
}

/** The one menu all rows share (a popover anchored to the row's ⋯ button). */
export function renderRowMenu(t: Messages, actions: BulkAction[], run: (action: BulkAction) => void, toggled: (menu: HTMLElement, open: boolean) => void) {
  return html`<div id="row-menu" class="menu" part="row-menu" popover @focusout=${closeWhenFocusLeaves} @keydown=${moveInMenu}
    @toggle=${(e: ToggleEvent) => toggled(e.target as HTMLElement, e.newState === 'open')}>
    <ul>
      ${actions.map(
        (action) => html`<li><button class="ds-button" data-action=${action} data-variant="tertiary" data-size="sm" @click=${() => run(action)}>${t.bulk[action]}</button></li>`,
      )}
    </ul>
  </div>`;
}
