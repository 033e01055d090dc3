import { createContext } from '@lit/context';
import type { InboxStore } from '../../src/state/inbox-store.js';

/**
 * What <dialog-inbox> gives the elements inside it: its store, the one source of truth. The value never changes
 * for an inbox; the store announces its own changes (`store.subscribe`).
 */
export const inboxContext = createContext<InboxStore | undefined>(Symbol.for('dialog-inbox/store'));
