// The parts an element's templates use, the parts it documents (JSDoc @csspart → custom-elements.json) and the
// parts it exports from inside the inbox (components/shared/parts.ts) are the same set, so none is undocumented
// and none is unreachable from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const partsSource = read('components/shared/parts.ts');
const declared = (key) => new Set(new RegExp(`\\b${key}: '([^']+)'`).exec(partsSource)[1].split(' '));
/** Parts the shared template helpers render: the status tag; the error alert and its login button. */
const SHARED = { 'statusTag(': ['status'], 'errorAlert(': ['error', 'login'] };

function templateParts(folder) {
  const found = new Set();
  for (const file of readdirSync(new URL(`components/${folder}/`, root)).filter((f) => f.endsWith('.ts'))) {
    const text = read(`components/${folder}/${file}`);
    for (const [, name] of text.matchAll(/\bpart="([\w-]+)"/g)) found.add(name);
    // part=${part}: the dynamic ones are passed in as string literals (renderAttachments(…, 'attachments'), the bulk
    // actions as buttons or menu items).
    for (const [, name] of text.matchAll(/'((?:main|transmission)-content|attachments|bulk-(?:menu-)?action)'/g)) found.add(name);
    for (const [helper, names] of Object.entries(SHARED)) if (text.includes(helper)) names.forEach((n) => found.add(n));
  }
  return found;
}
const jsdocParts = (file) => new Set([...read(file).matchAll(/^ \* @csspart ([\w-]+) - /gm)].map((m) => m[1]));
const sorted = (set) => [...set].sort();

for (const [key, folder] of [['list', 'dialog-list'], ['view', 'dialog-view'], ['actions', 'dialog-actions'], ['picker', 'dialog-party-picker']]) {
  test(`<${folder}>: its templates' parts are documented and exported`, () => {
    const inTemplates = templateParts(folder);
    const exported = declared(key);
    const documented = jsdocParts(`components/${folder}/${folder}.ts`);
    assert.deepEqual(sorted(exported), sorted(inTemplates), `PARTS.${key} vs the parts in components/${folder}/`);
    assert.deepEqual(sorted(documented), sorted(exported), `JSDoc @csspart of ${folder} vs PARTS.${key}`);
  });
}

test('custom-elements.json carries every part, one per @csspart line', () => {
  // Analysed afresh, as `npm run analyze` does, but into a folder of its own (the pack test builds dist/ meanwhile).
  // The analyzer takes `outdir` relative to the working directory.
  const cwd = fileURLToPath(root);
  mkdirSync(join(cwd, '.tmp'), { recursive: true });
  const out = relative(cwd, mkdtempSync(join(cwd, '.tmp', 'cem-')));
  const config = join(cwd, out, 'config.mjs');
  writeFileSync(config, `import c from ${JSON.stringify(new URL('custom-elements-manifest.config.mjs', root).href)};\nexport default { ...c, outdir: ${JSON.stringify(out)} };\n`);
  const cem = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--config', config], { cwd, encoding: 'utf8' });
  assert.equal(cem.status, 0, cem.stderr);
  const manifest = JSON.parse(readFileSync(join(cwd, out, 'custom-elements.json'), 'utf8'));
  const decl = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  rmSync(join(cwd, out), { recursive: true, force: true });
  for (const [key, tag] of [['list', 'dialog-list'], ['view', 'dialog-view'], ['picker', 'dialog-party-picker']]) {
    assert.deepEqual(sorted(new Set(decl(tag).cssParts.map((p) => p.name))), sorted(declared(key)), tag);
  }
});

test('every --dialog-* custom property the styles read is documented (@cssprop)', () => {
  const files = readdirSync(new URL('components/', root), { recursive: true }).filter((f) => f.endsWith('.ts'));
  const text = files.map((f) => read(`components/${f}`)).join('\n');
  const used = new Set([...text.matchAll(/var\((--dialog-[a-z-]+)/g)].map((m) => m[1]));
  const documented = new Set([...text.matchAll(/^ \* @cssprop (--dialog-[a-z-]+) - /gm)].map((m) => m[1]));
  assert.deepEqual(sorted(used), sorted(documented));
  for (const name of used) assert.ok(read('README.md').includes(`\`${name}\``), `${name} is in the README`);
});
