import { kyCode } from '../../src/api/client.js';
import { chunkTimeoutMs } from '../../src/chunk-loading.js';
import { withTimeout } from '../../src/time-limit.js';
import { messagesFor, normaliseLang } from '../../src/i18n/index.js';
import { inheritedLang } from './lang.js';
import { whenIdle } from './scheduling.js';
import { designsystemet, hostBase } from './styles.js';

/**
 * Elements whose code is a chunk of its own (the script-tag entry registers them with `lazyElement`). A chunk is
 * imported when its element is needed (`loadElement`: a dialog is opened, a panel is shown) or, to be ready before
 * that, when the browser is idle after the list's first page (`prefetchElements`).
 *
 * Until its chunk is here an element is undefined: it shows nothing. When the chunk cannot be loaded (network, or an
 * old page after a new deploy removed it), each instance of the element shows a message with a retry in its own
 * place, and the rest of the inbox keeps working.
 */
type Loader = () => Promise<unknown>;

export { CHUNK_TIMEOUT_MS, setChunkTimeout } from '../../src/chunk-loading.js';

const loaders = new Map<string, Loader>();
const pending = new Map<string, Promise<void>>();
/** Shadow roots that render lazy elements (the inbox's), searched with the document for instances to tell. */
const roots = new Set<ParentNode>();

/**
 * Registers the loader that defines `tag` from its chunk. After a failure it should ask for the chunk under a new URL
 * (`retrying`, src/chunk-loading.ts): a failed URL stays failed for the page.
 */
export function lazyElement(tag: string, load: Loader): void {
  if (!customElements.get(tag)) loaders.set(tag, load);
}

/** Lets the failure message reach the lazy elements rendered inside `root`; returns the function that stops it. */
export function watchLazyElements(root: ParentNode): () => void {
  roots.add(root);
  return () => roots.delete(root);
}

/**
 * Resolves when `tag` is defined: loads its chunk if it has one; rejects when the chunk cannot be loaded, and then,
 * unless `quiet` (a prefetch: the element may never be needed), its instances say so with a retry. A caller that
 * needs the element while a quiet prefetch of it is on its way is told as well.
 */
export function loadElement(tag: string, { timeout = chunkTimeoutMs(), quiet = false } = {}): Promise<void> {
  const load = loaders.get(tag);
  // No chunk: the page registers the element itself (npm entries), or not at all.
  if (!load || customElements.get(tag)) return Promise.resolve();
  let promise = pending.get(tag);
  if (!promise) {
    // A chunk that arrives after its message replaces it: the element empties its shadow root when it upgrades
    // (InboxElement.createRenderRoot).
    promise = withTimeout(load(), timeout, () => new Error(`<${tag}> took more than ${timeout} ms to load`)).then(
      () => undefined,
      (error: unknown) => {
        pending.delete(tag); // the next call tries again
        throw error;
      },
    );
    pending.set(tag, promise);
  }
  return quiet
    ? promise
    : promise.catch((error: unknown) => {
        showFailure(tag);
        throw error;
      });
}

const modules: Loader[] = [];

/** A chunk its users import themselves when needed (a panel, a change); fetched early when the browser is idle. */
export function prefetchModule(load: Loader): void {
  modules.push(load);
}

let prefetched = false;

/** Loads every registered chunk (once per page): one at a time when the browser is idle, or all `now`. */
export function prefetchElements({ now = false } = {}): void {
  if (prefetched) return;
  prefetched = true;
  // All at once (a page without a list needs them now): a failure is told where the element is.
  if (now) for (const tag of loaders.keys()) void loadElement(tag).catch(() => {});
  else
    void (async () => {
      // The client's ky first: every request after the first rows needs it (opening a dialog, the next page).
      // Its users import them again when needed, and say so if that fails.
      // An element whose place is kept for it (`data-coming`: the inbox's party picker) is expected: it says so if it fails.
      const expected = (tag: string) => instances(tag).some((el) => el.hasAttribute('data-coming'));
      const later = [kyCode, ...[...loaders.keys()].map((tag) => () => loadElement(tag, { quiet: !expected(tag) })), ...modules];
      for (const load of later) {
        await whenIdle();
        await load().catch(() => {});
      }
    })();
}

/** The undefined instances of `tag` in the document and in the watched shadow roots. */
function instances(tag: string): HTMLElement[] {
  return [document, ...roots].flatMap((root) => [...root.querySelectorAll<HTMLElement>(`${tag}:not(:defined)`)]);
}

// The message goes into a shadow root of the undefined element; when the chunk arrives, the element's own render
// reuses that root (as for declarative shadow DOM), emptied first.
function showFailure(tag: string): void {
  for (const element of instances(tag)) {
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [designsystemet, hostBase].flatMap((s) => (s.styleSheet ? [s.styleSheet] : []));
    const t = messagesFor(normaliseLang(element.lang) ?? inheritedLang(element) ?? 'nb');
    const alert = document.createElement('div');
    alert.className = 'ds-alert';
    alert.dataset.color = 'danger';
    alert.setAttribute('role', 'alert');
    alert.setAttribute('part', 'chunk-error');
    const text = document.createElement('p');
    text.textContent = t.partFailed;
    const retry = document.createElement('button');
    retry.className = 'ds-button';
    retry.dataset.variant = 'secondary';
    retry.textContent = t.retry;
    retry.addEventListener('click', () => {
      root.replaceChildren();
      void loadElement(tag).catch(() => {});
    });
    alert.append(text, retry);
    root.replaceChildren(alert);
  }
}
