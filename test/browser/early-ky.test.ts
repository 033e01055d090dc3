// A page whose first requests are the client's own (a token provider given before the bundle runs: the entry sends
// none of them): the entry fetches the client's ky chunk beside the core, not once the core has run and the first
// request needs it (a round trip later).
import { expect } from '@open-wc/testing';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { BUNDLE, named, pageInbox } from './page-inbox.js';


describe('the entry on a page with a token provider', () => {
  it('fetches ky beside the core, once, and the first rows come', async () => {
    await resetDemo();
    const inbox = await pageInbox('nb');
    try {
      await import(/* @vite-ignore */ BUNDLE);
      await until(() => inbox.shadowRoot?.querySelector('dialog-list')?.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
      const core = named(/\/dist\/chunks\/core-[\w-]+\.js$/);
      const ky = named(/\/dist\/chunks\/ky-code-[\w-]+\.js$/);
      expect(ky.length, 'ky, once').to.equal(1);
      expect(ky[0].startTime < core[0].responseEnd, `ky requested at ${ky[0].startTime.toFixed(0)} ms, core loaded at ${core[0].responseEnd.toFixed(0)} ms`).to.equal(true);
    } finally {
      inbox.remove();
    }
  });
});
