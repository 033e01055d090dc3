import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '../../src/state/task.js';

/**
 * A load of an element, as Lit's `Task` with `autoRun`: before each render it compares `args()` with the last
 * run's (item by item) and runs again when they differ; `null` means nothing to load. The element re-renders on
 * pending, complete and error; a run under way is aborted when the element leaves the page (and runs again when
 * it is back).
 */
export class ElementTask<A extends readonly unknown[], T> extends Task<A, T> implements ReactiveController {
  #host: ReactiveControllerHost;
  #args: () => A | null;
  /** True while the element is updating: the render under way shows the new status, no second update needed. */
  #inUpdate = false;

  constructor(host: ReactiveControllerHost, args: () => A | null, run: (args: A, signal: AbortSignal) => Promise<T>) {
    super(run);
    this.#host = host;
    this.#args = args;
    host.addController(this);
  }

  protected override changed(): void {
    if (!this.#inUpdate) this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#inUpdate = true;
    try {
      void this.sync(this.#args());
    } finally {
      this.#inUpdate = false;
    }
  }

  hostDisconnected(): void {
    this.abort();
  }
}
