// `npm run bench -- --phone [--runs N] [--json] [--out f.json]`: the inbox under a mid-range phone's conditions, as
// Lighthouse emulates one, applied through the devtools protocol to every page: CPU 4× slower, "slow 4G" (150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up), a 412 × 823 touch screen. Each figure is the median of the runs
// (5, --runs), each load in a fresh browser context (cold cache), the static floor loaded before each inbox load:
//   first row          navigation → the first row displayed (page-size 30: 30 dialogs)
//                      and the same for a page that names no party (the list searches all of them: the same),
//                      and for the page that also preloads the chunks of dist/preload.json (README, "A faster first
//                      row"): the core is then fetched beside the entry, not a round trip after it
//   first page         navigation → every row of the first page rendered
//   static floor       the same page with its 30 rows saved as plain HTML (declarative shadow DOM, the same CSS,
//                      no script), under the same conditions: the ratio budget is against it
//   search sent        navigation → the first GET /enduser/dialogs leaves (the request waterfall)
//   open a dialog      tap on the first row → its title on screen and nothing busy
//   longest tasks      the longest main-thread task (long-task API: over 50 ms) from navigation to 3 s after the
//                      first row, while opening a dialog, and while scrolling to 1,000 rows ("Show more" at
//                      page-size 100 until 1,000 rows, scrolled to the end each time); beside them the static
//                      floor's own longest task (its first style and layout, no script at all)
// Budgets (exit code 1 when one is missed): first row ≤ 3× the static floor; no task over 50 ms in any phase.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from '../demo/index.js';
import { findChromium } from '../test/find-chromium.mjs';
import { freshPage, launchBrowser, staticHtml, waitFor } from './bench-browser.mjs';

export const PHONE = { cpu: 4, latencyMs: 150, downKbps: 1638.4, upKbps: 750, width: 412, height: 823 };
const BUDGET = { firstRowRatio: 3, longTaskMs: 50 };

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A fresh page under the phone's conditions. */
async function phonePage(browser) {
  const fresh = await freshPage(browser);
  const p = fresh.page;
  await p.setViewport({ width: PHONE.width, height: PHONE.height, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  const cdp = await p.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: (PHONE.downKbps * 1024) / 8,
    uploadThroughput: (PHONE.upKbps * 1024) / 8,
  });
  return fresh;
}

const longest = (tasks, from, to) => Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration));

export async function benchPhone({ flag, option }) {
  const RUNS = option('runs', 5);
  const dist = process.env.DIALOG_INBOX_DIST || fileURLToPath(new URL('../dist', import.meta.url));
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: install chromium or set CHROME_PATH.');
    return 2;
  }
  const portalDir = mkdtempSync(join(tmpdir(), 'dialog-inbox-phone-'));
  const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, scale: 1500, portalDir, distDir: dist });
  const urns = [];
  (function visit(list) {
    for (const p of list ?? []) {
      if (!p.isDeleted && !p.hasOnlyAccessToSubParties) urns.push(p.party);
      visit(p.subParties);
    }
  })(demo.store.parties);
  const page = (size) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>phone</title><script type="module" src="/dist/dialog-inbox.js"></script></head><body>
<dialog-inbox api-base-url="{{API_BASE_URL}}" party="${urns.join(' ')}" stream-url="off">
<dialog-list page-size="${size}"></dialog-list><dialog-view></dialog-view></dialog-inbox></body></html>`;
  writeFileSync(join(portalDir, 'phone.html'), page(30));
  // The same inbox naming no party: the list searches all of the user's parties (the same ones), once GET /parties
  // has answered.
  writeFileSync(join(portalDir, 'all.html'), page(30).replace(/ party="[^"]*"/, ''));
  writeFileSync(join(portalDir, 'scroll.html'), page(100));
  // The same page naming the critical chunks in its head, as the README shows (a build without preload.json: skipped).
  const preloadFile = join(dist, 'preload.json');
  const preload = existsSync(preloadFile) ? JSON.parse(readFileSync(preloadFile, 'utf8')).modulepreload : null;
  if (preload) writeFileSync(join(portalDir, 'preload.html'), page(30).replace('<script type="module"', `${preload.map((f) => `<link rel="modulepreload" href="/dist/${f}">`).join('')}<script type="module"`));

  const browser = await launchBrowser(executablePath);
  const errors = [];
  // The static floor's own longest task (navigation to 1 s after its first row): what the page's first style and
  // layout cost under the phone's CPU with no script at all, beside the inbox's.
  const floorTasks = [];
  try {
    // The static floor: the phone page with its 30 rows, as plain HTML (saved once, without throttling).
    {
      const { context, page: p } = await freshPage(browser);
      await p.setViewport({ width: PHONE.width, height: PHONE.height, isMobile: true, hasTouch: true });
      await p.goto(`${demo.portalUrl}/phone.html`, { waitUntil: 'domcontentloaded' });
      await waitFor(p, () => window.__count() > 0);
      writeFileSync(join(portalDir, 'static-phone.html'), await staticHtml(p));
      await context.close();
    }

    const staticRun = async () => {
      const { context, page: p } = await phonePage(browser);
      await p.goto(`${demo.portalUrl}/static-phone.html`, { waitUntil: 'load' });
      await waitFor(p, () => Boolean(window.__marks.first));
      const first = await p.evaluate(() => window.__marks.first);
      await p.evaluate((until) => new Promise((r) => setTimeout(r, Math.max(0, until - performance.now()))), first + 1000);
      const tasks = await p.evaluate(() => window.__longtasks);
      await context.close();
      floorTasks.push(longest(tasks, 0, first + 1000));
      return first;
    };

    const inboxRun = async () => {
      const { context, page: p, errors: pageErrors } = await phonePage(browser);
      await p.goto(`${demo.portalUrl}/phone.html`, { waitUntil: 'domcontentloaded' });
      await waitFor(p, () => Boolean(window.__marks.first), undefined, 120_000);
      // The first page complete: every row of it rendered (a page holds fewer than 30 when drafts are left out).
      const pageMs = await p.evaluate(async () => {
        await document.querySelector('dialog-list').updateComplete;
        return performance.now();
      });
      const marks = { ...(await p.evaluate(() => window.__marks)), r30: pageMs };
      // Loading: navigation to 3 s after the first row.
      await p.evaluate((until) => new Promise((r) => setTimeout(r, Math.max(0, until - performance.now()))), marks.first + 3000);
      const sent = await p.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.includes('/enduser/dialogs?'))?.startTime ?? NaN);
      // Open the first dialog.
      const open = await p.evaluate(async () => {
        const list = document.querySelector('dialog-list');
        const view = document.querySelector('dialog-view');
        const row = list.shadowRoot.querySelector('li[part="row"] [part="row-button"]');
        const id = row.closest('li').dataset.dialogId;
        const t0 = performance.now();
        row.click();
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const root = view.shadowRoot;
          if (view.dialog?.id === id && root?.querySelector('[part="title"]')?.textContent.trim() && !root.querySelector('[aria-busy="true"]')) {
            return { t0, ms: performance.now() - t0 };
          }
          if (performance.now() - t0 > 60_000) return { t0, ms: NaN };
        }
      });
      await new Promise((r) => setTimeout(r, 500));
      const tasks = await p.evaluate(() => window.__longtasks);
      await context.close();
      errors.push(...pageErrors);
      return {
        first: marks.first,
        page: marks.r30,
        sent,
        openMs: open.ms,
        loadLongest: longest(tasks, 0, marks.first + 3000),
        openLongest: longest(tasks, open.t0, open.t0 + open.ms + 500),
      };
    };

    /** The first row (and when the search was sent) of the page that names no party, or of another page. */
    const allRun = async (file = 'all.html') => {
      const { context, page: p, errors: pageErrors } = await phonePage(browser);
      await p.goto(`${demo.portalUrl}/${file}`, { waitUntil: 'domcontentloaded' });
      await waitFor(p, () => Boolean(window.__marks.first), undefined, 120_000);
      const first = await p.evaluate(() => window.__marks.first);
      const sent = await p.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.includes('/enduser/dialogs?'))?.startTime ?? NaN);
      await context.close();
      errors.push(...pageErrors);
      return { first, sent };
    };

    const scrollRun = async () => {
      const { context, page: p, errors: pageErrors } = await phonePage(browser);
      await p.goto(`${demo.portalUrl}/scroll.html`, { waitUntil: 'domcontentloaded' });
      await waitFor(p, () => window.__count() > 0, undefined, 120_000);
      const t0 = await p.evaluate(() => performance.now());
      for (let guard = 0; guard < 40; guard++) {
        const n = await p.evaluate(() => window.__count());
        if (n >= 1000) break;
        // Scrolled to the end, as a thumb does, then "Show more".
        const clicked = await p.evaluate(() => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          const button = document.querySelector('dialog-list')?.shadowRoot?.querySelector('[part="load-more"]');
          if (!button || button.getAttribute('aria-busy') === 'true') return false;
          button.click();
          return true;
        });
        if (!clicked && !(await p.evaluate(() => Boolean(document.querySelector('dialog-list')?.shadowRoot?.querySelector('[part="load-more"]'))))) break;
        await waitFor(p, (before) => window.__count() > before, n, 120_000);
      }
      const t1 = await p.evaluate(() => performance.now());
      const rows = await p.evaluate(() => window.__count());
      const tasks = await p.evaluate(() => window.__longtasks);
      await context.close();
      errors.push(...pageErrors);
      return { rows, ms: t1 - t0, longestMs: longest(tasks, t0, t1) };
    };

    await staticRun(); // warm-up (not counted): the server's caches, Chromium's first context
    await inboxRun();
    const floors = [];
    const runs = [];
    const scrolls = [];
    const alls = [];
    const preloads = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(await staticRun());
      runs.push(await inboxRun());
      alls.push(await allRun());
      if (preload) preloads.push(await allRun('preload.html'));
      const r = runs.at(-1);
      process.stderr.write(`phone load ${i + 1}/${RUNS}: first row ${r.first.toFixed(0)} ms (static ${floors.at(-1).toFixed(0)} ms), 30 rows ${r.page.toFixed(0)} ms, search sent ${r.sent.toFixed(0)} ms, open ${r.openMs.toFixed(0)} ms; longest task loading ${r.loadLongest.toFixed(0)} ms, opening ${r.openLongest.toFixed(0)} ms; no party named: first row ${alls.at(-1).first.toFixed(0)} ms, search sent ${alls.at(-1).sent.toFixed(0)} ms${preload ? `; core preloaded: first row ${preloads.at(-1).first.toFixed(0)} ms` : ''}\n`);
    }
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      scrolls.push(await scrollRun());
      process.stderr.write(`phone scroll ${i + 1}: ${scrolls.at(-1).rows} rows in ${scrolls.at(-1).ms.toFixed(0)} ms, longest task ${scrolls.at(-1).longestMs.toFixed(0)} ms\n`);
    }

    const m = (key) => median(runs.map((r) => r[key]));
    const worst = (list, key) => Math.max(0, ...list.map((r) => r[key]));
    const floor = median(floors);
    const result = {
      phone: PHONE,
      runs: RUNS,
      firstRowMs: m('first'),
      staticFirstRowMs: floor,
      firstRowRatio: m('first') / floor,
      firstRowAllPartiesMs: median(alls.map((r) => r.first)),
      searchSentAllPartiesMs: median(alls.map((r) => r.sent)),
      firstRowPreloadedMs: median(preloads.map((r) => r.first)),
      firstPageMs: m('page'),
      searchSentMs: m('sent'),
      openDialogMs: m('openMs'),
      longestTaskLoadingMs: worst(runs, 'loadLongest'),
      staticLongestTaskMs: median(floorTasks.slice(1)),
      longestTaskOpeningMs: worst(runs, 'openLongest'),
      scrollRows: median(scrolls.map((s) => s.rows)),
      scrollMs: median(scrolls.map((s) => s.ms)),
      longestTaskScrollingMs: worst(scrolls, 'longestMs'),
      pageErrors: [...new Set(errors)],
    };
    const task = (v) => (v ? `${v.toFixed(0)} ms` : `none over ${BUDGET.longTaskMs} ms`);
    const checks = [
      { id: 'phoneFirstRow', name: `first row ≤ ${BUDGET.firstRowRatio}× the static floor`, ok: result.firstRowRatio <= BUDGET.firstRowRatio, value: `${result.firstRowRatio.toFixed(2)}×` },
      { id: 'phoneLoading', name: `no task over ${BUDGET.longTaskMs} ms loading (to 3 s after the first row)`, ok: result.longestTaskLoadingMs <= BUDGET.longTaskMs, value: task(result.longestTaskLoadingMs) },
      { id: 'phoneOpening', name: `no task over ${BUDGET.longTaskMs} ms opening a dialog`, ok: result.longestTaskOpeningMs <= BUDGET.longTaskMs, value: task(result.longestTaskOpeningMs) },
      { id: 'phoneScrolling', name: `no task over ${BUDGET.longTaskMs} ms scrolling to 1,000 rows`, ok: result.longestTaskScrollingMs <= BUDGET.longTaskMs && result.scrollRows >= 1000, value: `${task(result.longestTaskScrollingMs)} (${result.scrollRows} rows)` },
      { id: 'pageErrors', name: 'no page errors', ok: result.pageErrors.length === 0, value: result.pageErrors.slice(0, 3).join(' | ') || 'none' },
    ];
    const out = { ...result, checks };
    const i = process.argv.indexOf('--out');
    if (i >= 0 && process.argv[i + 1]) writeFileSync(process.argv[i + 1], JSON.stringify(out, null, 2));
    if (flag('json')) console.log(JSON.stringify(out, null, 2));
    else {
      const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
      console.log(`\nPhone benchmark: CPU ${PHONE.cpu}× slower, ${PHONE.latencyMs} ms round trip, ${PHONE.downKbps} kbit/s down, ${PHONE.upKbps} kbit/s up, ${PHONE.width} × ${PHONE.height} (median of ${RUNS})\n`);
      for (const [k, v] of [
        ['first row', `${ms(result.firstRowMs)} (static floor ${ms(floor)}, ${result.firstRowRatio.toFixed(2)}×)`],
        ['  no party named', `${ms(result.firstRowAllPartiesMs)} (${(result.firstRowAllPartiesMs / floor).toFixed(2)}×), search sent ${ms(result.searchSentAllPartiesMs)}`],
        ['  core preloaded', preload ? `${ms(result.firstRowPreloadedMs)} (${(result.firstRowPreloadedMs / floor).toFixed(2)}×), the page names ${preload.length} chunks of preload.json` : '— (no dist/preload.json)'],
        ['first page (30 rows)', ms(result.firstPageMs)],
        ['search sent', `${ms(result.searchSentMs)} after navigation`],
        ['open a dialog', ms(result.openDialogMs)],
        ['static floor\'s task', `${task(result.staticLongestTaskMs)} (median, the longest task of the plain HTML page)`],
        ['longest task', `loading ${task(result.longestTaskLoadingMs)}, opening ${task(result.longestTaskOpeningMs)}, scrolling to ${result.scrollRows} rows ${task(result.longestTaskScrollingMs)} (worst of the runs)`],
      ]) console.log(`  ${k.padEnd(22)}${v}`);
      console.log('\nBudgets');
      for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.value}`);
    }
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await browser.close();
    await demo.close();
  }
}
