// Side-effect-free exports: the element classes, events and core. Register tags with `./define.js`
// (all) or `./<tag>/define.js` (one), or call customElements.define with your own tag names.
export * from './entry-exports.js';
export { DialogPartyPickerElement } from './dialog-party-picker/dialog-party-picker.js';
export { DialogViewElement } from './dialog-view/dialog-view.js';
export { DialogActionsElement } from './dialog-actions/dialog-actions.js';
