// The classic-script bundle (dist/dialog-inbox.iife.js, built by `npm test` before this runs) for portals
// that cannot load modules: a plain <script src> registers every element, exposes the classes on
// `window.DialogInbox`, survives being loaded twice (and next to the module bundle), and the inbox works.
import { expect } from '@open-wc/testing';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';
import { nb } from '../../src/i18n/nb.js';

const IIFE = '/dist/dialog-inbox.iife.js';
const MODULE = '/dist/dialog-inbox.js';
const TAGS = ['dialog-inbox', 'dialog-list', 'dialog-view', 'dialog-actions'];
type Exports = Record<string, unknown>;
const globalExports = () => (window as unknown as { DialogInbox?: Exports }).DialogInbox;

/** Adds a classic (non-module) script and waits for it to run. */
function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

/** Runs `action` and returns what it wrote with console.warn. */
async function warningsDuring(action: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await action();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('dist/dialog-inbox.iife.js (classic script)', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  let first: Exports;

  before(async () => {
    window.addEventListener('error', onError);
    await classicScript(IIFE);
    first = globalExports()!;
  });
  after(async () => {
    window.removeEventListener('error', onError);
    await resetDemo();
  });

  it('registers every element and exposes the classes on window.DialogInbox', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    // (Identity checks as booleans: chai would inspect the classes' whole object graph in a message.)
    expect(typeof first, 'window.DialogInbox').to.equal('object');
    expect(customElements.get('dialog-inbox') === first.DialogInboxElement, 'dialog-inbox is window.DialogInbox.DialogInboxElement').to.equal(true);
    expect(customElements.get('dialog-list') === first.DialogListElement, 'dialog-list is window.DialogInbox.DialogListElement').to.equal(true);
    expect(typeof first.DialogportenClient).to.equal('function');
    expect(document.querySelector('script[type="module"][src*="dialog-inbox"]'), 'no module involved').to.equal(null);
  });

  it('survives being loaded twice: warns and keeps the first definitions', async () => {
    const warnings = await warningsDuring(() => classicScript(`${IIFE}?again`));
    expect(warnings.some((w) => w.includes('<dialog-inbox> is already defined'))).to.equal(true);
    expect(customElements.get('dialog-inbox') === first.DialogInboxElement, 'the first definition stays').to.equal(true);
    expect(uncaught).to.deep.equal([]);
  });

  it('survives the module bundle on the same page', async () => {
    const warnings = await warningsDuring(() => import(/* @vite-ignore */ MODULE));
    expect(warnings.some((w) => w.includes('<dialog-list> is already defined'))).to.equal(true);
    expect(customElements.get('dialog-list') === first.DialogListElement, 'the first definition stays').to.equal(true);
    expect(uncaught).to.deep.equal([]);
  });

  it('lists the dialogs from the local Dialogporten', async () => {
    await resetDemo();
    const inbox = document.createElement('dialog-inbox') as HTMLElement & { tokenProvider?: () => Promise<string> };
    inbox.setAttribute('api-base-url', await apiUrl());
    inbox.setAttribute('party', await personParty());
    inbox.setAttribute('lang', 'nb');
    inbox.tokenProvider = tokenProvider;
    document.body.append(inbox);
    try {
      const list = await until(() => inbox.shadowRoot?.querySelector('dialog-list'), 'the list');
      await until(() => list.shadowRoot!.querySelectorAll('[part~="row"]').length > 0, 'rows');
      // The filter panel, a chunk in the module build, is in the file: it opens at once, with no "loading" text.
      list.shadowRoot!.querySelector<HTMLElement>('[part="filters-button"]')!.click();
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const panel = list.shadowRoot!.querySelector('#filters')!;
      expect(panel.querySelectorAll('input, select').length, 'the panel’s fields').to.be.greaterThan(0);
      // (The panel's own hints, e.g. how many recipients match, may show once the parties are in.)
      expect(panel.textContent, 'no loading text').not.to.include(nb.loading);
      expect(uncaught).to.deep.equal([]);
    } finally {
      inbox.remove();
    }
  });
});
