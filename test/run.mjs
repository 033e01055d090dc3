// `npm test`: type check, build, Node tests (local Dialogporten, generated files), browser tests in
// Chromium; then one line with the totals, `N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0, todo: 0 };
const bin = (name) => `node_modules/.bin/${name}`;

function run(label, command, args, { capture = false } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (capture) process.stdout.write(result.stdout ?? '');
  return result;
}

/** A step that is not a test suite counts as one test: it passes or fails as a whole. */
function step(label, command, args) {
  const ok = run(label, command, args).status === 0;
  ok ? totals.passed++ : totals.failed++;
  if (!ok) console.log(`✗ ${label} failed`);
  return ok;
}

ensureChromium();
step('Type check (tsc)', bin('tsc'), ['-p', '.']);
const built = step('Build the script-tag bundle (vite)', bin('vite'), ['build', '--logLevel', 'warn']);

// Three files at a time: most of them wait on a browser or a local server, not on the CPU (on 2 cores, node's default
// of one file at a time took 175 s, three 108 s).
const node = run('Node tests (node --test)', process.execPath, ['--test', '--test-concurrency=3', '--test-reporter=tap', 'test/node/'], { capture: true });
const count = (name) => Number((node.stdout ?? '').match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
totals.passed += count('pass');
totals.failed += count('fail') + count('cancelled');
totals.skipped += count('skipped');
if (node.status !== 0 && count('fail') + count('cancelled') === 0) totals.failed++;

const resultsFile = '.tmp/wtr-results.json';
const violationsFile = '.tmp/request-violations.json';
rmSync(resultsFile, { force: true });
rmSync(violationsFile, { force: true });
mkdirSync('.tmp', { recursive: true });
const wtr = run('Browser tests (web-test-runner, Chromium)', bin('wtr'), []);
try {
  const browser = JSON.parse(readFileSync(resultsFile, 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed + browser.fileErrors;
  totals.skipped += browser.skipped;
  // Where the run's time goes (the sum of each file's test durations), for a run that is slow.
  if (browser.slowest?.length) console.log(`Slowest browser test files: ${browser.slowest.slice(0, 8).map((f) => `${f.file.replace('test/browser/', '')} ${(f.ms / 1000).toFixed(1)} s`).join(', ')}`);
  if (wtr.status !== 0 && browser.failed + browser.fileErrors === 0) totals.failed++;
} catch {
  totals.failed++;
  console.log('✗ the browser tests did not report results');
}
// Every request the browser tests made to the local Dialogporten must fit the OpenAPI parameter definitions:
// web-test-runner.config.mjs writes the misfits when its server stops. One test, whatever the file order.
try {
  const violations = JSON.parse(readFileSync(violationsFile, 'utf8'));
  if (!Array.isArray(violations)) throw new Error('not a list');
  if (violations.length === 0) totals.passed++;
  else {
    totals.failed++;
    console.log(`✗ ${violations.length} request(s) to the local Dialogporten did not fit the OpenAPI contract; the first 5:`);
    console.log(JSON.stringify(violations.slice(0, 5), null, 2));
  }
} catch (error) {
  totals.failed++;
  console.log(`✗ the browser run wrote no readable ${violationsFile} (${error.message})`);
}
// The benchmark, short: its figures are printed. Only what does not depend on the machine's speed counts as a test
// (no page errors; the heap): a slow or busy machine must not fail the run. The time budgets (first row against
// the static floor, no long task) are `npm run bench`'s, which exits non-zero when one is missed. The 40 KiB
// critical-path target ("Load what is used") is reported as todo while it misses (CI enforces its interim ceiling
// through test/node/size.test.js).
const COUNTED = new Set(['pageErrors', 'heap']);
const NOT_YET_MET = { bundle: '"Load what is used": the critical path is over 40 KiB gzip' };
const benchFile = '.tmp/bench-results.json';
rmSync(benchFile, { force: true });
const bench = run('Benchmark (scripts/bench.mjs --short)', process.execPath, ['scripts/bench.mjs', '--short', '--out', benchFile]);
try {
  const { checks } = JSON.parse(readFileSync(benchFile, 'utf8'));
  for (const check of checks) {
    if (NOT_YET_MET[check.id] && !check.ok) {
      totals.todo++;
      console.log(`# TODO ${check.name}: ${check.value} (${NOT_YET_MET[check.id]})`);
    } else if (!COUNTED.has(check.id)) console.log(`# ${check.ok ? 'within' : 'MISSED (not counted: depends on the machine)'} ${check.name}: ${check.value}`);
    else if (check.ok) totals.passed++;
    else totals.failed++;
  }
} catch {
  totals.failed++;
  console.log(`✗ the benchmark did not report results (exit ${bench.status})`);
}
if (!built) console.log('(the bundle did not build; tests that load dist/ may have failed because of it)');

totals.todo += count('todo');
console.log(`\n(${totals.skipped} skipped, ${totals.todo} todo: known gaps, reported above, not counted)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
