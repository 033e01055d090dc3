// <dialog-party-picker> for an accountant with 5,000 client organisations (and their sub-units): the panel renders
// a page of matches at a time, counts what is ticked, ticks every match at once (deleted units left out), says
// when the choice is searched in several rounds, and copes with broken answers. GET /parties is served by the test.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/define.js';
import type { DialogPartyPickerElement } from '../../components/dialog-party-picker/dialog-party-picker.js';
import type { AuthorizedParty, Parties } from '../../src/api/types.js';
import { filterEntries, PARTY_PAGE } from '../../src/state/party-search.js';
import { partyEntries, type PartyEntry } from '../../src/state/party-tree.js';
import { deepActive, until } from './helpers.js';

const ORG = 'urn:altinn:organization:identifier-no:';
const PERSON = 'urn:altinn:person:identifier-no:01017012345';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element, part: string) => $(el, `[part="${part}"]`)?.textContent?.trim() ?? '';
const entries = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="party"]'));
const boxes = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('li input'));

/**
 * The user, then `count` clients "KLIENT <i> AS": every 5th with a sub-unit, every 50th deleted (its sub-unit goes
 * with it from "All"), every 97th reachable only through its sub-unit.
 */
function clients(count: number): Parties {
  const authorizedParties: AuthorizedParty[] = [{ party: PERSON, name: 'KARI NORDMANN', partyType: 'Person' }];
  for (let i = 0; i < count; i++) {
    authorizedParties.push({
      party: `${ORG}${300000000 + i}`,
      name: `KLIENT ${i} AS`,
      partyType: 'Organization',
      isDeleted: i % 50 === 0,
      hasOnlyAccessToSubParties: i % 97 === 1,
      subParties: i % 5 === 0 || i % 97 === 1 ? [{ party: `${ORG}${400000000 + i}`, name: `KLIENT ${i} AS AVD NORD`, partyType: 'Organization' }] : [],
    });
  }
  return { authorizedParties };
}

/** What "All parties" searches of clients(count) whose client number starts with `prefix`, worked out by hand. */
function searchable(count: number, prefix = ''): string[] {
  const urns: string[] = [];
  for (let i = 0; i < count; i++) {
    if (!String(i).startsWith(prefix) || i % 50 === 0) continue; // deleted: neither it nor its sub-unit
    if (i % 97 !== 1) urns.push(`${ORG}${300000000 + i}`);
    if (i % 5 === 0 || i % 97 === 1) urns.push(`${ORG}${400000000 + i}`);
  }
  return urns;
}

let restore: (() => void) | null = null;

/** Answers GET /parties and GET /metadata/limits itself; the rest goes to the network. */
function serve(parties: unknown, cap = 20): void {
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/api/v1/enduser/parties')) return Response.json(parties);
    if (url.endsWith('/api/v1/metadata/limits')) return Response.json({ endUserSearch: { maxPartyFilterValues: cap } });
    return original(input, init);
  };
  restore = () => (window.fetch = original);
}

async function picker(parties: unknown, options: { max?: number; cap?: number; lang?: string } = {}) {
  serve(parties, options.cap);
  const el = await fixture<DialogPartyPickerElement>(html`<dialog-party-picker api-base-url="https://dialogporten.invalid"
    lang=${options.lang ?? 'nb'} .max=${options.max} .tokenProvider=${async () => 'token'}></dialog-party-picker>`);
  await until(() => $(el, '[part="toggle"]'), 'the picker', 10000);
  return el;
}

async function open(el: DialogPartyPickerElement) {
  $(el, '[part="toggle"]')!.click();
  await el.updateComplete;
}

async function type(el: DialogPartyPickerElement, value: string) {
  const input = $(el, '[part="search"]') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<dialog-party-picker> with thousands of parties', () => {
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it('5,000 clients: renders a page of matches, counts the ticks, shows more by keyboard, ticks every match', async () => {
    const N = 5000;
    const el = await picker(clients(N));
    await open(el);
    const selectable = partyEntries(clients(N)).filter((e) => e.selectable).length;
    const all = searchable(N).length + 1; // and the user
    expect(entries(el).length, 'one page, not 6,000 entries').to.equal(PARTY_PAGE);
    expect($(el, '#party-matches')!.textContent).to.equal(`${partyEntries(clients(N)).length} parter`);
    expect(text(el, 'count')).to.equal(`Valgt: ${all} av ${selectable}`);
    expect(text(el, 'batches')).to.equal(`${all} parter søkes i ${Math.ceil(all / 20)} omganger, så den første siden kan ta litt lengre tid.`);

    // "Show more" is a button in the tab order; it renders the next page and moves focus to its first party.
    const more = $(el, '[part="more-parties"]')!;
    expect(more.textContent!.trim()).to.equal('Vis flere');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => entries(el).length === 2 * PARTY_PAGE, 'the next page');
    const focusedEntry = () => entries(el).indexOf(deepActive()?.closest('li') as HTMLElement);
    await until(() => focusedEntry() === PARTY_PAGE, 'focus on the first party of the new page');

    // Search: still at most a page rendered, the total said; "Select all" ticks the matches not rendered too.
    $(el, '[part="select-none"]')!.click();
    await el.updateComplete;
    expect(text(el, 'count')).to.equal(`Valgt: 0 av ${selectable}`);
    expect($(el, '[part="batches"]'), 'nothing chosen: no note').to.equal(null);
    await type(el, 'klient 1');
    const matching = filterEntries(partyEntries(clients(N)), 'klient 1').length;
    expect(matching).to.be.greaterThan(PARTY_PAGE);
    expect(entries(el).length).to.equal(PARTY_PAGE);
    expect($(el, '#party-matches')!.textContent).to.equal(`${matching} treff`);
    const want = searchable(N, '1');
    expect(text(el, 'select-matching')).to.equal(`Velg alle (${want.length})`);
    $(el, '[part="select-matching"]')!.click();
    await el.updateComplete;
    expect(text(el, 'count')).to.equal(`Valgt: ${want.length} av ${selectable}`);
    const changed = oneEvent(el, 'dialog-party-change');
    $(el, '[part="apply"]')!.click();
    const event = await changed;
    expect(event.detail.parties.length).to.equal(want.length);
    expect(new Set(event.detail.parties)).to.deep.equal(new Set(want)); // no deleted unit, nor one only reachable through its sub-unit
    expect(event.detail.parties.includes(`${ORG}${300000000 + 100}`), 'KLIENT 100 is deleted').to.equal(false);
    expect(event.detail.parties.includes(`${ORG}${400000000 + 100}`), 'and its sub-unit goes with it').to.equal(false);
  });

  it('the several-rounds note appears above the cap and not at or below it', async () => {
    const el = await picker(clients(60), { cap: 20, lang: 'en' });
    await open(el);
    $(el, '[part="select-none"]')!.click();
    await el.updateComplete;
    const tick = async (n: number) => {
      for (const box of boxes(el).filter((b) => !b.checked).slice(0, n)) box.click();
      await el.updateComplete;
    };
    await tick(20);
    expect(text(el, 'count')).to.match(/^Chosen: 20 of \d+$/);
    expect($(el, '[part="batches"]'), 'at the cap: one search').to.equal(null);
    await tick(1);
    expect(text(el, 'batches')).to.equal('21 parties are searched in 2 rounds, so the first page may take a little longer.');
    boxes(el).find((b) => b.checked)!.click();
    await el.updateComplete;
    expect($(el, '[part="batches"]'), 'back at the cap').to.equal(null);
  });

  it('"Select all" respects max and says so', async () => {
    const el = await picker(clients(300), { max: 30 });
    await open(el);
    $(el, '[part="select-none"]')!.click();
    await type(el, 'klient');
    $(el, '[part="select-matching"]')!.click();
    await el.updateComplete;
    expect(text(el, 'count')).to.match(/^Valgt: 30 av \d+$/);
    expect(text(el, 'limit')).to.equal('Du kan velge opptil 30 parter om gangen.');
    // Full: an unticked party cannot be ticked, but stays focusable (the arrows pass it).
    const free = boxes(el).find((b) => !b.checked)!;
    expect(free.getAttribute('aria-disabled')).to.equal('true');
    free.click();
    await el.updateComplete;
    expect(free.checked).to.equal(false);
    expect(text(el, 'count')).to.match(/^Valgt: 30 av \d+$/);
    await expect(el).to.be.accessible();
  });

  it('by keyboard alone: arrows move, Space ticks, Enter applies, Escape closes and returns to the toggle', async () => {
    const el = await picker(clients(12));
    const toggle = $(el, '[part="toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, '[part="panel"]')!.hidden, 'the panel');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, '[part="search"]'));
    await sendKeys({ type: 'klient 1' });
    await until(() => entries(el).length === 5, 'the matches'); // KLIENT 1 (through its sub-unit only), 10 and 11
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(boxes(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(boxes(el)[1]);
    const urn = (deepActive() as HTMLElement).closest('li')!.dataset.party!;
    const before = (deepActive() as HTMLInputElement).checked;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(boxes(el)[1].checked).to.equal(!before);
    // Select none, then tick one by Space: Enter shows that one.
    $(el, '[part="select-none"]')!.click();
    await el.updateComplete;
    boxes(el)[1].focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const changed = oneEvent(el, 'dialog-party-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.parties).to.deep.equal([urn]);
    await until(() => $(el, '[part="panel"]')!.hidden && deepActive() === toggle, 'closed, focus on the toggle');
    expect(el.getAttribute('value')).to.equal(urn);
    // Escape closes without applying and returns to the toggle.
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, '[part="panel"]')!.hidden, 'open again');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '[part="panel"]')!.hidden && deepActive() === toggle, 'Escape: closed, focus on the toggle');
    expect(el.getAttribute('value')).to.equal(urn);
  });

  it('copes with duplicate URNs, sub-units repeating their parent, empty names and 10,000-character names', async () => {
    const long = `${'LANGTNAVN'.repeat(1111)}X AS`; // 10,003 characters, no spaces
    const weird = {
      authorizedParties: [
        { party: PERSON, name: '', partyType: 'Person' },
        { party: `${ORG}310000001`, name: 'DUPLIKAT AS', subParties: [{ party: `${ORG}310000001`, name: 'DUPLIKAT AS' }, { party: `${ORG}310000002`, name: '   ' }] },
        { party: `${ORG}310000001`, name: 'DUPLIKAT AS IGJEN' },
        { party: `${ORG}310000003`, name: long },
        { party: `${ORG}310000004`, name: 'VANLIG AS', subParties: [{ party: `${ORG}310000003`, name: long }] },
        { party: 42, name: 'BROKEN' },
        null,
      ],
    };
    const el = await picker(weird);
    await open(el);
    const urns = entries(el).map((e) => e.dataset.party);
    expect(urns).to.deep.equal([PERSON, `${ORG}310000001`, `${ORG}310000002`, `${ORG}310000003`, `${ORG}310000004`]);
    // No name: the URN stands in, so the entry is never blank.
    expect($(el, `[data-party="${PERSON}"]`)!.textContent).to.contain(PERSON);
    expect($(el, `[data-party="${ORG}310000002"]`)!.textContent).to.contain(`${ORG}310000002`);
    // The long name is shortened on screen and wraps: the panel does not grow sideways.
    const item = $(el, `[data-party="${ORG}310000003"]`)!;
    expect(item.textContent!.length).to.be.below(400);
    const panel = $(el, '[part="panel"]')!;
    expect(panel.scrollWidth <= panel.clientWidth + 1).to.equal(true);
    // Search uses the whole name: its end finds it.
    await type(el, 'langtnavnx');
    expect(entries(el).map((e) => e.dataset.party)).to.deep.equal([`${ORG}310000003`]);
    // By organisation number, also written in groups.
    await type(el, '310 000 004');
    expect(entries(el).map((e) => e.dataset.party)).to.deep.equal([`${ORG}310000004`]);
    await type(el, '');
    expect(text(el, 'count')).to.equal('Valgt: 5 av 5');
    await expect(el).to.be.accessible();
  });
});

describe('filterEntries at scale', () => {
  const tree = (n: number) => partyEntries(clients(n));

  it('reads each name once per search (no work per pair of entries)', () => {
    for (const n of [1000, 4000]) {
      let reads = 0;
      const counted = tree(n).map((e) => {
        const { name, key } = e;
        const read = () => (reads++, key);
        return Object.defineProperty(Object.defineProperty({ ...e }, 'key', { get: read }), 'name', { get: () => (reads++, name) }) as PartyEntry;
      });
      filterEntries(counted, 'avd');
      expect(reads, `${n} entries`).to.be.at.most(counted.length);
    }
  });

  it('takes linear time: 4x the entries take at most 6x as long', () => {
    const small = tree(5000);
    const big = tree(20000);
    const searches = (list: PartyEntry[], times: number) => {
      const start = performance.now();
      for (let i = 0; i < times; i++) for (const q of ['klient 1', 'avd', '3000', 'zzz']) filterEntries(list, q);
      return performance.now() - start;
    };
    // Samples of the same expected size (the small list 4 times, the big one once), alternating, the fastest of
    // each: the least disturbed by other load. A busy machine gets another round before the verdict.
    let ratio = Infinity;
    for (let round = 0; round < 3 && ratio > 6; round++) {
      let fastSmall = Infinity;
      let fastBig = Infinity;
      for (let i = 0; i < 15; i++) {
        fastSmall = Math.min(fastSmall, searches(small, 4));
        fastBig = Math.min(fastBig, searches(big, 1));
      }
      ratio = (4 * fastBig) / fastSmall;
    }
    expect(ratio).to.be.at.most(6);
  });
});
