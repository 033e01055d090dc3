import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';

// The script-tag builds.
// - ES module (dist/dialog-inbox.js, `<script type="module">`): a small entry with what the first row needs, and
//   content-hashed chunks in dist/chunks/ that it imports when they are needed (the dialog view, the actions, the
//   party picker, the languages not in use, the fallback theme). Chunks are imported relative to the module that
//   imports them, so the folder can be served under any path or from a CDN.
// - Classic script (dist/dialog-inbox.iife.js, `<script src>` for portals that cannot load modules; its exports are
//   on `window.DialogInbox`): one file with everything, from its own entry (vite.classic.config.ts, built after).
// The npm build with bare imports is scripts/build-npm.mjs.
const shared = { minify: true, comments: false } as const;

const SHARED = /[\\/](components[\\/]shared|src|node_modules)[\\/]|list-events|list-fields/;
const MAIN = /bundle-main|[\\/]components[\\/]dialog-(inbox|list)[\\/]/;
const EXTRAS = /list-service-names|bulk-labels|list-bulk-bar|list-recipient-filter|list-label-run|list-row-menu|party-search|list-keyboard|roving-focus|list-extras\.(styles\.)?ts|list-filter-panel|list-refresh|list-window|refresh-policy|refresh-share/;
const LAZY_ONLY = /[\\/](node_modules[\\/]ky|ky-code|src[\\/](content|live)|ds-view|bulk-labels|system-labels|cross-tab|list-bulk-bar|list-recipient-filter|list-label-run|fan-out|list-extras\.(styles\.)?ts|list-filter-panel|refresh-policy|refresh-share|src[\\/]i18n[\\/]((list-|view-|extras-|picker-)?(en|nn)|(view|extras|picker)-nb)\.ts|ds-theme\.gen\.ts)|transmission-threads|run-action/;

/** A chunk is named after what it holds: the element whose define entry it is (`dialog-party-picker-[hash].js`), else its module. */
function chunkName(chunk: { name: string; facadeModuleId: string | null }): string {
  const tag = chunk.facadeModuleId?.match(/components\/([\w-]+)\/define\.ts$/)?.[1];
  return `chunks/${tag ?? chunk.name.replace('ds-theme.gen', 'fallback-theme')}-[hash].js`;
}

/** The entry's placeholders and the chunks whose file names replace them (see coreName). */
const PLACEHOLDERS = { __DIALOG_INBOX_CORE__: 'core', __DIALOG_INBOX_THEME__: 'ds-theme.gen', __DIALOG_INBOX_KY__: 'ky-code' };

/**
 * The entry imports the core through a small facade (bundle-main); so that the core is not fetched only after the
 * facade, the entry also imports the core itself at once: its name, known once the chunks are written, replaces
 * the placeholder in the entry (components/bundle-entry.ts). Likewise the fallback theme's, which the entry fetches
 * beside the core on a page without a theme, and ky's, where the first requests are the client's own.
 */
function coreName(): Plugin {
  return {
    name: 'core-name',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = bundle['dialog-inbox.js'];
      const chunk = (name: string) => Object.values(bundle).find((c) => c.type === 'chunk' && c.name === name);
      if (!chunk('core') || !entry || entry.type !== 'chunk') return;
      for (const [placeholder, name] of Object.entries(PLACEHOLDERS)) {
        const file = chunk(name)?.fileName;
        if (!file || !entry.code.includes(placeholder)) this.error(`the entry lost its placeholder ${placeholder}, or chunk ${name} is missing`);
        entry.code = entry.code.replaceAll(placeholder, `./${file}`);
      }
      // The chunks every page fetches before its first row, for a portal that names them in its HTML (README, "A
      // faster first row"): the browser then fetches them beside the entry, not a round trip after it.
      const critical = [...new Set([...entry.imports, ...entry.dynamicImports, chunk('core')!.fileName])].sort();
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify({ modulepreload: critical }, null, 2)}\n` });
    },
  };
}

/** dist/ keeps the npm build and the manifest (emptyOutDir is off), so last build's hashed chunks are removed here. */
function freshChunks(): Plugin {
  return {
    name: 'fresh-chunks',
    apply: 'build',
    configResolved(config) {
      // The build's own folder (an --outDir build for a comparison must not empty dist/).
      if (config.build.write !== false) rmSync(resolve(config.root, config.build.outDir, 'chunks'), { recursive: true, force: true });
    },
  };
}

/** After the module build has written dist/, the classic script is built from its own entry (vite.classic.config.ts). */
function classicScript(): Plugin {
  let write = true;
  return {
    name: 'classic-script',
    apply: 'build',
    configResolved: (config) => void (write = config.build.write !== false),
    async closeBundle() {
      if (write) await build({ configFile: 'vite.classic.config.ts' });
    },
  };
}

export default defineConfig({
  // Lit's html`…`/css`…` text is data to the minifier: minify it ourselves (scripts/minify-templates.mjs).
  plugins: [minifyLitTemplates(), freshChunks(), coreName(), classicScript()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    // Terser rather than the default minifier: 326 B less gzip on the critical path, 494 B on the classic script (two
    // passes; measured with `npm run size`), for about 6 s more build.
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } },
    // The chunks are plain ES modules: no preload helper (it would add code and a `document` query to the entry).
    // The entry starts the core's fetch itself (coreName below).
    modulePreload: false,
    lib: {
      entry: 'components/bundle-entry.ts',
      name: 'DialogInbox',
    },
    rolldownOptions: {
      output: [
        {
          ...shared,
          format: 'es',
          entryFileNames: 'dialog-inbox.js',
          chunkFileNames: chunkName,
          // What the entry and the lazy chunks share goes into one core chunk (not five small ones: each is a request
          // before the first row). Modules only the lazy chunks use stay with them (LAZY_ONLY).
          codeSplitting: {
            groups: [
              // The inbox and the list are in it too: the entry is only what starts the first requests (bundle-entry.ts).
              { name: 'core', test: (id: string) => (SHARED.test(id) || MAIN.test(id)) && !LAZY_ONLY.test(id) && !EXTRAS.test(id) },
              // No other group: what opening a dialog needs is one module, components/dialog-code.ts (the view and the
              // actions, registered by bundle-main.ts), the list's extras another (list-extras.ts); the chunk of each
              // holds what only it uses and imports only the core (a chunk importing a chunk that failed stays failed).
            ],
          },
        },
      ],
    },
  },
});
