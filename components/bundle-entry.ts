// The script-tag entry (dist/dialog-inbox.js): small, so that it runs one round trip after the page asks for it. It
// starts the requests the first rows need (early-requests.ts) and then loads the rest, the core chunk with the inbox
// and the list (bundle-main.ts), while those answers are on their way. Its exports are the core's, once loaded (a
// top-level await: `import { … } from '…/dialog-inbox.js'` works as before).
import { startEarlyRequests } from './early-requests.js';

startEarlyRequests();
// The core chunk's file, written in by the build (vite.config.ts): fetched now, beside the facade that imports it.
const core = '__DIALOG_INBOX_CORE__';
if (!core.startsWith('__')) import(/* @vite-ignore */ core).catch(() => undefined);
const main = await import('./bundle-main.js');

export const {
  DialogInboxElement,
  DialogListElement,
  DialogFolderChangeEvent,
  DialogFilterChangeEvent,
  DialogLabelChangeEvent,
  DialogPartyChangeEvent,
  DialogSelectEvent,
  DialogCloseEvent,
  DialogActionEvent,
  DialogActionCompleteEvent,
  DialogActionErrorEvent,
  DialogAuthRequiredEvent,
  inboxContext,
  setChunkTimeout,
  InboxStore,
  DialogportenClient,
  ApiError,
  NetworkError,
} = main;
export type * from './entry-exports.js';
