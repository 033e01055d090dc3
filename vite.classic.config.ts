import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';

// The classic script, dist/dialog-inbox.iife.js: everything in one file, every element defined at once. Built after
// the module build by vite.config.ts (and measured by scripts/size.mjs).
/**
 * `import('./x.js')` becomes a static import (`Promise.resolve(namespace)`): in one file, a dynamic import only adds
 * the code that defers running the module (about 1 KB gzip here), and a classic script wants everything at once.
 */
function staticImports(): Plugin {
  return {
    name: 'static-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/](components|src)[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, _q, path: string) => {
        imports.push(`import * as __static${imports.length} from '${path}';`);
        return `Promise.resolve(__static${imports.length - 1})`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

/** The chunk loader has nothing to load in one file: its calls become no-ops (about 1 KB gzip). */
function noChunkLoader(): Plugin {
  return {
    name: 'no-chunk-loader',
    enforce: 'pre',
    load(id) {
      // Nothing to ask for again either (src/chunk-loading.ts), and a lazy part's module is there from the start (its
      // promise settles while the script runs, before any element renders).
      if (/src[\\/]chunk-loading\.ts$/.test(id)) return 'export const retrying = (load) => load;\nexport const chunkTimeoutMs = () => 20000;\nexport const CHUNK_TIMEOUT_MS = 20000;\nexport function setChunkTimeout() {}';
      // Nor was anything asked for before the elements ran (only the module entry does that: early-requests.ts).
      if (/src[\\/]api[\\/]early-answer\.ts$/.test(id)) return 'export const earlyAnswer = async () => null;';
      if (/components[\\/]shared[\\/]lazy-part\.ts$/.test(id)) {
        return `export class LazyPart {
  failed = false;
  constructor(load) { this.ready = load().then((module) => (this.module = module)); }
  use() { return this.module; }
  load() { return this.ready; }
  retry() {}
}`;
      }
      if (!/components[\\/]shared[\\/]lazy\.ts$/.test(id)) return null;
      return `export const CHUNK_TIMEOUT_MS = 20000;
export function setChunkTimeout() {}
export function lazyElement() {}
export function watchLazyElements() {}
export function prefetchElements() {}
export function prefetchModule() {}
export function loadElement() { return Promise.resolve(); }`;
    },
  };
}

/**
 * One Designsystemet sheet again: the module build keeps the view's components (links, dialogs, details) in a sheet of
 * their own for its chunk; in one file, two strings far apart compress about 0.9 KB worse than one.
 */
function oneDesignsystemetSheet(): Plugin {
  const source = (file: string) => readFileSync(`components/shared/${file}`, 'utf8');
  const css = (file: string) => JSON.parse(/Css = (".*");/.exec(source(file))![1]) as string;
  return {
    name: 'one-designsystemet-sheet',
    enforce: 'pre',
    load(id) {
      if (id.endsWith('ds-css.gen.ts')) {
        const colors = /^export const dsColor.*$/gm; // the colour mappings' two lists, as they are
        return `export const dsComponentsCss = ${JSON.stringify(css('ds-css.gen.ts') + css('ds-view.gen.ts'))};\n${source('ds-css.gen.ts').match(colors)!.join('\n')}`;
      }
      if (id.endsWith('ds-view.gen.ts')) return 'export const dsViewCss = "";';
      return null;
    },
  };
}

export default defineConfig({
  configFile: false,
  plugins: [noChunkLoader(), oneDesignsystemetSheet(), staticImports(), minifyLitTemplates()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: 'terser', // as vite.config.ts (494 B less gzip here)
    terserOptions: { ecma: 2020, module: false, compress: { passes: 2 }, format: { comments: false } },
    lib: { entry: 'components/classic-entry.ts', name: 'DialogInbox', formats: ['iife'], fileName: () => 'dialog-inbox.iife.js' },
    rolldownOptions: { output: { minify: true, comments: false } },
  },
});
