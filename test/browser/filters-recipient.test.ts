// The "Recipient" filter of <dialog-list>: a search-as-you-type over the user's parties (as the picker's, a page of
// matches at a time, in a select) that shows one party's dialogs through the cancelable dialog-party-change, and
// back to all.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { AuthorizedParty } from '../../src/api/types.js';
import { PARTY_PAGE } from '../../src/state/party-search.js';
import { apiUrl, inboxItems, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { deepActive, until } from './helpers.js';

const ORG = 'urn:altinn:organization:identifier-no:';
const BAKERY = `${ORG}310910007`;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
function choose(el: DialogListElement, value: string) {
  select(el).value = value;
  select(el).dispatchEvent(new Event('change'));
}
const rowIds = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')).map((r) => r.dataset.dialogId!);
const select = (el: Element) => $(el, '#f-recipient') as HTMLSelectElement;
/** The options' values ('' is "All parties"). */
const options = (el: Element) => Array.from(select(el).options).map((o) => o.value);

async function openFilters(el: DialogListElement) {
  $(el, '[part="filters-button"]')!.click();
  await el.updateComplete;
  return until(() => $(el, '#f-recipient'), 'the recipient filter');
}

async function type(el: DialogListElement, value: string) {
  const input = $(el, '#f-recipient-q') as HTMLInputElement;
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
    await el.updateComplete; // every row of the page, not the first chunk of it
    const all = rowIds(el);
    await openFilters(el);
    expect($(el, 'label[for="f-recipient"] span')!.textContent).to.equal('Mottaker');
    expect(select(el).value).to.equal('');
    expect(select(el).selectedOptions[0].textContent).to.equal('Alle parter');
    const before = options(el).length;
    await type(el, 'bakeri');
    expect(options(el)).to.include(BAKERY);
    expect(options(el).length).to.be.within(2, before - 1);
    expect(Array.from(select(el).options).slice(1).every((o) => /bakeri/i.test(o.textContent!))).to.equal(true);

    const changed = oneEvent(el, 'dialog-party-change');
    choose(el, BAKERY);
    expect((await changed).detail.parties).to.deep.equal([BAKERY]);
    const want = (await inboxItems(BAKERY, 100)).map((i) => i.id!);
    await until(() => rowIds(el).join() === want.join(), 'the bakery\'s rows');
    expect($(el, '[part="recipient"]'), 'one party: no recipient column').to.equal(null);
    expect(select(el).value).to.equal(BAKERY);
    // Searched for something else, the choice in effect is still an option, and still selected.
    await type(el, 'zzz');
    expect(options(el)).to.deep.equal(['', BAKERY]);
    expect(select(el).value).to.equal(BAKERY);
    expect($(el, '#f-recipient-count')!.textContent).to.equal('Ingen passer med søket.');

    // The portal may cancel: nothing changes, the select shows the choice in effect again.
    el.addEventListener('dialog-party-change', (e) => e.preventDefault(), { once: true });
    choose(el, '');
    await el.updateComplete;
    expect(select(el).value).to.equal(BAKERY);

    // By keyboard: Tab from the search to the select, ArrowUp to "All parties".
    ($(el, '#f-recipient-q') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(select(el));
    await sendKeys({ press: 'ArrowUp' });
    await until(() => rowIds(el).join() === all.join() && $(el, '[part="recipient"]'), 'every party again');
    expect(select(el).value).to.equal('');
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
    expect(options(el).length, '"All parties" and one page').to.equal(1 + PARTY_PAGE);
    expect(select(el).value, 'the portal named one party').to.equal(person);
    expect($(el, '#f-recipient-count')!.textContent).to.equal('6001 parter');
    const more = $(el, '#f-recipient ~ button, label[for="f-recipient"] + button')!;
    expect(more.textContent!.trim()).to.equal('Vis flere');
    more.click();
    await until(() => options(el).length === 1 + 2 * PARTY_PAGE, 'the next page');
    await until(() => deepActive() === select(el), 'focus on the select that holds them');

    await type(el, 'klient 4321');
    expect(options(el)).to.deep.equal(['', person, `${ORG}300004321`]); // the choice in effect stays an option
    expect($(el, '#f-recipient-count')!.textContent).to.equal('1 treff');
    await type(el, '300 004 320');
    expect(options(el)).to.deep.equal(['', person, `${ORG}300004320`, `${ORG}400004320`]);
    expect(select(el).options[3].textContent).to.equal('KLIENT 4320 AS AVD NORD, KLIENT 4320 AS · 400004320');
    const changed = oneEvent(el, 'dialog-party-change');
    choose(el, `${ORG}400004320`);
    expect((await changed).detail.parties).to.deep.equal([`${ORG}400004320`]);
    await el.updateComplete;
    expect(select(el).value).to.equal(`${ORG}400004320`);
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
    expect(Boolean($(el, '#f-recipient'))).to.equal(false);
  });
});
