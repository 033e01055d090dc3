import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.mjs';

// The script-tag builds: one self-contained file that registers every element with its styles, as an
// ES module (dist/dialog-inbox.js, `<script type="module">`) and as a classic script
// (dist/dialog-inbox.iife.js, `<script src>` for portals that cannot load modules; its exports are on
// `window.DialogInbox`). The npm build with bare imports is scripts/build-npm.mjs.
export default defineConfig({
  // Lit's html`…`/css`…` text is data to the minifier: minify it ourselves (scripts/minify-templates.mjs).
  plugins: [minifyLitTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'components/define.ts',
      name: 'DialogInbox',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'dialog-inbox.js' : `dialog-inbox.${format}.js`),
    },
    // Lib mode keeps whitespace in ES output; a script-tag bundle wants it all minified.
    rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
  },
});
