// data-color-scheme on an element: it paints its own background, as Designsystemet's [data-color-scheme] does,
// so the dark scheme on a light page stays readable (axe: no contrast violations). Right to left and forced
// colours keep the unread mark, the open row and the current folder visible.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
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

  it('right to left: the unread bar is on the start (right) side, the back arrow points right', async () => {
    await resetDemo();
    document.documentElement.dir = 'rtl';
    try {
      const { el, list } = await openInbox(await personParty(), { width: 500 });
      const unread = list.shadowRoot!.querySelector<HTMLElement>('li[part="row"].unread')!;
      expect(getComputedStyle(unread).boxShadow).to.match(/ -4px 0px 0px 0px inset$/);
      el.state.select(unread.dataset.dialogId!);
      const arrow = await until(() => el.shadowRoot!.querySelector('[part="back"] [aria-hidden]'), 'the back button');
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('forced colours: unread rows keep a bar, the open row an outline, the current folder an underline', async () => {
    await resetDemo();
    await executeServerCommand('forced-colors', 'active');
    try {
      const { el, list } = await openInbox(await personParty());
      const unread = list.shadowRoot!.querySelector<HTMLElement>('li[part="row"].unread')!;
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(getComputedStyle(unread).borderInlineStartWidth).to.equal('4px');
      // The current folder is told apart by more than aria-current (its filled background is gone).
      const current = list.shadowRoot!.querySelector<HTMLElement>('[part="folder"][aria-current="page"]')!;
      const other = list.shadowRoot!.querySelector<HTMLElement>('[part="folder"]:not([aria-current="page"])')!;
      expect(getComputedStyle(current).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(other).textDecorationLine).to.equal('none');
      el.state.select(unread.dataset.dialogId!);
      await until(() => getComputedStyle(unread).outlineStyle === 'solid', 'the open row outlined');
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

describe('the fallback theme, for elements inside our elements', () => {
  after(resetDemo);

  it('the actions inside an opened dialog inherit the theme without reading a computed style of their own', async () => {
    await resetDemo();
    const { el, list } = await openInbox(await personParty(), { width: 1000 });
    const reads: Element[] = [];
    const original = window.getComputedStyle;
    window.getComputedStyle = function (this: Window, target: Element, pseudo?: string | null) {
      reads.push(target);
      return original.call(this, target, pseudo);
    } as typeof window.getComputedStyle;
    let actions: HTMLElement;
    try {
      el.state.select(list.shadowRoot!.querySelector<HTMLElement>('li[part="row"]')!.dataset.dialogId!);
      const view = el.shadowRoot!.querySelector('dialog-view')!;
      actions = await until(() => view.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('dialog-actions'), 'the actions');
      await (actions as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    } finally {
      window.getComputedStyle = original;
    }
    expect(reads.includes(actions), 'a computed style of the actions was read').to.equal(false);
    // This page has no theme: the view adopted the fallback, and the actions inside it inherit its tokens.
    expect(getComputedStyle(document.body).getPropertyValue('--ds-color-base-default').trim()).to.equal('');
    expect(getComputedStyle(actions).getPropertyValue('--ds-color-base-default').trim()).to.not.equal('');
  });
});
