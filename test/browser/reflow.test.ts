// WCAG 1.4.10 Reflow: at 320 and 640 CSS px nothing needs horizontal scrolling and nothing is cut off.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, findDialog, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';
import { inSidewaysScroller } from '../../stories/fixtures/harness.js';

/** Every element in every shadow root below `root` that is wider than `max` or overflows sideways. */
function overflowing(root: Element, max: number): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > max + 1 && !inSidewaysScroller(el)) found.push(`${el.localName}.${(el.getAttribute('class') ?? '').split(' ')[0]} right=${Math.round(box.right)}`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root.shadowRoot ?? root);
  return found;
}

// 320 px: 1280 px at 400 % zoom or a small phone; 640 px: 1280 px at 200 % zoom.
for (const width of [320, 640]) {
  describe(`reflow at ${width} CSS px`, () => {
    before(resetDemo);
    after(resetDemo);

    it('the list, its toolbar and an open dialog with messages fit without horizontal scrolling', async () => {
      const dialog = await findDialog((d) => (d.transmissions ?? []).length > 3 && (d.guiActions ?? []).length > 1);
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px; overflow: visible`}>
        <dialog-inbox api-base-url=${await apiUrl()} party=${await personParty()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox>
      </div>`);
      const inbox = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
      const list = await until(() => inbox.shadowRoot!.querySelector('dialog-list'));
      await until(() => list.shadowRoot!.querySelectorAll('li[part="row"]').length > 0, 'rows');
      const left = wrapper.getBoundingClientRect().left;
      expect(overflowing(inbox, left + width), 'the list').to.deep.equal([]);
      // The filter panel, with the senders' and services' (long) names in its selects.
      list.shadowRoot!.querySelector<HTMLElement>('[part="filters-button"]')!.click();
      await until(() => (list.shadowRoot!.querySelector('#f-service')?.querySelectorAll('option').length ?? 0) > 1, 'the service names');
      expect(overflowing(inbox, left + width), 'the open filter panel').to.deep.equal([]);
      list.shadowRoot!.querySelector<HTMLElement>('[part="filters-button"]')!.click();
      inbox.state.select(dialog.id!);
      const view = inbox.shadowRoot!.querySelector('dialog-view')!;
      await until(() => view.shadowRoot!.querySelector('[part="transmissions"]'), 'the messages');
      expect(overflowing(inbox, left + width), 'the dialog').to.deep.equal([]);
      await expect(inbox).to.be.accessible();
    });
  });
}
