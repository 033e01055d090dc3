import { ContextRoot } from '@lit/context';

const watched = new WeakSet<Element>();

function closestInbox(element: Element): HTMLElement | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof HTMLElement && node.localName === 'dialog-inbox') return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * A portal may register <dialog-list> before <dialog-inbox> (or load scripts in any order): the list then asks
 * for the inbox's context before anyone can answer. Until the surrounding <dialog-inbox> is upgraded, a
 * ContextRoot on it holds such requests and replays them when its provider appears. Local, not global.
 */
export function watchForLateInbox(element: Element): void {
  const inbox = closestInbox(element);
  if (!inbox || inbox.matches(':defined') || watched.has(inbox)) return;
  watched.add(inbox);
  const root = new ContextRoot();
  root.attach(inbox);
  inbox.addEventListener(
    'context-provider',
    () => {
      root.detach(inbox);
      watched.delete(inbox);
    },
    { once: true },
  );
}
