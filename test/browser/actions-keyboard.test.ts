// <dialog-actions> with the keyboard alone: the "More actions" menu has the row menu's model (Enter or ArrowDown
// opens it on its first item, arrows move, Escape closes and gives focus back), and a delete confirmation starts
// on Cancel (Enter twice must not delete). Real key presses.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-actions/define.js';
import type { DialogActionsElement } from '../../components/dialog-actions/dialog-actions.js';
import type { Dialog, DialogGuiAction } from '../../src/api/types.js';
import { echoLog, echoReset, testEnv, until } from './helpers.js';

async function render(actions: Partial<DialogGuiAction>[]): Promise<DialogActionsElement> {
  const { echoUrl } = await testEnv();
  const dialog = {
    id: '0195f0a4-0000-7000-8000-000000000002',
    dialogToken: 'dialog-token-123',
    guiActions: actions.map((a, i) => ({
      id: `k${i}`, action: 'act', httpMethod: 'POST', isAuthorized: true, isDeleteDialogAction: false, priority: 'Tertiary',
      title: [{ languageCode: 'nb', value: `Handling ${i}` }], ...a, url: `${echoUrl}/status/204`,
    })),
  } as Dialog;
  return fixture<DialogActionsElement>(html`<dialog-actions lang="nb" .dialog=${dialog}></dialog-actions>`);
}

const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('<dialog-actions> with the keyboard', () => {
  beforeEach(echoReset);

  for (const key of ['Enter', 'ArrowDown']) {
    it(`${key} on "More actions" opens the menu with focus on its first item; arrows move; Escape closes and returns focus`, async () => {
      const el = await render([{ priority: 'Primary' }, { priority: 'Tertiary' }, { priority: 'Tertiary' }, { priority: 'Tertiary' }]);
      const button = $(el, '[part="menu-button"]');
      const menu = $(el, '[part="menu"]');
      button.focus();
      await sendKeys({ press: key });
      await until(() => menu.matches(':popover-open') && menu.contains(active(el)), 'the menu open with focus inside');
      const items = Array.from(menu.querySelectorAll<HTMLElement>('[part="action"]'));
      expect(active(el)).to.equal(items[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el) === items[1]).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(active(el) === items[2], 'wraps to the last').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !menu.matches(':popover-open'), 'the menu closed');
      expect(active(el) === button, 'focus back on "More actions"').to.equal(true);
    });
  }

  it('a delete confirmation opens on Cancel: Enter twice cancels, nothing is sent', async () => {
    const el = await render([{ priority: 'Primary', httpMethod: 'DELETE', isDeleteDialogAction: true }]);
    const action = $(el, '[part="action"]');
    action.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    expect((dialog.querySelector('button[value="cancel"]') as HTMLElement) === active(el), 'Cancel has focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => !el.shadowRoot!.querySelector('dialog[open]'), 'closed');
    await new Promise((r) => setTimeout(r, 100));
    expect((await echoLog()).length).to.equal(0);
    expect(active(el) === action, 'focus back on the action').to.equal(true);
  });
});
