/**
 * `promise`, or the error `fail()` makes once `ms` have passed without it settling (the timer is cleared either way).
 * For what has no timeout of its own: a chunk that never comes, an answer the entry asked for early.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, fail: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(fail()), ms)))]).finally(() => clearTimeout(timer));
}
