// The script-tag entry (dist/dialog-inbox.js, and the classic dist/dialog-inbox.iife.js). It registers the inbox and
// the list at once; what the first row does not need is a chunk of its own, loaded when it is needed or when the
// browser is idle after the list's first page (components/shared/lazy.ts). Registration is guarded, so loading twice
// is harmless. (The npm entries, components/define.ts and <tag>/define.ts, register at once: a bundler splits them.)
import { DialogListElement } from './dialog-list/dialog-list.js';
import { DialogInboxElement } from './dialog-inbox/dialog-inbox.js';
import { defineElement } from './shared/define.js';
import { lazyElement, prefetchElements } from './shared/lazy.js';

// The root first, so the elements placed inside it find its context when they upgrade.
defineElement('dialog-inbox', DialogInboxElement);
defineElement('dialog-list', DialogListElement);
lazyElement('dialog-view', () => import('./dialog-view/define.js'));
lazyElement('dialog-actions', () => import('./dialog-actions/define.js'));
lazyElement('dialog-party-picker', () => import('./dialog-party-picker/define.js'));
// A classic script has them inline: define them at once. So does a page with no list, whose first row will never
// come (a portal that shows a dialog on its own).
if (document.currentScript || !document.querySelector('dialog-inbox, dialog-list')) prefetchElements({ now: true });

export * from './entry-exports.js';
