// The entry's first search fails (the service is unavailable for the party) while the core is still on its way:
// the entry fetches ky at once, for the client that will ask again, instead of a round trip after the core has run.
// Then the list says the service is unavailable, with a retry that brings the rows once it is back. The built bundle
// from the stand-in CDN (dist/, `npx vite build` first), with the core chunk held until the test lets it go.
import { expect } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { personParty, resetDemo, setFaults } from './demo-api.js';
import { until } from './helpers.js';
import { proxyInbox } from './page-inbox.js';

const key = cdnKey('early-fail');

describe('the entry’s first search failing while the core loads', () => {
  let inbox: HTMLElement;
  let list: HTMLElement;
  let loading: Promise<unknown>;
  const answered: number[] = [];
  const realFetch = window.fetch;
  const error = () => list.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
  before(async () => {
    await resetDemo();
    const person = await personParty();
    await setFaults({ failParties: [person] });
    await setChunkFaults(key, { core: 'hang' });
    // The searches' answers as they come (a failed answer whose body nobody reads has no resource timing entry).
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await realFetch(input, init);
      if ((input instanceof Request ? input.url : String(input)).includes('/enduser/dialogs?')) answered.push(response.status);
      return response;
    };
    inbox = proxyInbox({ party: person });
    loading = import(/* @vite-ignore */ `/__cdn/${key}/dialog-inbox.js`);
    list = inbox.querySelector('dialog-list')!;
  });
  after(async () => {
    window.fetch = realFetch;
    inbox.remove();
    await setChunkFaults(key, {});
    await resetDemo();
  });

  it('fetches ky once the entry’s search has failed, while the core is still held', async () => {
    await until(() => answered.length > 0, 'the entry’s search answered');
    expect(answered[0]).to.equal(503);
    await until(async () => chunkRequests(await cdnLog(key), 'ky-code').length > 0, 'ky asked for', 5_000);
    expect(customElements.get('dialog-list') === undefined, 'the core has not run yet').to.equal(true);
  });

  it('once the core is there, the list says the service is unavailable; once it is back, Retry brings the rows', async () => {
    await setChunkFaults(key, {});
    await loading;
    const alert = await until(error, 'the list’s error', 10_000);
    expect(alert.querySelector('p')!.textContent).to.equal(nb.errors.unavailable);
    expect(answered.length, 'the client asked again').to.be.at.least(2);
    await setFaults({});
    alert.querySelector('button')!.click();
    await until(() => list.shadowRoot!.querySelector('li[part="row"]'), 'rows', 10_000);
  });
});
