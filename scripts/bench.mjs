#!/usr/bin/env node
// Performance benchmark of the inbox (issue 7), `npm run bench`:
//   node scripts/bench.mjs [--first-runs N] [--runs N] [--rows N] [--short] [--json] [--out results.json]
// Headless Chromium (puppeteer-core) against the local Dialogporten (startDemo with `scale`, ≥ 10,000 inbox
// dialogs), the built bundle dist/dialog-inbox.js. Medians, each load in a fresh browser context (cold cache):
//   first row      navigation → the first li[part="row"] displayed (page-size=100): 25 loads (--first-runs; 11 in --short),
//                  each after a load of the static floor and of the bare list
//   (the rest: 5 runs, --runs)
//   100 rows       navigation → 100 rows (the first page)
//   1,000 rows     navigation → 1,000 rows ("Show more", part="load-more", 9 times)
//   long tasks     PerformanceObserver('longtask') from navigation to 1,000 rows: count and the longest; and the
//                  longest main-thread task of any length, from a trace of one more run (the margin to 50 ms)
//   open dialog    click on the first row → its title and summary rendered and nothing busy
//   static floor   our own page with its first 100 rows, saved once as plain static HTML (declarative shadow DOM
//                  and the same CSS, no script), served by the same process: first row. What showing these
//                  pixels costs without our JavaScript and without the API; the ratio budget is against it.
//   bare list      the same 100 dialogs as an unstyled <ul> (no Designsystemet CSS): reported for reference
//   heap           JS heap after 10,000 rows (page-size=1000) and a forced GC (--js-flags=--expose-gc), and the
//                  elements in the page then (a long list keeps only the rows near the viewport)
//   bundle         gzip of the critical path: dist/dialog-inbox.js and the chunks it imports statically (level 6, as
//                  scripts/size.mjs; level 9 shown too)
// One warm-up run of each page comes first and is not counted.
// Budgets (exit code 1 when one is missed): first row ≤ 2× the static floor (not the bare list); no long task (> 50 ms) while
// reaching 1,000 rows; heap after 10,000 rows < 30 MiB; bundle ≤ 50 KB gzip.
// All parties at any count (scripts/bench-parties.mjs, after the rest, each on a demo of its own, API party cap 20):
//   500 parties    first row and 100 rows of the inbox over 500 parties (25 batches) against the same inbox over
//                  one party: the ratio (--party-runs loads of each, interleaved; 11, --short 2). 100 rows takes
//                  one "Show more", clicked in the page as soon as it can be (the first page of 100 holds fewer:
//                  drafts are left out). The GET /enduser/dialogs of the first page and of the next 3 "Show more"
//   picker         <dialog-party-picker> over 5,000 client parties: open, type a filter leaving one party,
//                  "Select all" (part="select-matching"; "not available" without it); the longest long task of
//                  each (--picker-runs, 3, --short 1: median time, worst long task); and once, not in --short,
//                  the inbox over all of them (300+ searches at cap 20: the first row takes ~40 s here)
// Budgets here too: 500 parties ≤ 1.5× one party (the issue's aim; with 25 batches, at most 6 in flight, it may be
// out of reach: reported, and it fails the run like any budget); no long task (> 50 ms) in the picker.
// --short (CI): 11 first-row loads (the ratio's median then swings by about ±0.1: CI prints it and counts no time;
// 25 kept CI over 15 minutes on a busy machine), 3 runs, heap measured after 1,000 rows instead of 10,000, a
// smaller data set (scale 1,500); the party runs above.
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from '../demo/index.js';
import { findChromium } from '../test/find-chromium.mjs';
import { freshPage as newPage, launchBrowser, loadMoreUntil, staticHtml, waitFor } from './bench-browser.mjs';
import { PARTY_BUDGET, benchManyParties, benchPicker } from './bench-parties.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
if (flag('help')) {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
  console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
if (flag('phone')) {
  // The phone conditions (CPU 4× slower, slow 4G, 412 × 823): a bench of their own, scripts/bench-phone.mjs.
  const { benchPhone } = await import('./bench-phone.mjs');
  process.exit(await benchPhone({ args, flag, option }));
}
const SHORT = flag('short');
const RUNS = option('runs', SHORT ? 3 : 5);
// The first row varies by ±30 % from one page load to the next (frames, the OS): many short loads, interleaved
// with the static floor's, make its median and the ratio stable.
const FIRST_RUNS = option('first-runs', SHORT ? 11 : 25);
const HEAP_ROWS = option('rows', SHORT ? 1000 : 10_000);
const SCALE = option('scale', SHORT ? 1500 : 14_500);
const DIST = process.env.DIALOG_INBOX_DIST || fileURLToPath(new URL('../dist', import.meta.url));
const BUNDLE = join(DIST, 'dialog-inbox.js');
// Heap: 30 MiB after 10,000 rows (issue "Fast on a citizen's phone"; 100 MB before the list was windowed).
const BUDGET = { firstRowRatio: 2, longTaskMs: 50, heapMB: 30, bundleKB: 40 };
const PARTY_RUNS = option('party-runs', SHORT ? 2 : 11); // --short: CI counts no time, and runs under 15 min
const PICKER_RUNS = option('picker-runs', SHORT ? 1 : 3);

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install chromium or set CHROME_PATH.');
  process.exit(2);
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const escape = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const pick = (value) => (Array.isArray(value?.value) ? (value.value.find((v) => v.languageCode === 'nb') ?? value.value[0])?.value : '') ?? '';

// ---- the servers: the local Dialogporten, its portal serving our pages and the bundle --------------------
const portalDir = mkdtempSync(join(tmpdir(), 'dialog-inbox-bench-'));
const started = performance.now();
const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, scale: SCALE, portalDir, distDir: DIST });
const startupMs = performance.now() - started;
const urns = [];
(function visit(list) {
  for (const p of list ?? []) {
    if (!p.isDeleted && !p.hasOnlyAccessToSubParties) urns.push(p.party);
    visit(p.subParties);
  }
})(demo.store.parties);

const page = (pageSize) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/dialog-inbox.js"></script></head><body>
<dialog-inbox api-base-url="{{API_BASE_URL}}" party="${urns.join(' ')}" stream-url="off">
<dialog-list page-size="${pageSize}"></dialog-list><dialog-view></dialog-view></dialog-inbox></body></html>`;
writeFileSync(join(portalDir, 'index.html'), page(100));
writeFileSync(join(portalDir, 'big.html'), page(1000));

// The static floor: the API's first 100 inbox items (the list's own query) as plain HTML.
const probe = await fetch(`${demo.portalUrl}/api/v1/enduser/dialogs?${new URLSearchParams([
  ...urns.map((u) => ['party', u]),
  ['systemLabel', 'Default'],
  ...['RequiresAttention', 'InProgress', 'Awaiting', 'Completed', 'NotApplicable'].map((s) => ['status', s]),
  ['excludeApiOnly', 'true'],
  ['orderBy', 'contentUpdatedAt_desc'],
  ['limit', '100'],
])}`, { headers: { 'Accept-Language': 'nb' } });
const first100 = (await probe.json()).items;
writeFileSync(
  join(portalDir, 'bare.html'),
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>static</title></head><body><ul>${first100
    .map((i) => `<li data-dialog-id="${escape(i.id)}"><span>${escape(pick(i.content?.senderName) || i.org)}</span> <time>${escape(i.contentUpdatedAt)}</time><br><strong>${escape(pick(i.content?.title))}</strong><br><span>${escape(pick(i.content?.summary))}</span> <span>${escape(i.status)}</span></li>`)
    .join('')}</ul></body></html>`,
);
const inboxTotal = await (async () => {
  let n = 0;
  let token = null;
  do {
    const q = new URLSearchParams([...urns.map((u) => ['party', u]), ['systemLabel', 'Default'], ['excludeApiOnly', 'true'], ['limit', '1000'], ...(token ? [['continuationToken', token]] : [])]);
    const body = await (await fetch(`${demo.apiUrl}/api/v1/enduser/dialogs?${q}`, { headers: { Authorization: 'Bearer bench' } })).json();
    n += body.items.length;
    token = body.hasNextPage ? body.continuationToken : null;
  } while (token);
  return n;
})();

const browser = await launchBrowser(executablePath);
const freshPage = () => newPage(browser);

/**
 * static.html: index.html once every row of its first page is rendered, serialised as plain HTML: each shadow
 * root as a declarative `<template shadowrootmode>` with its adopted stylesheets as a `<style>`, no script.
 */
async function writeStaticSnapshot() {
  const { context, page: p } = await freshPage();
  await p.goto(`${demo.portalUrl}/index.html`, { waitUntil: 'domcontentloaded' });
  await waitFor(p, () => window.__count() > 0);
  const html = await staticHtml(p);
  await context.close();
  writeFileSync(join(portalDir, 'static.html'), html);
  return html.length;
}

/** Opens index.html and shows more until 1,000 rows are on screen; returns the page's marks. */
async function loadTo1000(p) {
  await p.goto(`${demo.portalUrl}/index.html`, { waitUntil: 'domcontentloaded' });
  await waitFor(p, () => window.__count() > 0);
  await loadMoreUntil(p, 1000); // a page may show fewer rows than its size (the Inbox leaves drafts out)
  await waitFor(p, () => Boolean(window.__marks.r1000));
  return p.evaluate(() => window.__marks);
}

/** Navigation → the first row, and where the time went (bundle, first search). */
async function firstRowRun() {
  const { context, page: p, errors } = await freshPage();
  await p.goto(`${demo.portalUrl}/index.html`, { waitUntil: 'domcontentloaded' });
  await waitFor(p, () => Boolean(window.__marks.first));
  const result = await p.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const bundle = entries.find((e) => e.name.includes('/dist/dialog-inbox.js'));
    const search = entries.find((e) => e.name.includes('/enduser/dialogs?'));
    return { first: window.__marks.first, bundleEnd: bundle?.responseEnd, searchStart: search?.startTime, searchEnd: search?.responseEnd };
  });
  await context.close();
  return { ...result, errors };
}

async function oneRun() {
  const { context, page: p, errors } = await freshPage();
  const marks = await loadTo1000(p);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = (await p.evaluate(() => window.__longtasks)).filter((t) => t.start <= marks.r1000);
  // Open the first dialog: click → title and summary on screen, nothing busy.
  const openMs = await p.evaluate(async () => {
    const list = document.querySelector('dialog-list');
    const view = document.querySelector('dialog-view');
    const row = list.shadowRoot.querySelector('li[part="row"] [part="row-button"], li[part="row"] button');
    const t0 = performance.now();
    row.click();
    const id = row.closest('li').dataset.dialogId;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const root = view.shadowRoot;
      const ready = view.dialog?.id === id && root?.querySelector('[part="title"]')?.textContent.trim() && !root.querySelector('[aria-busy="true"]');
      if (ready) return performance.now() - t0;
      if (performance.now() - t0 > 20_000) return NaN;
    }
  });
  await context.close();
  return { r100: marks.r100, r1000: marks.r1000, first: marks.first, tasks, longtasks: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)), afterFirst: tasks.filter((t) => t.start + t.duration > marks.first).length, openMs, errors };
}

/**
 * The longest main-thread task from navigation to 1,000 rows, from a Chromium trace of one more run: the long-task
 * API only reports tasks over 50 ms, so this is how far below the budget the longest one stays. Tracing makes
 * tasks a little longer, so the figure errs high.
 */
async function longestTaskTraced() {
  const { context, page: p } = await freshPage();
  await p.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  const { r1000 } = await loadTo1000(p);
  const trace = JSON.parse(Buffer.from(await p.tracing.stop()).toString('utf8'));
  await context.close();
  const events = trace.traceEvents ?? trace;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith('/index.html'));
  if (!nav) return NaN;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ts <= nav.ts + r1000 * 1000);
  return Math.max(0, ...tasks.map((e) => e.dur / 1000));
}

async function staticRun(file = 'static.html') {
  const { context, page: p } = await freshPage();
  await p.goto(`${demo.portalUrl}/${file}`, { waitUntil: 'load' });
  await waitFor(p, () => Boolean(window.__marks.first));
  const marks = await p.evaluate(() => window.__marks);
  await context.close();
  return marks.first;
}

async function heapRun(target) {
  const { context, page: p, errors } = await freshPage();
  await p.goto(`${demo.portalUrl}/big.html`, { waitUntil: 'domcontentloaded' });
  await waitFor(p, () => window.__count() > 0);
  const t0 = await p.evaluate(() => performance.now());
  const rows = await loadMoreUntil(p, target);
  const t1 = await p.evaluate(() => performance.now());
  // Stopped early: say why (the list's error message), so a failed budget is explained.
  const stopped = await p.evaluate(() => document.querySelector('dialog-list')?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim());
  if (stopped) errors.push(`loading more stopped at ${rows} rows: ${stopped.replace(/\s+/g, ' ').slice(0, 200)}`);
  await p.evaluate(() => {
    for (let i = 0; i < 3; i++) globalThis.gc?.();
  });
  const metrics = await p.metrics();
  // The elements in the page now (the list's shadow root included): the Nodes metric also counts removed nodes the
  // garbage collector has not freed yet.
  const elements = await p.evaluate(() => document.querySelectorAll('*').length + (document.querySelector('dialog-list')?.shadowRoot?.querySelectorAll('*').length ?? 0));
  await context.close();
  return { rows, heapMB: metrics.JSHeapUsedSize / 1024 / 1024, nodes: metrics.Nodes, elements, loadMs: t1 - t0, errors };
}

// ---- run -------------------------------------------------------------------------------------------------
const runs = [];
const firsts = [];
const floors = [];
const bares = [];
const staticBytes = await writeStaticSnapshot();
// One warm-up of each page (not counted): the server's caches, Chromium's first context and compile.
await staticRun();
await staticRun('bare.html');
await oneRun();
for (let i = 0; i < FIRST_RUNS; i++) {
  floors.push(await staticRun());
  bares.push(await staticRun('bare.html'));
  firsts.push(await firstRowRun());
  process.stderr.write(`load ${i + 1}/${FIRST_RUNS}: first row ${firsts.at(-1).first.toFixed(0)} ms (static ${floors.at(-1).toFixed(0)} ms, bare list ${bares.at(-1).toFixed(0)} ms)\n`);
}
for (let i = 0; i < RUNS; i++) {
  runs.push(await oneRun());
  const run = runs.at(-1);
  // Where a long task fell (start and length, ms from navigation), so a missed budget can be traced.
  const where = run.tasks.map((t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`).join(', ');
  process.stderr.write(`run ${i + 1}/${RUNS}: first row ${run.first.toFixed(0)} ms, 1,000 rows ${run.r1000.toFixed(0)} ms, open a dialog ${run.openMs.toFixed(0)} ms${where ? `; long tasks: ${where}` : ''}\n`);
}
const tracedLongestMs = await longestTaskTraced();
const heap = await heapRun(HEAP_ROWS);
// The critical path: the entry, the core it loads at once and the chunks they import statically (what a cold browser
// fetches before the first row), each gzipped on its own and summed; `npm run size` reports it in full.
function criticalFiles(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const statics = [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => join(dirname(file), m[1]));
  // The entry loads the core at once, dynamically (after starting the first requests): every chunk it names but the
  // fallback theme, which only a page without a theme fetches, and ky, which only a page whose client sends the first
  // search itself fetches (`npm run size` shows those paths too).
  if (file === BUNDLE) statics.push(...[...code.matchAll(/[`"'](\.\/chunks\/(?!fallback-theme|ky-code)[\w-]+\.js)[`"']/g)].map((m) => join(dirname(file), m[1])));
  return [file, ...statics.flatMap((next) => criticalFiles(next, seen))];
}
const critical = criticalFiles(BUNDLE).map((file) => readFileSync(file));
const bundleBytes = Buffer.concat(critical);
const gzipKB = critical.reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0) / 1024;
const gzip9KB = critical.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024;
await demo.close();

// All parties at any count, each on a demo of its own (the local Dialogporten's party cap is one per process). A
// part that breaks is reported as an error (and fails the run), the other figures still printed.
const log = (line) => process.stderr.write(`${line}\n`);
const partyCtx = { freshPage, waitFor, distDir: DIST, log };
const partErrors = [];
const partMs = {};
const part = async (name, fn) => {
  const t0 = performance.now();
  try {
    return await fn();
  } catch (error) {
    partErrors.push(`bench (${name}): ${String(error?.message ?? error).split('\n')[0]}`);
    log(partErrors.at(-1));
    return null;
  } finally {
    partMs[name] = Math.round(performance.now() - t0);
  }
};
const mainMs = Math.round(performance.now());
const parties = await part('500 parties', () => benchManyParties({ ...partyCtx, runs: PARTY_RUNS }));
const picker = await part('party picker', () => benchPicker({ ...partyCtx, runs: PICKER_RUNS, withInbox: !SHORT }));
await browser.close();

const m = (key) => median(runs.map((r) => r[key]));
const f = (key) => median(firsts.map((r) => r[key]));
const floor = median(floors);
const result = {
  runs: RUNS,
  firstRowRuns: FIRST_RUNS,
  short: SHORT,
  dataset: { scale: SCALE, dialogs: demo.store.records.size, inboxDialogs: inboxTotal, demoStartupMs: Math.round(startupMs) },
  firstRowMs: f('first'),
  staticFirstRowMs: floor,
  firstRowRatio: f('first') / floor,
  staticBytes,
  bareListFirstRowMs: median(bares),
  bundleLoadedMs: f('bundleEnd'),
  searchSentMs: f('searchStart'),
  searchAnsweredMs: f('searchEnd'),
  rows100Ms: m('r100'),
  rows1000Ms: m('r1000'),
  longTasksTo1000: m('longtasks'),
  longestTaskMs: m('longest'),
  longTasksAfterFirstRow: m('afterFirst'),
  longestTaskTracedMs: tracedLongestMs,
  openDialogMs: m('openMs'),
  heapRows: heap.rows,
  heapMB: heap.heapMB,
  heapDomNodes: heap.nodes,
  heapElements: heap.elements,
  heapRowsLoadMs: heap.loadMs,
  bundleKB: bundleBytes.length / 1024,
  bundleGzipKB: gzipKB,
  bundleGzip9KB: gzip9KB,
  parties,
  picker,
  benchRuntimeMs: Math.round(performance.now()),
  // Where the time went: the main part (from the process start), then each party part with its demo's start.
  partRuntimeMs: { main: mainMs, ...partMs },
  pageErrors: [...new Set([...firsts.flatMap((r) => r.errors), ...runs.flatMap((r) => r.errors), ...heap.errors, ...(parties?.errors ?? []), ...(picker?.errors ?? []), ...partErrors])],
};
const x = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
const pickerSteps = picker && [['open', picker.open], ['type', picker.type], ['select all', picker.selectMatching]];
const checks = [
  { id: 'firstRow', name: `first row ≤ ${BUDGET.firstRowRatio}× static floor`, ok: result.firstRowRatio <= BUDGET.firstRowRatio, value: `${result.firstRowRatio.toFixed(2)}×` },
  { id: 'longTasks', name: `no long task > ${BUDGET.longTaskMs} ms to 1,000 rows`, ok: result.longTasksTo1000 === 0, value: `${result.longTasksTo1000} (longest ${result.longestTaskMs.toFixed(0)} ms)` },
  { id: 'heap', name: `heap after ${heap.rows.toLocaleString('en')} rows < ${BUDGET.heapMB} MiB`, ok: result.heapMB < BUDGET.heapMB && heap.rows >= Math.min(HEAP_ROWS, inboxTotal), value: `${result.heapMB.toFixed(1)} MiB` },
  { id: 'bundle', name: `critical path (entry + static chunks) ≤ ${BUDGET.bundleKB} KiB gzip`, ok: gzipKB <= BUDGET.bundleKB, value: `${gzipKB.toFixed(1)} KB` },
  {
    id: 'partiesRatio',
    name: `500 parties (cap ${parties?.cap ?? 20}) ≤ ${PARTY_BUDGET.ratio}× one party, first row and 100 rows (the issue's aim)`,
    ok: Boolean(parties) && parties.firstRowRatio <= PARTY_BUDGET.ratio && parties.rows100Ratio <= PARTY_BUDGET.ratio,
    value: parties ? `first row ${x(parties.firstRowRatio)}, 100 rows ${x(parties.rows100Ratio)}: ${parties.firstRowRatio <= PARTY_BUDGET.ratio && parties.rows100Ratio <= PARTY_BUDGET.ratio ? 'met' : 'not met'}` : 'not measured (error)',
  },
  {
    id: 'pickerLongTasks',
    name: `no long task > ${PARTY_BUDGET.longTaskMs} ms in the party picker over ${(picker?.clients ?? 5000).toLocaleString('en')} parties (open, type, select all)`,
    ok: Boolean(picker?.open && picker.type) && pickerSteps.every(([, s]) => !s || s.longTasks === 0),
    value: pickerSteps
      ? pickerSteps.map(([name, s]) => `${name} ${s ? (s.longTasks ? `${s.longestTaskMs.toFixed(0)} ms` : 'none') : 'not available'}`).join(', ')
      : 'not measured (error)',
  },
  { id: 'pageErrors', name: 'no page errors', ok: result.pageErrors.length === 0, value: result.pageErrors.slice(0, 3).join(' | ') || 'none' },
];

const outFile = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;
if (outFile) writeFileSync(outFile, JSON.stringify({ ...result, checks }, null, 2));
if (flag('json')) console.log(JSON.stringify({ ...result, checks }, null, 2));
else {
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
  const rows = [
    ['data', `${result.dataset.dialogs.toLocaleString('en')} dialogs, ${inboxTotal.toLocaleString('en')} in the inbox (scale ${SCALE})`],
    ['runs (median of)', `${FIRST_RUNS} loads for the first row, ${RUNS} runs for the rest`],
    ['first row', `${ms(result.firstRowMs)}  (static HTML floor ${ms(floor)}, ratio ${result.firstRowRatio.toFixed(2)}×)`],
    ['  static floor', `our page saved as static HTML (${(staticBytes / 1024).toFixed(0)} KB, same CSS, no script); unstyled bare list: ${ms(result.bareListFirstRowMs)} (${(result.firstRowMs / result.bareListFirstRowMs).toFixed(2)}×)`],
    ['  of which', `bundle loaded ${ms(result.bundleLoadedMs)}, search sent ${ms(result.searchSentMs)}, answered ${ms(result.searchAnsweredMs)}`],
    ['100 rows', ms(result.rows100Ms)],
    ['1,000 rows', ms(result.rows1000Ms)],
    ['long tasks to 1,000 rows', `${result.longTasksTo1000} (longest ${ms(result.longestTaskMs)}; after the first row: ${result.longTasksAfterFirstRow})`],
    ['  longest task', `${ms(result.longestTaskTracedMs)} in a traced run (of the ${BUDGET.longTaskMs} ms budget)`],
    ['open a dialog', ms(result.openDialogMs)],
    [`JS heap after ${heap.rows.toLocaleString('en')} rows`, `${result.heapMB.toFixed(1)} MB (${heap.elements.toLocaleString('en')} elements in the page, ${heap.nodes.toLocaleString('en')} DOM nodes with those not yet collected; loaded in ${ms(heap.loadMs)})`],
    ['bundle', `${result.bundleKB.toFixed(1)} KB, ${gzipKB.toFixed(1)} KB gzip (level 6; ${gzip9KB.toFixed(1)} KB at level 9)`],
    ...partyRows(),
    ['runtime', `${(result.benchRuntimeMs / 1000).toFixed(0)} s: ${Object.entries(result.partRuntimeMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} s`).join(', ')}`],
    ['  demo start', `${ms(startupMs)} main (scale ${SCALE})${parties ? `, ${ms(parties.demoStartupMs)} ${parties.parties} parties` : ''}${picker ? `, ${ms(picker.demoStartupMs)} ${picker.clients.toLocaleString('en')} clients` : ''}`],
  ];
  function partyRows() {
    const out = [];
    if (parties) {
      const p = parties;
      out.push(
        [`${p.parties} parties, cap ${p.cap}`, `first row ${ms(p.firstRowMs)}, 100 rows ${ms(p.rows100Ms)} (${p.batches} batches; persona of ${p.clients} clients with their sub-units, ${p.dialogs.toLocaleString('en')} dialogs; median of ${p.runs})`],
        ['  1 party', `first row ${ms(p.onePartyFirstRowMs)}, 100 rows ${ms(p.onePartyRows100Ms)} (the user's own party on the same page)`],
        ['  ratio', `first row ${x(p.firstRowRatio)}, 100 rows ${x(p.rows100Ratio)} (aim ≤ ${PARTY_BUDGET.ratio}×)`],
        ['  of which', `first search sent ${ms(p.searchSentMs)} (1 party ${ms(p.onePartySearchSentMs)}), the last the first row needs answered ${ms(p.searchesAnsweredMs)} (1 party ${ms(p.onePartySearchesAnsweredMs)})`],
        ['  searches per page', `first page ${p.requestsPerPage[0]} (${p.firstPageRows} rows, ${p.partiesSearchedFirstPage} parties named), then per "Show more": ${p.requestsPerPage.slice(1).join(', ') || '—'}; 1 party: ${p.onePartyRequestsPerPage.join(', ')}`],
      );
    } else out.push(['500 parties', 'not measured (error, see page errors)']);
    if (picker) {
      // The time is the median of the runs, the long task the worst of them.
      const step = (s) => (s ? `${ms(s.ms)} (worst long task ${s.longTasks ? ms(s.longestTaskMs) : `none > ${PARTY_BUDGET.longTaskMs} ms`})` : 'not available');
      out.push(
        [`picker, ${picker.clients.toLocaleString('en')} clients`, `${picker.parties.toLocaleString('en')} parties: open ${step(picker.open)}, ${picker.renderedWhenOpen.toLocaleString('en')} rendered; median of ${picker.runs}`],
        ['  type, select all', `type ${picker.filter} (${picker.filter.length} keys, one party left) ${step(picker.type)}; select all ${step(picker.selectMatching)}`],
        ['  inbox over them', picker.inbox ? `first row ${ms(picker.inbox.firstRowMs)}; the first page's ${picker.inbox.firstPageRequests} searches (cap ${picker.cap}) answered by ${ms(picker.inbox.firstPageMs)}` : 'not measured in --short'],
      );
    } else out.push(['picker', 'not measured (error, see page errors)']);
    return out;
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\nBenchmark${SHORT ? ' (--short)' : ''}: dialog-inbox against the local Dialogporten, headless Chromium\n`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  console.log('\nBudgets');
  for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.value}`);
}
process.exit(checks.every((c) => c.ok) ? 0 : 1);
