// A long list keeps only the rows near the viewport in the DOM (issue "Fast on a citizen's phone"), and stays
// complete for the keyboard and for a screen reader: against a local Dialogporten with 711 dialogs in the inbox.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogListItem } from '../../src/api/types.js';
import { monthKey } from '../../src/state/grouping.js';
import { setRefreshFloor } from '../../src/state/refresh-policy.js';
import { TOKEN, tokenProvider } from './demo-api.js';
import { testEnv, until } from './helpers.js';
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function bigApi(path: string, init: RequestInit = {}) {
  const { bigApiUrl } = await testEnv();
  if (!bigApiUrl) throw new Error("The long inbox's Dialogporten is not running in this test run");
  const response = await fetch(`${bigApiUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

async function person(): Promise<string> {
  return (await bigApi('/api/v1/enduser/parties')).authorizedParties[0].party;
}

/** The inbox as the list shows it: every status but drafts, newest content first. */
async function inbox(party: string): Promise<DialogListItem[]> {
  const q = new URLSearchParams({ systemLabel: 'Default', excludeApiOnly: 'true', orderBy: 'contentUpdatedAt_desc', limit: '1000', party });
  return ((await bigApi(`/api/v1/enduser/dialogs?${q}`)).items as DialogListItem[]).filter((item) => item.status !== 'Draft');
}

const rendered = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')];
const ids = (el: Element) => rendered(el).map((row) => row.dataset.dialogId!);
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[part="row"]')?.dataset.dialogId;
const onScreen = (row: Element) => {
  const box = row.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
};

async function longList(party: string, total: number, attrs: { interval?: string; pageSize?: number } = {}): Promise<DialogListElement> {
  const { bigApiUrl } = await testEnv();
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${bigApiUrl!} party=${party} page-size=${attrs.pageSize ?? 1000} lang="nb"
    refresh-interval=${attrs.interval ?? '0'} .tokenProvider=${tokenProvider}></dialog-list>`);
  if (attrs.pageSize) return el;
  // Windowed, and the rows rendered before shed (a few dozen a frame).
  await until(() => el.rowCount === total && el.shadowRoot!.querySelector('.spacer[style*="block-size"]') && rendered(el).length <= 100, `${total} rows, windowed`, 15_000);
  await el.updateComplete;
  await frame();
  return el;
}

describe('<dialog-list> windowing: a long list keeps the rows near the viewport', () => {
  let party: string;
  let items: DialogListItem[];
  before(async () => {
    party = await person();
    items = await inbox(party);
    expect(items.length, 'a long inbox').to.be.greaterThan(600);
  });
  afterEach(() => scrollTo(0, 0));

  it('renders a bounded run of rows in order, each with its place in its month (aria-posinset/-setsize)', async () => {
    const el = await longList(party, items.length);
    const shown = ids(el);
    expect(shown.length, `${shown.length} rows in the DOM`).to.be.within(10, 100);
    const start = items.findIndex((item) => item.id === shown[0]);
    expect(shown, 'a contiguous run of the loaded rows').to.deep.equal(items.slice(start, start + shown.length).map((item) => item.id));
    expect(rendered(el).some(onScreen), 'rows on screen').to.equal(true);
    const months = new Map<string, string[]>();
    for (const item of items) {
      const key = monthKey(item.contentUpdatedAt);
      months.set(key, [...(months.get(key) ?? []), item.id!]);
    }
    for (const row of rendered(el)) {
      const month = months.get(monthKey(items.find((item) => item.id === row.dataset.dialogId)!.contentUpdatedAt!))!;
      expect([row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize')], row.dataset.dialogId).to.deep.equal([
        String(month.indexOf(row.dataset.dialogId!) + 1),
        String(month.length),
      ]);
    }
    await expect(el).to.be.accessible();
  });

  it('Home, End, PageDown and ArrowDown reach every loaded row, rendering it when it was not', async () => {
    const el = await longList(party, items.length);
    const index = () => items.findIndex((item) => item.id === focusedId(el));
    el.focusList();
    await sendKeys({ press: 'End' });
    await until(() => index() === items.length - 1, 'End: the last row', 3000);
    await frame();
    expect(onScreen(el.shadowRoot!.activeElement!), 'the last row on screen').to.equal(true);
    expect(rendered(el).length, 'still a bounded run').to.be.at.most(100);
    await sendKeys({ press: 'Home' });
    await until(() => index() === 0, 'Home: the first row', 3000);
    for (let i = 1; i <= 3; i++) {
      await sendKeys({ press: 'PageDown' });
      expect(index()).to.equal(i * 10);
    }
    // Down, row by row, past the end of the first window (about 60 rows).
    for (let i = 31; i <= 110; i++) {
      await sendKeys({ press: 'ArrowDown' });
      expect(index(), 'ArrowDown').to.equal(i);
    }
    await frame();
    expect(onScreen(el.shadowRoot!.activeElement!), 'the focused row on screen').to.equal(true);
    expect(rendered(el).length, 'still a bounded run').to.be.at.most(100);
  });

  it('a screen reader that moves on row by row (scrolling each into view) meets every row, in order', async function () {
    // A step a frame; the window adds rows by what a frame affords (a row a side on a slow or busy machine).
    this.timeout(60_000);
    const el = await longList(party, items.length);
    const met: string[] = [];
    for (let step = 0; step < 2000 && met.length < items.length; step++) {
      const rows = rendered(el);
      const from = rows.findIndex((row) => row.dataset.dialogId === met.at(-1));
      // What the reader has not met yet, in DOM order; the next one must be there.
      const next = rows.slice(from + 1);
      expect(next.length, `rows after ${met.length} met`).to.be.greaterThan(0);
      met.push(...next.map((row) => row.dataset.dialogId!));
      next.at(-1)!.scrollIntoView({ block: 'end' });
      await frame();
      await el.updateComplete;
      expect(rendered(el).length, 'a bounded run').to.be.at.most(100);
    }
    expect(met).to.deep.equal(items.map((item) => item.id));
  });

  it('"Show more" past 300 rows: the list becomes windowed under the user, focus goes on to the first new row', async () => {
    const el = await longList(party, items.length, { pageSize: 250 });
    // 250 a page, drafts left out (here about 170 rows a page): windowed from the second page on.
    await until(() => el.rowCount > 100 && rendered(el).length === el.rowCount, 'the first page, every row rendered', 10_000).catch((e) => { throw new Error(`${e.message}: ${el.rowCount} rows, ${rendered(el).length} rendered`); });
    expect(el.shadowRoot!.querySelector('.spacer[style*="block-size"]') === null, 'not windowed yet').to.equal(true);
    while (el.rowCount < items.length) {
      const first = el.rowCount; // the first new row's index
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => focusedId(el) === items[first].id, `focus on row ${first}`, 5000);
      expect(el.rowCount).to.be.greaterThan(first);
      await frame();
      expect(onScreen(el.shadowRoot!.activeElement!), 'the focused row on screen').to.equal(true);
      expect(rendered(el).length, 'a bounded run').to.be.at.most(100);
    }
  });

  // "Show more" puts focus on the first new row, also after a tap: a phone user then scrolls on through the page with
  // that row focused. Kept while it is near (NEAR rows past the window), let go farther away: keeping every row between
  // it and the screen (up to 150 before) kept about 170 rows rendered while scrolling the phone bench to 1,000 rows.
  it('the focused row stays while it is near; scrolled farther, it is let go and focus is not pulled back', async () => {
    const el = await longList(party, items.length);
    const list = el.shadowRoot!.querySelector('.groups')!;
    scrollTo(0, list.getBoundingClientRect().top + scrollY + list.getBoundingClientRect().height / 3);
    for (let i = 0; i < 30; i++) await frame();
    const row = rendered(el).find(onScreen)!;
    const id = row.dataset.dialogId!;
    row.querySelector<HTMLElement>('[part="row-button"]')!.focus();
    const height = row.getBoundingClientRect().height + 8;
    // Scrolled on as a thumb does, a few rows at a time (a jump renders the rows on screen first in any case).
    const scrollOn = async (rows: number) => {
      for (let n = 0; n < rows; n += 4) {
        scrollBy(0, 4 * height);
        for (let i = 0; i < 3; i++) await frame();
      }
      for (let i = 0; i < 20; i++) await frame();
    };
    // 20 rows on: kept.
    await scrollOn(20);
    expect(focusedId(el), 'focus 20 rows up').to.equal(id);
    // 100 rows on: let go, a bounded run rendered, the page not scrolled back.
    await scrollOn(80);
    const y = scrollY;
    expect(ids(el), 'the focused row 100 rows up').not.to.include(id);
    expect(rendered(el).length, 'a bounded run').to.be.at.most(100);
    for (let i = 0; i < 5; i++) await frame();
    expect(scrollY, 'not scrolled back').to.equal(y);
    expect(rendered(el).some((r) => r.contains(el.shadowRoot!.activeElement)), 'focus not moved to another row').to.equal(false);
  });

  it('passing 300 rows with every row rendered, the list sheds the rows off screen a few dozen a frame, not all in one, the rows on screen staying put', async () => {
    const el = await longList(party, items.length, { pageSize: 250 });
    await until(() => el.rowCount > 100 && rendered(el).length === el.rowCount, 'the first page, every row rendered', 10_000);
    const first = el.rowCount;
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!;
    button.scrollIntoView({ block: 'end' });
    // Every frame from the click on: how many rows are rendered, and where the first new row is once focus is on it.
    const samples: { rows: number; top: number | null }[] = [];
    let sampling = true;
    const sample = () => {
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      samples.push({ rows: rendered(el).length, top: focused?.closest('li')?.dataset.dialogId === items[first].id ? focused!.getBoundingClientRect().top : null });
      if (sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(el) === items[first].id && rendered(el).length <= 100, 'focus on the first new row, the rows shed', 10_000);
    for (let i = 0; i < 10; i++) await frame();
    sampling = false;
    const drops = samples.slice(1).map((s, i) => samples[i].rows - s.rows);
    expect(Math.max(...drops), `rows dropped in one frame (${samples.map((s) => s.rows).join(' ')})`).to.be.within(1, 80);
    const tops = samples.map((s) => s.top).filter((top): top is number => top !== null);
    expect(tops.length, 'frames with focus on the first new row').to.be.greaterThan(3);
    expect(Math.max(...tops) - Math.min(...tops), `where the focused row was (${tops.map(Math.round).join(' ')})`).to.be.below(2);
  });

  // The page's answer is the longest task while scrolling a phone to 1,000 rows: the update that takes the list past
  // 300 rows gives every row its place and drops none; the shedding starts in the next frame.
  it('passing 300 rows, the update that brings the page drops no row; the rows off screen go in later frames', async () => {
    const el = await longList(party, items.length, { pageSize: 250 });
    await until(() => el.rowCount > 100 && rendered(el).length === el.rowCount, 'the first page, every row rendered', 10_000);
    // Rows go one by one or with their month's section.
    const rowsIn = (n: Node) => (n instanceof HTMLElement ? (n.matches('li[part="row"]') ? 1 : n.querySelectorAll('li[part="row"]').length) : 0);
    const batches: { placed: number; dropped: number }[] = [];
    const observer = new MutationObserver((records) => {
      const placed = records.filter((r) => r.type === 'attributes' && r.attributeName === 'aria-setsize').length;
      const dropped = records.flatMap((r) => [...r.removedNodes]).reduce((sum, n) => sum + rowsIn(n), 0);
      if (placed || dropped) batches.push({ placed, dropped });
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-setsize'] });
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!;
    button.scrollIntoView({ block: 'end' });
    button.click();
    await until(() => el.rowCount > 300 && rendered(el).length <= 100, 'windowed, the rows shed', 10_000);
    observer.disconnect();
    const first = batches.findIndex((b) => b.placed > 0);
    expect(first, `the rows placed (${JSON.stringify(batches)})`).to.be.at.least(0);
    expect(batches[first].placed, 'rows placed at once').to.be.greaterThan(100);
    expect(batches[first].dropped, 'rows dropped in that update').to.equal(0);
    expect(batches.slice(first + 1).reduce((sum, b) => sum + b.dropped, 0), 'rows dropped later').to.be.greaterThan(0);
  });

  it('scrolled to the middle, the rows there are rendered: no blank screen', async () => {
    const el = await longList(party, items.length);
    const list = el.shadowRoot!.querySelector('.groups')!;
    const top = list.getBoundingClientRect().top + scrollY;
    scrollTo(0, top + list.getBoundingClientRect().height / 2);
    await frame();
    await el.updateComplete;
    await frame();
    const visible = rendered(el).filter(onScreen);
    expect(visible.length, 'rows on screen').to.be.greaterThan(2);
    const index = items.findIndex((item) => item.id === visible[0].dataset.dialogId);
    expect(index, 'about the middle').to.be.within(items.length * 0.3, items.length * 0.7);
  });

  // Each window step's own work is part of every frame while the window moves: under a phone's CPU, reading each
  // rendered row's box twice and finding the rows by queries that walk every element of every row took about a third
  // of such a frame's script. Counted, not timed: the boxes read and the elements the list's queries walk.
  it('a window step reads each rendered row\'s box at most once and finds rows without walking every element', async () => {
    const el = await longList(party, items.length);
    const list = el.shadowRoot!.querySelector('.groups')!;
    scrollTo(0, list.getBoundingClientRect().top + scrollY + list.getBoundingClientRect().height / 3);
    for (let i = 0; i < 60; i++) await frame(); // the jump's rows and their neighbours in place
    const proto = Element.prototype;
    const box = proto.getBoundingClientRect;
    const query = proto.querySelectorAll;
    let boxes = 0;
    let walked = 0;
    // Under a busy CPU the scroll can bring more than one step: the reads are counted per update.
    let updates = 0;
    el.addController({ hostUpdate: () => void updates++ });
    proto.getBoundingClientRect = function (this: Element) {
      if (el.shadowRoot!.contains(this)) boxes++;
      return box.call(this);
    };
    proto.querySelectorAll = function (this: Element, selector: string) {
      if (el.shadowRoot!.contains(this)) walked += this.getElementsByTagName('*').length;
      return query.call(this, selector);
    } as typeof proto.querySelectorAll;
    try {
      scrollBy(0, 1500); // a dozen rows: a step
      await frame();
      await el.updateComplete;
      await frame();
    } finally {
      proto.getBoundingClientRect = box;
      proto.querySelectorAll = query;
    }
    const rows = rendered(el).length;
    const elements = el.shadowRoot!.querySelector('.groups')!.getElementsByTagName('*').length;
    console.log(`window step: ${boxes} boxes read in ${updates} update(s), ${walked} elements walked by queries; ${rows} rows, ${elements} elements rendered`);
    expect(updates, 'updates in the step').to.be.greaterThan(0);
    expect(boxes, `boxes read in the step (${rows} rows rendered)`).to.be.greaterThan(0);
    expect(boxes / updates, `boxes read per update (${boxes} in ${updates}; ${rows} rows rendered)`).to.be.at.most(rows + 40);
    expect(walked, `elements walked by queries (${elements} in the list)`).to.be.below(elements);
  });

  it('on a slow machine the window grows by what a frame affords, a row a side, until it holds its neighbours', async () => {
    const el = await longList(party, items.length);
    const list = el.shadowRoot!.querySelector('.groups')!;
    // The window goes by the time its steps take: seen through a clock 20× faster, rows cost what they would on a
    // CPU 20× slower.
    const now = performance.now.bind(performance);
    const from = now();
    performance.now = () => from + (now() - from) * 20;
    try {
      // A jump to the middle: the rows on screen render at once, their neighbours come a few a frame.
      scrollTo(0, list.getBoundingClientRect().top + scrollY + list.getBoundingClientRect().height / 2);
      const counts: number[] = [];
      for (let i = 0; i < 40; i++) {
        await frame();
        counts.push(rendered(el).length);
      }
      const growth = counts.slice(1).map((n, i) => n - counts[i]).filter((d) => d > 0);
      // The first steps go by what rows cost before (at full speed); from the third step on, by what they cost now.
      expect(growth.length, `steps (${counts.join(' ')})`).to.be.greaterThan(5);
      expect(Math.max(...growth.slice(3)), `rows added a frame (${counts.join(' ')})`).to.equal(2);
    } finally {
      delete (performance as { now?: unknown }).now; // the prototype's again
    }
    await until(() => {
      const visible = rendered(el).filter(onScreen);
      const all = rendered(el);
      return visible.length > 2 && all.indexOf(visible[0]) >= 24 && all.length - all.indexOf(visible.at(-1)!) > 24;
    }, 'the rows on screen and their neighbours (30 a side, within a step)', 10_000);
  });

  for (const anchoring of ['with the browser\'s scroll anchoring', 'no scroll anchoring']) {
    it(`rows added above keep the rows on screen where they are: ${anchoring}`, async () => {
      const manual = anchoring === 'no scroll anchoring';
      if (manual) document.documentElement.style.setProperty('overflow-anchor', 'none');
      setRefreshFloor(0.05);
      try {
        const el = await longList(party, items.length, { interval: '3600' });
        await until(() => el.shadowRoot!.querySelector('.refresh'), 'the refresh');
        const list = el.shadowRoot!.querySelector('.groups')!;
        scrollTo(0, list.getBoundingClientRect().top + scrollY + 40 * 110);
        await frame();
        await el.updateComplete;
        await frame();
        // A new dialog arrives; the tab is shown again; "Vis" puts it on top.
        await bigApi('/__demo/dialogs', { method: 'POST', body: JSON.stringify({ copyOf: items[0].id, title: 'Nytt brev' }) });
        await new Promise((resolve) => setTimeout(resolve, 100));
        document.dispatchEvent(new Event('visibilitychange'));
        await until(() => el.shadowRoot!.querySelector('.refresh button'), 'the banner', 5000);
        await el.updateComplete;
        await frame();
        const anchor = rendered(el).find((row) => row.getBoundingClientRect().top > 0)!;
        const id = anchor.dataset.dialogId!;
        const before = anchor.getBoundingClientRect().top;
        el.shadowRoot!.querySelector<HTMLElement>('.refresh button')!.click();
        await until(() => el.rowCount === items.length + 1, 'the new row');
        await el.updateComplete;
        await frame();
        const after = el.shadowRoot!.querySelector(`li[data-dialog-id="${id}"]`)!.getBoundingClientRect().top;
        expect(Math.abs(after - before), `moved from ${before} to ${after}`).to.be.below(2);
      } finally {
        document.documentElement.style.removeProperty('overflow-anchor');
        setRefreshFloor(30);
        await fetch(`${(await testEnv()).bigApiUrl}/__demo/reset`, { method: 'POST' });
      }
    });
  }
});
