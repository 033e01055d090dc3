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
