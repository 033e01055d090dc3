// An inbox that names no party around a list that names its own: the entry sends no search of all the user's
// parties (the list searches its own: measured from what the entry left for the client, once its requests that wait
// for GET /parties have left), and fetches ky for the client's search; the list shows its party's rows.
import { expect } from '@open-wc/testing';
import { personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { BUNDLE, named, proxyInbox } from './page-inbox.js';


describe('the entry on a page whose list names its own party inside an inbox that names none', () => {
  it('sends only the list’s search, from the client', async () => {
    await resetDemo();
    performance.setResourceTimingBufferSize(100_000);
    const person = await personParty();
    const inbox = proxyInbox({ children: `<dialog-list page-size="20" party="${person}"></dialog-list>` });
    try {
      await import(/* @vite-ignore */ BUNDLE);
      await until(() => inbox.querySelector('dialog-list')!.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
      // What the entry asked for, once its requests that wait for GET /parties have left (or were left to the client).
      const early = (globalThis as Record<symbol, { answers: Map<string, unknown>; ready: Promise<unknown> }>)[Symbol.for('dialog-inbox.early-requests')];
      await early.ready;
      expect([...early.answers.keys()].filter((url) => url.includes('/enduser/dialogs')), 'searches sent by the entry').to.deep.equal([]);
      const searches = named(/\/enduser\/dialogs\?/);
      expect(searches.map((s) => new URL(s.name).searchParams.getAll('party')), 'the searches’ parties').to.deep.equal([[person]]);
      expect(named(/\/dist\/chunks\/ky-code-[\w-]+\.js$/)[0]?.startTime < searches[0].startTime, 'ky before the search').to.equal(true);
    } finally {
      inbox.remove();
    }
  });
});
