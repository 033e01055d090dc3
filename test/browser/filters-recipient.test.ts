// The "Recipient" filter of <dialog-list>: a search-as-you-type over the user's parties (as the picker's, a page of
// matches at a time) that shows one party's dialogs through the cancelable dialog-party-change, and back to all.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-list/define.js';
import { RECIPIENT_PAGE } from '../../components/dialog-list/list-choices.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { AuthorizedParty } from '../../src/api/types.js';
import { apiUrl, inboxItems, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { deepActive, until } from './helpers.js';

const ORG = 'urn:altinn:organization:identifier-no:';
const BAKERY = `${ORG}310910007`;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rowIds = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')).map((r) => r.dataset.dialogId!);
const options = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.recipient-option'));
const pressed = (el: Element) => options(el).filter((o) => o.getAttribute('aria-pressed') === 'true').map((o) => o.dataset.party ?? 'all');

async function openFilters(el: DialogListElement) {
  $(el, '[part="filters-button"]')!.click();
  await el.updateComplete;
  return until(() => $(el, '.recipient'), 'the recipient filter');
}

async function type(el: DialogListElement, value: string) {
  const input = $(el, '#f-recipient') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

let restore: (() => void) | null = null;
let served = 0;

/** Answers GET /parties itself; the rest (the searches) goes to the local Dialogporten. */
function serve(parties: unknown): void {
  const original = window.fetch;
  served = 0;
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/api/v1/enduser/parties')) return served++, Response.json(parties);
    return original(input, init);
  };
  restore = () => (window.fetch = original);
}

describe('<dialog-list> recipient filter', () => {
  beforeEach(resetDemo);
  afterEach(() => {
    restore?.();
    restore = null;
  });
  after(resetDemo);

  it('searches the parties as you type, shows one recipient\'s dialogs and goes back to all (cancelable, by keyboard)', async function () {
    this.timeout(40_000); // three searches over every party on a busy machine
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} page-size="100" lang="nb"
      .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => rowIds(el).length > 0 && $(el, '[part="recipient"]'), 'rows of every party, with their recipients');
    const all = rowIds(el);
    const filter = await openFilters(el);
    expect(filter.querySelector('#f-recipient-label')!.textContent).to.equal('Mottaker');
    expect(pressed(el)).to.deep.equal(['all']);
    const before = options(el).length;
    await type(el, 'bakeri');
    expect(options(el).map((o) => o.dataset.party ?? 'all')).to.include(BAKERY);
    expect(options(el).length).to.be.within(2, before - 1);
    expect(options(el).slice(1).every((o) => /bakeri/i.test(o.textContent!))).to.equal(true);

    const changed = oneEvent(el, 'dialog-party-change');
    options(el).find((o) => o.dataset.party === BAKERY)!.click();
    expect((await changed).detail.parties).to.deep.equal([BAKERY]);
    const want = (await inboxItems(BAKERY, 100)).map((i) => i.id!);
    await until(() => rowIds(el).join() === want.join(), 'the bakery\'s rows');
    expect($(el, '[part="recipient"]'), 'one party: no recipient column').to.equal(null);
    expect(pressed(el)).to.deep.equal([BAKERY]);
    expect($(el, '.recipient p')!.textContent).to.contain('Viser: FJORDVIK BAKERI OG KAFE AS');

    // The portal may cancel: nothing changes.
    el.addEventListener('dialog-party-change', (e) => e.preventDefault(), { once: true });
    options(el)[0].click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([BAKERY]);

    // By keyboard: ArrowDown from the search enters the recipients (on "All recipients", the first), the arrows
    // move between them, Enter chooses.
    ($(el, '#f-recipient') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(options(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(options(el)[1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()).to.equal(options(el)[0]);
    expect(options(el)[0].textContent!.trim()).to.equal('Alle mottakere');
    expect(options(el).filter((o) => o.tabIndex === 0).length, 'one of them in the tab order').to.equal(1);
    await sendKeys({ press: 'Enter' });
    await until(() => rowIds(el).join() === all.join() && $(el, '[part="recipient"]'), 'every party again');
    expect(pressed(el)).to.deep.equal(['all']);
    expect(deepActive(), 'focus stays on the choice').to.equal(options(el)[0]);
    await expect(el).to.be.accessible();
  });

  it('at 5,000 parties renders a page of them, says how many, shows more, and finds one by name or number', async function () {
    this.timeout(40_000);
    const person = await personParty();
    const parties: AuthorizedParty[] = [{ party: person, name: 'KARI NORDMANN', partyType: 'Person' }];
    for (let i = 0; i < 5000; i++) {
      parties.push({ party: `${ORG}${300000000 + i}`, name: `KLIENT ${i} AS`, subParties: i % 5 ? [] : [{ party: `${ORG}${400000000 + i}`, name: `KLIENT ${i} AS AVD NORD` }] });
    }
    serve({ authorizedParties: parties });
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${person} page-size="100" lang="nb"
      .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => $(el, '[part="list"], [part="empty"]'), 'the list');
    expect(served, 'the parties are not asked for before the filters open').to.equal(0);
    await openFilters(el);
    expect(options(el).length, '"All recipients" and one page').to.equal(1 + RECIPIENT_PAGE);
    expect(pressed(el), 'the portal named one party').to.deep.equal([person]);
    expect($(el, '#f-recipient-count')!.textContent).to.equal(`6001 parter, de første ${RECIPIENT_PAGE} vises`);
    const more = $(el, '.recipient > button')!;
    expect(more.textContent!.trim()).to.equal(`Vis ${RECIPIENT_PAGE} til`);
    more.click();
    await until(() => options(el).length === 1 + 2 * RECIPIENT_PAGE, 'the next page');
    await until(() => deepActive() === options(el)[1 + RECIPIENT_PAGE], 'focus on the first of the next page');

    await type(el, 'klient 4321');
    expect(options(el).map((o) => o.dataset.party ?? 'all')).to.deep.equal(['all', `${ORG}300004321`]);
    expect($(el, '#f-recipient-count')!.textContent).to.equal('1 treff');
    await type(el, '300 004 320');
    expect(options(el).map((o) => o.dataset.party ?? 'all')).to.deep.equal(['all', `${ORG}300004320`, `${ORG}400004320`]);
    const changed = oneEvent(el, 'dialog-party-change');
    options(el)[2].click();
    expect((await changed).detail.parties).to.deep.equal([`${ORG}400004320`]);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal([`${ORG}400004320`]);
    expect($(el, '.recipient p')!.textContent).to.contain('KLIENT 4320 AS AVD NORD, KLIENT 4320 AS');
  });

  it('is not offered to a user with one party', async () => {
    const person = await personParty();
    serve({ authorizedParties: [{ party: person, name: 'KARI NORDMANN', partyType: 'Person' }] });
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} page-size="100" lang="nb"
      .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => $(el, '[part="list"], [part="empty"]'), 'the list');
    $(el, '[part="filters-button"]')!.click();
    await until(() => served > 0, 'the parties');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect($(el, '#f-org'), 'the filter panel is there').to.exist;
    expect(Boolean($(el, '.recipient'))).to.equal(false);
  });
});
