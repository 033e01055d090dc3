// A page that names no party (the list searches all the user's parties): the entry asks for the parties and the
// limits, and sends the list's first search as soon as they have answered, before the client exists; the list uses
// that answer (one search), and the first rows need no ky. The API is the demo portal's proxy (/__portal: it adds
// the token), so the page needs no token provider.
import { expect } from '@open-wc/testing';
import type { Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { BUNDLE, named, proxyInbox } from './page-inbox.js';


describe('the entry on a page that names no party', () => {
  let inbox: HTMLElement;
  let rowsAt = 0;
  before(async () => {
    await resetDemo();
    performance.setResourceTimingBufferSize(100_000);
    inbox = proxyInbox({ lang: 'nb' });
    await import(/* @vite-ignore */ BUNDLE);
    const list = inbox.querySelector('dialog-list')!;
    await until(() => list.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
    rowsAt = performance.now();
  });
  after(() => inbox.remove());

  it('sends the search of all the parties once they have answered, and the list uses it (one search, one parties, one limits)', async () => {
    const searches = named(/\/enduser\/dialogs\?/);
    const parties = named(/\/enduser\/parties$/);
    expect(parties.length, 'parties asked once').to.equal(1);
    expect(named(/\/metadata\/limits$/).length, 'limits asked once').to.equal(1);
    expect(searches.length, `searches: ${searches.map((s) => s.name).join(' ')}`).to.equal(1);
    expect(searches[0].startTime >= parties[0].responseEnd).to.equal(true);
    const sent = new URL(searches[0].name).searchParams;
    // The parties and sub-units the list searches (src/state/parties.ts), in its order.
    expect(sent.getAll('party')).to.deep.equal(partyUrns(await api<Parties>('/api/v1/enduser/parties')));
    expect(sent.get('limit')).to.equal('20');
  });

  it('fetches no ky and no fan-out code before the first rows (the limits say one search fits)', () => {
    expect(named(/\/dist\/chunks\/fan-out-[\w-]+\.js$/).length, 'the fan-out chunk').to.equal(0);
    for (const ky of named(/\/dist\/chunks\/ky-code-[\w-]+\.js$/)) expect(ky.startTime > named(/\/enduser\/dialogs\?/)[0].responseEnd, `ky requested at ${ky.startTime.toFixed(0)} ms`).to.equal(true);
    expect(rowsAt).to.be.greaterThan(0);
  });
});
