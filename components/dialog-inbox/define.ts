import { defineElement } from '../shared/define.js';
import { lazyElement, prefetchElements } from '../shared/lazy.js';
import { DialogListElement } from '../dialog-list/dialog-list.js';
import { DialogInboxElement } from './dialog-inbox.js';
import type { DialogActionsElement } from '../dialog-actions/dialog-actions.js';
import type { DialogPartyPickerElement } from '../dialog-party-picker/dialog-party-picker.js';
import type { DialogViewElement } from '../dialog-view/dialog-view.js';

// The root first, so the elements placed inside it find its context when they upgrade.
defineElement('dialog-inbox', DialogInboxElement);
defineElement('dialog-list', DialogListElement);
// What the first row does not need is a chunk of its own, loaded when needed or when the browser is idle after the
// list's first page (components/shared/lazy.ts).
lazyElement('dialog-view', () => import('../dialog-view/define.js'));
lazyElement('dialog-actions', () => import('../dialog-actions/define.js'));
lazyElement('dialog-party-picker', () => import('../dialog-party-picker/define.js'));
// A classic script (dialog-inbox.iife.js) has them inline: define them at once. So does a page with no list, whose
// first row will never come (a portal that shows a dialog on its own).
if (document.currentScript || !document.querySelector('dialog-inbox, dialog-list')) prefetchElements({ now: true });

declare global {
  // This entry registers all five, so it declares all five.
  interface HTMLElementTagNameMap {
    'dialog-inbox': DialogInboxElement;
    'dialog-list': DialogListElement;
    'dialog-party-picker': DialogPartyPickerElement;
    'dialog-view': DialogViewElement;
    'dialog-actions': DialogActionsElement;
  }
}
