// What the script-tag entry (bundle-entry.ts) loads at once, in the core chunk. It registers the inbox and the list;
// what the first row does not need is a chunk of its own, loaded when it is needed or when the browser is idle after
// the list's first page (components/shared/lazy.ts). Registration is guarded, so loading twice
// is harmless. (The npm entries, components/define.ts and <tag>/define.ts, register at once: a bundler splits them.)
// The stylesheets first: the core chunk holds its modules in the order they are first imported, and the three sheets
// side by side compress better than apart (290 B less gzip on the critical path, measured with `npm run size`).
import './shared/styles.js';
import './dialog-list/dialog-list.styles.js';
import './dialog-inbox/dialog-inbox.styles.js';
import { DialogListElement } from './dialog-list/dialog-list.js';
import { DialogInboxElement } from './dialog-inbox/dialog-inbox.js';
import { defineElement } from './shared/define.js';
import { lazyElement, prefetchElements } from './shared/lazy.js';
import { retrying } from '../src/chunk-loading.js';
import { extras } from './dialog-list/list-extras-part.js';

// The root first, so the elements placed inside it find its context when they upgrade.
defineElement('dialog-inbox', DialogInboxElement);
defineElement('dialog-list', DialogListElement);
// The party picker is in the list's extras chunk (with the party search and the rows' keys it shares with the list):
// defined whenever that chunk arrives, which the list asks for after its first rows; a page that needs the picker
// sooner (an inbox without a list) asks for it itself. First among the lazy elements: fetched first when idle.
const definePicker = (code: typeof import('./dialog-list/list-extras.js')) => defineElement('dialog-party-picker', code.DialogPartyPickerElement);
lazyElement('dialog-party-picker', () => extras.load().then(definePicker));
void extras.arrived.then(definePicker);
// The view and the actions share one chunk (dialog-code.ts); each tag registers only itself (a portal may have
// registered the other), the view the actions too, which it renders.
const dialogCode = retrying(() => import('./dialog-code.js'));
lazyElement('dialog-view', () =>
  dialogCode().then((code) => {
    defineElement('dialog-actions', code.DialogActionsElement);
    defineElement('dialog-view', code.DialogViewElement);
  }),
);
lazyElement('dialog-actions', () => dialogCode().then((code) => defineElement('dialog-actions', code.DialogActionsElement)));
// The list fetches them when its first page is in. A page on which no list will show rows (a dialog, or a party
// picker, placed on its own; an inbox whose layout the portal gives without a list) needs them now. And a page
// that adds a list later still gets them after a few seconds.
const listComing =
  document.querySelector('dialog-list') || [...document.querySelectorAll('dialog-inbox')].some((inbox) => inbox.children.length === 0);
if (!listComing) prefetchElements({ now: true });
else setTimeout(prefetchElements, 5000);

export * from './entry-exports.js';
