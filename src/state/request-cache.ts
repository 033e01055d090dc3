/** A cache of requests in flight or answered (a Map or a WeakMap). */
interface RequestCache<K, V> {
  get(key: K): Promise<V> | undefined;
  set(key: K, value: Promise<V>): unknown;
  delete(key: K): unknown;
}

/**
 * One request per key, shared by every caller: the cached answer, or a new request (`fresh`: a new one anyway).
 * A failure is not kept, so the next caller really asks again.
 */
export function shared<K, V>(cache: RequestCache<K, V>, key: K, load: () => Promise<V>, fresh = false): Promise<V> {
  let promise = fresh ? undefined : cache.get(key);
  if (!promise) {
    const asked = load();
    cache.set(key, asked);
    asked.catch(() => cache.get(key) === asked && cache.delete(key));
    promise = asked;
  }
  return promise;
}
