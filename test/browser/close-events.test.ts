// Every way of leaving a dialog fires the cancelable dialog-close, so a portal can route it: the back button and
// Escape on a narrow screen ('back'), a deletion ('deleted': the row goes either way; cancelled, the view stays).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DialogCloseEvent } from '../../components/shared/events.js';
import { findDialog, hasAction, personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { openInbox } from './inbox-fixture.js';

const NARROW = 500; // the list is hidden while a dialog is open

describe('dialog-close from every way out', () => {
  let closes: DialogCloseEvent[] = [];
  let cancel = false;
  const record = (e: Event) => {
    closes.push(e as DialogCloseEvent);
    if (cancel) e.preventDefault();
  };
  beforeEach(async () => {
    await resetDemo();
    closes = [];
    cancel = false;
    document.addEventListener('dialog-close', record);
  });
  afterEach(() => document.removeEventListener('dialog-close', record));
  after(resetDemo);

  it('the back button and Escape on a narrow screen fire it; cancelled, the dialog stays open', async () => {
    const { el, list, view } = await openInbox(await personParty(), { width: NARROW });
    const id = list.shadowRoot!.querySelector<HTMLElement>('li[part="row"]')!.dataset.dialogId!;
    const open = async () => {
      el.state.select(id);
      await until(() => view.shadowRoot!.querySelector('[part="title"]') && el.shadowRoot!.querySelector('[part="back"]'), 'the dialog and the back button');
    };
    await open();
    cancel = true;
    el.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
    expect(closes.map((e) => `${e.detail.reason}:${e.detail.dialogId}`)).to.deep.equal([`back:${id}`]);
    await el.updateComplete;
    expect(el.state.selectedId, 'cancelled: still open').to.equal(id);
    cancel = false;
    el.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
    await until(() => el.state.selectedId === null, 'back to the list');
    await open();
    view.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => el.state.selectedId === null, 'Escape: back to the list');
    expect(closes.map((e) => e.detail.reason)).to.deep.equal(['back', 'back', 'back']);
  });

  it('a deletion fires it with reason "deleted": the row goes either way; cancelled, the view stays with its notice', async () => {
    const dialog = await findDialog((d) => hasAction(d, (a) => Boolean(a.isDeleteDialogAction) && /\/delete$/.test(a.url ?? '')) && d.status !== 'Draft');
    await resetDemo();
    const { el, list, view } = await openInbox(dialog.party!);
    el.state.select(dialog.id!);
    const actions = await until(() => view.shadowRoot!.querySelector('dialog-actions')?.shadowRoot, 'the actions');
    cancel = true;
    (await until(() => actions.querySelector<HTMLElement>('[part="action"][data-color="danger"]'), 'delete')).click();
    const confirm = await until(() => actions.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    confirm.querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
    await until(() => closes.length === 1, 'dialog-close');
    expect(closes[0].detail).to.deep.equal({ dialogId: dialog.id, reason: 'deleted' });
    await until(() => !list.shadowRoot!.querySelector(`[data-dialog-id="${dialog.id}"]`), 'the row gone');
    expect(el.state.selectedId, 'cancelled: the view stays').to.equal(dialog.id);
    expect(view.shadowRoot!.textContent).to.contain('Saken ble slettet.');
    // The action's answer and the live stream's DIALOG_DELETED both report it: announced once.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(closes.length).to.equal(1);
  });
});
