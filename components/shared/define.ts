/**
 * Registers a tag unless it is taken: a portal may load the bundle twice, or define one of our tags
 * itself. Warns (once) instead of throwing, so the page keeps working.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    console.warn(`<${tag}> is already defined by another script; keeping that definition.`);
  }
}
