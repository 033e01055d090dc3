import { defineElement } from '../shared/define.js';
import { DialogActionsElement } from './dialog-actions.js';

defineElement('dialog-actions', DialogActionsElement);

declare global {
  interface HTMLElementTagNameMap {
    'dialog-actions': DialogActionsElement;
  }
}
