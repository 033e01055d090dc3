/** Shared helpers for browser tests: the URLs of the test services and small waiting utilities. */
export interface TestEnv {
  echoUrl: string;
  apiUrl?: string;
  platformUrl?: string;
  portalUrl?: string;
}

let cached: TestEnv | null = null;
export async function testEnv(): Promise<TestEnv> {
  cached ??= (await (await fetch('/__env.json')).json()) as TestEnv;
  return cached;
}

export interface EchoRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
}

export async function echoLog(): Promise<EchoRequest[]> {
  const { echoUrl } = await testEnv();
  return (await fetch(`${echoUrl}/__log`)).json();
}

export async function echoReset(): Promise<void> {
  const { echoUrl } = await testEnv();
  await fetch(`${echoUrl}/__reset`);
}

/** Waits until `check` returns a truthy value (polling every 20 ms), or fails after `timeout` ms. */
export async function until<T>(check: () => T | Promise<T>, message = 'condition', timeout = 5000): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Deep querySelector through open shadow roots, following a path of selectors. */
export function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, ...selectors: string[]): T | null {
  let current: Element | ShadowRoot | Document | null = root;
  for (const selector of selectors) {
    if (!current) return null;
    const scope: ParentNode = current instanceof Element && current.shadowRoot ? current.shadowRoot : current;
    current = scope.querySelector(selector);
  }
  return current as T | null;
}

export function deepAll<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  return Array.from((root.shadowRoot ?? root).querySelectorAll<T>(selector));
}
