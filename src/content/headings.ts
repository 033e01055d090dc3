/**
 * Moves the headings of embedded content under the heading that contains it: a sender's `# Title` must not
 * outrank the dialog's own title for screen-reader users. The highest heading becomes `top` (h1..h6), the
 * others keep their distance to it, capped at h6.
 */
export function nestHeadings(root: DocumentFragment | Element, top: number): void {
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (headings.length === 0) return;
  const highest = Math.min(...headings.map((h) => Number(h.tagName[1])));
  const shift = top - highest;
  if (shift === 0) return;
  for (const heading of headings) {
    const level = Math.min(6, Math.max(1, Number(heading.tagName[1]) + shift));
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}
