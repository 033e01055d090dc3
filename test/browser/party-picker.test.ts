// <dialog-party-picker> from GET /parties and GET /metadata/limits, alone and inside <dialog-inbox>.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogPartyPickerElement } from '../../components/dialog-party-picker/dialog-party-picker.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { api, apiUrl, resetDemo, search, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const entries = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="party"]'));
const box = (el: Element, urn: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-party="${urn}"] input`);
const BAKERY = 'urn:altinn:organization:identifier-no:310910007';
const HAVNA = 'urn:altinn:organization:identifier-no:312710005';
const NORDLYS = 'urn:altinn:organization:identifier-no:313110001';

async function picker(attrs: { max?: number; value?: string } = {}) {
  const el = await fixture<DialogPartyPickerElement>(html`<dialog-party-picker api-base-url=${await apiUrl()} lang="nb"
    value=${attrs.value ?? ''} .max=${attrs.max} .tokenProvider=${tokenProvider}></dialog-party-picker>`);
  await until(() => $(el, '[part="toggle"]'), 'the picker');
  return el;
}

describe('<dialog-party-picker>', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('lists people, organisations with sub-units, marks deleted units, and searches', async () => {
    const el = await picker();
    expect($(el, '[part="toggle"]')!.textContent).to.equal('Viser: Alle parter');
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    const all = (await api<{ authorizedParties: { party: string; subParties?: { party: string }[] }[] }>('/api/v1/enduser/parties')).authorizedParties;
    const count = all.reduce((n, p) => n + 1 + (p.subParties?.length ?? 0), 0);
    expect(entries(el).length).to.equal(count);
    expect(Array.from(el.shadowRoot!.querySelectorAll('.group-label')).map((h) => h.textContent)).to.deep.equal(['Personer', 'Virksomheter']);
    expect(el.shadowRoot!.querySelector(`[data-party="${HAVNA}"]`)!.classList.contains('sub')).to.equal(true);
    expect(el.shadowRoot!.querySelector(`[data-party="${HAVNA}"] [part="deleted"]`)!.textContent).to.equal('Slettet');
    expect(box(el, NORDLYS), 'only access to its sub-units: not selectable').to.equal(null);
    await expect(el).to.be.accessible();
    // A visible label (the placeholder alone was cut off at 320 px and gone once typing).
    const label = el.shadowRoot!.querySelector<HTMLElement>('label[for="party-search"]')!;
    expect(label.checkVisibility() && label.getBoundingClientRect().width > 1).to.equal(true);
    const input = $(el, '[part="search"]') as HTMLInputElement;
    input.value = 'havna';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(entries(el).map((e) => e.dataset.party)).to.deep.equal([BAKERY, HAVNA]);
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[part="panel"]')!.textContent).to.contain('Ingen passer med søket.');
  });

  it('under a page heading has no skipped heading level; closing without "Show" forgets the unapplied ticks', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><h1>Min side</h1><dialog-party-picker api-base-url=${await apiUrl()} lang="nb"
      .tokenProvider=${tokenProvider}></dialog-party-picker></div>`);
    const el = page.querySelector<DialogPartyPickerElement>('dialog-party-picker')!;
    await until(() => $(el, '[part="toggle"]'), 'the picker');
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    await expect(page).to.be.accessible(); // axe's heading-order: an h3 right under the h1 failed here
    const ticked = () => Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('li input')).filter((i) => i.checked).length;
    const all = ticked();
    box(el, BAKERY)!.click();
    await el.updateComplete;
    expect(ticked()).to.equal(all - 1);
    $(el, '[part="panel"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '[part="panel"]')!.hidden).to.equal(true);
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    expect(ticked(), 'the untick was not applied, so it is gone').to.equal(all);
    expect(box(el, BAKERY)!.checked).to.equal(true);
  });

  it('asks once when loading fails, and again only from the alert\'s retry (no request loop)', async () => {
    let asked = 0;
    const noSession = async () => {
      asked++;
      throw new Error('the session has ended');
    };
    const el = await fixture<DialogPartyPickerElement>(html`<dialog-party-picker api-base-url=${await apiUrl()} lang="nb"
      .tokenProvider=${noSession}></dialog-party-picker>`);
    const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button'), 'the error and its retry');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const first = asked;
    expect(first, 'the token asked for in 0.6 s').to.be.within(1, 2);
    retry.click();
    await until(() => asked > first, 'the retry to ask again');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(asked - first, 'asked again by the retry').to.be.within(1, 2);
  });

  it('fires a cancelable dialog-party-change and reflects the value; respects the party limit', async () => {
    const limits = await api<{ endUserSearch: { maxPartyFilterValues: number } }>('/api/v1/metadata/limits');
    expect(limits.endUserSearch.maxPartyFilterValues).to.equal(100);
    const el = await picker({ max: 2 });
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    $(el, '[part="all"]')!.click(); // start from all: more than 2 are ticked
    $(el, '[part="toggle"]')!.click();
    await el.updateComplete;
    const checked = () => Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('li input')).filter((i) => i.checked);
    for (const input of checked()) input.click();
    await el.updateComplete;
    box(el, BAKERY)!.click();
    box(el, HAVNA)!.click();
    await el.updateComplete;
    expect($(el, '[part="limit"]')!.textContent).to.equal('Du kan velge opptil 2 parter om gangen.');
    // A third cannot be ticked; it stays focusable (aria-disabled, not disabled), so the arrows do not stop at it.
    const third = Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('li input')).find((i) => !i.checked)!;
    expect(third.getAttribute('aria-disabled')).to.equal('true');
    third.click();
    await el.updateComplete;
    expect(third.checked).to.equal(false);
    expect($(el, '[part="count"]')!.textContent).to.match(/^Valgt: 2 av \d+$/);
    await expect(el).to.be.accessible();
    el.addEventListener('dialog-party-change', (e) => e.preventDefault(), { once: true });
    $(el, '[part="apply"]')!.click();
    expect(el.value).to.equal('');
    const changed = oneEvent(el, 'dialog-party-change');
    $(el, '[part="apply"]')!.click();
    const event = await changed;
    expect(event.detail.parties).to.deep.equal([BAKERY, HAVNA]);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('value')).to.equal(`${BAKERY} ${HAVNA}`);
    expect($(el, '[part="toggle"]')!.textContent).to.equal('Viser: FJORDVIK BAKERI OG KAFE AS, FJORDVIK BAKERI OG KAFE AS AVD HAVNA');
  });

  it('inside <dialog-inbox>: choosing parties changes the list and the inbox party attribute; rows show the recipient', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <dialog-inbox api-base-url=${await apiUrl()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
    const inbox = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
    const list = () => inbox.shadowRoot!.querySelector('dialog-list')!;
    const pick = () => inbox.shadowRoot!.querySelector<DialogPartyPickerElement>('dialog-party-picker')!;
    await until(() => list().shadowRoot!.querySelectorAll('li[part="row"]').length > 0, 'rows');
    await until(() => $(pick(), '[part="toggle"]'), 'the picker');
    expect(list().shadowRoot!.querySelector('[part="recipient"]'), 'all parties: recipients shown').to.exist;
    $(pick(), '[part="toggle"]')!.click();
    await pick().updateComplete;
    for (const input of Array.from(pick().shadowRoot!.querySelectorAll<HTMLInputElement>('li input')).filter((i) => i.checked)) input.click();
    box(pick(), BAKERY)!.click();
    await pick().updateComplete;
    $(pick(), '[part="apply"]')!.click();
    await until(() => inbox.getAttribute('party') === BAKERY, 'the inbox attribute');
    const want = (await search(`party=${encodeURIComponent(BAKERY)}&systemLabel=Default&excludeApiOnly=true&limit=100${['RequiresAttention', 'InProgress', 'Awaiting', 'Completed', 'NotApplicable'].map((s) => `&status=${s}`).join('')}`)).items.map((i) => i.id);
    await until(() => Array.from(list().shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')).map((r) => r.dataset.dialogId).join() === want.join(), 'the bakery rows');
    expect(list().shadowRoot!.querySelector('[part="recipient"]'), 'one party: no recipient').to.equal(null);
    await expect(inbox).to.be.accessible();
  });
});
