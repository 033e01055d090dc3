import { sendKeys } from '@web/test-runner-commands';

/** Shared helpers for browser tests: the URLs of the test services and small waiting utilities. */
export interface TestEnv {
  echoUrl: string;
  apiUrl?: string;
  platformUrl?: string;
  portalUrl?: string;
  /** The accountant persona: 500 client organisations, an API cap of 20 parties a search. */
  accountantApiUrl?: string;
  /** A long inbox (1,500 more dialogs): the list windowing. */
  bigApiUrl?: string;
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

/**
 * Waits until a list shows every row it has loaded, not only its first screenful (a new page renders a screenful
 * first and the rest after the paint).
 */
export async function untilAllRows(list: Element): Promise<void> {
  const shown = () => list.shadowRoot!.querySelectorAll('li[part="row"]').length;
  await until(() => shown() > 0 && shown() === (list as Element & { rowCount: number }).rowCount, 'rows');
}

/** An element's own text as a row shows it: without the unseen joining words (`.join`, `.visually-hidden`, aria-hidden). */
export const ownText = (box: Element | null): string =>
  Array.from(box?.childNodes ?? [])
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !(n.classList.contains('join') || n.classList.contains('visually-hidden') || n.getAttribute('aria-hidden') === 'true')))
    .map((n) => n.textContent)
    .join('')
    .trim();

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

/** The element that really has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses `key` (Tab, or Shift+Tab) until focus is on an element that passes `test`; fails after `max` presses. */
export async function pressUntil(what: string, test: (el: Element) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && test(active)) return active as HTMLElement;
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: 'Tab' });
  }
  throw new Error(`${key} never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}

/** A node of `a11ySnapshot()`'s accessibility tree. */
export interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** Every node of an accessibility tree, depth first. */
export const walkAx = (node: AxNode, out: AxNode[] = []): AxNode[] => {
  out.push(node);
  for (const child of node.children ?? []) walkAx(child, out);
  return out;
};
