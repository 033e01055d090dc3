// Size budgets of the script-tag builds: `npm run size` (CI runs it through test/node/size.test.js).
//
// The module build (dist/dialog-inbox.js, `<script type="module">`) is an entry and content-hashed chunks in
// dist/chunks/; the classic script (dist/dialog-inbox.iife.js) is one file. All sizes are gzip with Node's zlib at
// its default level 6, what servers and CDNs typically use; level 9 is in the JSON for reference. Budgets:
// - Critical path: the entry, the chunk it imports at once (dynamically: it starts the first requests before) and
//   every chunk those import statically, transitively, i.e. what a cold browser fetches
//   before the first row can show. Target 40 KiB, enforced (met on 2026-12-04).
// - All module files together (entry + every chunk, each gzipped on its own and summed): 72 KiB target, interim
//   ceiling enforced.
// - The classic script (built by vite.classic.config.ts): 72 KiB target, interim ceiling enforced.
// Exit 1 when an enforced budget is missed. Informational: the critical path of a page in English or nynorsk (plus
// the language's chunk), of a page without a theme (plus the fallback theme), of a page where the client sends a
// search itself (a token provider, filters chosen, over the party cap: plus ky), and each chunk with the source
// modules it holds.
//
// Method. Both outputs are built in memory from the sources with the same vite.config.ts that writes dist/, so
// the numbers always match the code (and running this never touches dist/). The CSS is embedded in the JavaScript
// as strings, so "JS" and "CSS" are measured by building the module output a second time with the CSS stubbed
// out: the Designsystemet strings in components/shared/*.gen.ts become "" and every css`…` block in components/
// and src/ becomes css``. Per file, JS = gzip(file without CSS), CSS = gzip(file) − JS (what the CSS adds to the
// download); the chunk is found in the second build by its facade module or its name.
//
// Usage: node scripts/size.mjs [--json] [--verbose]   (--verbose lists every module of every chunk)
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const BUDGET_LEVEL = 6;
/** The product's target (issue "Load what is used"): the critical path, JavaScript and CSS, at most 40 KiB gzip. */
export const CRITICAL_TARGET_BYTES = 40 * 1024;
/**
 * What CI enforces for the critical path today: an interim ceiling, because the first split leaves the critical
 * path over the target. Set on 2026-12-02 to the critical path then, 50,218 B gzip (49.0 KiB, commit 71e9e44),
 * rounded up to the next whole KiB. It stops any growth: lower it as bytes are cut, never raise it silently.
 */
// Lowered 50 → 48 KiB the same day: the view's Designsystemet sheet, the label runner and the filter panel became
// chunks (48,099 B then).
// Lowered 48 → 47 KiB the same day: searching in batches became a chunk; the list's refresh (issue "Stays fresh")
// added 0.5 KB to the core (47,599 B then).
// Raised 47 → 50 KiB on 2026-12-03, openly, for the issues "Looks right" and "Fast on a citizen's phone": the list's
// new design (side navigation, toolbar, toggle chips, bulk bar, empty states) adds 2.1 KB of CSS; its icons and the
// small entry that sends the first requests before the core loads add 0.7 KB of JavaScript (50,378 B then, from
// 47,592 B at 4a5dd65).
// Raised 50 → 51 KiB on 2026-12-03, openly, for the issue "Fast on a citizen's phone": the entry fetches the fallback
// theme beside the core on a page without a theme (+95 B; first row on the phone bench 1.34 → 1.24 s, median of 9
// interleaved loads each). 51,255 B then.
// Lowered 51 → 47 KiB on 2026-12-04: ky is a chunk of its own, fetched by the entry only where the client sends the
// first search itself (a token provider, filters chosen, over the party cap); where the entry sends it (with the
// parties named, or once GET /parties answered) the first rows do not need ky (47,474 B then, from 51,464 B).
// Lowered 47 → 46 KiB on 2026-12-04: bokmål's texts of the dialog view moved to the view's chunk (−938 B), and the
// core's three stylesheets sit side by side in the chunk (−290 B): 46,805 B then, from 48,033 B.
// Lowered 46 → 45 KiB the same day: the bulk bar and the label runner (−621 B) and the styles of what the list's
// extras render (−293 B) moved to the extras chunk: 45,891 B then.
// Lowered 45 → 44 KiB the same day: Terser, icons as relative path steps and the recipient filter in the extras
// chunk (44,637 B then).
// Lowered 44 → 43 KiB on 2026-12-04: the elements declare their properties in `static properties`, not with
// decorators (the decorator helpers and their calls: −753 B, 43,884 B then); then Designsystemet's `[data-color]`
// mappings built from two lists (−353 B: 43,531 B).
// Lowered 43 → 42 KiB the same day: the label rules with the label runner (−189 B), the senders' names with the
// list's extras (−276 B) and Designsystemet's icons as plain data URLs (−85 B): 42,981 B then.
// Lowered 42 → 40 KiB, the target, on 2026-12-04: the rows' ⋯ menu, the rows' keys and the party picker (with the
// party search and their bokmål texts) moved to the list's extras chunk: 40,835 B then. The interim ceiling is gone:
// CI enforces the target itself.
export const CRITICAL_CEILING_BYTES = CRITICAL_TARGET_BYTES;
/** Every file of the module build together, gzipped one by one and summed (issue "Load what is used"): the target. */
export const TOTAL_BUDGET_BYTES = 72 * 1024;
/**
 * What CI enforces for all module files today: an interim ceiling. Split files compress worse than one (the three
 * catalogs alone were about 5 KB cheaper side by side in one file): 82,269 B on 2026-12-02 after the first split,
 * rounded up to the next whole KiB. Lower it as bytes are cut, never raise it silently.
 */
// Raised 81 → 83 KiB the same day, openly: three more chunks (the view's Designsystemet sheet, the label runner,
// the filter panel: each compresses apart from the rest) took the critical path 1.8 KB down and the sum 1.3 KB up,
// and the rows' spoken names and CommonMark example 191 added 0.4 KB (84,220 B then).
// Raised 83 → 86 KiB the same day, openly, for the issue "Stays fresh": the list refreshes itself (+2.8 KB) and the
// open dialog falls back to polling behind a buffering proxy (+1.0 KB); merging chunks took 0.9 KB back (87,829 B).
// Raised 86 → 91 KiB on 2026-12-03, openly: the list's design (above), the dialog view's and the party picker's
// (attachment rows, table amounts, the picker's reasons, +1.4 KB) and the small entry (92,201 B then, from 88,029 B).
// Raised 91 → 93 KiB on 2026-12-03, openly, for the issue "Fast on a citizen's phone": a long list keeps only the
// rows near the viewport in the DOM (list-window.ts, in the list's extras chunk; +2.3 KB: 94,778 B, from 92,520 B).
// Raised 93 → 94 KiB on 2026-12-04, openly, for the same ky chunk: ky compresses apart from the core (+0.8 KB: 95,737 B,
// from 94,909 B), for 4.0 KB off the critical path of a page that names its parties.
// Raised 94 → 95 KiB on 2026-12-04, openly: the styles of what the list's extras chunk renders (filter panel, bulk
// bar, refresh banner) moved into that chunk, where they compress apart from the list's (+447 B: 96,270 B), for 289 B
// off the critical path. The same day the view's bokmål texts (+362 B) and the bulk bar (+274 B) moved out of the
// core, and the stylesheets side by side took 346 B back.
// Lowered 95 → 94 KiB the same day: Terser as the minifier (−481 B: 96,016 B then).
// Lowered 94 → 93 KiB on 2026-12-04: `static properties` instead of decorators (−783 B) and Designsystemet's
// `[data-color]` mappings built from two lists (−360 B): 94,552 B then.
// Lowered 93 → 92 KiB the same day: the party picker's chunk went into the list's extras (one file fewer, and the
// party search no longer in two): 93,730 B then.
export const TOTAL_CEILING_BYTES = 92 * 1024;
/** The classic script, one file (issue "Load what is used"): the target. */
export const IIFE_BUDGET_BYTES = 72 * 1024;
/**
 * What CI enforces for the classic script today: 72.0 KiB before the split; the split's loader of languages and
 * theme, its texts, and the rows' spoken names took it to 74,202 B on 2026-12-02. Interim, rounded up to the next
 * whole KiB; lower it as bytes are cut, never raise it silently.
 */
// Raised 73 → 74 KiB the same day, openly: the rows' spoken names (+0.2 KB), CommonMark example 191 and the
// loading states of the filter panel (75,013 B then).
// Raised 74 → 77 KiB the same day, openly, for the issue "Stays fresh": the list's refresh (+2.2 KB) and the
// dialog's polling fallback (+1.0 KB) (78,444 B then).
// Raised 77 → 82 KiB on 2026-12-03, openly: the same design work of "Looks right" (+4.7 KB: 83,282 B then, from
// 78,554 B at 4a5dd65).
// Raised 82 → 84 KiB on 2026-12-03, openly: the same windowing (+2.3 KB: 85,849 B, from 83,551 B).
// Raised by 128 B on 2026-12-04, openly: the window adds rows by what a frame affords, not 3 a side (+110 B: 86,124 B,
// from 86,014 B); after jumps through a long list under a phone's CPU, fewer than half the long tasks.
// Lowered to 83 KiB on 2026-12-04: every stylesheet side by side in the file, and bokmål's view texts beside the rest
// of bokmål (84,694 B then, from 86,144 B).
// Lowered to 82 KiB on 2026-12-04: `static properties` instead of decorators (83,247 B then, from 84,075 B).
// Lowered to 81 KiB the same day: the colour mappings from two lists, plain icon URLs and no relative-time words
// (82,516 B then).
export const IIFE_CEILING_BYTES = 81 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const DS_STRING = /(export const \w+ = )("(?:[^"\\]|\\.)*")/g;
const CSS_BLOCK = /\bcss`[^`]*`/g;
/** A content-hashed chunk as vite.config.ts names it: chunks/<what it holds>-<8-character hash>.js. */
export const HASHED_CHUNK = /^chunks\/[\w.-]+-[\w-]{8}\.js$/;

/** Replaces the CSS text with nothing, keeping the code around it. */
function stubCss() {
  return {
    name: 'size-stub-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/](components|src)[\\/].*\.ts$/.test(id)) return null;
      if (/[\\/]components[\\/].*\.gen\.ts$/.test(id)) return { code: code.replace(DS_STRING, '$1""'), map: null };
      if (CSS_BLOCK.test(code)) return { code: code.replace(CSS_BLOCK, 'css``'), map: null };
      return null;
    },
  };
}

/** Keeps only the outputs of vite.config.ts in these formats ('es', 'iife'); the config's array is edited in place. */
function onlyFormats(formats) {
  return {
    name: 'size-only-formats',
    config(config) {
      const output = config.build?.rolldownOptions?.output;
      if (Array.isArray(output)) config.build.rolldownOptions.output = output.filter((o) => formats.includes(o.format));
    },
  };
}

/** Builds with vite.config.ts in memory; returns the output chunks, each with the format of its output. */
async function buildChunks({ plugins = [], formats } = {}) {
  const format = new Map();
  const tagFormat = {
    name: 'size-format',
    generateBundle(options, files) {
      for (const name of Object.keys(files)) format.set(name, options.format);
    },
  };
  const result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    plugins: [...plugins, tagFormat, ...(formats ? [onlyFormats(formats)] : [])],
    build: { write: false, sourcemap: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk').map((chunk) => ({ chunk, format: format.get(chunk.fileName) }));
}

const gz = (text, level) => gzipSync(Buffer.from(text), { level }).length;
const measure = (text) => ({ raw: Buffer.byteLength(text), gzip6: gz(text, 6), gzip9: gz(text, 9) });
/** What a chunk's content hash should follow: its code (the test compares it with the name across builds). */
const digest = (code) => createHash('sha256').update(code).digest('hex').slice(0, 16);
const sum = (items, key) => items.reduce((n, item) => n + item[key], 0);
/**
 * A chunk across two builds (its name's hash changes with the CSS): the module it is the facade of, else its name.
 * Not the modules it holds: a stubbed CSS module may be inlined and vanish.
 */
const chunkKey = (chunk) => chunk.facadeModuleId ?? `name:${chunk.name}`;
const sourcePath = (id) => {
  const clean = id.replace(/^\0/, '');
  return isAbsolute(clean) ? relative(root, clean).split('\\').join('/') : clean;
};
/** The relative import specifiers in a chunk's code (static `from"./x.js"`, bare `import"./x.js"`, `import("./x.js")`). */
const specifiersIn = (code) => [...code.matchAll(/\b(?:from|import)\s*\(?\s*(["'`])(\.\.?\/[^"'`\s]+)\1/g)].map((m) => m[2]);

/** The files reached from `starts` through `edges` (a chunk's `imports`, or also its `dynamicImports`). */
function closure(starts, byName, edges) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const next of edges(byName.get(name))) visit(next);
  };
  starts.forEach(visit);
  return [...seen];
}

/** Sums a path of files (by name) from the measured chunks. */
function pathOf(names, files) {
  const items = names.map((name) => files.get(name));
  return { files: names, raw: sum(items, 'raw'), gzip6: sum(items, 'gzip6'), gzip9: sum(items, 'gzip9') };
}

export async function measureSizes() {
  const full = await buildChunks();
  const classicBuild = await build({ root, configFile: join(root, 'vite.classic.config.ts'), logLevel: 'silent', build: { write: false, sourcemap: false } });
  const iife = (Array.isArray(classicBuild) ? classicBuild : [classicBuild]).flatMap((r) => r.output).find((o) => o.type === 'chunk');
  const stubbed = await buildChunks({ plugins: [stubCss()], formats: ['es'] });
  const es = full.filter((o) => o.format === 'es').map((o) => o.chunk);
  const entry = es.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the module build has no entry');
  const byName = new Map(es.map((chunk) => [chunk.fileName, chunk]));
  const stubByKey = new Map();
  for (const { chunk } of stubbed) stubByKey.set(chunkKey(chunk), stubByKey.has(chunkKey(chunk)) ? null : chunk); // null: ambiguous

  // The entry loads the core with a dynamic import (after starting the first requests): that one is critical too.
  const critical = closure([entry.fileName], byName, (chunk) => (chunk === entry ? [...chunk.imports, ...chunk.dynamicImports] : chunk.imports));
  const criticalSet = new Set(critical);
  const files = new Map();
  for (const chunk of es) {
    const size = measure(chunk.code);
    const stub = stubByKey.get(chunkKey(chunk)) ?? null;
    const js = stub ? gz(stub.code, BUDGET_LEVEL) : null;
    files.set(chunk.fileName, {
      file: chunk.fileName,
      kind: chunk === entry ? 'entry' : criticalSet.has(chunk.fileName) ? 'critical' : 'lazy',
      ...size,
      digest: digest(chunk.code),
      js,
      css: js === null ? null : size.gzip6 - js,
      stub: stub ? { file: stub.fileName, digest: digest(stub.code) } : null,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      specifiers: specifiersIn(chunk.code),
      modules: Object.entries(chunk.modules)
        .map(([id, info]) => ({ path: sourcePath(id), bytes: info.renderedLength }))
        .sort((a, b) => b.bytes - a.bytes),
    });
  }
  const criticalPath = pathOf(critical, files);
  const criticalFiles = critical.map((name) => files.get(name));
  const measuredJs = criticalFiles.every((f) => f.js !== null);
  criticalPath.js = measuredJs ? sum(criticalFiles, 'js') : null;
  criticalPath.css = measuredJs ? criticalPath.gzip6 - criticalPath.js : null;

  // A page in another language also fetches that language's chunk (and what it imports that is not critical yet).
  const languages = {};
  for (const chunk of es) {
    const lang = chunk.facadeModuleId?.match(/[\\/]src[\\/]i18n[\\/](\w+)\.ts$/)?.[1];
    if (!lang || !chunk.isDynamicEntry) continue;
    const names = closure([...critical, chunk.fileName], byName, (c) => c.imports);
    languages[lang] = { ...pathOf(names, files), extra: names.filter((name) => !criticalSet.has(name)) };
  }

  // A page without a Designsystemet theme also fetches the fallback theme (the entry asks for it beside the core).
  const theme = es.find((chunk) => chunk.name === 'ds-theme.gen');
  const unthemed = theme ? { ...pathOf([...critical, theme.fileName], files), extra: [theme.fileName] } : null;

  // Where the client sends the first search itself (a token provider, a folder or filters chosen, more parties than
  // one search takes), the entry fetches ky too; where the entry sends it the first rows do not need ky.
  const ky = es.find((chunk) => chunk.name === 'ky-code');
  const ownSearch = ky ? { ...pathOf([...critical, ky.fileName], files), extra: [ky.fileName] } : null;

  const all = [...files.values()];
  const total = { files: all.length, raw: sum(all, 'raw'), gzip6: sum(all, 'gzip6'), gzip9: sum(all, 'gzip9') };
  const classic = iife ? { file: iife.fileName, ...measure(iife.code) } : null;
  const checks = [
    { id: 'critical', name: 'critical path ≤ 40 KiB target', bytes: criticalPath.gzip6, budget: CRITICAL_CEILING_BYTES, enforced: true },
    { id: 'total', name: 'all module files ≤ interim ceiling', bytes: total.gzip6, budget: TOTAL_CEILING_BYTES, enforced: true },
    { id: 'totalTarget', name: 'all module files ≤ 72 KiB target', bytes: total.gzip6, budget: TOTAL_BUDGET_BYTES, enforced: false },
    { id: 'iife', name: 'classic script ≤ interim ceiling', bytes: classic?.gzip6 ?? Infinity, budget: IIFE_CEILING_BYTES, enforced: true },
    { id: 'iifeTarget', name: 'classic script ≤ 72 KiB target', bytes: classic?.gzip6 ?? Infinity, budget: IIFE_BUDGET_BYTES, enforced: false },
  ].map((check) => ({ ...check, ok: check.bytes <= check.budget, over: check.bytes - check.budget }));
  return {
    level: BUDGET_LEVEL,
    budgets: {
      criticalTarget: CRITICAL_TARGET_BYTES,
      criticalCeiling: CRITICAL_CEILING_BYTES,
      total: TOTAL_BUDGET_BYTES,
      totalCeiling: TOTAL_CEILING_BYTES,
      iife: IIFE_BUDGET_BYTES,
      iifeCeiling: IIFE_CEILING_BYTES,
    },
    entry: entry.fileName,
    critical: criticalPath,
    languages,
    unthemed,
    ownSearch,
    chunks: all,
    total,
    iife: classic,
    checks,
    ok: checks.every((check) => !check.enforced || check.ok),
  };
}

const bytes = (n) => (n === null ? '?' : n.toLocaleString('en-US'));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

function grid(head, body) {
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), ...body.map(line)].join('\n');
}

/** The report as text; `verbose` lists every module of every chunk instead of the largest few. */
export function table(sizes, { verbose = false } = {}) {
  const file = (name) => sizes.chunks.find((c) => c.file === name);
  const out = [];
  out.push(`Critical path: ${sizes.entry} and what it imports statically (fetched before the first row), gzip -${sizes.level}`);
  out.push(grid(['', 'minified', 'gzip', 'JS', 'CSS'], [
    ...sizes.critical.files.map((name) => { const f = file(name); return [`dist/${name}`, bytes(f.raw), bytes(f.gzip6), bytes(f.js), bytes(f.css)]; }),
    [`critical path, ${sizes.critical.files.length} files`, bytes(sizes.critical.raw), bytes(sizes.critical.gzip6), bytes(sizes.critical.js), bytes(sizes.critical.css)],
    ...Object.entries(sizes.languages).map(([lang, path]) => [`  page in ${lang} (+ ${path.extra.join(', ')})`, bytes(path.raw), bytes(path.gzip6), '', '']),
    ...(sizes.unthemed ? [[`  page without a theme (+ ${sizes.unthemed.extra.join(', ')})`, bytes(sizes.unthemed.raw), bytes(sizes.unthemed.gzip6), '', '']] : []),
    ...(sizes.ownSearch ? [[`  the client's own first search (+ ${sizes.ownSearch.extra.join(', ')})`, bytes(sizes.ownSearch.raw), bytes(sizes.ownSearch.gzip6), '', '']] : []),
  ]));
  if (sizes.critical.css !== null) out.push(`CSS share of the critical path: ${((100 * sizes.critical.css) / sizes.critical.gzip6).toFixed(1)}% (what the CSS adds to the gzip)`);

  out.push('', `Chunks of the module build (dist/), largest first; modules by rendered bytes before minification`);
  const chunks = [...sizes.chunks].sort((a, b) => b.gzip6 - a.gzip6);
  const rows = [];
  for (const c of chunks) {
    rows.push([`dist/${c.file}`, c.kind, bytes(c.raw), bytes(c.gzip6)]);
    const shown = verbose ? c.modules : c.modules.slice(0, 4);
    for (const m of shown) rows.push([`    ${m.path}`, '', bytes(m.bytes), '']);
    if (shown.length < c.modules.length) rows.push([`    … ${c.modules.length - shown.length} more (--verbose)`, '', '', '']);
  }
  rows.push([`all module files, ${sizes.total.files}`, '', bytes(sizes.total.raw), bytes(sizes.total.gzip6)]);
  if (sizes.iife) rows.push([`dist/${sizes.iife.file} (classic script)`, '', bytes(sizes.iife.raw), bytes(sizes.iife.gzip6)]);
  out.push(grid(['', 'kind', 'minified', 'gzip'], rows));
  return out.join('\n');
}

/** One line per budget: within (and by how much) or missed (and by how much). */
export function verdicts(sizes) {
  return sizes.checks.map((c) => {
    const figure = `${bytes(c.bytes)} B gzip (${kb(c.bytes)}), budget ${bytes(c.budget)} B (${kb(c.budget)})`;
    if (c.ok) return `✓ ${c.name}: ${figure}, ${bytes(-c.over)} B to spare`;
    if (c.enforced) return `✗ ${c.name}: ${figure}, over by ${bytes(c.over)} B`;
    return `! ${c.name}: ${figure}, still missed by ${bytes(c.over)} B (not enforced yet: CI enforces the interim ceiling)`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSizes();
  const json = process.argv.includes('--json');
  if (json) console.log(JSON.stringify(sizes, null, 2));
  else console.log(`${table(sizes, { verbose: process.argv.includes('--verbose') })}\n`);
  // With --json, stdout is the JSON alone; the verdicts go to stderr.
  for (const line of verdicts(sizes)) (json || line.startsWith('✗') ? console.error : console.log)(line);
  if (!sizes.ok) process.exit(1);
}
