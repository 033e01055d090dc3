import { createContext } from '@lit/context';
import type { DialogportenClient } from '../../src/api/client.js';
import type { Lang, Messages } from '../../src/i18n/index.js';
import type { InboxState } from '../../src/state/inbox-state.js';

/** What <dialog-inbox> gives its descendants. A new object on every change, so consumers re-render. */
export interface InboxContext {
  client: DialogportenClient | null;
  /** GraphQL-over-SSE endpoint for live updates; null turns them off. */
  streamUrl: string | null;
  lang: Lang;
  messages: Messages;
  /** Party URNs to show; null while GET /parties is under way. */
  parties: string[] | null;
  partiesError: unknown;
  state: InboxState;
  reloadParties: () => void;
}

export const inboxContext = createContext<InboxContext | undefined>(Symbol.for('dialog-inbox/context'));
