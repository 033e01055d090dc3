import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/dialog-view/define.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import type { Dialog } from '../../src/api/types.js';
import { api, apiUrl, findDialog, hasAction, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const actionsOf = (el: Element) => el.shadowRoot!.querySelector('dialog-actions')!;
const inActions = (el: Element, selector: string) => actionsOf(el).shadowRoot!.querySelector<HTMLElement>(selector);

async function view(dialogId: string, lang = 'nb') {
  const base = await apiUrl();
  const el = await fixture<DialogViewElement>(html`<dialog-view api-base-url=${base} dialog-id=${dialogId} lang=${lang}
    .tokenProvider=${tokenProvider}></dialog-view>`);
  await until(() => $(el, 'article') || $(el, '[part="error"]'), 'the dialog');
  return el;
}

const nb = (list: { languageCode?: string; value?: string }[] | null | undefined) => list?.find((l) => l.languageCode === 'nb')?.value ?? list?.[0]?.value;

describe('<dialog-view> against the local Dialogporten', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('shows title, sender, status, dates, summary and the actions', async () => {
    const dialog = await findDialog((d) => d.status === 'RequiresAttention' && !!d.content?.summary && !!d.guiActions?.length);
    const el = await view(dialog.id!);
    expect($(el, '[part="title"]')!.textContent).to.equal(nb(dialog.content?.title?.value));
    expect($(el, '[part="summary"]')!.textContent).to.equal(nb(dialog.content?.summary?.value));
    expect($(el, '[part="status"]')!.textContent).to.equal('Krever handling');
    expect($(el, 'header')!.textContent).to.match(/Oppdatert/);
    await actionsOf(el).updateComplete;
    expect(inActions(el, '[part="action"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders markdown additional information sanitised to the allow-list', async () => {
    const dialog = await findDialog((d) => d.content?.additionalInfo?.mediaType === 'text/markdown');
    const el = await view(dialog.id!);
    const info = $(el, '[part="additional-info"] .rich')!;
    expect(info.children.length).to.be.greaterThan(0);
    const allowed = /^(P|EM|STRONG|UL|OL|LI|A|CODE|PRE|BLOCKQUOTE|HR|H[1-6]|BR|SPAN|TABLE|THEAD|TBODY|TFOOT|TR|TH|TD|CAPTION)$/;
    for (const node of info.querySelectorAll('*')) expect(node.tagName).to.match(allowed);
    for (const link of info.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^https?:\/\//);
  });

  it('renders the hostile seed dialog as text', async () => {
    (window as unknown as { __xss: number }).__xss = 0;
    const dialog = await findDialog((d) => (nb(d.content?.title?.value) ?? '').includes('<script>'));
    const el = await view(dialog.id!);
    expect($(el, '[part="title"]')!.textContent).to.contain('<script>alert(1)</script>');
    expect(el.shadowRoot!.querySelector('script, iframe, img, [onerror], [onclick]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __xss: number }).__xss).to.equal(0);
  });

  it('lists Gui attachments as links and unusable ones disabled', async () => {
    const dialog = await findDialog((d) => (d.attachments ?? []).length > 0);
    const el = await view(dialog.id!);
    const section = $(el, '[part="attachments"]')!;
    expect(section).to.exist;
    for (const link of section.querySelectorAll('a')) {
      expect(link.getAttribute('href')).to.match(/^https?:\/\//);
      expect(link.getAttribute('rel')).to.equal('noreferrer');
      // Its type, and that it opens in a new tab, are in its name; the row shows an icon, the name and the type.
      expect(link.textContent).to.match(/, PDF, åpnes i ny fane ↗$/);
      const row = link.closest('li')!;
      expect(row.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      expect(row.querySelector('.type')?.textContent).to.equal('PDF');
      const [icon, name, type] = [row.querySelector('svg')!, link, row.querySelector('.type')!].map((e) => e.getBoundingClientRect());
      expect(icon.right <= name.left && name.right <= type.left, 'icon, name, type in a row').to.equal(true);
    }
    expect(section.querySelectorAll('a').length).to.be.greaterThan(0);
    const gui = (dialog.attachments ?? []).flatMap((a) => (a.urls ?? []).filter((u) => u.consumerType === 'Gui'));
    expect(section.querySelectorAll('li').length).to.equal(gui.length);
  });

  it('shows expired and unauthorized attachments disabled with the reason, never as links', async () => {
    const unusable = (d: Dialog) =>
      (d.attachments ?? []).some(
        (a) => (a.expiresAt && new Date(a.expiresAt) < new Date()) || (a.urls ?? []).some((u) => u.consumerType === 'Gui' && u.url?.startsWith('urn:')),
      );
    const dialog = await findDialog(unusable);
    const el = await view(dialog.id!);
    const disabled = Array.from(el.shadowRoot!.querySelectorAll('[part="attachments"] li[aria-disabled="true"]'));
    expect(disabled.length).to.be.greaterThan(0);
    for (const li of disabled) {
      expect(li.querySelector('a')).to.equal(null);
      expect(li.textContent).to.match(/utløpt|ikke tilgang/);
    }
    expect(el.shadowRoot!.innerHTML).not.to.contain('href="urn:');
  });

  it('explains an unknown dialog (404) and offers the way back', async () => {
    const el = await view('0195f0a4-dead-7000-8000-000000000000');
    expect($(el, '[part="error"]')!.textContent).to.contain('Vi fant ikke denne saken');
    const back = oneEvent(el, 'dialog-close');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] + p button')!.click();
    expect((await back).detail.reason).to.equal('back');
    await expect(el).to.be.accessible();
  });

  it('runs a 204 action on the service platform and reloads the dialog', async () => {
    const dialog = await findDialog((d) => d.status !== 'Completed' && hasAction(d, (a) => a.url?.endsWith('/confirm') === true && a.priority !== 'Tertiary'));
    const el = await view(dialog.id!);
    await actionsOf(el).updateComplete;
    const button = Array.from(actionsOf(el).shadowRoot!.querySelectorAll<HTMLElement>('[part="action"]')).find((b) =>
      b.textContent!.trim() === nb(dialog.guiActions!.find((a) => a.url!.endsWith('/confirm'))!.title),
    )!;
    button.click();
    const confirm = await until(() => inActions(el, 'dialog[open]') ?? ($(el, '[part="status"]')?.textContent === 'Fullført' ? 'done' : null), 'confirm or done');
    if (confirm !== 'done') (confirm as HTMLElement).querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
    await until(() => $(el, '[part="status"]')?.textContent === 'Fullført', 'the Completed status', 8000);
    const fresh = await api<Dialog>(`/api/v1/enduser/dialogs/${dialog.id}`);
    expect(fresh.status).to.equal('Completed');
  });

  it('deletes with confirmation and leaves the dialog', async () => {
    const dialog = await findDialog((d) => hasAction(d, (a) => a.isDeleteDialogAction === true && a.url!.endsWith('/delete')));
    const el = await view(dialog.id!);
    await actionsOf(el).updateComplete;
    const action = dialog.guiActions!.find((a) => a.isDeleteDialogAction && a.url!.endsWith('/delete'))!;
    const title = nb(action.title);
    const button = Array.from(actionsOf(el).shadowRoot!.querySelectorAll<HTMLElement>('[part="action"]')).find((b) => b.textContent!.trim() === title)!;
    const closed = oneEvent(el, 'dialog-close');
    button.click();
    (await until(() => inActions(el, 'dialog[open]'), 'the confirm dialog')).querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
    expect((await closed).detail.reason).to.equal('deleted');
    const response = await fetch(`${await apiUrl()}/api/v1/enduser/dialogs/${dialog.id}`, { headers: { Authorization: 'Bearer x' } });
    expect(response.status).to.equal(410);
  });

  it('speaks English', async () => {
    const dialog = await findDialog((d) => d.status === 'RequiresAttention');
    const el = await view(dialog.id!, 'en');
    expect($(el, '[part="status"]')!.textContent).to.equal('Requires attention');
  });
});
