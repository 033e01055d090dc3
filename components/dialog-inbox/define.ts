import { defineElement } from '../shared/define.js';
import '../dialog-list/define.js';
import '../dialog-view/define.js';
import { DialogInboxElement } from './dialog-inbox.js';

defineElement('dialog-inbox', DialogInboxElement);

declare global {
  interface HTMLElementTagNameMap {
    'dialog-inbox': DialogInboxElement;
  }
}
