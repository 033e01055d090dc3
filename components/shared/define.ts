/**
 * Registers a tag unless it is taken: a portal may load the bundle twice, or define one of our tags
 * itself. Warns (once) instead of throwing, so the page keeps working.
 */
const warned = new Set<string>();

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  // Each define entry registers its tags, and the inbox's all five again: warn once per tag.
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> is already defined; keeping that definition.`);
  }
}
