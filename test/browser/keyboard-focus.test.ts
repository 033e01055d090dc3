// Focus is never lost: every control that an update removes or replaces hands keyboard focus to a sensible
// place, found by a keyboard-only review (selecting, bulk actions, clearing the search, a confirmation from the
// "More actions" menu, a deleted dialog, Escape on a narrow screen). Real key presses against the local Dialogporten.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findDialog, hasAction, personParty, resetDemo } from './demo-api.js';
import { deepActive, pressUntil as tabTo, until } from './helpers.js';
import { openInbox } from './inbox-fixture.js';

const focusLost = () => document.activeElement === document.body || !document.activeElement;

/** Focus is on a visible control with a focus indicator. */
function focusShown(): boolean {
  const el = deepActive();
  if (!el || focusLost() || !el.checkVisibility()) return false;
  const style = getComputedStyle(el);
  return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
}

describe('focus is never lost', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('stays on "Select" / "Done selecting", says which rows are picked, and goes to the rows after a bulk action', async () => {
    const { list } = await openInbox(await personParty());
    const toggle = await tabTo('"Select"', (a) => a.matches('[part="select-button"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => list.shadowRoot!.querySelector('[part="bulk-bar"]'), 'the bulk bar');
    expect(deepActive() === toggle, `focus on the toggle, not on ${deepActive()?.localName}`).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Ferdig å velge'); // its name (the button shows an icon)
    const row = await tabTo('a row', (a) => a.matches('.row-button'));
    await sendKeys({ press: 'Space' });
    await until(() => row.textContent!.includes('Valgt:'), 'the row named as picked');
    const count = list.shadowRoot!.querySelector('[part="selected-count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent).to.equal('1 valgt');
    // The actions are buttons when the list is wide, a menu when it is narrow (as here, in the inbox's list column).
    const found = await tabTo('"Move to archive" or "Actions"', (a) => a.matches('[part="bulk-action"][data-action="archive"], [part="bulk-more"]'), 'Shift+Tab');
    if (found.matches('[part="bulk-more"]')) {
      await sendKeys({ press: 'Enter' });
      await until(() => deepActive()?.matches('[part="bulk-menu-action"]'), 'focus in the menu');
      for (let i = 0; i < 6 && !deepActive()!.matches('[data-action="archive"]'); i++) await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()!.matches('[part="bulk-menu-action"][data-action="archive"]'), '"Move to archive" in the menu').to.equal(true);
    }
    await sendKeys({ press: 'Enter' });
    await until(() => /utført for 1/.test(list.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''), 'the announcement');
    expect(focusLost(), 'focus lost after the bulk action').to.equal(false);
    expect(deepActive()!.matches('.row-button, [part="select-button"]')).to.equal(true);
    expect(focusShown()).to.equal(true);
    await tabTo('"Done selecting"', (a) => a.matches('[part="select-button"]'), 'Shift+Tab');
    await sendKeys({ press: 'Enter' });
    await until(() => !list.shadowRoot!.querySelector('[part="bulk-bar"]'), 'selection mode ended');
    expect(deepActive() === toggle, `focus on the toggle, not on ${deepActive()?.localName}`).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Velg');
  });

  it('"Clear search" hands focus to the search field', async () => {
    const { list } = await openInbox(await personParty());
    await tabTo('the search field', (a) => a.matches('#q'));
    await sendKeys({ type: 'vedtak' });
    await sendKeys({ press: 'Enter' });
    const clear = await until(() => list.shadowRoot!.querySelector<HTMLElement>('.clear-search'), '"Clear search"');
    await tabTo('"Clear search"', (a) => a === clear);
    await sendKeys({ press: 'Enter' });
    await until(() => !list.shadowRoot!.querySelector('.clear-search'), 'the search cleared');
    expect(deepActive()!.matches('#q')).to.equal(true);
    expect((deepActive() as HTMLInputElement).value).to.equal('');
  });

  it('a confirmation opened from "More actions" gives focus back to that button; a deleted dialog hands it to the list', async () => {
    const dialog = await findDialog((d) =>
      hasAction(d, (a) => Boolean(a.isDeleteDialogAction) && a.priority === 'Tertiary' && /\/delete$/.test(a.url ?? '')) && d.status !== 'Draft',
    );
    await resetDemo();
    const { el, list, view } = await openInbox(dialog.party!);
    el.state.select(dialog.id!);
    await until(() => view.shadowRoot!.activeElement?.matches('[part="title"]'), 'focus on the dialog title');
    const actions = view.shadowRoot!.querySelector('dialog-actions')!;
    const menuButton = await tabTo('"More actions"', (a) => a.matches('[part="menu-button"]'));
    const openDelete = async () => {
      await sendKeys({ press: 'Enter' });
      await until(() => actions.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'), 'the menu');
      await tabTo('"Delete"', (a) => a.matches('[part="action"][data-color="danger"]'));
      await sendKeys({ press: 'Enter' });
      return until(() => actions.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    };
    const confirm = await openDelete();
    expect(confirm.getAttribute('aria-describedby')).to.equal('confirm-text');
    await sendKeys({ press: 'Escape' });
    await until(() => !confirm.open, 'the confirmation closed');
    await until(() => deepActive() === menuButton, 'focus back on "More actions"');
    expect(focusShown()).to.equal(true);
    await openDelete();
    // The confirmation starts on Cancel (Enter twice must not delete): Shift+Tab to "Delete", then Enter.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await until(() => !list.shadowRoot!.querySelector(`[data-dialog-id="${dialog.id}"]`), 'the row gone');
    await until(() => list.shadowRoot!.contains(deepActive()) && deepActive()!.matches('.row-button'), 'focus on a row of the list');
    expect(focusShown()).to.equal(true);
    expect(view.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Saken ble slettet.');
  });

  it('a row menu moves with the arrow keys, closes when Tab leaves it, and offers "Mark as unread" only on a row that has been read', async () => {
    const { list } = await openInbox(await personParty());
    const rows = Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
    const menuOf = async (row: HTMLElement) => {
      row.querySelector<HTMLElement>('[part="row-menu-button"]')!.click();
      const menu = await until(() => list.shadowRoot!.querySelector<HTMLElement>('#row-menu:popover-open'), 'the row menu');
      await until(() => menu.contains(deepActive()), 'focus in the menu');
      return menu;
    };
    const unreadRow = rows.find((r) => r.classList.contains('unread'))!;
    const readRow = rows.find((r) => !r.classList.contains('unread'))!;
    const items = (menu: HTMLElement) => Array.from(menu.querySelectorAll<HTMLElement>('button')).map((b) => b.dataset.action);
    let menu = await menuOf(unreadRow);
    expect(items(menu)).not.to.include('unread');
    for (let i = 0; i < items(menu).length; i++) await sendKeys({ press: 'Tab' });
    await until(() => !menu.matches(':popover-open'), 'the menu closed when focus left it');
    expect(focusLost()).to.equal(false);
    menu = await menuOf(readRow);
    expect(items(menu)).to.include('unread');
    // Arrow keys move between the items (they scrolled the page before).
    const buttons = Array.from(menu.querySelectorAll('button'));
    expect(deepActive() === buttons[0], 'the first item').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === buttons[1], 'ArrowDown: the second item').to.equal(true);
    await sendKeys({ press: 'End' });
    expect(deepActive() === buttons[buttons.length - 1], 'End: the last item').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === buttons[0], 'ArrowDown on the last: the first').to.equal(true);
    await sendKeys({ press: 'Escape' });
  });

  it('Escape in an open dialog on a narrow screen goes back to the list and its row', async () => {
    const { list } = await openInbox(await personParty(), { width: 320 });
    const row = await tabTo('a row', (a) => a.matches('.row-button'));
    const id = row.closest<HTMLElement>('[data-dialog-id]')!.dataset.dialogId!;
    await sendKeys({ press: 'Enter' });
    await until(() => !list.checkVisibility(), 'the list hidden behind the dialog');
    await until(() => deepActive()?.matches('[part="title"]'), 'focus on the dialog title');
    await sendKeys({ press: 'Escape' });
    await until(() => list.checkVisibility(), 'the list back');
    await until(() => deepActive()?.closest('[data-dialog-id]')?.getAttribute('data-dialog-id') === id, 'focus on its row');
    expect(focusShown()).to.equal(true);
  });
});
