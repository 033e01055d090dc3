// The script-tag entry (dist/dialog-inbox.js): small, so that it runs one round trip after the page asks for it. It
// asks for the rest, the core chunk with the inbox and the list (bundle-main.ts), and starts the requests the first
// rows need (early-requests.ts), whose answers come while the core is on its way. Its exports are the core's, once
// loaded (a top-level await: `import { … } from '…/dialog-inbox.js'` works as before).
import { startEarlyRequests } from './early-requests.js';

// The files of the core chunk, the fallback theme and ky, written in by the build (vite.config.ts).
const core = '__DIALOG_INBOX_CORE__';
const theme = '__DIALOG_INBOX_THEME__';
const ky = '__DIALOG_INBOX_KY__';
const built = !core.startsWith('__');
// The core chunk is fetched first, beside the facade that imports it: its download is what the first row waits for
// (the first search's answer comes well before it), and the early requests' code below took 16–20 ms under a
// phone's CPU before it asked for the core.
if (built) import(/* @vite-ignore */ core).catch(() => undefined);
// The client's ky (src/api/client.ts) is fetched now where the client sends the list's first search itself (see
// early-requests.ts); where the entry sends it the first rows do not need ky.
startEarlyRequests(() => void (built && import(/* @vite-ignore */ ky).catch(() => undefined)));
// On a page without a Designsystemet theme the first render waits for the fallback theme: it is fetched now too,
// beside the core, not once the core has run (a round trip later; first row on the phone bench 1.34 -> 1.24 s). The
// same check as the elements' (components/shared/styles.ts); a page's stylesheets have loaded before a module runs.
const host = document.querySelector('dialog-inbox,dialog-list,dialog-view');
if (built && host && !getComputedStyle(host).getPropertyValue('--ds-color-base-default').trim()) import(/* @vite-ignore */ theme).catch(() => undefined);
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
