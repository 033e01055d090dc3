import { defineElement } from '../shared/define.js';
import { DialogListElement } from './dialog-list.js';

defineElement('dialog-list', DialogListElement);

declare global {
  interface HTMLElementTagNameMap {
    'dialog-list': DialogListElement;
  }
}
