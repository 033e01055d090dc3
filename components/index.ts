// Side-effect-free exports: the element classes, events and core. Register tags with `./define.js`
// (all) or `./<tag>/define.js` (one), or call customElements.define with your own tag names.
export { DialogInboxElement } from './dialog-inbox/dialog-inbox.js';
export { DialogListElement } from './dialog-list/dialog-list.js';
export { DialogPartyPickerElement } from './dialog-party-picker/dialog-party-picker.js';
export { DialogFolderChangeEvent, DialogFilterChangeEvent, DialogLabelChangeEvent, DialogPartyChangeEvent } from './dialog-list/list-events.js';
export type { Folder, ListFilters } from '../src/state/list-query.js';
export { DialogViewElement } from './dialog-view/dialog-view.js';
export { DialogActionsElement } from './dialog-actions/dialog-actions.js';
export * from './shared/events.js';
export { inboxContext } from './shared/context.js';
export { InboxStore, type QueryState, type StoreKey } from '../src/state/inbox-store.js';
export { DialogportenClient, type ClientOptions } from '../src/api/client.js';
export { ApiError, NetworkError } from '../src/api/errors.js';
export type * from '../src/api/types.js';
export type { Lang, MessageOverrides, Messages } from '../src/i18n/index.js';
