// The module bundle on a portal that already has its own Lit (another copy, from node_modules here) and
// has defined one of our tags itself before the bundle arrives: the bundle warns about that tag, keeps
// the portal's definition, registers the others, and both Lits keep working.
import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const BUNDLE = '/dist/dialog-inbox.js';

class PortalView extends LitElement {
  override render() {
    return html`<p>The portal's own dialog view</p>`;
  }
}
class PortalCard extends LitElement {
  static override properties = { label: {} };
  label = 'Portal card';
  override render() {
    return html`<strong>${this.label}</strong>`;
  }
}

describe('dist/dialog-inbox.js next to the portal’s own Lit and a tag the portal defined', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const warnings: string[] = [];

  before(async () => {
    window.addEventListener('error', onError);
    customElements.define('dialog-view', PortalView);
    customElements.define('portal-card', PortalCard);
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await import(/* @vite-ignore */ BUNDLE);
    } finally {
      console.warn = warn;
    }
  });
  after(async () => {
    window.removeEventListener('error', onError);
    await resetDemo();
  });

  it('warns about the taken tag, keeps the portal’s definition and registers the rest', () => {
    expect(warnings.filter((w) => w.includes('<dialog-view> is already defined')), 'warned once').to.have.length(1);
    expect(customElements.get('dialog-view') === PortalView, 'the portal keeps <dialog-view>').to.equal(true);
    for (const tag of ['dialog-inbox', 'dialog-list', 'dialog-actions']) {
      const ctor = customElements.get(tag);
      expect(ctor, tag).to.be.a('function');
      expect(ctor!.prototype instanceof LitElement, `${tag} uses the bundle's own Lit`).to.equal(false);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('both copies of Lit render: the portal’s element and the inbox against the local Dialogporten', async () => {
    await resetDemo();
    const card = document.createElement('portal-card') as PortalCard;
    const inbox = document.createElement('dialog-inbox') as HTMLElement & { tokenProvider?: () => Promise<string> };
    inbox.setAttribute('api-base-url', await apiUrl());
    inbox.setAttribute('party', await personParty());
    inbox.tokenProvider = tokenProvider;
    document.body.append(card, inbox);
    try {
      await card.updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('Portal card');
      const list = await until(() => inbox.shadowRoot?.querySelector('dialog-list'), 'the list');
      await until(() => list.shadowRoot!.querySelectorAll('[part~="row"]').length > 0, 'rows');
      card.label = 'Updated';
      await card.updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('Updated');
      expect(uncaught).to.deep.equal([]);
    } finally {
      card.remove();
      inbox.remove();
    }
  });
});
