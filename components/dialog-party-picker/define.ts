import { defineElement } from '../shared/define.js';
import { DialogPartyPickerElement } from './dialog-party-picker.js';

defineElement('dialog-party-picker', DialogPartyPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'dialog-party-picker': DialogPartyPickerElement;
  }
}
