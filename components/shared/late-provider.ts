import { ContextRoot } from '@lit/context';

const watched = new WeakSet<Element>();

/** The closest ancestor (across shadow roots) that is a custom element not defined yet: maybe an inbox, under any tag. */
function closestUndefined(element: Element): HTMLElement | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof HTMLElement && node.localName.includes('-') && !node.matches(':defined')) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * A portal may register <dialog-list> before <dialog-inbox> (or load scripts in any order, or rename the tags):
 * the list then asks for the inbox's store before anyone can answer. Until the surrounding custom element is
 * upgraded, a ContextRoot on it holds such requests and replays them when a provider appears. Local, not global.
 */
export function watchForLateInbox(element: Element): void {
  const ancestor = closestUndefined(element);
  if (!ancestor || watched.has(ancestor)) return;
  watched.add(ancestor);
  const root = new ContextRoot();
  root.attach(ancestor);
  // Held until the ancestor itself provides (a provider further down, e.g. a view's for its actions, does not end it).
  const done = (event: Event) => {
    if ((event as Event & { contextTarget?: Element }).contextTarget !== ancestor) return;
    root.detach(ancestor);
    watched.delete(ancestor);
    ancestor.removeEventListener('context-provider', done);
  };
  ancestor.addEventListener('context-provider', done);
}
