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
  #arrived: (module: M) => void = () => {};
  /** Resolves when the module is here, whoever asked for it. */
  readonly arrived = new Promise<M>((resolve) => (this.#arrived = resolve));

  constructor(load: () => Promise<M>) {
    this.#load = retrying(load);
    // A failed prefetch is not shown: the user's own use tries again, and says so if that fails too.
    prefetchModule(() => this.load());
  }

  /** The module, loaded now if need be, for code that waits for it (it rejects when the chunk cannot be loaded). */
  load(): Promise<M> {
    return this.module ? Promise.resolve(this.module) : this.#load().then((module) => this.#here(module));
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

  #here(module: M): M {
    this.#arrived(module);
    return (this.module ??= module);
  }

  #fetch(): Promise<void> {
    return this.#load()
      .then(
        (module) => void this.#here(module),
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
