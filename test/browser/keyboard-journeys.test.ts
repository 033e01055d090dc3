// Keyboard-only journeys through the whole inbox with real key presses: find a dialog, open it, run an
// action with a confirmation; archive several dialogs in bulk; switch party. Focus is always somewhere visible.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Dialog } from '../../src/api/types.js';
import { api, personParty, resetDemo } from './demo-api.js';
import { deepActive, pressUntil as tabUntil, until } from './helpers.js';
import { openInbox as inbox } from './inbox-fixture.js';

/** Focus must be visible wherever it is (a focus ring or outline drawn). */
function focusVisible(el: Element): boolean {
  const style = getComputedStyle(el);
  return el.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
}

describe('keyboard-only journeys', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('finds a dialog by search, opens it and runs an action that asks for confirmation', async () => {
    const { el, list, view } = await inbox(await personParty());
    const search = await tabUntil('the search field', (a) => a.matches('input[type="search"]') && list.shadowRoot!.contains(a));
    expect(focusVisible(search)).to.equal(true);
    await sendKeys({ type: 'barnehageplass' });
    await sendKeys({ press: 'Enter' });
    await until(() => list.shadowRoot!.querySelectorAll('li[part="row"]').length === 1, 'one result');
    const row = await tabUntil('the result', (a) => !!a.closest('li[part="row"]') && list.shadowRoot!.contains(a));
    expect(focusVisible(row)).to.equal(true);
    const id = row.closest<HTMLElement>('li[part="row"]')!.dataset.dialogId!;
    await sendKeys({ press: 'Enter' });
    await until(() => view.shadowRoot!.activeElement?.matches('[part="title"]'), 'focus on the dialog title');
    const actions = view.shadowRoot!.querySelector('dialog-actions')!;
    const button = await tabUntil('the primary action', (a) => a.matches('[part="action"][data-variant="primary"]') && actions.shadowRoot!.contains(a));
    expect(focusVisible(button)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const confirm = await until(() => actions.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    expect(confirm.contains(deepActive())).to.equal(true);
    await sendKeys({ press: 'Enter' }); // the first button: confirm
    await until(async () => (await api<Dialog>(`/api/v1/enduser/dialogs/${id}`)).status === 'Completed', 'the action to run', 8000);
    await until(() => view.shadowRoot!.querySelector('[part="status"]')?.textContent === 'Fullført', 'the new status on screen');
    await sendKeys({ press: 'Escape' });
    await until(() => deepActive()?.closest('li[part="row"]')?.getAttribute('data-dialog-id') === id, 'focus back on the row');
    await expect(el).to.be.accessible();
  });

  it('archives several dialogs in bulk', async () => {
    const { list } = await inbox(await personParty());
    await tabUntil('"Select"', (a) => a.matches('[part="select-button"]'));
    await sendKeys({ press: 'Enter' });
    const first = await tabUntil('a row', (a) => !!a.closest('li[part="row"]'));
    const a = first.closest<HTMLElement>('li[part="row"]')!.dataset.dialogId!;
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    const b = deepActive()!.closest<HTMLElement>('li[part="row"]')!.dataset.dialogId!;
    await sendKeys({ press: 'Space' });
    await until(() => list.shadowRoot!.querySelector('[part="selected-count"]')?.textContent === '2 valgt', 'two selected');
    // The bulk bar comes before the rows: go backwards. Its actions are buttons when the list is wide, a menu
    // ("Handlinger") when it is narrow.
    const target = (x: Element) => x.matches('[part="bulk-action"][data-action="archive"], [part="bulk-more"]');
    const found = await tabUntil('"Move to archive" or "Handlinger"', target, 'Shift+Tab', 40);
    if (found.matches('[part="bulk-more"]')) {
      await sendKeys({ press: 'Enter' });
      await until(() => deepActive()?.matches('[part="bulk-menu-action"]'), 'focus in the menu');
      for (let i = 0; i < 6 && !deepActive()!.matches('[data-action="archive"]'); i++) await sendKeys({ press: 'ArrowDown' });
    }
    expect(deepActive()!.matches('[data-action="archive"]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => /utført for 2/.test(list.shadowRoot!.querySelector('[part="message"]')?.textContent ?? ''), 'the announcement');
    for (const id of [a, b]) expect((await api<Dialog>(`/api/v1/enduser/dialogs/${id}`)).endUserContext!.systemLabels).to.include('Archive');
  });

  it('switches party with the party picker', async () => {
    const { el } = await inbox();
    const toggle = await tabUntil('the party picker', (a) => a.matches('[part="toggle"]'));
    expect(focusVisible(toggle)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const picker = el.shadowRoot!.querySelector('dialog-party-picker')!;
    await until(() => !picker.shadowRoot!.querySelector('[part="panel"]')!.hasAttribute('hidden'), 'the open picker');
    // Untick everyone but the first party: Space on each following party.
    const parties = Array.from(picker.shadowRoot!.querySelectorAll('li[part="party"] input'));
    await tabUntil('the first party', (a) => a === parties[0] || (a.matches('input[type="checkbox"]') && picker.shadowRoot!.contains(a)), 'Tab', 20);
    if (!(deepActive() as HTMLInputElement).checked) await sendKeys({ press: 'Space' });
    for (let i = 1; i < parties.length; i++) {
      await sendKeys({ press: 'ArrowDown' });
      const box = deepActive() as HTMLInputElement;
      expect(box.matches('li[part="party"] input')).to.equal(true);
      if (box.checked) await sendKeys({ press: 'Space' });
    }
    await tabUntil('"Show"', (a) => a.matches('[part="apply"]'), 'Tab', 20);
    await sendKeys({ press: 'Enter' });
    await until(() => (el.getAttribute('party') ?? '').split(' ').filter(Boolean).length === 1, 'one party chosen');
  });
});
