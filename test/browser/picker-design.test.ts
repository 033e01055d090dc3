// The party picker's layout (issue "Looks right"): box and name on one line, a long name wrapping beside its box,
// "Deleted" inline, and a main unit that cannot be chosen saying why.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/dialog-party-picker/define.js';
import type { DialogPartyPickerElement } from '../../components/dialog-party-picker/dialog-party-picker.js';
import { apiUrl, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const HAVNA = 'urn:altinn:organization:identifier-no:312710005'; // a deleted unit
const NORDLYS = 'urn:altinn:organization:identifier-no:313110001'; // access to its units only
const box = (el: Element) => el.getBoundingClientRect();

async function openPicker(width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><dialog-party-picker api-base-url=${await apiUrl()} lang="nb"
    .tokenProvider=${tokenProvider}></dialog-party-picker></div>`);
  const el = wrapper.querySelector<DialogPartyPickerElement>('dialog-party-picker')!;
  const toggle = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]'), 'the picker');
  toggle.click();
  await until(() => el.shadowRoot!.querySelectorAll('[part="party"]').length > 3, 'the parties');
  return el;
}

/** The first line box of an element's text. */
function firstLine(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getClientRects()[0];
}

describe('party picker design', () => {
  before(resetDemo);

  it('puts each box on the first line of its name, a long name wrapping beside it', async () => {
    const el = await openPicker(260);
    const labels = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="party"] label'));
    expect(labels.length).to.be.greaterThan(3);
    let wrapped = 0;
    for (const label of labels) {
      const input = label.querySelector('input')!;
      const name = label.querySelector('.name')!;
      const line = firstLine(name);
      expect(Math.abs(box(input).top + box(input).height / 2 - (line.top + line.height / 2)), `the box on the first line of ${name.textContent}`).to.be.at.most(2);
      expect(box(name).left >= box(input).right, 'the name beside its box').to.equal(true);
      const range = document.createRange();
      range.selectNodeContents(name);
      if (new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1) wrapped++;
    }
    expect(wrapped, 'some names wrap at 260 px').to.be.greaterThan(0);
  });

  it('says why a main unit has no box, and shows "Deleted" on the name\'s line', async () => {
    const el = await openPicker(1000);
    const entry = el.shadowRoot!.querySelector<HTMLElement>(`[data-party="${NORDLYS}"]`)!;
    expect(entry.querySelector('input'), 'no box').to.equal(null);
    expect(entry.querySelector('.why')!.textContent).to.equal('Du kan bare velge enhetene under');
    // "Deleted" on the name's line where it fits (at 1000 px it does).
    const deleted = el.shadowRoot!.querySelector<HTMLElement>(`[data-party="${HAVNA}"] [part="deleted"]`)!;
    // Inline: on the line where the name's text ends (the line boxes overlap), after it.
    const text = document.createRange();
    const nameText = Array.from(deleted.closest('.name')!.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    text.selectNodeContents(nameText);
    const last = Array.from(text.getClientRects()).at(-1)!;
    const tag = box(deleted);
    expect(tag.top < last.bottom && tag.bottom > last.top && tag.left >= last.right - 1, `"Deleted" after the name, on its line: ${JSON.stringify([last, tag])}`).to.equal(true);

    await expect(el).to.be.accessible();
  });
});
