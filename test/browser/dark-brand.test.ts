// A portal's brand in both colour schemes: the demo portal's brand.css sets its accent scale on the elements, as
// the README recommends, with a dark variant. In dark, with that brand, the inbox (list, open row, dialog,
// actions) passes axe's contrast rules.
import { expect } from '@open-wc/testing';
import { personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { openInbox } from './inbox-fixture.js';

async function portalStyles(): Promise<HTMLStyleElement> {
  const style = document.createElement('style');
  style.textContent = await (await fetch('/demo/portal/public/brand.css')).text();
  document.head.append(style);
  return style;
}

describe('a portal brand in the dark scheme', () => {
  after(resetDemo);

  for (const scheme of ['light', 'dark']) {
    it(`${scheme}: list, open row, dialog and actions pass axe with the demo portal's brand`, async () => {
      await resetDemo();
      const style = await portalStyles();
      try {
        const { el, list, view } = await openInbox(await personParty());
        el.setAttribute('data-color-scheme', scheme);
        const row = list.shadowRoot!.querySelector<HTMLElement>('li[part="row"]')!;
        el.state.select(row.dataset.dialogId!);
        await until(() => view.shadowRoot!.querySelector('article'), 'the dialog');
        await until(() => view.shadowRoot!.querySelector('dialog-actions')?.shadowRoot?.querySelector('[part="action"]'), 'the actions');
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  }
});
