// The classic-script entry (dist/dialog-inbox.iife.js, for pages that cannot load modules): one file that registers
// every element at once and puts the exports on `window.DialogInbox`. No chunks: a classic script cannot import them.
// The file holds its modules in the order they are first imported, and like content side by side compresses better:
// bokmål's texts that the module build keeps in chunks first, beside the rest of bokmål (they are all in this file,
// added at once), then every stylesheet (1,258 B less than each beside its element's code; `npm run size`).
import { extrasNb } from '../src/i18n/extras-nb.js';
import { pickerNb } from '../src/i18n/picker-nb.js';
import { viewNb } from '../src/i18n/view-nb.js';
import { addTexts } from '../src/i18n/index.js';
import './shared/styles.js';
import './dialog-list/dialog-list.styles.js';
import './dialog-list/list-extras.styles.js';
import './dialog-inbox/dialog-inbox.styles.js';
import './shared/ds-view.js';
import './dialog-view/dialog-view.styles.js';
import './dialog-actions/dialog-actions.styles.js';
import './dialog-party-picker/dialog-party-picker.styles.js';
import './define.js';

addTexts({ ...viewNb, ...extrasNb, ...pickerNb });
export * from './index.js';
export { setChunkTimeout } from './shared/lazy.js';
