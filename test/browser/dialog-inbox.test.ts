import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { deep, until } from './helpers.js';

const list = (inbox: Element) => inbox.shadowRoot!.querySelector('dialog-list')!;
const view = (inbox: Element) => inbox.shadowRoot!.querySelector('dialog-view')!;
const rows = (listEl: Element) => Array.from(listEl.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

async function inbox(width: number, attrs: { lang?: string } = {}) {
  const base = await apiUrl();
  const party = await personParty();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <dialog-inbox api-base-url=${base} party=${party} lang=${attrs.lang ?? 'nb'} .tokenProvider=${tokenProvider}></dialog-inbox>
  </div>`);
  const el = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
  await until(() => rows(list(el)).length > 0, 'rows');
  await view(el).updateComplete; // with no dialog, the view's first render waits until the browser is idle
  return el;
}

describe('<dialog-inbox>', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('renders list and dialog side by side on a wide screen; choosing a row opens it and moves focus', async () => {
    const el = await inbox(1100);
    expect(view(el).getBoundingClientRect().width).to.be.greaterThan(0);
    expect(deep(view(el), '[part="placeholder"]')!.textContent).to.contain('Velg en sak');
    const first = rows(list(el))[0];
    first.querySelector('button')!.click();
    const title = await until(() => deep(view(el), '[part="title"]'), 'the dialog title');
    // The row's title as seen: without the words only a screen reader gets ("Ulest: ", ", fra ").
    const seen = first.querySelector('[part="title"]')!.cloneNode(true) as Element;
    seen.querySelectorAll('.visually-hidden, .join').forEach((n) => n.remove());
    expect(title.textContent).to.equal(seen.textContent);
    await until(() => view(el).shadowRoot!.activeElement === title, 'focus on the title');
    const listBox = list(el).getBoundingClientRect();
    const viewBox = view(el).getBoundingClientRect();
    expect(viewBox.left).to.be.greaterThan(listBox.right - 1);
    await expect(el).to.be.accessible();
  });

  it('shows one pane at a time on a narrow screen, with a way back that restores focus', async () => {
    const el = await inbox(360);
    expect(view(el).getBoundingClientRect().width).to.equal(0);
    const first = rows(list(el))[0];
    first.querySelector('button')!.click();
    await until(() => deep(view(el), '[part="title"]'), 'the dialog title');
    expect(list(el).getBoundingClientRect().width).to.equal(0);
    const back = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!;
    expect(back.textContent).to.contain('Tilbake til listen');
    back.click();
    await until(() => list(el).getBoundingClientRect().width > 0, 'the list again');
    await until(() => list(el).shadowRoot!.activeElement === first.querySelector('button'), 'focus on the row');
  });

  it('marks an unread dialog as read in the list after opening it', async () => {
    const el = await inbox(1100);
    const unread = rows(list(el)).find((r) => r.classList.contains('unread'))!;
    const id = unread.dataset.dialogId!;
    unread.querySelector('button')!.click();
    await until(() => !list(el).shadowRoot!.querySelector(`[data-dialog-id="${id}"]`)!.classList.contains('unread'), 'the row to be read');
  });

  it('follows the language: its attribute, then the page', async () => {
    const el = await inbox(1100, { lang: 'en' });
    expect(deep(view(el), '[part="placeholder"]')!.textContent).to.contain('Choose a case');
    el.setAttribute('lang', 'nn');
    await until(() => deep(view(el), '[part="placeholder"]')!.textContent!.includes('Vel ei sak'), 'nynorsk');
    el.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await until(() => deep(view(el), '[part="placeholder"]')!.textContent!.includes('Choose a case'), 'the page language');
    document.documentElement.lang = '';
    await until(() => deep(view(el), '[part="placeholder"]')!.textContent!.includes('Velg en sak'), 'the default nb');
  });

  it('starts over when the portal sets the token provider after the element (no token first: 401)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><dialog-inbox api-base-url=${await apiUrl()}></dialog-inbox></div>`);
    const el = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
    const listEl = await until(() => el.shadowRoot?.querySelector('dialog-list'), 'the list');
    await until(() => listEl.shadowRoot!.querySelector('[part="error"]'), 'the not-logged-in message');
    expect(listEl.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('ikke logget inn');
    el.tokenProvider = tokenProvider;
    await until(() => rows(listEl).length > 0, 'rows with the token');
  });

  it('gives its configuration to the elements placed inside it', async () => {
    const base = await apiUrl();
    const party = await personParty();
    const el = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${base} party=${party} lang="en" .tokenProvider=${tokenProvider}>
      <div class="portal-grid"><dialog-list></dialog-list><main><dialog-view></dialog-view><dialog-actions></dialog-actions></main></div>
    </dialog-inbox>`);
    const listEl = el.querySelector('dialog-list')!;
    await until(() => rows(listEl).length > 0, 'rows in the slotted list');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    rows(listEl)[0].querySelector('button')!.click();
    await until(() => deep(el.querySelector('dialog-view')!, '[part="title"]'), 'the slotted view');
    const standaloneActions = el.querySelector('dialog-actions')!;
    await until(() => standaloneActions.shadowRoot!.querySelector('[part="action"]'), 'the separate actions to follow the open dialog');
  });
});
