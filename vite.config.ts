import { defineConfig } from 'vite';

// The script-tag build: one self-contained ES module that registers every element with its styles.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'components/define.ts',
      formats: ['es'],
      fileName: () => 'dialog-inbox.js',
    },
    // Lib mode keeps whitespace in ES output; a script-tag bundle wants it all minified.
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
