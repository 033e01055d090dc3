// The built bundle (dist/, `npx vite build` first) in bokmål: the texts of what the list's extras chunk renders (the
// bulk bar, the filter panel's fields, the refresh banner) come with that chunk, not with the core the first row waits
// for. The list adds them when the chunk is here; texts built before are rebuilt, a portal's override included.
// (A page of its own: the elements, and so the catalog, are the first bundle's for the rest of a page.)
import { expect } from '@open-wc/testing';
import { extrasNb } from '../../src/i18n/extras-nb.js';
import { nb } from '../../src/i18n/nb.js';
import type { InboxStore } from '../../src/state/inbox-store.js';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('extras-texts');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ in bokmål: the list’s extras bring their texts', () => {
  let inbox: PageInbox & { state: InboxStore; messages?: unknown };
  after(() => closeCdnInbox(key, inbox));

  it('the bulk bar shows them, and a portal’s override given before the chunk was here', async () => {
    await resetDemo();
    expect('selectAll' in nb, 'the core’s bokmål has none of them').to.equal(false);
    // The extras chunk held until the user selects, so the inbox builds its texts before it is here.
    const page = await cdnInbox(key, { 'list-extras': 'hang' }, 'nb');
    inbox = page.inbox as typeof inbox;
    inbox.messages = { selectAll: 'Merk alle' };
    const list = await listOf(inbox);
    await until(() => rows(list).length > 0, 'rows');
    expect('selectAll' in inbox.state.messages('nb'), 'the texts built before the extras chunk').to.equal(false);
    list.shadowRoot!.querySelector<HTMLElement>('[part="select-button"]')!.click();
    await setChunkFaults(key, {});
    const bar = await until(() => list.shadowRoot!.querySelector<HTMLElement>('[part="bulk-bar"]'), 'the bulk bar');
    expect(bar.querySelector('label .visually-hidden')!.textContent).to.equal('Merk alle');
    expect(bar.querySelector('[part="selected-count"]')!.textContent!.trim()).to.equal(extrasNb.selectedCount(0));
    expect(bar.textContent).to.not.contain('undefined');
  });
});
