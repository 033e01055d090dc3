// The classic-script entry (dist/dialog-inbox.iife.js, for pages that cannot load modules): one file that registers
// every element at once and puts the exports on `window.DialogInbox`. No chunks: a classic script cannot import them.
// Bokmål's view texts first, so that they sit beside the rest of bokmål in the file: side by side they compress
// better (344 B less gzip than where the view's module would put them).
import { addBokmalViewTexts } from './shared/view-texts.js';
import './define.js';

addBokmalViewTexts();
export * from './index.js';
export { setChunkTimeout } from './shared/lazy.js';
