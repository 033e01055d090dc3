import { defineElement } from '../shared/define.js';
import '../dialog-actions/define.js'; // the view renders <dialog-actions>
import { DialogViewElement } from './dialog-view.js';

defineElement('dialog-view', DialogViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'dialog-view': DialogViewElement;
  }
}
