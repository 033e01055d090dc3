// Size budget of the script-tag bundle: `npm run size` (CI runs it through test/node/size.test.js).
//
// Budget: dist/dialog-inbox.js, the whole bundle (JavaScript with the embedded CSS), must stay at or
// under 50 KiB (51,200 bytes) gzipped with Node's zlib at its default level 6, which is what servers
// and CDNs typically use. Level 9 is reported alongside for reference only. Exit 1 when over.
//
// Method. The bundles are built in memory from the sources with the same vite.config.ts that writes
// dist/, so the numbers always match the code (and running this never touches dist/). The CSS is
// embedded in the JavaScript as strings, so "JS" and "CSS" are measured by building the ES bundle a
// second time with the CSS stubbed out: the Designsystemet strings in components/shared/ds-css.gen.ts
// become "" and every css`…` block in components/ and src/ becomes css``. Then
//   JS  = gzip(bundle without CSS)
//   CSS = gzip(bundle) − gzip(bundle without CSS)   (what the CSS adds to the download)
// gzip is not additive, so JS + CSS equals the total by construction, and "CSS alone" (the extracted CSS
// text gzipped on its own) is printed as a cross-check.
//
// Usage: node scripts/size.mjs [--json]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCss } from './minify-templates.mjs';

/** The product's target (issue 6): the whole script-tag bundle, JavaScript and CSS, at most 50 KiB gzip. */
export const TARGET_BYTES = 50 * 1024;
/**
 * What CI enforces today: an interim ceiling, because the bundle with every feature of the issues is over the
 * target (see CHANGELOG.md). It stops any growth; lower it as the bundle shrinks, never raise it silently.
 */
// Raised 63 → 64 KiB on 2026-11-23, openly (CHANGELOG.md): +1.4 KB gzip for focus that is never lost, recovery
// from failures (410, failed refresh, expired dialog token, 401), menus by arrow keys and messages that follow
// the language.
// Raised 64 → 66 KiB on 2026-11-23 (second session), openly (CHANGELOG.md): +1.2 KB gzip for fixes from three
// reviews: parts exported from inside the inbox (the part names), dialog-close on every way out, text overrides
// merged by group, lang on content in another language, the row menu's expanded state, action events without
// the dialog token, actions and embeds refused on the API's origin, forced-colours and RTL styles.
// Raised 66 → 67 KiB on 2026-12-02, openly (CHANGELOG.md): +1.6 KB gzip for the one inbox store (issue "One inbox
// store"): the store, its controller and context provider, tasks, query attributes, the list's modules. The
// "Load what is used" issue replaces this single-file ceiling with a critical path and per-chunk budgets.
// Raised 67 → 69 KiB the same day, openly: +1.5 KB gzip for searching every party in batches of the API's cap
// and merging them (issue "All parties at any count"); 68.0 KiB then.
// Raised 69 → 72 KiB on 2026-12-02 (next session): the "Load what is used" issue sets 72 KiB gzip as the budget for
// all module chunks together and for the classic script; the single file is held to that until it is split.
export const BUDGET_BYTES = 72 * 1024;
export const BUDGET_LEVEL = 6;

const root = fileURLToPath(new URL('..', import.meta.url));
const DS_STRING = /(export const \w+ = )("(?:[^"\\]|\\.)*")/g;
const CSS_BLOCK = /\bcss`[^`]*`/g;

/** Replaces the CSS text with nothing, keeping the code around it. */
function stubCss() {
  return {
    name: 'size-stub-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/](components|src)[\\/].*\.ts$/.test(id)) return null;
      if (id.endsWith('ds-css.gen.ts')) return { code: code.replace(DS_STRING, '$1""'), map: null };
      if (CSS_BLOCK.test(code)) return { code: code.replace(CSS_BLOCK, 'css``'), map: null };
      return null;
    },
  };
}

/** Builds with vite.config.ts in memory; returns { fileName: code } for the chunks. */
export async function bundle({ plugins = [], formats } = {}) {
  const result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    plugins,
    build: { write: false, sourcemap: false, ...(formats ? { lib: { formats } } : {}) },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return Object.fromEntries(outputs.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o.code]));
}

/** The CSS text in the sources, as the bundle embeds it (our css`` blocks minified). */
function cssText() {
  const parts = [];
  for (const match of readFileSync(join(root, 'components/shared/ds-css.gen.ts'), 'utf8').matchAll(DS_STRING)) parts.push(JSON.parse(match[2]));
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.gen.ts') && !path.endsWith('.d.ts')) {
        // Minified, as scripts/minify-templates.mjs does for the bundle (no css`` block has expressions).
        for (const match of readFileSync(join(root, path), 'utf8').matchAll(CSS_BLOCK)) parts.push(minifyCss(match[0].slice(4, -1)));
      }
    }
  };
  walk('components');
  walk('src');
  return parts.join('\n');
}

const gz = (text, level) => gzipSync(Buffer.from(text), { level }).length;
const measure = (text) => ({ raw: Buffer.byteLength(text), gzip6: gz(text, 6), gzip9: gz(text, 9) });

export async function measureSizes() {
  const full = await bundle();
  const esName = Object.keys(full).find((name) => name.endsWith('.js') && !name.includes('.iife.'));
  const iifeName = Object.keys(full).find((name) => name.includes('.iife.'));
  const stripped = await bundle({ plugins: [stubCss()], formats: ['es'] });
  const total = measure(full[esName]);
  const js = measure(Object.values(stripped)[0]);
  const css = { raw: total.raw - js.raw, gzip6: total.gzip6 - js.gzip6, gzip9: total.gzip9 - js.gzip9 };
  return {
    budget: { bytes: BUDGET_BYTES, level: BUDGET_LEVEL },
    bundle: { file: `dist/${esName}`, ...total },
    js,
    css,
    cssAlone: measure(cssText()),
    iife: iifeName ? { file: `dist/${iifeName}`, ...measure(full[iifeName]) } : null,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

export function table(sizes) {
  const rows = [
    [`${sizes.bundle.file} (budget)`, sizes.bundle],
    ['  JavaScript (CSS stubbed out)', sizes.js],
    ['  CSS (what it adds)', sizes.css],
    ['  CSS alone, for reference', sizes.cssAlone],
    ...(sizes.iife ? [[sizes.iife.file, sizes.iife]] : []),
  ];
  const head = ['', 'minified', 'gzip -6', 'gzip -9'];
  const body = rows.map(([label, s]) => [label, kb(s.raw), kb(s.gzip6), kb(s.gzip9)]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSizes();
  const over = sizes.bundle.gzip6 > BUDGET_BYTES;
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
  else console.log(table(sizes));
  const verdict = `${sizes.bundle.file}: ${sizes.bundle.gzip6} bytes gzip (level ${BUDGET_LEVEL}); budget ${BUDGET_BYTES} bytes (${kb(BUDGET_BYTES)})`;
  if (over) {
    console.error(`✗ over the size budget by ${sizes.bundle.gzip6 - BUDGET_BYTES} bytes — ${verdict}`);
    process.exit(1);
  }
  (process.argv.includes('--json') ? console.error : console.log)(`✓ within the size budget, ${BUDGET_BYTES - sizes.bundle.gzip6} bytes to spare — ${verdict}`);
  const gap = sizes.bundle.gzip6 - TARGET_BYTES;
  if (gap > 0) console.warn(`! the 50 KiB target is still missed by ${gap} bytes (the interim ceiling above is what CI enforces)`);
}
