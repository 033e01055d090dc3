// The browser side of the stand-in CDN (chunk-cdn.mjs): the built bundle at /__cdn/<key>/…, on the test runner's
// origin or another one, with faults injected into single chunks. One page can load the bundle once (the tags are
// registered page-wide), so each test file loads it once, from a key of its own.
export type Fault = '404' | '500' | 'hang' | 'drop';
export interface CdnRequest {
  origin: string;
  path: string;
}

/** A key no other test uses. */
export const cdnKey = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;

/** The second origin (a CDN elsewhere, with `Access-Control-Allow-Origin: *`). */
export async function crossOrigin(): Promise<string> {
  return ((await (await fetch('/__cdn-origin')).json()) as { origin: string }).origin;
}

/** Sets the faults of `key` (by chunk name prefix: `dialog-view`, `en`…); `{}` lifts them and answers held requests. */
export async function setChunkFaults(key: string, faults: Record<string, Fault>): Promise<void> {
  const response = await fetch(`/__cdn/${key}/__fault?${new URLSearchParams(faults)}`);
  if (!response.ok) throw new Error(`The stand-in CDN refused the faults: ${response.status}`);
}

/** The file requests `key` received, in order (from either origin). */
export async function cdnLog(key: string): Promise<CdnRequest[]> {
  return (await fetch(`/__cdn/${key}/__log`)).json();
}

/** The requests for chunks whose names start with `prefix-`. */
export const chunkRequests = (log: CdnRequest[], prefix: string) => log.filter((r) => new RegExp(`/chunks/${prefix}-[\\w-]+\\.js$`).test(r.path));

/** The resource URLs this page fetched (the browser's own record, whatever the server saw). */
export const fetchedUrls = () => performance.getEntriesByType('resource').map((entry) => entry.name);
