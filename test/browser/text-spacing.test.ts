// WCAG 1.4.12 Text spacing at 320 CSS px: with the spacing a user's style sheet may set (line height 1.5,
// paragraphs 2em apart, letters 0.12em, words 0.16em), nothing overflows sideways, chips wrap, and no word of a row
// is split across lines when it fits on a line of its own.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }`;

/** The spacing in every shadow root below `root`, as a user style sheet (a bookmarklet) would set it everywhere. */
function applySpacing(root: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const visit = (el: Element) => {
    if (el.shadowRoot) {
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      el.shadowRoot.querySelectorAll('*').forEach(visit);
    }
  };
  visit(root);
}

/** The width a line of text has in the box that lays it out (its nearest ancestor that is not inline). */
function lineWidth(el: Element): number {
  let box: Element = el;
  while (getComputedStyle(box).display === 'inline' && box.parentElement) box = box.parentElement;
  const style = getComputedStyle(box);
  return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** Words of the element's text split over two lines although narrower than the line they are laid out in. */
function splitWords(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const width = lineWidth(node.parentElement!);
    // Hyphens are break opportunities ("EU-\nkontroll" is not split mid-word): the parts between them count.
    for (const match of text.matchAll(/[^\s\-‐–]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
      if (tops.size > 1 && wordWidth < width) out.push(match[0]);
    }
  }
  return out;
}

/**
 * Where an element's painted box ends on the right: a box that clips (a one-line sender ending in "…") hides what
 * passes its edge, such as the unseen commas that join a row's name.
 */
function visibleRight(el: Element): number {
  let right = el.getBoundingClientRect().right;
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (getComputedStyle(up).overflowX !== 'visible') right = Math.min(right, up.getBoundingClientRect().right);
  }
  return right;
}

describe('text spacing at 320 CSS px (WCAG 1.4.12)', () => {
  after(resetDemo);

  it('the list with the spacing fits, its chips wrap, and no word is split that would fit a line', async () => {
    await resetDemo();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><dialog-inbox api-base-url=${await apiUrl()}
      party=${await personParty()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
    const inbox = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
    const list = await until(() => inbox.shadowRoot!.querySelector('dialog-list'), 'the list');
    await until(() => list.shadowRoot!.querySelectorAll('li[part="row"]').length > 3, 'rows');
    applySpacing(inbox);
    await new Promise(requestAnimationFrame);
    const right = wrapper.getBoundingClientRect().right;
    const wide = Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"] *')).filter((el) => visibleRight(el) > right + 1);
    expect(wide.map((el) => `${el.localName}.${el.className}`), 'nothing overflows').to.deep.equal([]);
    const split = Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"] .row-button')).flatMap(splitWords);
    expect(split, 'words split mid-word').to.deep.equal([]);
  });
});
