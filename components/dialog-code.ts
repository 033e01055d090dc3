// What opening a dialog needs, in one chunk: the view and the actions, exported and not registered. The script-tag
// build (bundle-main.ts) loads it and registers the element asked for. The chunk imports nothing but the core, which
// is loaded already: a chunk that imports another chunk cannot be loaded again after that one failed (the browser
// keeps the failure for the page under its URL), and a new URL is asked for only for the chunk imported.
// The stylesheets first, side by side: they compress better so (342 B less gzip; see bundle-main.ts).
import './shared/ds-view.js';
import './dialog-view/dialog-view.styles.js';
import './dialog-actions/dialog-actions.styles.js';
export { DialogViewElement } from './dialog-view/dialog-view.js';
export { DialogActionsElement } from './dialog-actions/dialog-actions.js';
