// The script-tag build's chunk graph (dist/, built by `npm test` before this runs): no lazy chunk imports another
// lazy chunk, only the core. Chromium keeps a failed module for the page under its URL, and a retry asks again only
// for the chunk imported (docs/chunks.md): a chunk that imported a lazy chunk which had failed could not be loaded
// again until a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
/** The chunks a chunk imports statically (`import"./x.js"`, `from"./x.js"`; dynamic imports are `import(`). */
const staticImports = (code) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);

test('every lazy chunk imports only the core, statically', () => {
  const chunks = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const core = chunks.find((name) => name.startsWith('core-'));
  assert.ok(core, `a core chunk among ${chunks.join(' ')}`);
  assert.ok(chunks.length > 5, 'the lazy chunks are there');
  const graph = Object.fromEntries(chunks.map((name) => [name, staticImports(readFileSync(dir + name, 'utf8'))]));
  assert.deepEqual(graph[core], [], 'the core imports no chunk statically');
  for (const [name, imports] of Object.entries(graph)) {
    if (name === core) continue;
    assert.deepEqual(imports.filter((x) => x !== core), [], `${name} imports only the core`);
  }
});

test('dist/preload.json names the chunks every page fetches before its first row, and they exist', () => {
  const { modulepreload } = JSON.parse(readFileSync(new URL('../../dist/preload.json', import.meta.url), 'utf8'));
  const entry = readFileSync(new URL('../../dist/dialog-inbox.js', import.meta.url), 'utf8');
  const chunks = readdirSync(dir).filter((name) => name.endsWith('.js'));
  // What the entry imports whatever the page (a literal `import("./chunks/…")` that is not the operand of a condition:
  // the minifier writes `theme&&import("./chunks/fallback-theme-…")`), the core, and their static imports.
  const start = [...entry.matchAll(/(?<![&|?:]\s*)import\(\s*["'`]\.\/chunks\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
  const critical = new Set([...start, chunks.find((name) => name.startsWith('core-'))]);
  for (const name of critical) for (const dep of staticImports(readFileSync(dir + name, 'utf8'))) critical.add(dep);
  assert.deepEqual(modulepreload, [...critical].sort().map((name) => `chunks/${name}`));
  for (const file of modulepreload) assert.ok(chunks.includes(file.replace('chunks/', '')), `${file} is in dist/chunks`);
});

// Bokmål's texts that only a chunk reads (the dialog view's, the list's extras', the party picker's:
// src/i18n/{view,extras,picker}-nb.ts) are in that chunk, not in the core: the core's bokmål lacks them until the
// chunk's code has run. Code in the core that read one would show nothing in bokmål.
test('the core reads none of the texts only a chunk brings', () => {
  const core = readdirSync(dir).find((name) => /^core-.*\.js$/.test(name));
  const code = readFileSync(dir + core, 'utf8');
  for (const part of ['view', 'extras', 'picker']) {
    const keys = [...readFileSync(new URL(`../../src/i18n/${part}-en.ts`, import.meta.url), 'utf8').matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    assert.ok(keys.length > 5, `${part}: ${keys.length} texts`);
    // Minified code keeps property names: `e.history`, `e["history"]`, `{history:e}` (a destructuring).
    const read = keys.filter((key) => new RegExp(`\\.${key}\\b|\\[["'\`]${key}["'\`]\\]|[{,]${key}:[a-zA-Z_$]`).test(code));
    assert.deepEqual(read, [], `texts of ${part} that the core reads`);
  }
  for (const text of ['Hvem har sett den?', 'Velg alle som vises', 'Velg ingen']) assert.ok(!code.includes(text), `«${text}» is not in the core`);
});
