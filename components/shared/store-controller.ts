import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { InboxStore, type StoreKey } from '../../src/state/inbox-store.js';
import { inboxContext } from './context.js';
import { watchForLateInbox } from './late-provider.js';

export interface StoreHost extends ReactiveElement {
  /** An element with an API of its own stands alone, even inside an inbox. */
  readonly standalone: boolean;
}

export interface StoreControllerOptions {
  /** `own`: the element always uses a store of its own (the inbox). `nearest`: the closest inbox's, else its own. */
  source: 'own' | 'nearest';
  /** Gives the store the element uses to the elements in its shadow root (the inbox; the view, for its actions). */
  provide?: boolean;
  /** After every change of the store in use, and when another store is used (`keys` is then null). */
  onChange?: (keys: ReadonlySet<StoreKey> | null) => void;
  /** The keys the element renders from: a change of others does not re-render it (default: all). */
  keys?: readonly StoreKey[];
}

/**
 * How every element reads the store: the closest <dialog-inbox>'s (through @lit/context, subscribed, so an inbox
 * upgraded or inserted later is picked up), or a store of its own when it stands alone. Re-subscribes whenever the
 * store in use changes, and asks the element to update on every change of it.
 */
export class StoreController implements ReactiveController {
  #host: StoreHost;
  #options: StoreControllerOptions;
  #provided: InboxStore | undefined;
  #own: InboxStore | null = null;
  #subscribed: InboxStore | null = null;
  #unsubscribe?: () => void;
  #provider?: ContextProvider<typeof inboxContext>;

  constructor(host: StoreHost, options: StoreControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this); // first: its hostConnected must run before the consumer's request goes out
    if (options.source === 'nearest') {
      new ContextConsumer(host, {
        context: inboxContext,
        subscribe: true,
        callback: (store) => {
          this.#provided = store;
          this.#sync();
        },
      });
    }
    if (options.provide) this.#provider = new ContextProvider(host, { context: inboxContext });
  }

  /** The store in use. */
  get store(): InboxStore {
    if (this.#options.source === 'nearest' && this.#provided && !this.#host.standalone) return this.#provided;
    return (this.#own ??= new InboxStore());
  }

  /** True when the store is the element's own (it configures it from its attributes). */
  get isOwn(): boolean {
    return this.store === this.#own;
  }

  hostConnected(): void {
    // Before the consumer's request goes out (controllers connect in order): an inbox not upgraded yet holds it.
    if (this.#options.source === 'nearest') watchForLateInbox(this.#host);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = null;
    this.#provided = undefined; // moved elsewhere: the next inbox (or none) answers when it is connected again
  }

  /** Subscribes to the store in use if it changed; the element calls it first in each update. */
  refresh(): void {
    this.#sync();
  }

  #sync(): void {
    if (!this.#host.isConnected) return;
    const store = this.store;
    if (store === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = store;
    const wanted = this.#options.keys;
    this.#unsubscribe = store.subscribe((keys) => {
      this.#options.onChange?.(keys);
      if (!wanted || wanted.some((key) => keys.has(key))) this.#host.requestUpdate();
    });
    if (this.#provider) this.#provider.setValue(store);
    this.#options.onChange?.(null);
    this.#host.requestUpdate();
  }
}
