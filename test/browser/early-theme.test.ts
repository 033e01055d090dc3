// A page with a Designsystemet theme of its own never fetches the fallback theme: not from the entry (which fetches
// it beside the core only where no theme reaches the elements), not from the elements.
import { expect } from '@open-wc/testing';
import { parties, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { BUNDLE, named, proxyInbox } from './page-inbox.js';


describe('the entry on a page with a theme', () => {
  it('does not fetch the fallback theme', async () => {
    await resetDemo();
    const style = document.createElement('style');
    style.textContent = ':root { --ds-color-base-default: #0062ba; }';
    document.head.append(style);
    const [person] = await parties();
    const inbox = proxyInbox({ party: person, children: '<dialog-list page-size="5"></dialog-list><dialog-view></dialog-view>' });
    try {
      await import(/* @vite-ignore */ BUNDLE);
      const list = inbox.querySelector('dialog-list')!;
      await until(() => list.shadowRoot?.querySelector('li[part="row"]'), 'rows', 10_000);
      expect(named(/\/dist\/chunks\/core-[\w-]+\.js$/).length, 'the core chunk').to.equal(1);
      expect(named(/fallback-theme/).length, 'the fallback theme').to.equal(0);
    } finally {
      inbox.remove();
      style.remove();
    }
  });
});
