// A code block in a message that scrolls sideways is reached with Tab (so it can be scrolled with the keyboard);
// its focus ring is the same 3 px ring as every other control, not the browser's thin default.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-view/define.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import { apiUrl, findDialog, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

describe('<dialog-view> focus ring on a scrolling code block', () => {
  after(resetDemo);

  it('a focused pre in rich content has the 3 px ring', async () => {
    const dialog = await findDialog((d) => /type=text\/markdown/.test(d.content?.mainContentReference?.mediaType ?? ''));
    const el = await fixture<DialogViewElement>(html`<dialog-view api-base-url=${await apiUrl()} dialog-id=${dialog.id!} lang="nb"
      stream-url="off" .tokenProvider=${tokenProvider}></dialog-view>`);
    const rich = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part="main-content"].rich'), 'rich content');
    const pre = document.createElement('pre');
    pre.textContent = 'x'.repeat(2000); // wider than any screen: it scrolls, so it takes focus
    rich.append(pre);
    // Tab from just before it, as a keyboard user does.
    const before = document.createElement('button');
    before.textContent = 'before';
    rich.insertBefore(before, pre);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === pre, 'the code block took focus').to.equal(true);
    const style = getComputedStyle(pre);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });
});
