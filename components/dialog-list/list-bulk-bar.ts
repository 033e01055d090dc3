import { html, nothing } from 'lit';
import { fill } from '../../src/i18n/index.js';
import { MAX_BULK, type BulkAction } from '../../src/state/bulk.js';
import { closeWhenFocusLeaves, moveInMenu } from '../shared/menu.js';
import type { BulkContext } from './list-bulk.js';

// The bulk bar is in the list's extras chunk: only selecting shows it, and the first rows do not wait for it.

/**
 * In selection mode: one bar (sticky above the rows) with select-all, the count and the actions; when the list is
 * narrow the actions move into a menu (CSS shows one of the two).
 */
export function renderBulkBar(c: BulkContext) {
  const t = c.t;
  const action = (action: BulkAction, part: string) => html`<button class="ds-button" part=${part} data-action=${action}
    data-variant=${part === 'bulk-action' ? 'secondary' : 'tertiary'} data-size="sm" aria-busy=${c.busy === action ? 'true' : 'false'}
    aria-disabled=${c.busy || !c.count ? 'true' : 'false'} @click=${(e: Event) => {
      (e.currentTarget as HTMLElement).closest<HTMLElement>('[popover]')?.hidePopover(); // the menu closes, focus back on its button
      if (!c.busy && c.count) c.run(action);
    }}>${c.busy === action ? t.bulkWorking : t.bulk[action]}</button>`;
  return html`<div class="bulk" part="bulk-bar" role="group" aria-label=${t.selectedCount(c.count)}>
      <label class="check"><input type="checkbox" class="input" .checked=${c.allPicked} ?disabled=${!c.shown}
        @change=${(e: Event) => c.pickAll((e.target as HTMLInputElement).checked)} /><span class="visually-hidden">${t.selectAll}</span></label>
      <span class="count" part="selected-count" role="status">${t.selectedCount(c.count)}</span>
      ${c.count >= MAX_BULK ? html`<span class="hint">${fill(t.selectMax, { max: MAX_BULK })}</span>` : nothing}
      ${c.actions.length
        ? html`<span class="bulk-actions">${c.actions.map((a) => action(a, 'bulk-action'))}</span>
            <button class="ds-button bulk-more" part="bulk-more" data-variant="secondary" data-size="sm" popovertarget="bulk-menu"
              aria-haspopup="true">${t.bulkMore}</button>
            <div id="bulk-menu" class="menu" part="bulk-menu" popover @focusout=${closeWhenFocusLeaves} @keydown=${moveInMenu}
              @toggle=${(e: ToggleEvent) => e.newState === 'open' && (e.target as HTMLElement).querySelector('button')?.focus()}>
              <ul>${c.actions.map((a) => html`<li>${action(a, 'bulk-menu-action')}</li>`)}</ul>
            </div>`
        : nothing}
    </div>`;
}
