// A page styles the elements' parts from outside, also inside the built-in inbox (exported as list-…, view-…,
// picker-…, actions-…) and the actions inside a standalone <dialog-view> (actions-…).
import { expect, fixture, html } from '@open-wc/testing';
import { apiUrl, findDialog, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';
import { openInbox } from './inbox-fixture.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';

const style = document.createElement('style');
style.textContent = `
  dialog-inbox::part(list-row) { outline: 3px solid rgb(1, 2, 3); }
  dialog-inbox::part(list-title) { color: rgb(2, 3, 4); }
  dialog-inbox::part(picker-toggle) { color: rgb(3, 4, 5); }
  dialog-inbox::part(view-title) { color: rgb(4, 5, 6); }
  dialog-inbox::part(actions-action) { color: rgb(5, 6, 7); }
  dialog-view::part(actions-action) { color: rgb(6, 7, 8); }
`;
const color = (el: Element | null | undefined) => (el ? getComputedStyle(el).color : 'missing');

describe('parts from outside', () => {
  before(() => document.head.append(style));
  after(() => style.remove());
  beforeEach(resetDemo);

  it('inside <dialog-inbox>: the list\'s, the picker\'s, the view\'s and the actions\' parts, under their prefixes', async () => {
    const dialog = await findDialog((d) => (d.guiActions ?? []).some((a) => a.priority !== 'Tertiary'));
    await resetDemo();
    const { el, list, view } = await openInbox(); // every party: the picker is shown
    const row = list.shadowRoot!.querySelector('[part="row"]')!;
    expect(getComputedStyle(row).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(color(list.shadowRoot!.querySelector('[part="title"]'))).to.equal('rgb(2, 3, 4)');
    const picker = el.shadowRoot!.querySelector('dialog-party-picker')!;
    expect(color(await until(() => picker.shadowRoot!.querySelector('[part="toggle"]'), 'the picker'))).to.equal('rgb(3, 4, 5)');
    el.state.select(dialog.id!);
    const title = await until(() => view.shadowRoot!.querySelector('[part="title"]'), 'the dialog');
    expect(color(title)).to.equal('rgb(4, 5, 6)');
    const actions = view.shadowRoot!.querySelector('dialog-actions')!;
    expect(color(await until(() => actions.shadowRoot!.querySelector('[part="action"]'), 'an action'))).to.equal('rgb(5, 6, 7)');
  });

  it('a standalone <dialog-view> passes its actions\' parts on as actions-…', async () => {
    const dialog = await findDialog((d) => (d.guiActions ?? []).some((a) => a.priority !== 'Tertiary'));
    await resetDemo();
    const view = await fixture<DialogViewElement>(html`<dialog-view api-base-url=${await apiUrl()} dialog-id=${dialog.id!} lang="nb"
      stream-url="off" .tokenProvider=${tokenProvider}></dialog-view>`);
    const actions = await until(() => view.shadowRoot!.querySelector('dialog-actions'), 'the actions');
    expect(color(await until(() => actions.shadowRoot!.querySelector('[part="action"]'), 'an action'))).to.equal('rgb(6, 7, 8)');
  });
});
