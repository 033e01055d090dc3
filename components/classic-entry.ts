// The classic-script entry (dist/dialog-inbox.iife.js, for pages that cannot load modules): one file that registers
// every element at once and puts the exports on `window.DialogInbox`. No chunks: a classic script cannot import them.
import './define.js';
export * from './index.js';
export { setChunkTimeout } from './shared/lazy.js';
