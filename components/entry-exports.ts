// What the script-tag entry exports: the classes of the elements it defines at once, the events and the core.
// The lazily loaded elements' classes are `customElements.get('dialog-view')` etc. once defined.
export { DialogInboxElement } from './dialog-inbox/dialog-inbox.js';
export { DialogListElement } from './dialog-list/dialog-list.js';
export { DialogFolderChangeEvent, DialogFilterChangeEvent, DialogLabelChangeEvent, DialogPartyChangeEvent } from './dialog-list/list-events.js';
export type { Folder, ListFilters } from '../src/state/list-query.js';
export * from './shared/events.js';
export { inboxContext } from './shared/context.js';
export { setChunkTimeout } from './shared/lazy.js';
export { InboxStore, type QueryState, type StoreKey } from '../src/state/inbox-store.js';
export { DialogportenClient, type ClientOptions } from '../src/api/client.js';
export { ApiError, NetworkError } from '../src/api/errors.js';
export type * from '../src/api/types.js';
export type { Lang, MessageOverrides, Messages } from '../src/i18n/index.js';
