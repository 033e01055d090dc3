// Reduced motion: our own styles add no animation or transition, and Designsystemet's skeleton slows down.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, personParty, resetDemo, setFaults, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

function moving(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const style = getComputedStyle(el);
    const animated = style.animationName !== 'none' && !el.classList.contains('ds-skeleton');
    const transitions = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
    if (animated || transitions) found.push(`${el.localName}.${el.className} ${style.animationName} ${style.transitionDuration}`);
    if (el.shadowRoot) found.push(...moving(el.shadowRoot));
  }
  return found;
}

describe('prefers-reduced-motion: reduce', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await resetDemo();
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetDemo();
  });

  it('nothing of ours moves, while loading and when loaded', async () => {
    const party = await personParty();
    await setFaults({ latencyMs: 800 });
    const el = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} party=${party} .tokenProvider=${tokenProvider}></dialog-inbox>`);
    const list = await until(() => el.shadowRoot!.querySelector('dialog-list'));
    const skeleton = await until(() => list.shadowRoot!.querySelector('.ds-skeleton'), 'the skeleton');
    expect(parseFloat(getComputedStyle(skeleton).animationDuration)).to.be.at.least(1.5); // slowed down by Designsystemet
    expect(moving(el.shadowRoot!)).to.deep.equal([]);
    await setFaults({});
    await until(() => list.shadowRoot!.querySelector('li[part="row"]'), 'rows', 8000);
    expect(moving(el.shadowRoot!)).to.deep.equal([]);
  });
});
