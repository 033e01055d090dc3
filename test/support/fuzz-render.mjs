// Robustness gate: schema-driven fuzzing of the list and the dialog view in a real Chromium.
// A small fuzz API of the test's own answers GET /dialogs and GET /dialogs/{id} with bodies generated from the
// OpenAPI schemas (test/support/fuzz-gen.mjs): valid, near-valid (missing fields, nulls, unknown enum values,
// invalid dates, huge strings, deep/cyclic threads, wrong types) and unusable (truncated, not an object…).
// The built bundle renders them case after case in one page (the list's party and the view's dialog-id change
// per case). After each case the element shows content or an error alert (an error alert for unusable data),
// no "undefined"/"[object Object]"/"NaN"/"Invalid Date" is visible, and no uncaught error or console error
// happened. Seeded: FUZZ_SEED (default below; printed), FUZZ_CASES per kind (default 1000). The test files are
// test/node/fuzz-render-list.test.js and fuzz-render-detail.test.js.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzCase } from './fuzz-gen.mjs';
import { assertElementsDefined, bundleExists, distDir, launchBrowser, openPage } from './browser-harness.mjs';

const SEED = process.env.FUZZ_SEED || 'alt-seed-2';
const CASES = Number(process.env.FUZZ_CASES || 1000);
const CHUNK = 100;
const built = bundleExists();
const detailId = (n) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

let server;
let origin;
let browser;
const served = { list: 0, detail: 0 };

function startFuzzApi() {
  const bundle = built ? readFileSync(join(distDir(), 'dialog-inbox.js')) : Buffer.from('');
  const page = (o) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fuzz</title>
<script type="module" src="/dist/dialog-inbox.js"></script></head><body>
<dialog-list api-base-url="${o}" party="urn:fuzz:list:start" lang="en" stream-url="off" page-size="30"></dialog-list>
<dialog-view api-base-url="${o}" lang="en" stream-url="off"></dialog-view></body></html>`;
  const send = (res, status, type, body, extra = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
    res.end(body);
  };
  const srv = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = url.pathname;
    if (path === '/') return send(res, 200, 'text/html; charset=utf-8', page(origin));
    if (path === '/dist/dialog-inbox.js') return send(res, 200, 'text/javascript; charset=utf-8', bundle);
    // The entry's chunks (the view, the actions, English…), as built.
    const chunk = path.match(/^\/dist\/chunks\/([\w.-]+\.js)$/)?.[1];
    if (chunk && existsSync(join(distDir(), 'chunks', chunk))) return send(res, 200, 'text/javascript; charset=utf-8', readFileSync(join(distDir(), 'chunks', chunk)));
    if (path === '/api/v1/enduser/dialogs') {
      const n = url.searchParams.get('party')?.match(/^urn:fuzz:list:(\d+)$/)?.[1];
      if (n === undefined) return send(res, 200, 'application/json', JSON.stringify({ items: [], hasNextPage: false }));
      served.list++;
      const c = fuzzCase({ seed: SEED, kind: 'list', index: Number(n), origin });
      return send(res, c.status, c.contentType, c.body);
    }
    const detail = path.match(/^\/api\/v1\/enduser\/dialogs\/([0-9a-f-]{36})$/);
    if (detail) {
      served.detail++;
      const c = fuzzCase({ seed: SEED, kind: 'detail', index: Number(detail[1].slice(-12)), origin, id: detail[1] });
      return send(res, c.status, c.contentType, c.body);
    }
    if (/^\/api\/v1\/enduser\/dialogs\/[^/]+\/(activities|transmissions|seenlog|context\/labellog)$/.test(path)) return send(res, 200, 'application/json', '[]');
    if (path === '/api/v1/enduser/parties') return send(res, 200, 'application/json', JSON.stringify({ authorizedParties: [] }));
    if (path === '/api/v1/enduser/serviceresources' || path === '/api/v1/metadata/serviceresources') return send(res, 200, 'application/json', '[]');
    const embed = path.match(/^\/embed\/(md|html|empty|404)\/(\d+)$/);
    if (embed) {
      if (embed[1] === 'empty') return send(res, 204, 'text/plain', '');
      if (embed[1] === '404') return send(res, 404, 'text/plain', 'no');
      return embed[1] === 'md'
        ? send(res, 200, 'text/markdown; charset=utf-8', `# Embed ${embed[2]}\n\n*ok* [x](https://example.invalid/)`)
        : send(res, 200, 'text/html; charset=utf-8', `<h1>Embed ${embed[2]}</h1><p>ok</p>`);
    }
    return send(res, 404, 'application/problem+json', JSON.stringify({ title: 'Not found', status: 404 }));
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

/** The fuzz API and the browser, started before the file's tests and stopped after them. */
function start() {
  before(async () => {
    if (!built) return;
    server = await startFuzzApi();
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections?.();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });
}

/** Installed in the page: runs cases [from, to) of one kind and reports the ones that failed. */
const DRIVER = () => {
  window.__case = null;
  window.__caseErrors = [];
  const record = (message) => window.__caseErrors.push({ n: window.__case, message: String(message).slice(0, 300) });
  window.addEventListener('error', (e) => record(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => record(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  const seen = new Set();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.add(entry.name);
  }).observe({ type: 'resource' });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const deepText = (root) => {
    let text = '';
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.data;
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.shadowRoot) walk(child.shadowRoot);
          if (child.localName !== 'style') walk(child);
          for (const a of ['title', 'aria-label', 'datetime', 'href']) if (child.hasAttribute(a)) text += ` ${child.getAttribute(a)} `;
        }
      }
    };
    walk(root);
    return text;
  };
  const roots = (el) => window.__roots().filter((r) => r === el.shadowRoot || el.shadowRoot.contains(r.host));
  const BROKEN = /undefined|\[object \w+\]|\bNaN\b|Invalid Date|function \(|=>/;

  window.__runCases = async (kind, from, to, unusable) => {
    const el = document.querySelector(kind === 'list' ? 'dialog-list' : 'dialog-view');
    const failures = [];
    for (let n = from; n < to; n++) {
      window.__case = n;
      const id = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
      const marker = kind === 'list' ? `party=urn%3Afuzz%3Alist%3A${n}&` : `/dialogs/${id}`;
      if (kind === 'list') el.setAttribute('party', `urn:fuzz:list:${n}`);
      else el.setAttribute('dialog-id', id);
      await el.updateComplete;
      const started = performance.now();
      let outcome = null;
      for (;;) {
        const requested = [...seen].some((name) => name.includes(marker));
        const error = el.shadowRoot.querySelector('[part="error"]');
        const content = kind === 'list'
          ? el.shadowRoot.querySelector('li[part="row"], [part="empty"]')
          : el.shadowRoot.querySelector('[part="article"]');
        // Every shadow root is walked only once the rest holds (a walk per poll was most of the driver's own work).
        const busy = requested && (error || content) ? roots(el).some((r) => r.querySelector('[aria-busy="true"]:not([part="load-more"])')) : null;
        if (requested && busy === false && (error || content)) {
          outcome = error ? 'error' : 'content';
          break;
        }
        const crashed = window.__caseErrors.some((e) => e.n === n);
        // A guard against a case that never settles, not a speed check: generous, so a busy machine does not trip it
        // (seen: a case with megabytes of text took over 4 s to be asked for and shown with two other processes
        // keeping both cores busy).
        if (performance.now() - started > (crashed ? 300 : 30_000)) {
          failures.push({ n, reason: `did not settle (requested=${requested}, busy=${busy}, error=${Boolean(error)}, content=${Boolean(content)})` });
          break;
        }
        await sleep(requested ? 0 : 2);
      }
      if (!outcome) continue;
      if (unusable.includes(n) && outcome !== 'error') failures.push({ n, reason: 'unusable data but no error message' });
      const text = deepText(el.shadowRoot);
      const broken = text.match(BROKEN);
      if (broken) failures.push({ n, reason: `broken render: …${text.slice(Math.max(0, broken.index - 60), broken.index + 40).replace(/\s+/g, ' ')}…` });
      if (outcome === 'error') {
        const alert = el.shadowRoot.querySelector('[part="error"]');
        if (!alert.textContent.trim()) failures.push({ n, reason: 'empty error alert' });
      }
    }
    window.__case = null;
    return failures;
  };
};

/**
 * Open bugs the fuzzer found (none now: every one found so far is fixed). Failures matching an entry (id + matcher
 * on the failure text) are kept out of the main assertion and asserted in a `todo` test per kind, which lists
 * them. When a bug is fixed, delete its entry: the main test then guards against it.
 */
const KNOWN_BUGS = [];

const results = {};

/** The fuzz run of one kind ('list' or 'detail'), in a browser and fuzz API of its own: the two kinds are two test files, run side by side. */
export function fuzzRender(kind) {
  start();
  test(`fuzz: ${CASES} ${kind} responses from the OpenAPI schema (seed ${JSON.stringify(SEED)})`, { timeout: 600_000 }, async (t) => {
    if (!built) return t.skip('dist/dialog-inbox.js is missing: run `npm run build` first');
    t.diagnostic(`FUZZ_SEED=${SEED} FUZZ_CASES=${CASES} (reproduce: FUZZ_SEED=${SEED} node --test test/node/fuzz-render-${kind}.test.js)`);
    const { page, errors } = await openPage(browser);
    await page.evaluateOnNewDocument(DRIVER);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await assertElementsDefined(page, ['dialog-list', 'dialog-view']);
    const cases = Array.from({ length: CASES }, (_, n) => fuzzCase({ seed: SEED, kind, index: n, origin, id: detailId(n) }));
    const unusable = cases.flatMap((c, n) => (c.unusable ? [n] : []));
    const before = served[kind];
    const failures = [];
    for (let from = 0; from < CASES; from += CHUNK) {
      failures.push(...(await page.evaluate((k, a, b, u) => window.__runCases(k, a, b, u), kind, from, Math.min(CASES, from + CHUNK), unusable)));
    }
    const caseErrors = await page.evaluate(() => window.__caseErrors.filter((e) => !/Failed to load resource/.test(e.message)));
    const labels = cases.reduce((acc, c) => ({ ...acc, [c.label]: (acc[c.label] ?? 0) + 1 }), {});
    t.diagnostic(`${kind}: ${served[kind] - before} responses served; ${JSON.stringify(labels)}`);
    const explain = (n) => `${cases[n]?.label}${cases[n]?.mutations.length ? `: ${cases[n].mutations.join('; ')}` : ''}`;
    const all = [...failures.map((f) => ({ n: f.n, text: f.reason })), ...caseErrors.map((e) => ({ n: e.n, text: e.message }))];
    // A case is "known" when a known bug explains it; a crash leaves the view stuck for that case and can
    // surface again while the next case renders, so those follow their cause.
    const bugOf = (f) => KNOWN_BUGS.find((b) => b.match(f, cases[f.n]))?.id;
    const knownCases = new Map(all.filter(bugOf).map((f) => [f.n, bugOf(f)]));
    const classify = (f) => bugOf(f) ?? (/did not settle/.test(f.text) ? knownCases.get(f.n) : undefined) ?? (caseErrors.some((e) => e.n === f.n) && knownCases.get(f.n - 1));
    const known = all.filter(classify);
    const unknown = all.filter((f) => !classify(f));
    const line = (f) => `#${f.n} ${f.text} [${explain(f.n)}]`.slice(0, 400);
    if (process.env.FUZZ_VERBOSE) for (const f of all) t.diagnostic(line(f));
    const byBug = known.reduce((acc, f) => ({ ...acc, [classify(f)]: (acc[classify(f)] ?? 0) + 1 }), {});
    t.diagnostic(`${kind}: ${unknown.length} unexplained failures; known bugs: ${JSON.stringify(byBug)}`);
    results[kind] = { known: known.map(line), byBug };
    assert.ok(served[kind] - before >= CASES, `every case was requested (${served[kind] - before} of ${CASES})`);
    assert.deepEqual(unknown.map(line).slice(0, 25), [], `${unknown.length} failing ${kind} cases (seed ${SEED})`);
    const pageErrors = errors.filter((e) => !/Failed to load resource/.test(e) && !known.some((f) => e.includes(f.text.replace(/^[^:]+: /, '').slice(0, 40))));
    assert.deepEqual(pageErrors.slice(0, 10), [], 'no uncaught errors beyond the known bugs');
    await page.close();
  });

  if (KNOWN_BUGS.length) test(`fuzz: ${kind} cases hit by known bugs (KNOWN_BUGS in test/support/fuzz-render.mjs) render correctly`, { todo: 'BUG: see KNOWN_BUGS' }, () => {
    assert.ok(results[kind], 'the fuzz run happened');
    assert.deepEqual(results[kind].known.slice(0, 25), [], `known bugs still present: ${JSON.stringify(results[kind].byBug)}`);
  });
}
