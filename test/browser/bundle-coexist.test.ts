// The module bundle on a portal that already has its own Lit (another copy, from node_modules here) and
// has defined one of our tags itself before the bundle arrives: the tag is a chunk's (<dialog-view>), so the
// bundle never fetches that chunk and has nothing to warn about; it keeps the portal's definition, registers the
// others, and both Lits keep working.
import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const BUNDLE = '/dist/dialog-inbox.js';
/** The view's chunk, if it was ever fetched. */
const viewChunks = () => performance.getEntriesByType('resource').filter((entry) => /\/dist\/chunks\/dialog-view-[\w-]+\.js$/.test(entry.name));

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
      // The other chunks are loaded at once (no inbox on the page yet): listen until they are here.
      await until(() => customElements.get('dialog-actions') && customElements.get('dialog-party-picker'), 'the other chunks');
    } finally {
      console.warn = warn;
    }
  });
  after(async () => {
    window.removeEventListener('error', onError);
    await resetDemo();
  });

  it('keeps the portal’s definition without fetching the view’s chunk or warning, and registers the rest', () => {
    expect(warnings.filter((w) => w.includes('dialog-view')), 'nothing said about <dialog-view>').to.deep.equal([]);
    expect(customElements.get('dialog-view') === PortalView, 'the portal keeps <dialog-view>').to.equal(true);
    expect(viewChunks().map((entry) => entry.name), 'the view’s chunk was not fetched').to.deep.equal([]);
    for (const tag of ['dialog-inbox', 'dialog-list', 'dialog-actions', 'dialog-party-picker']) {
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
      // The inbox renders the portal's view; the bundle's never comes, not even when the browser is idle.
      expect(inbox.shadowRoot!.querySelector('dialog-view') instanceof PortalView, 'the portal’s view in the inbox').to.equal(true);
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      expect(viewChunks().map((entry) => entry.name), 'the view’s chunk was not fetched').to.deep.equal([]);
      expect(uncaught).to.deep.equal([]);
    } finally {
      card.remove();
      inbox.remove();
    }
  });
});
