import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../components/dialog-view/define.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import { EmbedLoader } from '../../components/dialog-view/embed-loader.js';
import { loadCatalog, messagesFor } from '../../src/i18n/index.js';
import type { ContentValue, Dialog } from '../../src/api/types.js';
import { api, apiUrl, findDialog, resetDemo, tokenProvider } from './demo-api.js';
import { echoReset, testEnv, until } from './helpers.js';
// Nynorsk and English are chunks of their own: load them before reading their texts.
await Promise.all([loadCatalog('nn'), loadCatalog('en')]);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const nb = (list: { languageCode?: string; value?: string }[] | null | undefined) => list?.find((l) => l.languageCode === 'nb')?.value ?? list?.[0]?.value;

async function view(dialogId: string, lang = 'nb', extra = '') {
  const base = await apiUrl();
  const el = await fixture<DialogViewElement>(html`<dialog-view api-base-url=${base} dialog-id=${dialogId} lang=${lang}
    stream-url=${extra || 'off'} .tokenProvider=${tokenProvider}></dialog-view>`);
  await until(() => $(el, 'article') || $(el, '[part="error"]'), 'the dialog');
  await el.updateComplete; // the threads and history come a frame after the rest
  return el;
}

describe('<dialog-view>: embedded content, messages and history', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('embeds the main content (markdown) from the service platform, sanitised', async () => {
    const dialog = await findDialog((d) => /frontchannelembed-url;type=text\/markdown/.test(d.content?.mainContentReference?.mediaType ?? ''));
    const el = await view(dialog.id!);
    const main = await until(() => $(el, '[part="main-content"].rich'), 'the embedded content');
    expect(main.textContent!.trim().length).to.be.greaterThan(20);
    for (const node of main.querySelectorAll('*')) expect(node.tagName).not.to.match(/^(SCRIPT|IMG|IFRAME|STYLE)$/);
    await expect(el).to.be.accessible();
  });

  it('embeds HTML and the deprecated +json media type too', async () => {
    for (const pattern of [/type=text\/html/, /frontchannelembed\+json;type=markdown/]) {
      const dialog = await findDialog((d) => pattern.test(d.content?.mainContentReference?.mediaType ?? ''));
      const el = await view(dialog.id!);
      const main = await until(() => $(el, '[part="main-content"]:not([aria-busy])'), 'the embed');
      expect(main.classList.contains('rich'), String(pattern)).to.equal(true);
    }
  });

  it('shows nothing for an empty embed (204)', async () => {
    const dialog = await findDialog((d) => (nb(d.content?.title?.value) ?? '').includes('tomt innebygd'));
    const el = await view(dialog.id!);
    await until(() => !$(el, '[part="main-content"][aria-busy]'), 'the embed to settle');
    expect($(el, '[part="main-content"]')).to.equal(null);
  });

  it('fetches the embed again in another language', async () => {
    const dialog = await findDialog((d) => /text\/markdown/.test(d.content?.mainContentReference?.mediaType ?? ''));
    const el = await view(dialog.id!, 'nb');
    const before = (await until(() => $(el, '[part="main-content"].rich'))).textContent;
    el.lang = 'en';
    await until(() => $(el, '[part="main-content"].rich') && $(el, '[part="main-content"].rich')!.textContent !== before, 'English content');
  });

  it('threads messages newest first, shows a few and then more, and loads a message’s content only when expanded', async () => {
    const dialog = await findDialog((d) => (nb(d.content?.title?.value) ?? '').startsWith('Oppfølging fra Nav'));
    const el = await view(dialog.id!);
    const threads = () => $$(el, '.threads > li');
    expect(threads().length).to.equal(3);
    const firstTitle = threads()[0].querySelector('.transmission-title')!.textContent;
    expect(firstTitle).to.equal('Vedtak om kurs');
    expect(threads()[0].querySelector('[data-unread]')).to.exist;
    $(el, '[part="more-threads"]')!.click();
    await el.updateComplete;
    expect(threads().length).to.equal(5);
    const cvThread = threads().find((li) => li.textContent!.includes('Last opp CV-en din'))!;
    expect(cvThread.querySelectorAll('.replies > li').length).to.equal(2);
    const withEmbed = $$(el, '.transmission').find((t) => t.querySelector('button.toggle'))!;
    expect(withEmbed.querySelector('[part="transmission-content"]')).to.equal(null);
    const toggle = withEmbed.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await until(() => withEmbed.querySelector('[part="transmission-content"].rich'), 'the message content');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows unauthorized messages collapsed, with the reason and no links', async () => {
    const dialog = await findDialog((d) => (d.transmissions ?? []).some((t) => t.isAuthorized === false));
    const el = await view(dialog.id!);
    const locked = await until(() => $(el, '.transmission[data-unauthorized]'), 'the unauthorized message');
    expect(locked.textContent).to.contain('Du har ikke tilgang til denne meldingen.');
    expect(locked.querySelector('a, button.toggle')).to.equal(null);
  });

  it('tells every activity as a sentence with its actor, merged with messages, newest first', async () => {
    const dialog = await findDialog((d) => (d.activities ?? []).some((a) => a.type === 'TransmissionOpened'));
    const el = await view(dialog.id!);
    const history = $(el, '[part="history"]')!;
    const items = Array.from(history.querySelectorAll('li'));
    expect(items.length).to.equal((dialog.activities ?? []).length + (dialog.transmissions ?? []).length);
    const opened = items.find((li) => li.dataset.kind === 'TransmissionOpened')!;
    const transmission = dialog.transmissions!.find((t) => t.id === dialog.activities!.find((a) => a.type === 'TransmissionOpened')!.transmissionId)!;
    expect(opened.textContent).to.contain(`åpnet «${nb(transmission.content?.title?.value)}»`);
    const times = items.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!));
    expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
    expect(history.textContent).not.to.contain('{actor}');
  });

  it('draws the history\'s chevron inline, with no image from a data URL (each costs a document of its own on first use)', async () => {
    const dialog = await findDialog((d) => (d.activities ?? []).length > 0);
    const el = await view(dialog.id!);
    const summary = $(el, '[part="history"] summary')!;
    const chevron = summary.querySelector<SVGElement>('svg.icon')!;
    expect(chevron, 'an inline chevron').to.exist;
    expect(getComputedStyle(summary, '::before').display).to.equal('none');
    expect(chevron.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(getComputedStyle(chevron).rotate).to.equal('none');
    summary.click();
    await until(() => summary.parentElement!.hasAttribute('open'), 'the history open');
    expect(getComputedStyle(chevron).rotate).to.equal('180deg');
    const images: string[] = [];
    for (const node of el.shadowRoot!.querySelectorAll('*'))
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(node, pseudo);
        if (style.display === 'none') continue;
        for (const value of [style.maskImage, style.backgroundImage, style.listStyleImage]) if (value.includes('url(')) images.push(`${node.tagName}${pseudo ?? ''}`);
      }
    expect(images).to.deep.equal([]);
  });

  it('shows "seen by you + N" and the seen log on demand', async () => {
    const dialog = await findDialog((d) => (d.seenSinceLastContentUpdate ?? []).some((s) => !s.isCurrentEndUser));
    const el = await view(dialog.id!);
    const button = $$(el, 'header button').find((b) => b.textContent!.includes('Hvem har sett den?'))!;
    expect($(el, 'header')!.textContent).to.match(/Sett av deg \+ \d/);
    button.click();
    const log = await until(() => $(el, 'ul[part="seen-log"]'), 'the seen log');
    expect(log.querySelectorAll('li').length).to.be.greaterThan(1);
    expect(log.textContent).to.contain('Du,');
  });
});

describe('<dialog-view>: when the API says no', () => {
  it('asks the portal to log in again at a higher level (403 authentication level)', async () => {
    const { echoUrl } = await testEnv();
    const el = await fixture<DialogViewElement>(html`<dialog-view api-base-url=${`${echoUrl}/status/403/authlevel`} stream-url="off"></dialog-view>`);
    const event = oneEvent(el, 'dialog-auth-required');
    el.dialogId = '0195f0a4-0000-7000-8000-000000000001';
    expect((await event).detail.reason).to.equal('auth-level');
    await until(() => $(el, '[part="error"]'));
    expect($(el, '[part="error"]')!.textContent).to.contain('høyere sikkerhetsnivå');
    const again = oneEvent(el, 'dialog-auth-required');
    $$(el, '.error-actions button').find((b) => b.textContent!.includes('Logg inn på nytt'))!.click();
    await again;
    await expect(el).to.be.accessible();
  });

  it('says the dialog is deleted (410) and offers the way back', async () => {
    await resetDemo();
    const dialog = await findDialog((d) => (d.guiActions ?? []).some((a) => a.url?.endsWith('/delete')));
    const action = dialog.guiActions!.find((a) => a.url?.endsWith('/delete'))!;
    const fresh = await api<Dialog>(`/api/v1/enduser/dialogs/${dialog.id}`);
    const deleted = await fetch(action.url!, { method: 'DELETE', headers: { Authorization: `Bearer ${fresh.dialogToken}` } });
    expect(deleted.status).to.equal(204);
    const el = await view(dialog.id!);
    expect($(el, '[part="error"]')!.textContent).to.contain('Denne saken er slettet.');
    expect($$(el, '.error-actions button').some((b) => b.textContent!.includes('Tilbake til listen'))).to.equal(true);
    await resetDemo();
  });
});

class EmbedHost extends LitElement {
  embeds = new EmbedLoader(this);
  reference?: ContentValue;
  override render() {
    return this.embeds.render(this.reference, { dialogId: 'd', version: '1', token: 't', lang: 'nb', t: messagesFor('nb') }, 'main-content');
  }
}
customElements.define('test-embed-host', EmbedHost);

describe('embed states in the view (faults over real HTTP)', () => {
  beforeEach(echoReset);
  const MD = 'application/vnd.dialogporten.frontchannelembed-url;type=text/markdown';
  async function host(path: string) {
    const { echoUrl } = await testEnv();
    const el = document.createElement('test-embed-host') as EmbedHost;
    el.reference = { mediaType: MD, value: [{ languageCode: 'nb', value: `${echoUrl}${path}` }] };
    document.body.append(el);
    return el;
  }

  it('says "you lack access" for 403', async () => {
    const el = await host('/embed/403/text~markdown/10');
    await until(() => el.shadowRoot!.textContent!.includes('Du mangler tilgang til dette innholdet.'));
    el.remove();
  });

  for (const [name, path] of [
    ['failing', '/embed/500/text~markdown/10'],
    ['oversized', '/embed/200/text~markdown/200000'],
    ['mislabelled', '/embed/200/text~html/100'],
    ['dropped', '/drop'],
  ]) {
    it(`offers a retry for a ${name} embed`, async () => {
      const el = await host(`${path}?${name}`);
      const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the failure');
      expect(alert.textContent).to.contain('Innholdet kunne ikke lastes.');
      alert.querySelector('button')!.click();
      await until(() => el.shadowRoot!.querySelector('[aria-busy]') || el.shadowRoot!.querySelector('[role="alert"]'));
      el.remove();
    });
  }

  it('renders a hostile embed without running it', async () => {
    (window as unknown as { __xss: number }).__xss = 0;
    const el = await host('/embed/200/text~markdown/300?hostile');
    await until(() => el.shadowRoot!.querySelector('.rich'), 'the content');
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect((window as unknown as { __xss: number }).__xss).to.equal(0);
    el.remove();
  });
});
