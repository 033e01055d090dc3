// The dialog view's layout, measured in Chromium with the demo's data (issue "Looks right"): the header's lines start
// at the text edge, meta items are separated by a dot no screen reader reads, amounts in tables stay on one line
// and end-aligned, and "More actions" has a chevron.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/dialog-view/define.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import { apiUrl, findDialog, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const $ = (root: Element | ShadowRoot, selector: string) => (root instanceof Element ? root.shadowRoot! : root).querySelector<HTMLElement>(selector);
const box = (el: Element) => el.getBoundingClientRect();

async function view(dialogId: string, width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><dialog-view api-base-url=${await apiUrl()} dialog-id=${dialogId} lang="nb"
    .tokenProvider=${tokenProvider}></dialog-view></div>`);
  const el = wrapper.querySelector<DialogViewElement>('dialog-view')!;
  await until(() => $(el, 'article'), 'the dialog');
  return el;
}

/** Where a box's text starts (its first line box), not its padding. */
function textStart(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  return Math.min(...Array.from(range.getClientRects()).map((r) => r.left));
}

describe('dialog view design: measured layout', () => {
  before(resetDemo);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 1280]) {
    it(`at ${width} px: the title, the meta lines and "who has seen it" start at the text edge (± 1 px); the dots are not read`, async () => {
      const dialog = await findDialog((d) => (d.seenSinceLastContentUpdate ?? []).length > 0);
      const el = await view(dialog.id!, width);
      const title = $(el, '[part="title"]')!;
      const edge = textStart(title);
      const seen = await until(() => $(el, 'header .linkish'), '"who has seen it"');
      const metas = Array.from(el.shadowRoot!.querySelectorAll('header .meta'));
      for (const meta of metas) expect(Math.abs(textStart(meta.firstElementChild!) - edge), 'a meta line').to.be.at.most(1);
      // Its text starts where its button does: no padding pushes it in (a wrapped line then starts at the edge).
      expect(Math.abs(textStart(seen) - box(seen).left), '"who has seen it" has no padding before its text').to.be.at.most(1);
      expect(Math.abs(textStart(seen) - edge), '"who has seen it" on its own line, at the text edge').to.be.at.most(1);
      // The separator is generated content with an empty alternative: never in the accessible name.
      const second = metas[1].children[1];
      expect(getComputedStyle(second, '::before').content).to.match(/^(none|"·" \/ "")$/);
    });
  }

  it('keeps amounts in a table on one line, end-aligned under an end-aligned heading; a wide table scrolls in its own box', async () => {
    await setViewport({ width: 320, height: 640 });
    const dialog = await findDialog((d) => JSON.stringify(d.content?.mainContentReference ?? '').length > 2 && /skatt/i.test(JSON.stringify(d.content?.title)));
    const el = await view(dialog.id!, 320);
    const table = await until(() => el.shadowRoot!.querySelector('.rich table'), 'the table in the content', 10_000);
    const cells = Array.from(table.querySelectorAll<HTMLElement>('td[data-num]'));
    expect(cells.length, 'amount cells').to.be.greaterThan(2);
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      expect(style.whiteSpace).to.equal('nowrap');
      expect(style.textAlign).to.equal('end');
      const range = document.createRange();
      range.selectNodeContents(cell);
      expect(range.getClientRects().length === 1 || new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size === 1, `one line: ${cell.textContent}`).to.equal(true);
      expect(Math.abs(range.getBoundingClientRect().right - (box(cell).right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth))), 'at the cell end').to.be.at.most(1);
    }
    expect(table.querySelector('th[data-num]'), 'the amounts column heading').to.exist;
    expect(getComputedStyle(table).overflowX).to.equal('auto');
    expect(box(table).right <= box(el).right + 1, 'the table stays in the view').to.equal(true);
  });

  it('"More actions" has a chevron that is not read, and it turns while the menu is open', async () => {
    const dialog = await findDialog((d) => (d.guiActions ?? []).filter((a) => a.priority === 'Tertiary').length > 0);
    const el = await view(dialog.id!, 1280);
    const actions = await until(() => el.shadowRoot!.querySelector('dialog-actions')?.shadowRoot, 'the actions');
    const button = await until(() => $(actions, '[part="menu-button"]'), '"More actions"');
    const chevron = button.querySelector('svg')!;
    expect(chevron.getAttribute('aria-hidden')).to.equal('true');
    const before = getComputedStyle(chevron).rotate;
    button.click();
    await until(() => actions.querySelector(':popover-open'), 'the menu');
    await new Promise((r) => setTimeout(r, 250));
    expect(getComputedStyle(chevron).rotate, 'turned').to.not.equal(before);
  });
});
