// Windowing (a list past 300 rows keeps the rows near the viewport) with the data a real inbox gives: rows without a
// date (the due-date order: most dialogs have none), the same dialog twice in an answer, and the accountant's 500
// parties searched 20 at a time. Against the local Dialogporten's long inbox and its accountant.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogListItem, Parties } from '../../src/api/types.js';
import { compareFor } from '../../src/state/fan-out.js';
import { partyUrns } from '../../src/state/parties.js';
import { TOKEN, tokenProvider } from './demo-api.js';
import { testEnv, until } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const rendered = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')];
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[part="row"]')?.dataset.dialogId;
/** Windowed, and the rows rendered before shed (a few dozen a frame): at most 100 left. */
const windowed = (el: Element) => el.shadowRoot!.querySelector('.spacer[style*="block-size"]') && rendered(el).length <= 100;

async function get<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json() as Promise<T>;
}

/** The Inbox in this order, as one search per batch of parties gives it, drafts left out, merged in the order. */
async function inbox(base: string, parties: string[], orderBy: string, batch = parties.length): Promise<DialogListItem[]> {
  const items: DialogListItem[] = [];
  for (let i = 0; i < parties.length; i += batch) {
    const q = new URLSearchParams({ systemLabel: 'Default', excludeApiOnly: 'true', orderBy, limit: '1000' });
    for (const p of parties.slice(i, i + batch)) q.append('party', p);
    items.push(...((await get<{ items: DialogListItem[] }>(base, `/api/v1/enduser/dialogs?${q}`)).items ?? []).filter((d) => d.status !== 'Draft'));
  }
  return batch < parties.length ? items.sort(compareFor(orderBy as never)) : items;
}

/**
 * What a screen reader meets moving on row by row (scrolling each into view, focus elsewhere: a focused row is kept
 * rendered while near): every row id, in DOM order, each row's place in its group and the group's heading, with
 * never more than 100 rows in the DOM.
 */
async function walk(el: DialogListElement, total: number) {
  const met: { id: string; place: string; heading: string }[] = [];
  // A step a frame; the window adds rows by what a frame affords (a row a side on a slow or busy machine).
  for (let step = 0; step < 2000 && met.length < total; step++) {
    const rows = rendered(el);
    expect(rows.length, 'a bounded run').to.be.at.most(100);
    const from = rows.findIndex((row) => row.dataset.dialogId === met.at(-1)?.id);
    const next = rows.slice(from + 1);
    expect(next.length, `rows after ${met.length} met`).to.be.greaterThan(0);
    for (const row of next) {
      const heading = row.closest('section')!.querySelector('h2')!.textContent!.trim();
      met.push({ id: row.dataset.dialogId!, place: `${row.getAttribute('aria-posinset')}/${row.getAttribute('aria-setsize')}`, heading });
    }
    next.at(-1)!.scrollIntoView({ block: 'end' });
    await frame();
    await el.updateComplete;
  }
  return met;
}

/** Each row's expected place in its run of rows under one heading. */
function places(headings: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < headings.length; ) {
    let end = i;
    while (end < headings.length && headings[end] === headings[i]) end++;
    for (let n = i; n < end; n++) out.push(`${n - i + 1}/${end - i}`);
    i = end;
  }
  return out;
}

async function endAndHome(el: DialogListElement, ids: string[]) {
  el.focusList();
  await sendKeys({ press: 'End' });
  await until(() => focusedId(el) === ids.at(-1), 'End: the last row', 3000);
  await sendKeys({ press: 'Home' });
  await until(() => focusedId(el) === ids[0], 'Home: the first row', 3000);
}

describe('<dialog-list> windowing with real-world data', function () {
  // The walks take a step a frame; on a slow or busy machine the window adds a row a side a frame.
  this.timeout(60_000);
  afterEach(() => scrollTo(0, 0));

  it('by due date: the rows without one form one "Uten dato" group, complete for the keyboard and a screen reader', async () => {
    const { bigApiUrl } = await testEnv();
    const party = (await get<Parties>(bigApiUrl!, '/api/v1/enduser/parties')).authorizedParties![0].party!;
    const want = await inbox(bigApiUrl!, [party], 'dueAt_asc');
    const undated = want.filter((d) => !d.dueAt).length;
    expect(undated, 'most rows have no due date').to.be.greaterThan(300);
    expect(want.length - undated, 'some have one').to.be.greaterThan(0);
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${bigApiUrl!} party=${party} page-size="1000" order-by="dueAt_asc"
      lang="nb" refresh-interval="0" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => el.rowCount === want.length && windowed(el), `${want.length} rows, windowed`, 15_000);
    await el.updateComplete;
    await frame();
    const met = await walk(el, want.length);
    expect(met.map((m) => m.id)).to.deep.equal(want.map((d) => d.id));
    const last = met.filter((m) => m.heading === 'Uten dato');
    expect(last.length, 'one undated group at the end').to.equal(undated);
    expect(met.slice(-undated).every((m) => m.heading === 'Uten dato')).to.equal(true);
    expect(met.map((m) => m.place)).to.deep.equal(places(met.map((m) => m.heading)));
    expect(last.at(-1)!.place).to.equal(`${undated}/${undated}`);
    await endAndHome(el, want.map((d) => d.id!));
  });

  it('the same dialog twice in one answer (and again on the next page) is shown once; the keys and the walk meet each once', async () => {
    const { bigApiUrl } = await testEnv();
    const party = (await get<Parties>(bigApiUrl!, '/api/v1/enduser/parties')).authorizedParties![0].party!;
    const want = await inbox(bigApiUrl!, [party], 'contentUpdatedAt_desc');
    const real = window.fetch;
    // Every answer repeats 40 of its own items (the copies with another title) after the item they copy.
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await real(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/api/v1/enduser/dialogs?') || !response.ok) return response;
      const page = await response.json();
      const items: DialogListItem[] = [];
      (page.items as DialogListItem[]).forEach((item, i) => {
        items.push(item);
        if (i % 7 === 3 && items.length < page.items.length + 40) items.push({ ...item, content: { ...item.content!, title: { value: [{ value: 'Kopi', languageCode: 'nb' }], mediaType: 'text/plain' } } });
      });
      return new Response(JSON.stringify({ ...page, items }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${bigApiUrl!} party=${party} page-size="400"
        lang="nb" refresh-interval="0" .tokenProvider=${tokenProvider}></dialog-list>`);
      await until(() => el.rowCount > 250, 'the first page', 15_000);
      // "Show more" until every dialog is loaded: the copies never add a row.
      while (el.rowCount < want.length) {
        const before = el.rowCount;
        await until(() => el.shadowRoot!.querySelector('[part="load-more"][aria-busy="false"]'), '"Show more"', 10_000);
        el.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!.click();
        await until(() => el.rowCount > before, 'the next page', 15_000);
      }
      expect(el.rowCount).to.equal(want.length);
      await until(() => windowed(el), 'windowed');
      // "Show more" put focus on the first new row (once it rendered): the reader below starts from the top.
      await until(() => focusedId(el), 'focus on the first new row');
      (el.shadowRoot!.activeElement as HTMLElement).blur();
      scrollTo(0, 0);
      await frame();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === null, 'no focus in the list').to.equal(true);
      await frame();
      const ids = rendered(el).map((row) => row.dataset.dialogId!);
      expect(new Set(ids).size, 'no row twice in the DOM').to.equal(ids.length);
      const met = await walk(el, want.length);
      expect(met.map((m) => m.id)).to.deep.equal(want.map((d) => d.id));
      expect(met.map((m) => m.place)).to.deep.equal(places(met.map((m) => m.heading)));
      await endAndHome(el, want.map((d) => d.id!));
    } finally {
      window.fetch = real;
    }
  });

  it("the accountant's 500 parties, 20 a search: windowed, in the merged order, complete for the keys and a screen reader", async () => {
    const { accountantApiUrl: base } = await testEnv();
    const parties = partyUrns(await get<Parties>(base!, '/api/v1/enduser/parties'));
    expect(parties.length).to.be.greaterThan(500);
    const want = await inbox(base!, parties, 'contentUpdatedAt_desc', 20);
    expect(want.length, 'a long list').to.be.greaterThan(300);
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${base!} party=${parties.join(' ')} page-size="1000"
      lang="nb" refresh-interval="0" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => el.rowCount === Math.min(1000, want.length) && windowed(el), `${Math.min(1000, want.length)} rows, windowed`, 60_000);
    await el.updateComplete;
    await frame();
    const shown = want.slice(0, el.rowCount).map((d) => d.id!);
    const met = await walk(el, shown.length);
    expect(met.map((m) => m.id)).to.deep.equal(shown);
    expect(met.map((m) => m.place)).to.deep.equal(places(met.map((m) => m.heading)));
    await endAndHome(el, shown);
  });
});
