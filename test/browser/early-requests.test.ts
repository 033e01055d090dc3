// The script-tag entry starts the first requests before the rest of the code has loaded (components/early-requests.ts):
// on a slow network the search is on its way while the core chunk is still downloading, and the list takes that
// answer instead of asking again. Measured from the browser's own request record. The API is the demo portal's
// proxy (it adds the token itself, as a portal's backend does; reached as /__portal on this origin), so the page
// needs no token provider.
import { expect } from '@open-wc/testing';
import { parties, resetDemo } from './demo-api.js';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { until } from './helpers.js';
import { named, proxyInbox } from './page-inbox.js';

// The built bundle from the stand-in CDN, with the core chunk held until the first answers are in: on this machine's
// loopback the core can otherwise arrive (from the browser's cache, after other tests) before the entry has sent its
// requests, and the order would be a race rather than what a slow network shows.
const key = cdnKey('early-requests');
const chunk = (name: string) => new RegExp(`/__cdn/${key}/chunks/${name}-[\\w-]+\\.js$`);


describe('the entry starts the first requests', () => {
  let inbox: HTMLElement;
  before(async () => {
    await resetDemo();
    performance.setResourceTimingBufferSize(100_000);
    const [person, father] = await parties();
    inbox = proxyInbox({ party: `${person} ${father}`, lang: 'nb', children: '<dialog-list page-size="20"></dialog-list><dialog-view></dialog-view>' });
    await setChunkFaults(key, { core: 'hang' });
    void import(/* @vite-ignore */ `/__cdn/${key}/dialog-inbox.js`);
    await until(() => named(/\/enduser\/dialogs\?/).length && named(chunk('fallback-theme')).length, 'the search answered and the theme in, the core held');
    expect(named(chunk('core')).length, 'the core is still held').to.equal(0);
    await setChunkFaults(key, {});
    const list = inbox.querySelector('dialog-list')!;
    await until(() => list.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
  });
  after(async () => {
    inbox.remove();
    await setChunkFaults(key, {});
  });

  it('sends the first search before the core chunk has loaded, and the list uses that answer (one search, one limits)', async () => {
    const searches = named(/\/enduser\/dialogs\?/);
    const core = named(chunk('core'));
    expect(core.length, 'the core chunk').to.equal(1);
    expect(searches.length, `searches: ${searches.map((s) => s.name).join(' ')}`).to.equal(1);
    const search = searches[0];
    expect(search.startTime < core[0].responseEnd, `search sent at ${search.startTime.toFixed(0)} ms, core loaded at ${core[0].responseEnd.toFixed(0)} ms`).to.equal(true);
    expect(new URL(search.name).searchParams.get('limit')).to.equal('20');
    expect(named(/\/metadata\/limits$/).length, 'limits asked once').to.equal(1);
    console.log(`search sent at ${search.startTime.toFixed(0)} ms; core chunk requested at ${core[0].startTime.toFixed(0)} ms, loaded at ${core[0].responseEnd.toFixed(0)} ms`);
  });

  it('asks for the core chunk before its own requests: the core’s download is what the first row waits for', () => {
    const core = named(chunk('core'))[0];
    for (const request of [...named(/\/metadata\/limits$/), ...named(/\/enduser\/dialogs\?/)]) {
      expect(core.startTime <= request.startTime, `core asked at ${core.startTime.toFixed(1)} ms, ${request.name} at ${request.startTime.toFixed(1)} ms`).to.equal(true);
    }
  });

  it('does not fetch the client’s ky beside the core: the first rows do not need it', () => {
    const core = named(chunk('core'));
    const search = named(/\/enduser\/dialogs\?/)[0];
    // Fetched when the browser is idle after the first rows, if it has been yet.
    for (const ky of named(chunk('ky-code'))) {
      expect(ky.startTime > core[0].responseEnd && ky.startTime > search.responseEnd, `ky requested at ${ky.startTime.toFixed(0)} ms`).to.equal(true);
    }
  });

  it('fetches the fallback theme beside the core on a page without a theme (not once the core has run), once', () => {
    expect(getComputedStyle(document.body).getPropertyValue('--ds-color-base-default').trim(), 'this page has no theme of its own').to.equal('');
    const theme = named(chunk('fallback-theme'));
    const core = named(chunk('core'));
    expect(theme.length, 'the fallback theme, once').to.equal(1);
    expect(theme[0].startTime < core[0].responseEnd, `theme requested at ${theme[0].startTime.toFixed(0)} ms, core loaded at ${core[0].responseEnd.toFixed(0)} ms`).to.equal(true);
  });
});
