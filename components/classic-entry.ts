// The classic-script entry (dist/dialog-inbox.iife.js, for pages that cannot load modules): one file that registers
// every element at once and puts the exports on `window.DialogInbox`. No chunks: a classic script cannot import them.
// The file holds its modules in the order they are first imported, and like content side by side compresses better:
// bokmål's view texts first, beside the rest of bokmål (344 B less gzip than where the view's module would put them),
// then every stylesheet (1,258 B less than each beside its element's code; measured with `npm run size`).
import { addBokmalViewTexts } from './shared/view-texts.js';
import './shared/styles.js';
import './dialog-list/dialog-list.styles.js';
import './dialog-list/list-extras.styles.js';
import './dialog-inbox/dialog-inbox.styles.js';
import './shared/ds-view.js';
import './dialog-view/dialog-view.styles.js';
import './dialog-actions/dialog-actions.styles.js';
import './dialog-party-picker/dialog-party-picker.styles.js';
import './define.js';

addBokmalViewTexts();
export * from './index.js';
export { setChunkTimeout } from './shared/lazy.js';
