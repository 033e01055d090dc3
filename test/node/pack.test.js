// The npm package as a consumer gets it: build the npm output, `npm pack` a real tarball, check what is
// in it, unpack it into a throw-away project (no network: its dependencies are linked from this repo's
// node_modules) and prove that the exports resolve, the types check, bare imports bundle, and that
// importing only the classes registers nothing (`sideEffects`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { findChromium } from '../find-chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Every element: a components/<tag>/ folder with a define.ts. */
const TAGS = readdirSync(join(root, 'components'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(join(root, 'components', d.name, 'define.ts')))
  .map((d) => d.name);
/** The elements the README documents in full; their manifest entries must have every kind of doc. */
const CORE = ['dialog-inbox', 'dialog-list', 'dialog-view', 'dialog-actions'];

let temp;
let project;
let installed;
let packed;

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

before(() => {
  // `npm test` has just built the script-tag bundles; build them only when missing (other tests read them).
  if (!existsSync(join(root, 'dist/dialog-inbox.js')) || !existsSync(join(root, 'dist/dialog-inbox.iife.js'))) {
    sh(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
  }
  // The npm output is only read here: build it fresh, so the package matches the sources.
  sh(process.execPath, ['scripts/build-npm.mjs']);

  temp = mkdtempSync(join(tmpdir(), 'dialog-inbox-pack-'));
  // --ignore-scripts: the build above is current, and `prepack` would rebuild the bundles other tests read.
  const out = sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp]);
  packed = JSON.parse(out.slice(out.indexOf('[')))[0];

  // A consumer project: the tarball unpacked as node_modules/dialog-inbox, and exactly the package's
  // declared dependencies linked from this repo (their own dependencies resolve from where they live).
  // A bare import the package does not declare therefore fails to resolve.
  project = join(temp, 'consumer');
  installed = join(project, 'node_modules/dialog-inbox');
  mkdirSync(installed, { recursive: true });
  sh('tar', ['-xzf', join(temp, packed.filename), '-C', installed, '--strip-components=1']);
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
});

after(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

test('the tarball holds the builds, types, manifest and docs, and nothing else', () => {
  const files = packed.files.map((f) => f.path);
  const forbidden = files.filter(
    (f) =>
      /^(test|demo|node_modules|scripts|stories|components|src|\.ci|\.tmp|coverage|storybook-static)\//.test(f) ||
      /(^|\/)node_modules\//.test(f) ||
      (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) ||
      /\.test\.|\.stories\.|tsconfig|vite\.config|web-test-runner/.test(f),
  );
  assert.deepEqual(forbidden, [], 'no sources, tests, demo or tooling in the package');
  const required = [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'dist/dialog-inbox.js',
    'dist/dialog-inbox.iife.js',
    'dist/custom-elements.json',
    'dist/npm/components/index.js',
    'dist/npm/components/index.d.ts',
    'dist/npm/components/define.js',
    'dist/npm/components/define.d.ts',
    ...TAGS.flatMap((tag) => [`dist/npm/components/${tag}/define.js`, `dist/npm/components/${tag}/define.d.ts`]),
    'dist/npm/src/api/client.js',
    'dist/npm/src/api/client.d.ts',
  ];
  if (existsSync(join(root, 'LICENSE'))) required.push('LICENSE');
  assert.deepEqual(required.filter((f) => !files.includes(f)), [], 'missing from the package');
  // Every JavaScript module of the npm build has its declarations.
  const js = files.filter((f) => f.startsWith('dist/npm/') && f.endsWith('.js'));
  assert.deepEqual(js.filter((f) => !files.includes(f.replace(/\.js$/, '.d.ts'))), [], 'modules without .d.ts');
  // Every path package.json points at is in the package (`*` in sideEffects: at least one file).
  // (`sideEffects` also names the sources' define modules, for builds of this repo: vite reads it too.)
  const shipped = pkg.sideEffects.filter((p) => !/^\.\/components\/.*\.ts$/.test(p));
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...shipped, ...exportTargets(pkg.exports)];
  const matches = (target) => {
    const pattern = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
    return files.some((f) => pattern.test(f));
  };
  assert.deepEqual(targets.filter((t) => !matches(t)), [], 'package.json points at missing files');
  console.log(`${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
});

test('every element has its own define entry in the exports map', () => {
  assert.ok(TAGS.length >= CORE.length, `elements found: ${TAGS}`);
  const missing = TAGS.filter((tag) => !pkg.exports[`./${tag}/define.js`]);
  assert.deepEqual(missing, [], 'add "./<tag>/define.js" to "exports" in package.json for');
});

test('the npm build (JavaScript and declarations) imports only its declared dependencies', () => {
  const allowed = Object.keys(pkg.dependencies ?? {});
  const bad = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js') || path.endsWith('.d.ts')) {
        const code = readFileSync(path, 'utf8');
        // TypeScript's scanner lists static, dynamic and type-position imports (`import("x").T`).
        for (const { fileName: spec } of ts.preProcessFile(code, true, true).importedFiles) {
          if (spec.startsWith('.')) {
            if (!/\.js$/.test(spec)) bad.push(`${relative(installed, path)}: ${spec} (relative imports need .js)`);
            continue;
          }
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!allowed.includes(name)) bad.push(`${relative(installed, path)}: ${spec}`);
        }
      }
    }
  };
  walk(join(installed, 'dist/npm'));
  assert.deepEqual(bad, []);
});

test('a consumer resolves every export and imports custom-elements.json', () => {
  writeFileSync(
    join(project, 'resolve.mjs'),
    `const keys = ${JSON.stringify(Object.keys(pkg.exports))};
const resolved = Object.fromEntries(keys.map((key) => [key, import.meta.resolve('dialog-inbox' + key.slice(1))]));
const { default: manifest } = await import('dialog-inbox/custom-elements.json', { with: { type: 'json' } });
console.log(JSON.stringify({ resolved, manifest }));
`,
  );
  const { resolved, manifest } = JSON.parse(sh(process.execPath, ['resolve.mjs'], { cwd: project }));
  for (const [key, url] of Object.entries(resolved)) {
    const file = fileURLToPath(url);
    assert.ok(file.startsWith(installed), `${key} resolves inside the package (${file})`);
    assert.ok(existsSync(file), `${key} → ${relative(installed, file)} exists`);
  }
  assert.equal(relative(installed, fileURLToPath(resolved['.'])), 'dist/npm/components/index.js');
  assert.equal(relative(installed, fileURLToPath(resolved['./dialog-inbox.js'])), 'dist/dialog-inbox.js');
  for (const tag of TAGS) assert.equal(relative(installed, fileURLToPath(resolved[`./${tag}/define.js`])), `dist/npm/components/${tag}/define.js`);

  // The manifest describes every element, with paths into the published package.
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })));
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [...TAGS].sort());
  for (const d of elements) {
    assert.ok(existsSync(join(installed, d.path)), `${d.tagName}: ${d.path} is in the package`);
    assert.ok(d.summary || d.description, `${d.tagName} has a summary`);
    if (!CORE.includes(d.tagName)) continue;
    assert.ok(d.attributes?.length, `${d.tagName} has attributes`);
    assert.ok(d.members?.some((m) => m.kind === 'field' && m.name === 'lang'), `${d.tagName} has properties`);
    assert.ok(d.events?.length && d.events.every((e) => /^dialog-/.test(e.name) && e.type?.text), `${d.tagName} has typed events`);
    assert.ok(d.cssParts?.length, `${d.tagName} has css parts`);
    assert.ok(d.cssProperties?.length, `${d.tagName} has css custom properties`);
  }
  assert.ok(elements.find((d) => d.tagName === 'dialog-inbox').slots?.length, '<dialog-inbox> documents its slot');
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  assert.deepEqual([...new Set(definitions.map((e) => e.name))].sort(), [...TAGS].sort());
});

test('the declarations type-check in a consumer (moduleResolution nodenext, lib check on)', () => {
  writeFileSync(
    join(project, 'consumer.ts'),
    `import { DialogInboxElement, DialogListElement, DialogSelectEvent, DialogViewElement, DialogPartyPickerElement, DialogportenClient, type Dialog, type MessageOverrides } from 'dialog-inbox';
// The inbox's define entry registers all five tags, so it declares all five.
import 'dialog-inbox/dialog-inbox/define.js';

const inbox: DialogInboxElement = document.createElement('dialog-inbox');
inbox.apiBaseUrl = 'https://portal.example.no';
inbox.tokenProvider = async () => 'token';
const list: DialogListElement = document.createElement('dialog-list');
const view: DialogViewElement | null = document.querySelector('dialog-view');
const picker: DialogPartyPickerElement | null = document.querySelector('dialog-party-picker');
view?.close();
inbox.addEventListener('dialog-select', (event: DialogSelectEvent) => console.log(event.detail.dialogId));
// Events are typed where the README says to listen: on the document and the window too.
document.addEventListener('dialog-select', (event) => console.log(event.detail.dialogId));
window.addEventListener('dialog-close', (event) => console.log(event.detail.reason));
document.addEventListener('dialog-filter-change', (event) => console.log(event.detail.orderBy));
const texts: MessageOverrides = { emptyTitle: 'Tomt', status: { Completed: 'Ferdig' } };
inbox.messages = texts;
export { picker };
export const client = new DialogportenClient({ baseUrl: 'https://portal.example.no' });
export const title = (dialog: Dialog) => dialog.id;
export { list };
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: project });
});

test('bundlers resolve the bare imports, and tree-shaking an import of the classes registers nothing', async () => {
  const esbuild = await import('esbuild');
  const bundle = async (name, source) => {
    writeFileSync(join(project, name), source);
    const result = await esbuild.build({
      absWorkingDir: project,
      entryPoints: [name],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((p) => p.replace(/\\/g, '/'));
    return { code: result.outputFiles[0].text, inputs, ours: inputs.filter((p) => p.includes('node_modules/dialog-inbox/')) };
  };

  // The classes alone: nothing registers, no define module is even included.
  const classes = await bundle('classes.js', `export { DialogInboxElement, DialogListElement, DialogViewElement, DialogActionsElement } from 'dialog-inbox';\n`);
  assert.ok(classes.ours.some((p) => p.endsWith('dialog-inbox/dialog-inbox.js')));
  assert.deepEqual(classes.ours.filter((p) => p.endsWith('/define.js')), []);
  assert.doesNotMatch(classes.code, /customElements\.define\(/);
  assert.ok(classes.inputs.some((p) => /node_modules\/(lit|lit-element|@lit\/reactive-element)\//.test(p)), 'lit is bundled from the dependency');

  // A bare side-effect import of the classes entry keeps nothing at all.
  const bare = await bundle('bare.js', `import 'dialog-inbox';\n`);
  assert.ok(bare.code.trim().length < 100, `\`import 'dialog-inbox'\` should bundle to nothing, got ${bare.code.length} bytes`);

  // A class plus one element's registration: only that registration.
  const consumer = await bundle(
    'consumer.js',
    `import { DialogInboxElement } from 'dialog-inbox';\nimport 'dialog-inbox/dialog-list/define.js';\nwindow.consumerInbox = DialogInboxElement;\n`,
  );
  const defines = consumer.ours.filter((p) => p.endsWith('/define.js')).map((p) => p.slice(p.indexOf('dist/npm/')));
  assert.deepEqual(defines.sort(), ['dist/npm/components/dialog-list/define.js', 'dist/npm/components/shared/define.js']);

  // And in a browser: <dialog-list> is registered, nothing else; the class works under the consumer's own tag.
  const executablePath = findChromium();
  if (!executablePath) return; // `npm test` installs Chromium first; without one the static checks above stand.
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('about:blank');
    await page.addScriptTag({ content: consumer.code, type: 'module' });
    const state = await page.evaluate(async () => {
      const registered = ['dialog-inbox', 'dialog-list', 'dialog-view', 'dialog-actions'].filter((tag) => customElements.get(tag));
      customElements.define('my-inbox', window.consumerInbox);
      const el = document.createElement('my-inbox');
      document.body.append(el);
      await el.updateComplete;
      return { registered, rendered: Boolean(el.shadowRoot) };
    });
    assert.deepEqual(state, { registered: ['dialog-list'], rendered: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

function exportTargets(node) {
  if (typeof node === 'string') return [node];
  return Object.values(node ?? {}).flatMap(exportTargets);
}
