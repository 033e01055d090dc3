import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/dialog-actions/define.js';
import type { DialogActionsElement } from '../../components/dialog-actions/dialog-actions.js';
import type { Dialog, DialogGuiAction } from '../../src/api/types.js';
import { echoLog, echoReset, testEnv, until } from './helpers.js';

const text = (value: string) => [{ languageCode: 'nb', value }, { languageCode: 'en', value: `${value} (en)` }];

async function dialogWith(actions: Partial<DialogGuiAction>[]): Promise<Dialog> {
  const { echoUrl } = await testEnv();
  return {
    id: '0195f0a4-0000-7000-8000-000000000001',
    dialogToken: 'dialog-token-123',
    guiActions: actions.map((a, i) => ({
      id: `a${i}`,
      action: 'act',
      httpMethod: 'POST',
      isAuthorized: true,
      isDeleteDialogAction: false,
      priority: 'Tertiary',
      title: text(`Handling ${i}`),
      ...a,
      url: a.url?.startsWith('/') ? `${echoUrl}${a.url}` : a.url,
    })) as DialogGuiAction[],
  };
}

async function render(actions: Partial<DialogGuiAction>[], lang = 'nb') {
  const dialog = await dialogWith(actions);
  return fixture<DialogActionsElement>(html`<dialog-actions lang=${lang} .dialog=${dialog}></dialog-actions>`);
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));

describe('<dialog-actions>', () => {
  beforeEach(echoReset);

  it('shows Primary and Secondary as buttons and Tertiary behind a menu', async () => {
    const el = await render([
      { priority: 'Tertiary', title: text('Tredje'), url: '/status/204' },
      { priority: 'Secondary', title: text('Andre'), url: '/status/204' },
      { priority: 'Primary', title: text('Første'), url: '/status/204' },
      { priority: 'Tertiary', title: text('Fjerde'), url: '/status/204' },
    ]);
    const top = $$(el, '.actions > [part="action"]');
    expect(top.map((b) => b.textContent!.trim())).to.deep.equal(['Første', 'Andre']);
    expect(top[0].dataset.variant).to.equal('primary');
    expect(top[1].dataset.variant).to.equal('secondary');
    const menu = $(el, '[popover]')!;
    expect(Array.from(menu.querySelectorAll('[part="action"]')).map((b) => b.textContent!.trim())).to.deep.equal(['Tredje', 'Fjerde']);
    expect(menu.matches(':popover-open')).to.equal(false);
    $(el, '[part="menu-button"]')!.click();
    expect(menu.matches(':popover-open')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('renders GET actions as real links and never links unsafe URLs', async () => {
    const el = await render([
      { priority: 'Primary', httpMethod: 'GET', url: 'https://service.example.no/skjema?id=1' },
      { priority: 'Secondary', httpMethod: 'GET', url: 'javascript:alert(1)' },
    ]);
    const link = $<HTMLAnchorElement>(el, 'a[part="action"]')!;
    expect(link.href).to.equal('https://service.example.no/skjema?id=1');
    expect($$(el, 'a').length).to.equal(1);
    const unsafe = $$(el, 'button[part="action"]')[0];
    expect(unsafe.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('lets the portal intercept a GET navigation', async () => {
    const el = await render([{ priority: 'Primary', httpMethod: 'GET', url: 'https://service.example.no/a' }]);
    el.addEventListener('dialog-action', (e) => e.preventDefault());
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    $(el, 'a')!.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('disables unauthorized actions with the reason, and sends nothing', async () => {
    const el = await render([{ priority: 'Primary', isAuthorized: false, url: 'urn:dialogporten:unauthorized' }]);
    const button = $(el, '[part="action"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '#unauthorized-reason')!.textContent).to.equal('Du har ikke tilgang til denne handlingen');
    expect(button.getAttribute('aria-describedby')).to.equal('unauthorized-reason');
    button.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(await echoLog()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('runs a POST in the background with the dialog token and reports success', async () => {
    const el = await render([{ priority: 'Primary', url: '/status/204', title: text('Bekreft mottak') }]);
    const before = oneEvent(el, 'dialog-action');
    const done = oneEvent(el, 'dialog-action-complete');
    $(el, '[part="action"]')!.click();
    expect((await before).cancelable).to.equal(true);
    const complete = await done;
    expect(complete.detail.outcome).to.deep.equal({ kind: 'done', status: 204 });
    const [request] = await echoLog();
    expect(request.method).to.equal('POST');
    expect(request.headers.authorization).to.equal('Bearer dialog-token-123');
    await el.updateComplete;
    expect($(el, '[part="message"]')!.textContent!.trim()).to.equal('«Bekreft mottak» er utført.');
  });

  it('events carry no dialog token, and a page script cannot redirect the action through them', async () => {
    const el = await render([{ priority: 'Primary', url: '/status/204?mine' }]);
    const carried: string[] = [];
    const tamper = (e: Event) => {
      const detail = (e as CustomEvent).detail;
      carried.push(JSON.stringify(detail));
      try {
        detail.action.url = 'https://evil.invalid/steal';
        detail.dialog.dialogToken = 'forged';
      } catch {
        // frozen: the copy the page gets cannot be changed
      }
    };
    document.addEventListener('dialog-action', tamper);
    document.addEventListener('dialog-action-complete', tamper);
    try {
      const done = oneEvent(el, 'dialog-action-complete');
      $(el, '[part="action"]')!.click();
      await done;
    } finally {
      document.removeEventListener('dialog-action', tamper);
      document.removeEventListener('dialog-action-complete', tamper);
    }
    expect(carried).to.have.length(2);
    expect(carried.filter((json) => json.includes('dialog-token-123'))).to.deep.equal([]);
    const [request] = await echoLog();
    expect(request.path).to.equal('/status/204?mine');
    expect(request.headers.authorization).to.equal('Bearer dialog-token-123');
  });

  it('an action into the API (same origin, under its /api/ path) is refused: the dialog token never goes to the API', async () => {
    const dialog = await dialogWith([{ priority: 'Primary', url: '/api/v1/enduser/dialogs' }]);
    const { echoUrl } = await testEnv();
    const el = await fixture<DialogActionsElement>(html`<dialog-actions lang="nb" api-base-url=${echoUrl} .dialog=${dialog}></dialog-actions>`);
    const failed = oneEvent(el, 'dialog-action-error');
    $(el, '[part="action"]')!.click();
    await failed;
    expect(await echoLog()).to.have.length(0);
  });

  it('a GET delete action (a link) asks first too; cancelled, it goes nowhere', async () => {
    const el = await render([{ priority: 'Primary', httpMethod: 'GET', isDeleteDialogAction: true, url: '/status/204' }]);
    const link = $(el, 'a[part="action"]')!;
    const before = location.href;
    link.click();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the confirmation');
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await until(() => !$(el, 'dialog[open]'), 'closed');
    expect(location.href).to.equal(before);
  });

  it('does nothing when the portal cancels dialog-action', async () => {
    const el = await render([{ priority: 'Primary', url: '/status/204' }]);
    el.addEventListener('dialog-action', (e) => e.preventDefault());
    $(el, '[part="action"]')!.click();
    await new Promise((r) => setTimeout(r, 150));
    expect(await echoLog()).to.have.length(0);
  });

  it('never submits twice while busy', async () => {
    const el = await render([{ priority: 'Primary', url: '/delay/300' }]);
    const button = $(el, '[part="action"]')!;
    const done = oneEvent(el, 'dialog-action-complete');
    button.click();
    await el.updateComplete;
    expect($(el, '[part="action"]')!.getAttribute('aria-busy')).to.equal('true');
    $(el, '[part="action"]')!.click();
    $(el, '[part="action"]')!.click();
    await done;
    expect(await echoLog()).to.have.length(1);
  });

  it('asks for confirmation when the action has a prompt; cancel sends nothing', async () => {
    const el = await render([{ priority: 'Primary', url: '/status/204', prompt: text('Er du sikker på at du vil sende inn?') }]);
    $(el, '[part="action"]')!.click();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the confirm dialog');
    expect(dialog.textContent).to.contain('Er du sikker på at du vil sende inn?');
    // The confirming button says what it does (the action's title), not a second "Bekreft" under the heading.
    expect(dialog.querySelector('button[value="ok"]')!.textContent!.trim()).to.equal('Handling 0');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await until(() => !$(el, 'dialog[open]'), 'the dialog to close');
    await new Promise((r) => setTimeout(r, 100));
    expect(await echoLog()).to.have.length(0);
  });

  it('runs the action after confirmation', async () => {
    const el = await render([{ priority: 'Primary', url: '/status/202', prompt: text('Sende inn?') }]);
    const done = oneEvent(el, 'dialog-action-complete');
    $(el, '[part="action"]')!.click();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the confirm dialog');
    dialog.querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
    expect((await done).detail.outcome.kind).to.equal('accepted');
    await el.updateComplete;
    expect($(el, '[part="message"]')!.textContent).to.contain('er mottatt');
  });

  it('confirms a delete action with a destructive button, then sends DELETE', async () => {
    const el = await render([{ priority: 'Secondary', httpMethod: 'DELETE', isDeleteDialogAction: true, url: '/status/204' }], 'en');
    const done = oneEvent(el, 'dialog-action-complete');
    $(el, '[part="action"]')!.click();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'), 'the confirm dialog');
    expect(dialog.querySelector('h2')!.textContent).to.equal('Delete the case?');
    const ok = dialog.querySelector<HTMLButtonElement>('button[value="ok"]')!;
    expect(ok.dataset.color).to.equal('danger');
    ok.click();
    await done;
    expect((await echoLog())[0].method).to.equal('DELETE');
  });

  it('explains a retention period (422 with deletionAllowedAt)', async () => {
    const el = await render([{ priority: 'Primary', httpMethod: 'DELETE', isDeleteDialogAction: true, url: '/status/422/problem' }]);
    const failed = oneEvent(el, 'dialog-action-error');
    $(el, '[part="action"]')!.click();
    (await until(() => $<HTMLDialogElement>(el, 'dialog[open]'))).querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
    await failed;
    await el.updateComplete;
    expect($(el, '[part="message"]')!.textContent!.trim()).to.equal('Saken har en oppbevaringstid og kan slettes fra 15. jan. 2027.');
  });

  for (const [path, expected] of [
    ['/status/500', 'Tjenesten fikk et problem'],
    ['/status/403', 'Du har ikke tilgang til dette'],
    ['/drop', 'Vi fikk ikke kontakt med tjenesten'],
  ]) {
    it(`shows a localized message when the service fails (${path}) and keeps the action available`, async () => {
      const el = await render([{ priority: 'Primary', url: path, title: text('Send') }]);
      const failed = oneEvent(el, 'dialog-action-error');
      $(el, '[part="action"]')!.click();
      await failed;
      await el.updateComplete;
      const message = $(el, '[part="message"]')!.textContent!;
      expect(message).to.contain('«Send» kunne ikke utføres.');
      expect(message).to.contain(expected);
      expect($(el, '[part="action"]')!.getAttribute('aria-disabled')).to.equal('false');
    });
  }

  it('a message follows a change of language, with the action title in the new language', async () => {
    const el = await render([{ priority: 'Primary', url: '/status/500', title: text('Send') }]);
    const failed = oneEvent(el, 'dialog-action-error');
    $(el, '[part="action"]')!.click();
    await failed;
    await el.updateComplete;
    expect($(el, '[part="message"]')!.textContent).to.contain('«Send» kunne ikke utføres.');
    el.setAttribute('lang', 'en');
    await until(() => $(el, '[part="message"]')!.textContent!.includes('“Send (en)” could not be carried out.'), 'the message in English');
  });

  it('renders nothing for a dialog without actions, and tolerates junk entries', async () => {
    const el = await fixture<DialogActionsElement>(html`<dialog-actions .dialog=${{ id: 'x', guiActions: [null, 42] } as unknown as Dialog}></dialog-actions>`);
    expect($$(el, '[part="action"]').length).to.equal(0);
  });

  it('speaks English and nynorsk', async () => {
    const en = await render([{ priority: 'Primary', isAuthorized: false, url: 'urn:dialogporten:unauthorized' }], 'en');
    expect($(en, '#unauthorized-reason')!.textContent).to.equal('You do not have access to this action');
    expect($(en, '[part="action"]')!.textContent).to.contain('Handling 0 (en)');
    const nn = await render([{ priority: 'Primary', isAuthorized: false, url: 'urn:dialogporten:unauthorized' }], 'nn');
    expect($(nn, '#unauthorized-reason')!.textContent).to.equal('Du har ikkje tilgang til denne handlinga');
  });
});
