// What each row shows (month headings, unread, seen by, status, due badge, counts, recipient), and label/read
// changes reaching the portal's other tabs; against the local Dialogporten.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogListItem } from '../../src/api/types.js';
import { firstRows } from '../../components/dialog-list/list-chunks.js';
import { monthKey, monthLabel } from '../../src/state/grouping.js';
import { apiUrl, parties, personParty, resetDemo, search, tokenProvider } from './demo-api.js';
import { until, untilAllRows } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const row = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-dialog-id="${id}"]`);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function list(party?: string, base?: string) {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${base ?? (await apiUrl())} party=${party ?? (await personParty())}
    page-size="100" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
  await untilAllRows(el);
  await el.updateComplete; // the rows after the first screenful follow a chunk per frame
  return el;
}

async function items(): Promise<DialogListItem[]> {
  const q = new URLSearchParams({ party: await personParty(), systemLabel: 'Default', excludeApiOnly: 'true', limit: '100' });
  for (const s of ['RequiresAttention', 'InProgress', 'Awaiting', 'Completed', 'NotApplicable']) q.append('status', s);
  return (await search(q.toString())).items;
}

const DAY = 864e5;

/**
 * A list appended to the page and watched from its first render: `states()` lists what it showed, in order, each
 * change once ('loading' for the skeleton, 'rows'); `loadingAt()` is when the skeleton first showed.
 */
async function watchedList() {
  const host = document.createElement('dialog-list') as DialogListElement;
  host.setAttribute('api-base-url', await apiUrl());
  host.setAttribute('party', await personParty());
  host.tokenProvider = tokenProvider;
  const seen: string[] = [];
  let loadingAt: number | null = null;
  const observer = new MutationObserver(() => {
    const state = $(host, '[part="loading"]') ? 'loading' : rows(host).length ? 'rows' : null;
    if (state === 'loading') loadingAt ??= performance.now();
    if (state && state !== seen.at(-1)) seen.push(state);
  });
  document.body.append(host);
  observer.observe(host.shadowRoot!, { childList: true, subtree: true });
  cleanups.push(() => (observer.disconnect(), host.remove()));
  return { host, states: () => [...seen], loadingAt: () => loadingAt };
}
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/**
 * Holds back every timer of more than 100 ms and less than 1 s asked for from now on (the skeleton's delay among
 * them) until `release`, which starts them as asked; `held()` lists their delays.
 */
function holdTimers() {
  const real = window.setTimeout;
  const held: Array<{ ms: number; start: () => void }> = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const ms = Number(delay ?? 0);
    if (!(ms > 100 && ms < 1000)) return real(handler, delay, ...args);
    held.push({ ms, start: () => real(handler, delay, ...args) });
    return 0;
  }) as typeof window.setTimeout;
  return {
    held: () => held.map((timer) => timer.ms),
    release: () => {
      window.setTimeout = real;
      held.splice(0).forEach((timer) => timer.start());
    },
  };
}

/** Holds back every dialog search sent from now on until `release`; `held()` counts them. */
function holdSearches() {
  const real = window.fetch;
  const waiting: Array<() => void> = [];
  let held = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/api/v1/enduser/dialogs?')) return real(input, init);
    held++;
    return new Promise<void>((resolve) => waiting.push(resolve)).then(() => real(input, init));
  };
  return {
    held: () => held,
    release: () => {
      window.fetch = real;
      waiting.splice(0).forEach((go) => go());
    },
  };
}

describe('<dialog-list> rows', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('groups rows under month headings (with the year before this year)', async () => {
    const all = await items();
    const el = await list();
    const keys = [...new Set(all.map((i) => monthKey(i.contentUpdatedAt)))];
    const headings = Array.from(el.shadowRoot!.querySelectorAll('[part="group-heading"]')).map((h) => h.textContent);
    expect(headings).to.deep.equal(keys.map((k) => monthLabel(k, 'nb')));
    expect(headings.some((h) => /\d{4}$/.test(h!))).to.equal(true);
    const groups = Array.from(el.shadowRoot!.querySelectorAll('[part="group"]'));
    expect(groups.map((g) => g.querySelectorAll('li').length)).to.deep.equal(keys.map((k) => all.filter((i) => monthKey(i.contentUpdatedAt) === k).length));
    await expect(el).to.be.accessible();
  });

  // The skeleton's delay is checked without a stopwatch's upper bound: the clock or the answer is held, and the
  // order of what the list showed is compared.
  it('a fast answer shows the rows at once, with no skeleton painted before them', async () => {
    // The answer comes before the skeleton's timer, however slow the machine: the timer is held until the rows show.
    const timers = holdTimers();
    const { host, states } = await watchedList();
    try {
      await until(() => rows(host).length > 0, 'rows');
      expect(states()).to.deep.equal(['rows']);
      expect(timers.held().some((ms) => ms >= 140), 'the skeleton waits its 150 ms').to.equal(true);
    } finally {
      timers.release();
    }
  });

  it('a slow answer: the skeleton, no sooner than 150 ms, then the rows', async () => {
    // The search answer is held until the skeleton shows, however fast the server.
    const searches = holdSearches();
    const started = performance.now();
    const { host, states, loadingAt } = await watchedList();
    try {
      await until(() => $(host, '[part="loading"]'), 'the skeleton');
      expect(searches.held(), 'the search waits, held').to.be.at.least(1);
      searches.release();
      await until(() => rows(host).length > 0, 'rows');
      expect(states()).to.deep.equal(['loading', 'rows']);
      expect(loadingAt()! - started, 'the skeleton waited its 150 ms').to.be.at.least(140);
    } finally {
      searches.release();
    }
  });

  it('renders a big page a screenful at once (down past the viewport\'s end) and the rest in chunks sized by the measured time per row; updateComplete waits for all', async () => {
    const all = (await parties()).join(' ');
    const host = document.createElement('dialog-list') as DialogListElement;
    host.setAttribute('api-base-url', await apiUrl());
    host.setAttribute('party', all);
    host.setAttribute('page-size', '100');
    host.tokenProvider = tokenProvider;
    const counts: number[] = [];
    let firstBottom = 0;
    const observer = new MutationObserver(() => {
      const n = rows(host).length;
      if (n && !counts.length) firstBottom = rows(host).at(-1)!.getBoundingClientRect().bottom;
      if (n && n !== counts.at(-1)) counts.push(n);
    });
    document.body.append(host);
    observer.observe(host.shadowRoot!, { childList: true, subtree: true });
    try {
      await until(() => rows(host).length > 0, 'rows');
      await host.updateComplete;
      const total = rows(host).length;
      expect(total).to.be.greaterThan(40);
      expect(counts[0]).to.equal(firstRows());
      expect(firstBottom, 'the first rows fill the viewport').to.be.greaterThan(innerHeight);
      expect(counts.length, `rows rendered in steps: ${counts.join(', ')}`).to.be.greaterThan(1);
      expect(counts.at(-1)).to.equal(total);
      for (let i = 1; i < counts.length; i++) expect(counts[i] - counts[i - 1]).to.be.within(1, 100);
    } finally {
      observer.disconnect();
      host.remove();
    }
  });

  it('End pressed while a big page still renders in chunks goes to its last row', async () => {
    const host = document.createElement('dialog-list') as DialogListElement;
    host.setAttribute('api-base-url', await apiUrl());
    host.setAttribute('party', (await parties()).join(' '));
    host.setAttribute('page-size', '100');
    host.tokenProvider = tokenProvider;
    let shownWhenPressed = 0;
    // Pressed in the microtask after the first screenful of rows is in the DOM: the other chunks wait for paints.
    const observer = new MutationObserver(() => {
      const button = host.shadowRoot!.querySelector<HTMLElement>('.row-button');
      if (!button || shownWhenPressed) return;
      shownWhenPressed = rows(host).length;
      button.focus();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true }));
    });
    document.body.append(host);
    observer.observe(host.shadowRoot!, { childList: true, subtree: true });
    try {
      await until(() => shownWhenPressed > 0, 'rows');
      await host.updateComplete;
      const all = rows(host);
      expect(shownWhenPressed).to.equal(firstRows());
      expect(all.length).to.be.greaterThan(40);
      expect(host.shadowRoot!.activeElement?.closest('li')).to.equal(all.at(-1));
    } finally {
      observer.disconnect();
      host.remove();
    }
  });

  it('shows unread, seen by others (+ you), status, extended status, attachments and messages', async () => {
    const all = await items();
    const el = await list();
    for (const item of all) {
      const r = row(el, item.id!)!;
      expect(r.classList.contains('unread'), item.id).to.equal(item.isContentSeen === false);
      const others = new Set((item.seenSinceLastContentUpdate ?? []).filter((s) => !s.isCurrentEndUser).map((s) => s.seenBy?.actorId)).size;
      const you = (item.seenSinceLastContentUpdate ?? []).some((s) => s.isCurrentEndUser);
      const seen = r.querySelector('[part="seen"]')?.textContent ?? '';
      // Only when others have seen it: that you have is what "unread" leaves out.
      expect(seen, item.id).to.equal(!others ? '' : you ? `Sett av deg + ${others}` : `Sett av ${others} ${others === 1 ? 'person' : 'personer'}`);
      const counts = Array.from(r.querySelectorAll('.count')).map((c) => c.textContent);
      if (item.guiAttachmentCount) expect(counts).to.include(`${item.guiAttachmentCount} vedlegg`);
      const messages = (item.fromServiceOwnerTransmissionsCount ?? 0) + (item.fromPartyTransmissionsCount ?? 0);
      if (messages) expect(counts.join()).to.contain(`${messages} melding`);
      const extended = item.content?.extendedStatus?.value?.[0]?.value;
      if (extended) expect(r.querySelector('.meta')!.textContent).to.contain(extended);
      if (item.status !== 'NotApplicable') expect(r.querySelector('[part="status"]')!.getAttribute('data-status')).to.equal(item.status);
    }
    expect(all.some((i) => (i.seenSinceLastContentUpdate ?? []).filter((s) => !s.isCurrentEndUser).length > 0 && i.seenSinceLastContentUpdate!.some((s) => s.isCurrentEndUser))).to.equal(true);
    expect(all.some((i) => i.guiAttachmentCount)).to.equal(true);
    expect(all.some((i) => i.content?.extendedStatus)).to.equal(true);
  });

  it('makes overdue and soon-due dialogs stand out, and shows no due badge for Completed or Awaiting', async () => {
    const all = await items();
    const el = await list();
    const now = Date.now();
    let overdue = 0;
    let soon = 0;
    for (const item of all.filter((i) => i.dueAt)) {
      const badge = row(el, item.id!)!.querySelector<HTMLElement>('[part="due"]');
      const left = Date.parse(item.dueAt!) - now;
      if (item.status === 'Completed' || item.status === 'Awaiting') expect(badge, item.id).to.equal(null);
      else if (left < 0) {
        overdue++;
        expect(badge!.dataset.due).to.equal('overdue');
        expect(badge!.dataset.color).to.equal('danger');
        expect(badge!.textContent).to.match(/^Fristen gikk ut /);
      } else if (left < 14 * DAY) {
        soon++;
        expect(badge!.dataset.color).to.equal('warning');
      } else expect(badge!.classList.contains('ds-tag')).to.equal(false);
    }
    expect(overdue).to.be.greaterThan(0);
    expect(soon).to.be.greaterThan(0);
  });

  it('shows the recipient on each row when several parties are shown, not for one', async () => {
    const [person, father] = await parties();
    const one = await list(person);
    expect($(one, '[part="recipient"]')).to.equal(null);
    const two = await list(`${person} ${father}`);
    await until(() => $(two, '[part="recipient"]'), 'recipients');
    // As seen: without the end of the row's accessible-name sentence (.join, list-row.ts).
    const names = new Set(rows(two).map((r) => r.querySelector('[part="recipient"]')!.textContent!.replace(r.querySelector('[part="recipient"] .join')?.textContent ?? '', '')));
    expect(names).to.deep.equal(new Set(['til INGRID FJELDSTAD HAUGEN', 'til OLAV HAUGEN']));
    await expect(two).to.be.accessible();
  });
});

describe('<dialog-list> across tabs (BroadcastChannel per API base URL)', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('a label change in one list shows in another list of the same API, not in one of another API', async () => {
    const base = await apiUrl();
    const other = base.replace('127.0.0.1', 'localhost'); // the same server under another base URL
    const [a, b, c] = [await list(undefined, base), await list(undefined, base), await list(undefined, other)];
    const read = rows(a).find((r) => !r.classList.contains('unread'))!.dataset.dialogId!;
    const archived = rows(a).find((r) => r.dataset.dialogId !== read)!.dataset.dialogId!;
    // Mark as unread in "tab" a.
    row(a, read)!.querySelector<HTMLElement>('[data-act="menu"]')!.click();
    await a.updateComplete;
    $(a, '[part="row-menu"] [data-action="unread"]')!.click();
    await until(() => row(b, read)!.classList.contains('unread'), 'unread in the other tab');
    // Archive in "tab" a.
    row(a, archived)!.querySelector<HTMLElement>('[data-act="menu"]')!.click();
    await a.updateComplete;
    $(a, '[part="row-menu"] [data-action="archive"]')!.click();
    await until(() => !row(b, archived), 'gone from the other tab');
    await new Promise((r) => setTimeout(r, 200));
    expect(row(c, archived), 'another API base URL is not told').to.exist;
    expect(row(c, read)!.classList.contains('unread')).to.equal(false);
    // Restored in a's Bin? No: moved back by b from its Archive folder, a's Inbox reloads and shows it again.
    b.folder = 'archive';
    await until(() => row(b, archived), 'in b\'s archive');
    row(b, archived)!.querySelector<HTMLElement>('[data-act="menu"]')!.click();
    await b.updateComplete;
    $(b, '[part="row-menu"] [data-action="inbox"]')!.click();
    await until(() => row(a, archived), 'back in a\'s inbox', 5000);
  });
});
