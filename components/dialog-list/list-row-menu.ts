import { html, type LitElement } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import type { BulkAction } from '../../src/state/bulk.js';
import { closeWhenFocusLeaves, moveInMenu } from '../shared/menu.js';

export interface RowMenuSource {
  host: LitElement;
  /** Focus to the current row. */
  focusRows(): void;
}

/**
 * The one menu all rows share (a popover anchored to the row's ⋯ button), in the list's extras chunk: its actions
 * are the label runner's, which is there too. It takes focus when it opens and gives it back to the rows.
 */
export class RowMenu {
  /** The row whose menu is open. */
  for: string | null = null;
  #s: RowMenuSource;
  /** The ⋯ whose open menu this press closes (by light dismiss, before the click): its click must not reopen it. */
  #closingMenuOf: string | null = null;

  constructor(source: RowMenuSource) {
    this.#s = source;
  }

  #menu(): HTMLElement | null {
    return this.#s.host.renderRoot.querySelector<HTMLElement>('#row-menu');
  }

  onPointerDown(event: PointerEvent): void {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-act="menu"]');
    this.#closingMenuOf = button?.getAttribute('aria-expanded') === 'true' ? this.for : null;
  }

  /**
   * Opens the menu from a row's ⋯ (or closes it). Not `popovertarget` on every ⋯: the browser then calls every one
   * of them expanded. `source` makes this button alone the invoker (expanded, anchor, light dismiss).
   */
  toggle(id: string, button: HTMLElement): void {
    const menu = this.#menu();
    const closedByThisPress = this.#closingMenuOf === id;
    this.#closingMenuOf = null;
    if (!menu || closedByThisPress) return;
    if (menu.matches(':popover-open')) menu.hidePopover();
    else {
      this.for = id;
      this.#s.host.requestUpdate();
      (menu.showPopover as (options?: { source?: HTMLElement }) => void)({ source: button });
      button.setAttribute('aria-expanded', 'true');
    }
  }

  /** Closes the menu and returns to the rows (after one of its actions). */
  close(): void {
    this.#menu()?.hidePopover();
    this.#s.focusRows();
  }

  /** The menu takes focus when it opens, and gives it back to the rows when it closes with focus inside. */
  async #toggled(menu: HTMLElement, open: boolean): Promise<void> {
    const root = this.#s.host.renderRoot as ShadowRoot;
    if (!open) root.querySelector('[data-act="menu"][aria-expanded="true"]')?.setAttribute('aria-expanded', 'false');
    await this.#s.host.updateComplete;
    const active = root.activeElement;
    if (open) menu.querySelector<HTMLElement>('button')?.focus();
    else if (!active || menu.contains(active)) this.#s.focusRows();
  }

  /** The menu with the actions of the row it is open for (`actions` of that row; none while it is closed). */
  render(t: Messages, actions: BulkAction[], run: (action: BulkAction) => void): unknown {
    return html`<div id="row-menu" class="menu" part="row-menu" popover @focusout=${closeWhenFocusLeaves} @keydown=${moveInMenu}
      @toggle=${(e: ToggleEvent) => void this.#toggled(e.target as HTMLElement, e.newState === 'open')}>
      <ul>
        ${actions.map(
          (action) => html`<li><button class="ds-button" data-action=${action} data-variant="tertiary" data-size="sm" @click=${() => {
            this.close();
            run(action);
          }}>${t.bulk[action]}</button></li>`,
        )}
      </ul>
    </div>`;
  }
}
