import { defineElement } from '../shared/define.js';
import { DialogActionsElement } from '../dialog-actions/dialog-actions.js';
import { DialogListElement } from '../dialog-list/dialog-list.js';
import { DialogPartyPickerElement } from '../dialog-party-picker/dialog-party-picker.js';
import { DialogViewElement } from '../dialog-view/dialog-view.js';
import { DialogInboxElement } from './dialog-inbox.js';

// The root first, so the elements placed inside it find its context when they upgrade.
defineElement('dialog-inbox', DialogInboxElement);
defineElement('dialog-list', DialogListElement);
defineElement('dialog-party-picker', DialogPartyPickerElement);
defineElement('dialog-view', DialogViewElement);
defineElement('dialog-actions', DialogActionsElement);

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
