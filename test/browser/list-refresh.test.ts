import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { api, apiUrl, personParty, resetDemo, setFaults, TOKEN, tokenProvider } from './demo-api.js';
import { answersQuery, backoffMs, diffFirstPage, refreshIntervalMs, setRefreshFloor } from '../../src/state/refresh-policy.js';
import type { Row } from '../../src/state/rows.js';
import { until } from './helpers.js';
import * as listStories from '../../stories/dialog-list.stories.js';
import { renderStory } from '../../stories/fixtures/harness.js';

/** The list's own refresh (issue 19): announced news, changes in place, quiet faults, one tab polling for all. */

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rowIds = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')].map((r) => r.dataset.dialogId!);
const rowOf = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[part="row"][data-dialog-id="${id}"]`);
const banner = (el: Element) => $(el, '.refresh')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This document's visibility, as the test sets it. */
let visibility: DocumentVisibilityState = 'visible';
function setVisible(visible: boolean): void {
  visibility = visible ? 'visible' : 'hidden';
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Counts the searches the page sends (ky reads the global fetch at each request). */
function countSearches() {
  const original = window.fetch;
  const counter = { count: 0, stop: () => (window.fetch = original) };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof Request ? input.url : String(input);
    if (/\/enduser\/dialogs\?/.test(url)) counter.count++;
    return original(input, init);
  };
  return counter;
}

async function list(interval: string): Promise<DialogListElement> {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()}
    refresh-interval=${interval} .tokenProvider=${tokenProvider}></dialog-list>`);
  await until(() => rowIds(el).length > 3, 'rows');
  await until(() => $(el, '.refresh'), 'the refresh (a chunk, after the first rows)');
  return el;
}

const demo = async <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

before(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  setRefreshFloor(0.05); // 30 s in use; a test does not wait minutes
});
after(async () => {
  delete (document as { visibilityState?: unknown }).visibilityState;
  setRefreshFloor(30);
  await resetDemo();
});
beforeEach(async () => {
  visibility = 'visible';
  await resetDemo();
});

describe('the News story', () => {
  it('shows the banner for a dialog that arrived and one updated', async () => {
    const { canvas } = await renderStory(listStories.default as never, 'News', listStories.News as never);
    try {
      const list = canvas.querySelector('dialog-list')!;
      expect(banner(list)).to.equal('1 ny melding, 1 oppdatert melding Vis');
      await expect(list).to.be.accessible();
    } finally {
      canvas.remove();
    }
  });
});

describe('refresh policy', () => {
  it('refresh-interval: default 120 s, at least 30 s, 0 off', () => {
    setRefreshFloor(30);
    try {
      expect([undefined, null, '', 'x', 120, 10, 30, 45, 0, -5].map(refreshIntervalMs)).to.deep.equal([120_000, 120_000, 120_000, 120_000, 120_000, 30_000, 30_000, 45_000, 0, 0]);
    } finally {
      setRefreshFloor(0.05);
    }
  });

  it('backs off: doubling after each failure, at most 30 min, at least Retry-After', () => {
    expect([0, 1, 2, 3].map((n) => backoffMs(120_000, n))).to.deep.equal([120_000, 240_000, 480_000, 960_000]);
    expect(backoffMs(120_000, 9)).to.equal(30 * 60_000);
    expect(backoffMs(120_000, 1, 600_000)).to.equal(600_000);
  });

  it('ignores an answer with another orderBy or a party not asked for', () => {
    const items = [{ id: 'a', party: 'urn:altinn:person:identifiernumber:1' }] as never;
    expect(answersQuery({ items, orderBy: 'contentupdatedat_desc,id_desc' }, 'contentUpdatedAt_desc', ['urn:altinn:person:identifiernumber:1'])).to.equal(true);
    expect(answersQuery({ items, orderBy: 'createdat_desc,id_desc' }, 'contentUpdatedAt_desc', ['urn:altinn:person:identifiernumber:1'])).to.equal(false);
    expect(answersQuery({ items }, 'contentUpdatedAt_desc', ['urn:altinn:person:identifiernumber:2'])).to.equal(false);
  });

  it('compares a fresh first page with the rows: new, updated, gone and patched', () => {
    const row = (id: string, day: number, extra: Partial<Row> = {}) =>
      ({ id, contentUpdatedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`, rev: 'r', status: 'InProgress', seen: true, labels: ['Default'], ...extra }) as Row;
    const shown = [row('b', 20), row('c', 19), row('d', 18), row('e', 17), row('z', 5)];
    const fresh = [row('a', 21), row('b', 20, { rev: 'r2', seen: false }), row('c', 22), row('e', 17)];
    const diff = diffFirstPage(shown, fresh, 'contentUpdatedAt_desc', false);
    expect(diff.added).to.deep.equal(['a']);
    expect(diff.updated).to.deep.equal(['c']);
    expect(diff.gone, 'd sorts within the page and is not on it; z is below it').to.deep.equal(['d']);
    expect(diff.patched.map((r) => r.id)).to.deep.equal(['b']);
    expect(diffFirstPage(shown, fresh, 'contentUpdatedAt_desc', true).gone, 'a complete page: z is gone too').to.deep.equal(['d', 'z']);
    // y comes onto the page from below the last row shown: not news, unless every row was shown.
    const below = [...fresh, row('y', 2)];
    expect(diffFirstPage(shown, below, 'contentUpdatedAt_desc', false).added).to.deep.equal(['a']);
    expect(diffFirstPage(shown, below, 'contentUpdatedAt_desc', false, true).added).to.deep.equal(['a', 'y']);
  });
});

describe('<dialog-list> refreshes itself', () => {
  it('announces a new dialog when the tab is shown again (a hidden tab never asks); Show brings it, the selection stays', async () => {
    const el = await list('3600');
    const before = rowIds(el);
    const selected = before[2];
    rowOf(el, selected)!.querySelector<HTMLElement>('[data-act="open"]')!.click();
    await until(() => rowOf(el, selected)!.querySelector('[aria-current="true"]'), 'the selected row');
    const searches = countSearches();
    try {
      setVisible(false);
      const { id } = await demo<{ id: string }>('/__demo/dialogs', { copyOf: before[1], title: 'Nytt brev fra testen' });
      await sleep(400);
      expect(searches.count, 'a hidden tab never asks').to.equal(0);
      setVisible(true);
      await until(() => banner(el).startsWith('1 ny melding'), 'the banner');
      expect(searches.count).to.equal(1);
      expect(rowIds(el), 'announced, not shuffled in').to.deep.equal(before);
      expect($(el, '.refresh')!.getAttribute('aria-live')).to.equal('polite');
      const show = $(el, '.refresh button')!;
      show.focus();
      show.click();
      await until(() => rowIds(el)[0] === id, 'the new dialog on top');
      expect(banner(el)).to.equal('');
      expect(rowOf(el, selected)!.querySelector('[aria-current="true"]'), 'the selection stays').to.exist;
      // Focus was on the banner's button, which is gone: it goes on to the rows, not to the page.
      await el.updateComplete;
      const active = el.shadowRoot!.activeElement;
      expect(Boolean(active?.closest('[part="list"]')), `focus on ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      searches.stop();
    }
  });

  it('at the interval: a status change applied in place, a content update announced, a failing API quiet', async () => {
    const el = await list('0.2');
    const before = rowIds(el);
    const [changed, updated] = [before[3], before[1]];
    await demo(`/__demo/dialogs/${changed}`, { status: 'Completed' });
    await until(() => rowOf(el, changed)!.querySelector('[part="status"]')?.textContent === 'Fullført', 'the new status in place', 5000);
    expect(rowIds(el), 'in place').to.deep.equal(before);
    expect(banner(el), 'a change in place is not news').to.equal('');
    const title = rowOf(el, updated)!.querySelector('[part="title"]')!.textContent;
    await demo(`/__demo/dialogs/${updated}`, { content: true, title: 'Endret av testen' });
    await until(() => banner(el) === '1 oppdatert melding Vis', 'the banner', 5000);
    expect(rowIds(el)).to.deep.equal(before);
    expect(rowOf(el, updated)!.querySelector('[part="title"]')!.textContent).to.equal(title);
    // The API fails: nothing is said, the rows stay, and the list asks more and more rarely.
    const searches = countSearches();
    try {
      await setFaults({ unavailable: true, retryAfterSeconds: 30 }); // 503 with Retry-After: 30
      await sleep(2500);
      expect(Boolean(el.shadowRoot!.querySelector('[part="error"], [role="alert"]')), 'no error for a refresh').to.equal(false);
      expect(rowIds(el)).to.deep.equal(before);
      expect(searches.count, 'one ask, then nothing before Retry-After (without it: 12 asks)').to.equal(1);
    } finally {
      searches.stop();
      await setFaults({});
    }
  });

  it('a dialog marked unread elsewhere changes in place; one archived elsewhere stays put, counted, until Show', async () => {
    const el = await list('0.2');
    const before = rowIds(el);
    const [unread, archived] = [before.find((id) => !rowOf(el, id)!.classList.contains('unread'))!, before[2]];
    const label = async (id: string, addLabels: string[]) => {
      const item = await api<{ endUserContext: { revision: string } }>(`/api/v1/enduser/dialogs/${id}`);
      await api(`/api/v1/enduser/dialogs/${id}/context/systemlabels`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': item.endUserContext.revision },
        body: JSON.stringify({ addLabels }),
      });
    };
    await label(unread, ['MarkedAsUnopened']);
    await until(() => rowOf(el, unread)!.classList.contains('unread'), 'unread in place', 5000);
    expect(banner(el)).to.equal('');
    await label(archived, ['Archive']);
    await until(() => banner(el) === '1 oppdatert melding Vis', 'the banner', 5000);
    expect(rowIds(el), 'no row leaves under the pointer').to.deep.equal(before);
    $(el, '.refresh button')!.click();
    await until(() => !rowOf(el, archived), 'gone once the user asks');
    expect(banner(el)).to.equal('');
  });

  it('<dialog-inbox refresh-interval="0"> turns its list\'s refresh off; its attribute reaches the list', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><dialog-inbox api-base-url=${await apiUrl()}
      party=${await personParty()} refresh-interval="0" .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
    const inbox = wrapper.firstElementChild as DialogInboxElement;
    const el = await until(() => inbox.shadowRoot!.querySelector<DialogListElement>('dialog-list'));
    await until(() => rowIds(el).length > 3, 'rows');
    const searches = countSearches();
    try {
      setVisible(false);
      setVisible(true);
      await sleep(400);
      expect(searches.count, 'off').to.equal(0);
      inbox.refreshInterval = 0.1;
      await sleep(600);
      expect(searches.count, 'on at the inbox\'s interval').to.be.at.least(2);
    } finally {
      searches.stop();
    }
  });

  it('removing it 100 times leaves no timer, no lock and no request behind', async function () {
    this.timeout(90_000);
    const live = new Set<number>();
    const { setTimeout: set, clearTimeout: clear, setInterval: every } = window;
    let intervals = 0;
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
      const id = set(() => {
        live.delete(id);
        fn(...(rest as []));
      }, ms);
      live.add(id);
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((id: number) => {
      live.delete(id);
      clear(id);
    }) as typeof clearTimeout;
    window.setInterval = ((...args: Parameters<typeof setInterval>) => {
      intervals++;
      return every(...args);
    }) as typeof setInterval;
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    const [base, party] = [await apiUrl(), await personParty()];
    // Locks are the origin's: a list an earlier test left on the page may hold one. Count only what this test adds.
    const refreshLocks = async () => {
      const locks = await navigator.locks.query();
      return [...(locks.held ?? []), ...(locks.pending ?? [])].filter((l) => l.name?.startsWith('dialog-inbox-refresh')).length;
    };
    const locksBefore = await refreshLocks();
    try {
      for (let i = 0; i < 100; i++) {
        const inbox = document.createElement('dialog-inbox') as DialogInboxElement;
        inbox.setAttribute('api-base-url', base);
        inbox.setAttribute('party', party);
        inbox.setAttribute('refresh-interval', '0.1');
        inbox.tokenProvider = tokenProvider;
        host.append(inbox);
        if (i % 10 === 0) {
          const el = await until(() => inbox.shadowRoot!.querySelector<DialogListElement>('dialog-list'));
          await until(() => rowIds(el).length > 0, 'rows');
          await sleep(150); // a refresh is due
        } else await sleep(i % 2 ? 0 : 20);
        inbox.remove();
      }
      await sleep(500); // what was due fires, nothing new is set
      const left = live.size;
      const searches = countSearches();
      await sleep(600);
      searches.stop();
      expect(searches.count, 'no request after removal').to.equal(0);
      expect(left, 'live timers after 100 cycles').to.be.at.most(3);
      expect(intervals, 'no setInterval').to.equal(0);
      expect(await refreshLocks(), 'refresh locks left by the 100 inboxes').to.be.at.most(locksBefore);
    } finally {
      Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every });
    }
  });
});

interface Tab extends Window {
  searches: number;
  setVisible(visible: boolean): void;
  list: DialogListElement;
}

describe('one tab polls for all', () => {
  async function openTab(host: HTMLElement): Promise<{ frame: HTMLIFrameElement; tab: () => Tab }> {
    const frame = document.createElement('iframe');
    Object.assign(frame.dataset, { api: await apiUrl(), party: await personParty(), interval: '0.2', token: TOKEN });
    frame.srcdoc = '<!doctype html><html lang="nb"><body><script type="module" src="/test/browser/list-refresh-tab.ts"></script></body></html>';
    host.append(frame);
    const tab = () => frame.contentWindow as unknown as Tab;
    await until(() => tab()?.list?.shadowRoot?.querySelector('li[part="row"]'), 'a tab\'s rows', 10_000);
    return { frame, tab };
  }

  it('one visible tab asks and shares; another takes over when it hides or closes', async function () {
    this.timeout(60_000);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const tabs = [await openTab(host), await openTab(host), await openTab(host)];
    const counts = () => tabs.map((t) => (t.frame.isConnected ? t.tab().searches : 0));
    const start = counts();
    await sleep(1500);
    const asked = counts().map((n, i) => n - start[i]);
    expect(asked.filter((n) => n > 0).length, `one tab asks (${asked})`).to.equal(1);
    const leader = asked.findIndex((n) => n > 0);
    expect(asked[leader], 'at the interval (0.2 s over 1.5 s)').to.be.within(2, 9);
    // A new dialog: every tab hears of it from the one that asked.
    const first = rowIds(tabs[0].tab().list)[0];
    await demo('/__demo/dialogs', { copyOf: first, title: 'Til alle fanene' });
    for (const t of tabs) await until(() => banner(t.tab().list).startsWith('1 ny melding'), 'the banner in every tab', 5000);
    // The leader hides: another visible tab takes over; the hidden one asks no more.
    tabs[leader].tab().setVisible(false);
    await sleep(300);
    const hidden = counts();
    await sleep(1200);
    const after = counts().map((n, i) => n - hidden[i]);
    expect(after[leader], 'a hidden tab never asks').to.equal(0);
    expect(after.filter((n) => n > 0).length, `one of the others took over (${after})`).to.equal(1);
    const next = after.findIndex((n) => n > 0);
    // It closes: the last one takes over.
    tabs[next].frame.remove();
    await sleep(300);
    const closed = counts();
    await sleep(1200);
    const last = counts().map((n, i) => n - closed[i]);
    const remaining = [0, 1, 2].find((i) => i !== leader && i !== next)!;
    expect(last[remaining], `the last visible tab took over (${last})`).to.be.above(0);
    expect(last[leader]).to.equal(0);
  });
});
