// The benchmark's "all parties at any count" part (scripts/bench.mjs runs it after the rest, in the same browser):
//   500 vs 1 party    the accountant persona (demo/seed/clients.js) sized so that the inbox searches exactly 500
//                     parties (its own + the clients and their sub-units), the API's party cap at 20 (GET
//                     /metadata/limits): first row and 100 rows with no party attribute (every party, 25
//                     batches) against the same page naming the user's own party alone; medians of interleaved
//                     loads, each in a fresh context. Aim: 500 parties ≤ 1.5× one party.
//   requests          GET /enduser/dialogs the browser sends (puppeteer's request events) for the first page of
//                     500 parties, and for each of the next 3 "Show more" clicks, each counted until the network
//                     is quiet
//   picker            <dialog-party-picker> over 5,000 client parties (6,000+ with the sub-units), opened once
//                     the inbox's first page is in: open (toggle → panel shown and painted), type an
//                     organisation number that leaves one party, "Select all" (part="select-matching", after
//                     "Select none" when there is one, so it ticks something), and the longest long task
//                     (> 50 ms, PerformanceObserver 'longtask') during each. Budget: none.
// Each demo runs in turn, after the main one is closed: the local Dialogporten's party cap is one per process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../demo/index.js';
import { createClientParties } from '../demo/seed/clients.js';

export const PARTY_BUDGET = { ratio: 1.5, longTaskMs: 50 };
const CAP = 20;
const PARTIES = 500;
const PICKER_CLIENTS = 5000;
const SHOW_MORE_CLICKS = 3;
const ROWS = 100;

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The party URNs the inbox searches when none is named (as src/state/parties.ts partyUrns). */
function searchedUrns(parties) {
  const urns = [];
  (function visit(list) {
    for (const p of list ?? []) {
      if (p.isDeleted) continue;
      if (!p.hasOnlyAccessToSubParties) urns.push(p.party);
      visit(p.subParties);
    }
  })(parties);
  return [...new Set(urns)];
}

/** How many persona clients make the inbox search `target` parties (the user's own + clients + sub-units). */
function clientsFor(target) {
  let n = 1; // the user's own party
  const clients = createClientParties(target);
  for (let i = 0; i < clients.length; i++) {
    n += searchedUrns([clients[i]]).length;
    if (n >= target) return { clients: i + 1, parties: n };
  }
  return { clients: target, parties: n };
}

const page = (body) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/dialog-inbox.js"></script></head><body>${body}</body></html>`;
const inbox = (inner, party = '') =>
  page(`<dialog-inbox api-base-url="{{API_BASE_URL}}"${party ? ` party="${party}"` : ''} stream-url="off">${inner}</dialog-inbox>`);

async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/** Counts the page's GET /enduser/dialogs and knows when none is in flight. */
function watchSearches(p) {
  const state = { sent: [], pending: 0, last: performance.now() };
  const isSearch = (r) => r.method() === 'GET' && /\/enduser\/dialogs\?/.test(r.url());
  p.on('request', (r) => {
    if (!isSearch(r)) return;
    state.sent.push(r.url());
    state.pending++;
    state.last = performance.now();
  });
  const done = (r) => {
    if (!isSearch(r)) return;
    state.pending--;
    state.last = performance.now();
  };
  p.on('requestfinished', done);
  p.on('requestfailed', done);
  /** Resolves once no search is in flight and none started for `quietMs`. */
  state.quiet = async (quietMs = 400, timeout = 60_000) => {
    const until = performance.now() + timeout;
    while (state.pending > 0 || performance.now() - state.last < quietMs) {
      if (performance.now() > until) throw new Error(`searches still in flight after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return state;
}

const partiesOf = (urls) => new Set(urls.flatMap((u) => new URL(u).searchParams.getAll('party')));

/**
 * In the page: shows more (part="load-more") as soon as it can until `target` rows are on screen, without a round
 * trip to puppeteer per click (the first page of 100 holds fewer rows: the Inbox leaves drafts out). Returns how
 * many rows the first page held.
 */
async function reach(target) {
  const list = document.querySelector('dialog-list');
  const t0 = performance.now();
  let clickedAt = -1;
  let firstPage = null;
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    const n = window.__count();
    const button = list?.shadowRoot?.querySelector('[part="load-more"]');
    const idle = button && button.getAttribute('aria-busy') !== 'true';
    if (idle && firstPage === null) firstPage = n;
    if (n >= target) return firstPage ?? n;
    if (idle && clickedAt !== n) {
      clickedAt = n;
      button.click();
    }
    if (performance.now() - t0 > 60_000) throw new Error(`${n} rows after 60 s (of ${target})`);
  }
}

/** Longest long task overlapping [t0, t1] (ms; 0 = none over 50 ms), read a little later (entries come late). */
async function longestIn(p, t0, t1) {
  await new Promise((r) => setTimeout(r, 150));
  const tasks = await p.evaluate(() => window.__longtasks);
  const hits = tasks.filter((t) => t.start < t1 && t.start + t.duration > t0);
  return { longest: Math.max(0, ...hits.map((t) => t.duration)), count: hits.length };
}

/**
 * 500 parties against one: first row, 100 rows, and the searches per page.
 * @param {object} ctx { freshPage, waitFor, distDir, runs, log }
 */
export async function benchManyParties({ freshPage, waitFor, distDir, runs, log }) {
  const size = clientsFor(PARTIES);
  const portalDir = mkdtempSync(join(tmpdir(), 'dialog-inbox-bench-parties-'));
  // scale 500 gives the user's own party 300+ dialogs, so one party fills 100 rows too.
  const { value: demo, ms: startMs } = await timed(() =>
    startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, parties: size.clients, scale: 500, maxPartyFilter: CAP, portalDir, distDir }),
  );
  try {
    const auth = { headers: { Authorization: 'Bearer bench' } };
    const limits = await (await fetch(`${demo.apiUrl}/api/v1/metadata/limits`, auth)).json();
    const cap = limits?.endUserSearch?.maxPartyFilterValues;
    const urns = searchedUrns(demo.store.parties);
    const own = demo.store.parties.find((p) => p.isCurrentEndUser)?.party ?? urns[0];
    writeFileSync(join(portalDir, 'all.html'), inbox('<dialog-list page-size="100"></dialog-list><dialog-view></dialog-view>'));
    writeFileSync(join(portalDir, 'one.html'), inbox('<dialog-list page-size="100"></dialog-list><dialog-view></dialog-view>', own));

    /** Navigation → the first row and 100 rows (medians of these). */
    const load = async (file) => {
      const { context, page: p, errors } = await freshPage();
      const searches = watchSearches(p);
      try {
        await p.goto(`${demo.portalUrl}/${file}`, { waitUntil: 'domcontentloaded' });
        const firstPageRows = await p.evaluate(reach, ROWS);
        const marks = await p.evaluate(() => window.__marks);
        // Where the time went: the first search sent (after GET /parties and /metadata/limits when no party is
        // named), and the last one the first row waited for answered.
        const timing = await p.evaluate((first) => {
          const searches = performance.getEntriesByType('resource').filter((e) => e.name.includes('/enduser/dialogs?') && e.startTime < first);
          return { sent: Math.min(...searches.map((e) => e.startTime)), answered: Math.max(...searches.map((e) => e.responseEnd)) };
        }, marks.first);
        return { first: marks.first, r100: marks.r100, firstPageRows, searches: searches.sent.length, sent: timing.sent, answered: timing.answered, errors };
      } finally {
        await context.close();
      }
    };

    /** The searches of the first page and of each "Show more", each counted once the network is quiet. */
    const countSearches = async (file) => {
      const { context, page: p, errors } = await freshPage();
      const searches = watchSearches(p);
      try {
        await p.goto(`${demo.portalUrl}/${file}`, { waitUntil: 'domcontentloaded' });
        await waitFor(p, () => window.__count() > 0 && !document.querySelector('dialog-list').shadowRoot.querySelector('[part="load-more"][aria-busy="true"]'));
        await searches.quiet();
        await p.evaluate(() => document.querySelector('dialog-list').updateComplete);
        const pages = [{ requests: searches.sent.length, rows: await p.evaluate(() => window.__count()), parties: partiesOf(searches.sent).size }];
        for (let i = 0; i < SHOW_MORE_CLICKS; i++) {
          const before = searches.sent.length;
          const rows = await p.evaluate(() => window.__count());
          const t0 = await p.evaluate(() => {
            const button = document.querySelector('dialog-list')?.shadowRoot?.querySelector('[part="load-more"]');
            if (!button || button.getAttribute('aria-busy') === 'true') return null;
            const t = performance.now();
            button.click();
            return t;
          });
          if (t0 === null) break; // the end of the list
          const t1 = await (await waitFor(p, (n) => window.__count() > n && performance.now(), rows)).jsonValue();
          await searches.quiet();
          await p.evaluate(() => document.querySelector('dialog-list').updateComplete);
          pages.push({ requests: searches.sent.length - before, rows: (await p.evaluate(() => window.__count())) - rows, ms: t1 - t0 });
        }
        return { pages, errors };
      } finally {
        await context.close();
      }
    };

    await load('all.html'); // warm-up of both pages (the server's caches, compile)
    await load('one.html');
    const many = [];
    const one = [];
    for (let i = 0; i < runs; i++) {
      many.push(await load('all.html'));
      one.push(await load('one.html'));
      log(`parties load ${i + 1}/${runs}: ${urns.length} parties: first row ${many.at(-1).first.toFixed(0)} ms, 100 rows ${many.at(-1).r100.toFixed(0)} ms; 1 party: ${one.at(-1).first.toFixed(0)} ms, ${one.at(-1).r100.toFixed(0)} ms`);
    }
    const counted = await countSearches('all.html');
    const oneCounted = await countSearches('one.html');
    log(`parties searches per page: ${counted.pages.map((pg) => pg.requests).join(', ')} (${urns.length} parties); ${oneCounted.pages.map((pg) => pg.requests).join(', ')} (1 party)`);
    const m = (list, key) => median(list.map((r) => r[key]));
    const first = { many: m(many, 'first'), one: m(one, 'first') };
    const r100 = { many: m(many, 'r100'), one: m(one, 'r100') };
    return {
      parties: urns.length,
      clients: size.clients,
      cap,
      batches: Math.ceil(urns.length / cap),
      dialogs: demo.store.records.size,
      demoStartupMs: Math.round(startMs),
      runs,
      firstRowMs: first.many,
      onePartyFirstRowMs: first.one,
      firstRowRatio: first.many / first.one,
      rows100Ms: r100.many,
      onePartyRows100Ms: r100.one,
      rows100Ratio: r100.many / r100.one,
      searchSentMs: m(many, 'sent'),
      onePartySearchSentMs: m(one, 'sent'),
      searchesAnsweredMs: m(many, 'answered'),
      onePartySearchesAnsweredMs: m(one, 'answered'),
      firstPageRows: counted.pages[0].rows,
      onePartyFirstPageRows: oneCounted.pages[0].rows,
      partiesSearchedFirstPage: counted.pages[0].parties,
      // GET /enduser/dialogs per page: the first, then each "Show more" (rows added, click → rows on screen).
      requestsPerPage: counted.pages.map((pg) => pg.requests),
      showMore: counted.pages.slice(1),
      onePartyRequestsPerPage: oneCounted.pages.map((pg) => pg.requests),
      searchesTo100Rows: m(many, 'searches'),
      onePartySearchesTo100Rows: m(one, 'searches'),
      errors: [...(cap === CAP ? [] : [`bench: GET /metadata/limits says a party cap of ${cap}, not ${CAP}`]), ...[...many, ...one, counted, oneCounted].flatMap((r) => r.errors)],
    };
  } finally {
    await demo.close();
  }
}

/**
 * The party picker over 5,000 clients: open, type a filter that leaves one party, "Select all"; the longest long
 * task of each. Medians over `runs` fresh pages; the longest task is the worst of them. `withInbox`: also one load
 * of the inbox over all of them (first row, first page).
 */
export async function benchPicker({ freshPage, waitFor, distDir, runs, withInbox, log }) {
  const portalDir = mkdtempSync(join(tmpdir(), 'dialog-inbox-bench-picker-'));
  const { value: demo, ms: startMs } = await timed(() =>
    startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, parties: PICKER_CLIENTS, maxPartyFilter: CAP, portalDir, distDir }),
  );
  try {
    const urns = searchedUrns(demo.store.parties);
    // The last client without sub-units: its organisation number is in its URN alone (no name holds digits).
    const target = demo.store.parties.findLast((p) => !p.isDeleted && !p.hasOnlyAccessToSubParties && !p.subParties?.length && p.party.includes(':organization:'));
    const orgNo = target.party.split(':').at(-1);
    const others = urns.filter((u) => u !== target.party && (u.endsWith(orgNo) || u.includes(`:${orgNo}`))).length;
    if (others) throw new Error(`the picker's filter ${orgNo} would match ${others + 1} parties`);
    // The picker alone: with a list beside it the page would search 6,000 parties first (300 batches at cap 20, half
    // a minute here), which `withList` measures once.
    writeFileSync(join(portalDir, 'picker.html'), inbox('<dialog-party-picker></dialog-party-picker>'));
    writeFileSync(join(portalDir, 'list.html'), inbox('<dialog-party-picker></dialog-party-picker><dialog-list page-size="100"></dialog-list>'));

    const one = async () => {
      const { context, page: p, errors } = await freshPage();
      const searches = watchSearches(p);
      try {
        const loadT0 = performance.now();
        await p.goto(`${demo.portalUrl}/picker.html`, { waitUntil: 'domcontentloaded' });
        // Its first render waits until the browser is idle, then for GET /parties.
        await waitFor(p, () => Boolean(document.querySelector('dialog-party-picker')?.shadowRoot?.querySelector('[part="toggle"]')));
        const out = { readyMs: performance.now() - loadT0, errors };
        await new Promise((r) => setTimeout(r, 300));

        // Open: click → the panel shown, then the frame after it painted.
        const open = await p.evaluate(async () => {
          const root = document.querySelector('dialog-party-picker').shadowRoot;
          const painted = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
          const t0 = performance.now();
          root.querySelector('[part="toggle"]').click();
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            const panel = root.querySelector('[part="panel"]');
            if (panel && !panel.hidden && panel.checkVisibility()) break;
            if (performance.now() - t0 > 20_000) return { t0, t1: NaN };
          }
          return { t0, t1: await painted(), rendered: root.querySelectorAll('li[part="party"]').length };
        });
        out.open = { ms: open.t1 - open.t0, rendered: open.rendered, ...(await longestIn(p, open.t0, open.t1)) };

        // "Select none" first (not measured), so that "Select all" below has something to tick.
        out.selectNone = await p.evaluate(async () => {
          const button = document.querySelector('dialog-party-picker').shadowRoot.querySelector('[part="select-none"]');
          if (!button) return false;
          button.click();
          await new Promise((r) => requestAnimationFrame(r));
          return true;
        });
        await new Promise((r) => setTimeout(r, 200));

        // Type: the keys one by one (each waits for the page to take it) → one party shown and painted.
        const input = await p.evaluateHandle(() => document.querySelector('dialog-party-picker').shadowRoot.querySelector('[part="search"]'));
        await input.focus();
        const typed = p.evaluate(async (text) => {
          const root = document.querySelector('dialog-party-picker').shadowRoot;
          const painted = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
          const t0 = performance.now();
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            const search = root.querySelector('[part="search"]');
            if (search.value === text && root.querySelectorAll('li[part="party"]').length === 1) break;
            if (performance.now() - t0 > 30_000) return { t0, t1: NaN, left: root.querySelectorAll('li[part="party"]').length };
          }
          return { t0, t1: await painted(), left: 1 };
        }, orgNo);
        await input.type(orgNo);
        const type = await typed;
        await input.dispose();
        out.type = { ms: type.t1 - type.t0, keys: orgNo.length, left: type.left, ...(await longestIn(p, type.t0, type.t1)) };
        if (!Number.isFinite(type.t1)) errors.push(`bench: typing ${orgNo} in the picker left ${type.left} parties, not 1`);

        // "Select all" (the matches): click → every shown box ticked, then the frame after it painted.
        const select = await p.evaluate(async () => {
          const root = document.querySelector('dialog-party-picker').shadowRoot;
          const button = root.querySelector('[part="select-matching"]');
          if (!button) return null;
          const painted = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
          const t0 = performance.now();
          button.click();
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            const boxes = [...root.querySelectorAll('li[part="party"] input[type="checkbox"]')];
            if (boxes.length && boxes.every((b) => b.checked)) break;
            if (performance.now() - t0 > 20_000) return { t0, t1: NaN };
          }
          return { t0, t1: await painted() };
        });
        out.select = select ? { ms: select.t1 - select.t0, ...(await longestIn(p, select.t0, select.t1)) } : null;
        if (select && !Number.isFinite(select.t1)) errors.push('bench: "Select all" in the picker did not tick the party shown');
        return out;
      } finally {
        await context.close();
      }
    };

    /** Once, for reference: the inbox over all of them, its first row and its first page (every batch answered). */
    const withList = async () => {
      const { context, page: p, errors } = await freshPage();
      const searches = watchSearches(p);
      try {
        // Room for every search's resource timing (300 and more; the default keeps 250).
        await p.evaluateOnNewDocument(() => performance.setResourceTimingBufferSize(5000));
        await p.goto(`${demo.portalUrl}/list.html`, { waitUntil: 'domcontentloaded' });
        await waitFor(p, () => Boolean(window.__marks.first), undefined, 180_000);
        const firstRowMs = await p.evaluate(() => window.__marks.first);
        await waitFor(p, () => window.__count() > 0 && !document.querySelector('dialog-list').shadowRoot.querySelector('[part="load-more"][aria-busy="true"]'), undefined, 180_000);
        await searches.quiet(500, 180_000);
        // The first page: the last of its searches answered (page time, as the first row).
        const firstPageMs = await p.evaluate(() => Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.includes('/enduser/dialogs?')).map((e) => e.responseEnd)));
        return { firstRowMs, firstPageMs, firstPageRequests: searches.sent.length, rows: await p.evaluate(() => window.__count()), errors };
      } finally {
        await context.close();
      }
    };

    await one(); // warm-up
    const list = withInbox ? await withList() : null;
    if (list) log(`picker: the inbox over ${urns.length} parties: first row ${list.firstRowMs.toFixed(0)} ms, its ${list.firstPageRequests} searches answered by ${list.firstPageMs.toFixed(0)} ms (${list.rows} rows)`);
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await one();
      results.push(r);
      const fmt = (s) => (s ? `${s.ms.toFixed(0)} ms (longest task ${s.longest.toFixed(0)} ms)` : 'not available');
      log(`picker run ${i + 1}/${runs}: open ${fmt(r.open)}, type ${fmt(r.type)}, select all ${fmt(r.select)}; toggle there after ${r.readyMs.toFixed(0)} ms`);
    }
    const step = (key) => {
      const list = results.map((r) => r[key]);
      if (list.some((s) => !s)) return null; // "Select all" not there (yet)
      return { ms: median(list.map((s) => s.ms)), longestTaskMs: Math.max(...list.map((s) => s.longest)), longTasks: list.reduce((n, s) => n + s.count, 0) };
    };
    return {
      clients: PICKER_CLIENTS,
      parties: urns.length,
      cap: CAP,
      dialogs: demo.store.records.size,
      demoStartupMs: Math.round(startMs),
      runs,
      filter: orgNo,
      toggleReadyMs: median(results.map((r) => r.readyMs)),
      renderedWhenOpen: results[0].open.rendered,
      selectNoneClicked: results.every((r) => r.selectNone),
      open: step('open'),
      type: step('type'),
      selectMatching: step('select'),
      inbox: list && { firstRowMs: list.firstRowMs, firstPageMs: list.firstPageMs, firstPageRequests: list.firstPageRequests, firstPageRows: list.rows },
      errors: [...results, ...(list ? [list] : [])].flatMap((r) => r.errors),
    };
  } finally {
    await demo.close();
  }
}
