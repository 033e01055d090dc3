import type { ReactiveControllerHost } from 'lit';
import { retrying } from '../../src/chunk-loading.js';
import { prefetchModule } from './lazy.js';

/**
 * A part of an element whose code is a chunk (the list's extras): `use(host)` gives the module once it is here,
 * starting the load and rendering the host again when it settles; `load()` waits for it. `failed` says the load failed; `retry(host)` tries
 * again. Fetched early when the browser is idle after the first rows.
 */
export class LazyPart<M> {
  module: M | undefined;
  failed = false;
  #load: () => Promise<M>;
  #pending: Promise<void> | null = null;
  #hosts = new Set<ReactiveControllerHost>();

  constructor(load: () => Promise<M>) {
    this.#load = retrying(load);
    // A failed prefetch is not shown: the user's own use tries again, and says so if that fails too.
    prefetchModule(() => this.load());
  }

  /** The module, loaded now if need be, for code that waits for it (it rejects when the chunk cannot be loaded). */
  load(): Promise<M> {
    return this.module ? Promise.resolve(this.module) : this.#load().then((module) => (this.module ??= module));
  }

  use(host: ReactiveControllerHost): M | undefined {
    if (this.module) return this.module;
    this.#hosts.add(host);
    if (!this.failed) this.#pending ??= this.#fetch();
    return undefined;
  }

  retry(host: ReactiveControllerHost): void {
    this.failed = false;
    this.use(host);
    host.requestUpdate();
  }

  #fetch(): Promise<void> {
    return this.#load()
      .then(
        (module) => void (this.module = module),
        () => void (this.failed = true),
      )
      .finally(() => {
        this.#pending = null;
        const hosts = [...this.#hosts];
        this.#hosts.clear();
        hosts.forEach((host) => host.requestUpdate());
      });
  }
}
