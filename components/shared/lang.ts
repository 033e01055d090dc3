import { normaliseLang, type Lang } from '../../src/i18n/index.js';

/** The closest `lang` attribute above an element, crossing shadow roots; null when none applies. */
export function inheritedLang(element: Element): Lang | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = normaliseLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return normaliseLang(document.documentElement.getAttribute('lang'));
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;

/** Calls `listener` when any `lang` attribute in the document changes; returns an unsubscribe function. */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((fn) => fn()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}
