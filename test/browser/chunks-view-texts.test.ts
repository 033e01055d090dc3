// The built bundle (dist/, `npx vite build` first) in bokmål: the dialog view's texts come with the view's chunk, not
// with the core the first row waits for. The inbox's texts, built before that chunk was loaded, then lack them; once
// it has loaded, the view shows them, and the portal's override of one of them (given before the chunk was there).
import { expect } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb.js';
import { viewNb } from '../../src/i18n/view-nb.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { findDialog, personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('view-texts');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ in bokmål: the view’s texts come with its chunk', () => {
  let inbox: PageInbox & { state: InboxStore; messages?: unknown };
  after(() => closeCdnInbox(key, inbox));

  it('are not in the core; the view shows them and a portal’s override of one of them', async () => {
    await resetDemo();
    const party = await personParty();
    const dialog = await findDialog((d) => d.party === party && (d.activities ?? []).length > 0);
    expect('history' in nb, 'the core’s bokmål has no view texts').to.equal(false);
    // The view's chunk held until the dialog is opened, so the inbox builds its texts before it is here.
    const page = await cdnInbox(key, { 'dialog-code': 'hang' }, 'nb');
    inbox = page.inbox as typeof inbox;
    inbox.messages = { history: 'Hendelser', status: { Completed: 'Ferdig!' } };
    const list = await listOf(inbox);
    await until(() => rows(list).length > 0, 'rows');
    expect('history' in inbox.state.messages('nb'), 'the texts built before the view’s chunk').to.equal(false);
    inbox.state.select(dialog.id!);
    await setChunkFaults(key, {});
    const view = await until(() => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')?.shadowRoot?.querySelector('[part="history"] summary'), 'the history');
    expect(view.textContent!.trim()).to.match(/^Hendelser \(\d+\)$/);
    expect(chunkRequests(await cdnLog(key), 'dialog-code').length).to.equal(1);
    const text = inbox.shadowRoot!.querySelector('dialog-view')!.shadowRoot!.textContent!;
    expect(text).to.not.contain('undefined');
    expect(inbox.state.messages('nb').history).to.equal('Hendelser');
    expect(inbox.state.messages('nb').seenLogShow).to.equal(viewNb.seenLogShow);
  });

});
