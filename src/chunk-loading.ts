// How the chunks are loaded, for the elements and the client alike: how long one may take, and the retry under a
// new URL.

/** How long a chunk may take before the user is told (it may still arrive, and then replaces the message). */
export const CHUNK_TIMEOUT_MS = 20_000;
let chunkTimeout = CHUNK_TIMEOUT_MS;

/**
 * Sets how long a chunk may take before the part that needs it says it could not be loaded (a portal on slow
 * networks may wait longer).
 */
export function setChunkTimeout(ms: number): void {
  chunkTimeout = ms > 0 ? ms : CHUNK_TIMEOUT_MS;
}

/** The chunk timeout now, in ms. */
export const chunkTimeoutMs = (): number => chunkTimeout;

/**
 * A chunk's loader that, once the chunk failed to load, asks for it again under a new URL (`?retry=1`, …): Chromium
 * (150 at least) keeps a failed module fetch in the page's module map, so `import()` of the same URL fails again
 * without a request, even once the network is back. The URL comes from the browser's error ("Failed to fetch
 * dynamically imported module: <url>" in Chromium, alike in Firefox); without one the loader is called as it is.
 * A dependency of the chunk that failed stays failed until the page is loaded again.
 */
export function retrying<M>(load: () => Promise<M>): () => Promise<M> {
  let url: string | null = null;
  let tries = 0;
  return () =>
    (url ? (import(/* @vite-ignore */ `${url}?retry=${++tries}`) as Promise<M>) : load()).catch((error: unknown) => {
      url ??= /https?:\/\/\S+?\.js\b/.exec(String((error as Error | null)?.message))?.[0] ?? null;
      throw error;
    });
}
