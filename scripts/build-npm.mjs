// The npm build: JavaScript + declarations for components/ and src/ into dist/npm/ (tsc with
// tsconfig.build.json; bare imports of lit, @lit/context and ky stay bare), then custom-elements.json
// into dist/ (@custom-elements-manifest/analyzer with custom-elements-manifest.config.mjs).
// The script-tag bundles (dist/dialog-inbox.js, dist/dialog-inbox.iife.js) come from `vite build`;
// `npm run build` runs both.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Where tsc infers a type (a `render()` without a return type), the declarations name the module that
 * defines it: `import("lit-html").TemplateResult`. The package depends on `lit` only, so a consumer
 * with a strict package manager (pnpm) cannot resolve `lit-html`. `lit` re-exports lit-html, lit-element
 * and @lit/reactive-element, so such references are pointed at `lit`; annotating the return types in
 * the components (`render(): TemplateResult` imported from 'lit') makes this a no-op.
 */
const LIT_SUBPATHS = {
  'lit-html': 'lit',
  'lit-html/lit-html.js': 'lit',
  'lit-html/is-server.js': 'lit',
  'lit-html/directive.js': 'lit/directive.js',
  'lit-html/async-directive.js': 'lit/async-directive.js',
  'lit-html/directive-helpers.js': 'lit/directive-helpers.js',
  'lit-html/static.js': 'lit/static-html.js',
  'lit-element': 'lit',
  'lit-element/lit-element.js': 'lit',
  '@lit/reactive-element': 'lit',
  '@lit/reactive-element/reactive-element.js': 'lit',
  '@lit/reactive-element/css-tag.js': 'lit',
};
function litTypeReferences() {
  let count = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.d.ts')) {
        const text = readFileSync(path, 'utf8');
        const fixed = text.replace(/(import\(|from )(["'])((?:lit-html|lit-element|@lit\/reactive-element)(?:\/[\w./-]+)?)\2/g, (all, lead, quote, spec) => {
          const target = LIT_SUBPATHS[spec] ?? (spec.startsWith('lit-html/directives/') ? spec.replace('lit-html/', 'lit/') : null);
          if (!target) throw new Error(`${path}: a type reference to ${spec}, which the package does not depend on`);
          count++;
          return `${lead}${quote}${target}${quote}`;
        });
        if (fixed !== text) writeFileSync(path, fixed);
      }
    }
  };
  walk(fileURLToPath(new URL('../dist/npm', import.meta.url)));
  if (count) console.log(`  (${count} inferred type references to lit-html/lit-element pointed at lit)`);
}

/**
 * Hand-written JavaScript modules in src/ and components/ (e.g. src/state/system-labels.js, which the demo's Node
 * servers import too) each come with a hand-written `.d.ts` beside them. tsc emits neither (no allowJs, and
 * declaration files are inputs only), so both are copied as they are, next to the modules that import them.
 */
function copyJavaScriptModules() {
  const copied = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const types = path.replace(/\.js$/, '.d.ts');
        if (!existsSync(types)) throw new Error(`${relative(root, path)} has no ${relative(root, types)}: write its declarations by hand`);
        for (const file of [path, types]) {
          const to = join(root, 'dist/npm', relative(root, file));
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(file, to);
        }
        copied.push(relative(root, path));
      }
    }
  };
  for (const dir of ['src', 'components']) walk(join(root, dir));
  if (copied.length) console.log(`  (copied with their .d.ts: ${copied.join(', ')})`);
}

// A clean output directory, so a module deleted from the sources is not published from an old build.
rmSync(new URL('../dist/npm', import.meta.url), { recursive: true, force: true });
run('dist/npm: JavaScript and declarations (tsc -p tsconfig.build.json)', bin('tsc'), ['-p', 'tsconfig.build.json', '--noEmitOnError']);
copyJavaScriptModules();
litTypeReferences();
run('dist/custom-elements.json (custom-elements-manifest analyzer)', bin('cem'), [
  'analyze',
  '--litelement',
  '--quiet',
  '--config',
  'custom-elements-manifest.config.mjs',
]);
