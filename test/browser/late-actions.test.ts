// A <dialog-actions> placed in a <dialog-inbox> and upgraded before it follows the inbox's open dialog (it used
// to subscribe to a store of its own and render no action at all).
import { expect } from '@open-wc/testing';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import type { Dialog } from '../../src/api/types.js';
import { apiUrl, findDialog, personParty, resetDemo, TOKEN } from './demo-api.js';
import { until } from './helpers.js';

describe('<dialog-actions> upgraded before its <dialog-inbox>', () => {
  after(resetDemo);

  it('shows the actions of the dialog opened in the inbox', async () => {
    await resetDemo();
    const party = await personParty();
    const dialog: Dialog = await findDialog((d) => d.party === party && (d.guiActions ?? []).length > 1);
    await resetDemo();
    const host = document.createElement('div');
    host.innerHTML = `<dialog-inbox api-base-url="${await apiUrl()}" party="${party}"><div><dialog-actions></dialog-actions></div></dialog-inbox>`;
    document.body.append(host);
    const inbox = host.firstElementChild as DialogInboxElement;
    inbox.tokenProvider = async () => TOKEN;
    await import('../../components/dialog-actions/define.js');
    const actions = host.querySelector('dialog-actions')!;
    await (actions as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await import('../../components/dialog-inbox/define.js');
    await customElements.whenDefined('dialog-inbox');
    inbox.state.select(dialog.id!);
    // The inbox's store has the open dialog once something loads it: here only the actions are there, so open it
    // the way the view would, with the dialog as the API gives it.
    inbox.state.dialogChanged(dialog);
    await until(() => actions.shadowRoot!.querySelectorAll('[part="action"]').length > 0, 'the actions');
    expect(actions.shadowRoot!.querySelectorAll('[part="action"]').length).to.equal(dialog.guiActions!.length);
    host.remove();
  });
});
