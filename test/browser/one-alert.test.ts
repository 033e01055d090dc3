// One failure, one alert: when the API is down, an inbox announces it once (the list's alert), not once more in its
// party picker; the one retry reloads what failed (the parties too), and no alert is left behind.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, resetDemo, setFaults, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

/** Every role="alert" in the inbox, through the shadow roots of its elements. */
function alerts(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ShadowRoot) => {
    found.push(...Array.from(node.querySelectorAll<HTMLElement>('[role="alert"]')));
    node.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
  };
  visit(root.shadowRoot!);
  return found;
}

describe('one failure, one alert', () => {
  afterEach(resetDemo);

  it('the API down: one alert in the inbox; its retry brings the list and the picker back with no alert left', async () => {
    await resetDemo();
    await setFaults({ unavailable: true, retryAfterSeconds: 0 });
    const inbox = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox>`);
    await until(() => alerts(inbox).length > 0 && inbox.state.partiesTask.status === 'error', 'the alert');
    const picker = inbox.shadowRoot!.querySelector('dialog-party-picker')!;
    await (picker as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete; // it has rendered the failure too
    expect(alerts(inbox).length, alerts(inbox).map((a) => a.textContent).join(' | ')).to.equal(1);
    await setFaults({});
    alerts(inbox)[0].querySelector<HTMLElement>('button')!.click();
    const list = inbox.shadowRoot!.querySelector('dialog-list')!;
    await until(() => list.shadowRoot!.querySelectorAll('li[part="row"]').length > 0, 'the rows');
    await until(() => picker.shadowRoot!.querySelector('[part="toggle"]'), 'the party picker');
    expect(alerts(inbox).length).to.equal(0);
  });
});
