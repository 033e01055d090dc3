// data-color-scheme on an element: it paints its own background, as Designsystemet's [data-color-scheme] does,
// so the dark scheme on a light page stays readable (axe: no contrast violations).
import { expect } from '@open-wc/testing';
import { personParty, resetDemo } from './demo-api.js';
import { openInbox } from './inbox-fixture.js';

describe('colour scheme', () => {
  after(resetDemo);

  it('dark on a light page: the inbox paints a dark background and passes axe', async () => {
    await resetDemo();
    document.body.style.background = '#f4f7f7';
    try {
      const { el } = await openInbox(await personParty());
      el.setAttribute('data-color-scheme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 24, 26)'); // the fallback theme's dark background
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
    }
  });
});
