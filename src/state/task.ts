/**
 * One load at a time, framework-free: each run gets an AbortSignal and aborts the run before it, so a late answer
 * never overwrites a newer one. Lit's `Task` does the same for elements; this one also serves the store (no Lit
 * in src/), and costs a few hundred bytes where @lit/task would add a package.
 */
export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

export class Task<A extends readonly unknown[], T> {
  status: TaskStatus = 'initial';
  value: T | undefined = undefined;
  error: unknown = undefined;
  #controller: AbortController | null = null;
  #args: A | null = null;
  #run: (args: A, signal: AbortSignal) => Promise<T>;
  #onChange: () => void;

  constructor(run: (args: A, signal: AbortSignal) => Promise<T>, onChange: () => void = () => {}) {
    this.#run = run;
    this.#onChange = onChange;
  }

  /** The arguments of the current (or last) run. */
  get args(): A | null {
    return this.#args;
  }

  /**
   * Runs with these arguments unless the last run had the same ones (compared item by item); `null` stops the
   * task (aborts a run under way, back to `initial`). Resolves with the value, or undefined when the run was
   * superseded or failed (`status` and `error` tell which).
   */
  sync(args: A | null): Promise<T | undefined> | undefined {
    if (args === null) {
      if (this.#args !== null || this.status !== 'initial') this.reset();
      return undefined;
    }
    if (this.#args && sameArgs(this.#args, args)) return undefined;
    return this.run(args);
  }

  /** Runs now (again), with these arguments or the last ones. */
  async run(args: A | null = this.#args): Promise<T | undefined> {
    if (!args) return undefined;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.#args = args;
    this.status = 'pending';
    this.error = undefined;
    this.changed();
    try {
      const value = await this.#run(args, controller.signal);
      if (controller !== this.#controller) return undefined;
      this.value = value;
      this.status = 'complete';
      return value;
    } catch (error) {
      if (controller !== this.#controller) return undefined;
      this.error = error;
      this.status = 'error';
      return undefined;
    } finally {
      if (controller === this.#controller) {
        this.#controller = null;
        this.changed();
      }
    }
  }

  /** Announces a new status (pending, complete, error, reset). */
  protected changed(): void {
    this.#onChange();
  }

  /** Aborts a run under way and forgets the arguments and the value. */
  reset(): void {
    this.abort();
    this.#args = null;
    this.value = undefined;
    this.error = undefined;
    this.status = 'initial';
    this.changed();
  }

  /** Aborts a run under way (its result is dropped); the next `sync` runs again. */
  abort(): void {
    if (!this.#controller) return;
    this.#controller.abort();
    this.#controller = null;
    this.#args = null;
    if (this.status === 'pending') this.status = this.value === undefined ? 'initial' : 'complete';
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
