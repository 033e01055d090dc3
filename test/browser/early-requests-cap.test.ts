// A page that names no party, for a user with more parties than one search may name: the entry sends no search (the
// list searches in batches), fetches ky once the parties and limits have answered, and the list shows the rows.
import { expect } from '@open-wc/testing';
import type { Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, resetDemo, setCap } from './demo-api.js';
import { until } from './helpers.js';
import { BUNDLE, named, proxyInbox } from './page-inbox.js';


describe('the entry on a page that names no party, over the party cap', () => {
  let inbox: HTMLElement;
  before(async () => {
    await resetDemo();
    await setCap(2);
    performance.setResourceTimingBufferSize(100_000);
    inbox = proxyInbox();
    await import(/* @vite-ignore */ BUNDLE);
    await until(() => inbox.querySelector('dialog-list')!.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
  });
  after(async () => {
    inbox.remove();
    await resetDemo();
  });

  it('leaves the searches to the list (in batches of the cap) and fetches ky once the parties have answered', async () => {
    const urns = partyUrns(await api<Parties>('/api/v1/enduser/parties'));
    expect(urns.length, 'more parties than the cap').to.be.greaterThan(2);
    const searches = named(/\/enduser\/dialogs\?/);
    expect(searches.length, 'a search per batch').to.be.at.least(Math.ceil(urns.length / 2));
    for (const search of searches) expect(new URL(search.name).searchParams.getAll('party').length).to.be.at.most(2);
    const parties = named(/\/enduser\/parties$/)[0];
    const ky = named(/\/dist\/chunks\/ky-code-[\w-]+\.js$/);
    expect(ky.length, 'ky, once').to.equal(1);
    expect(named(/\/dist\/chunks\/fan-out-[\w-]+\.js$/).length, 'the fan-out chunk').to.equal(1);
    expect(ky[0].startTime >= parties.responseEnd && ky[0].startTime < searches[0].startTime, `ky requested at ${ky[0].startTime.toFixed(0)} ms`).to.equal(true);
  });
});
