/**
 * Allow-list HTML sanitiser for untrusted front-channel embeds (docs/contract.md, "Front-channel embeds").
 *
 * Design (why no string output):
 * - The input is parsed with DOMParser into an inert document: scripts do not run, nothing loads and
 *   custom elements are not upgraded. Allowed nodes are then COPIED into a fresh fragment owned by the
 *   target document. Nothing is serialised back to HTML, so re-parsing surprises (mutation XSS) cannot
 *   happen: what we checked is exactly what we insert.
 * - Elements outside the allow-list are unwrapped (their allowed content is kept); block-like ones
 *   (div, section, …) leave a <br> between their content and neighbouring text so lines stay apart.
 *   Containers whose content is code, another parser's markup, metadata or form UI are dropped whole.
 * - Attributes: only a[href] (absolute http/https, via safeHttpUrl; otherwise the link is unwrapped),
 *   th/td[colspan|rowspan] (1..100) and ol[start] (integer). Kept links get rel="noreferrer noopener"
 *   and target="_blank". Never style, class, id, on… or data-… attributes.
 * - b → strong and i → em (same meaning, no risk); img → its alt text (images never load).
 * - Limits (SANITIZE_LIMITS) so hostile input cannot freeze the page: output deeper than maxDepth is
 *   flattened to its text; output past maxNodes is cut and marked with "…"; and only the first maxTags
 *   start tags are parsed at all (Chromium's parser is quadratic in nesting depth: 100 KB of unclosed
 *   `<b><i><u><s>` takes seconds), the cut again marked with "…".
 */
import { safeHttpUrl } from './url.js';
import { parseInert } from './inert-html.js';

export const SANITIZE_LIMITS = Object.freeze({ maxDepth: 64, maxNodes: 10_000, maxTags: 5_000 });

const HTML_NS = 'http://www.w3.org/1999/xhtml';

const BLOCKS = ['p', 'ul', 'ol', 'li', 'pre', 'blockquote', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br'];
const TABLE = ['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption'];
/** Every element the sanitiser (and so the markdown renderer) can ever output. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([...BLOCKS, ...TABLE, 'em', 'strong', 'a', 'code', 'span']);
/** Every attribute that can ever appear in the output, per element. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  a: ['href', 'rel', 'target'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
});

const RENAME: Readonly<Record<string, string>> = { b: 'strong', i: 'em' };

/** Dropped with everything inside: code, foreign/raw-text parsers, metadata, embedded content, form UI. */
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'noframes', 'noembed', 'xmp', 'plaintext', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'fencedframe', 'svg', 'math', 'head', 'title',
  'link', 'meta', 'base', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'input', 'button', 'output',
  'keygen', 'progress', 'meter', 'video', 'audio', 'source', 'track', 'canvas', 'picture', 'map', 'area',
  'image', 'slot',
]);

/** Unwrapped elements whose content must not run into the surrounding text. */
const BLOCK_UNWRAP = new Set([
  'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address', 'figure', 'figcaption',
  'details', 'summary', 'dl', 'dt', 'dd', 'center', 'fieldset', 'legend', 'hgroup', 'dialog', 'form',
  'listing', 'menu', 'search',
]);

const OUTPUT_BLOCKS = new Set([...BLOCKS, ...TABLE]);
const TABLE_ROWS_ONLY = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

type Parent = Element | DocumentFragment;
interface Frame {
  next: ChildNode | null;
  out: Parent;
  depth: number;
  inLink: boolean;
  /** The source element was an unwrapped block: separate whatever follows from its content. */
  block: boolean;
}

/** Sanitises an untrusted HTML string into a fragment owned by `doc`. */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const text = typeof html === 'string' ? html : '';
  // The browser's parser is quadratic in nesting depth (100 KB of `<b><i><u><s>` takes seconds), so
  // only the first maxTags start tags are parsed at all. Cutting the string is safe: it is only ever
  // parsed, never inserted as HTML.
  const cut = startTagCut(text, SANITIZE_LIMITS.maxTags);
  const source = parseInert(cut < 0 ? text : text.slice(0, cut));
  // A <frameset> document has no <body>; there is nothing we would keep in it.
  if (!source.body || source.body.localName !== 'body') return doc.createDocumentFragment();
  const fragment = sanitizeTree(source.body, doc);
  if (cut >= 0 && fragment.lastChild?.textContent !== '…') fragment.append(doc.createTextNode('…'));
  return fragment;
}

/** Index of the (max+1)-th start tag, or -1 if there are no more than `max`. */
function startTagCut(html: string, max: number): number {
  let tags = 0;
  for (let k = html.indexOf('<'); k >= 0; k = html.indexOf('<', k + 1)) {
    if (/[a-zA-Z]/.test(html[k + 1] ?? '') && ++tags > max) return k;
  }
  return -1;
}

/**
 * Copies the children of `root` (which should live in an inert document) through the allow-list into a
 * new fragment owned by `doc`. Iterative, so arbitrarily deep input cannot overflow the stack.
 */
export function sanitizeTree(root: Node, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const pendingBreak = new Set<Parent>();
  let budget = SANITIZE_LIMITS.maxNodes;

  const place = (parent: Parent, node: Node, inline: boolean): void => {
    if (!inline) {
      pendingBreak.delete(parent);
    } else if (pendingBreak.has(parent)) {
      pendingBreak.delete(parent);
      if (budget > 1 && endsInline(parent)) {
        parent.append(doc.createElement('br'));
        budget--;
      }
    }
    parent.append(node);
    budget--;
  };

  const stack: Frame[] = [{ next: root.firstChild, out: fragment, depth: 0, inLink: false, block: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (frame.block) pendingBreak.add(frame.out);
      continue;
    }
    frame.next = node.nextSibling;
    if (budget <= 0) {
      fragment.append(doc.createTextNode('…'));
      break;
    }

    if (node.nodeType === Node.TEXT_NODE) {
      // Text directly inside table structure would be moved around by layout; the parser never puts
      // meaningful text there (it foster-parents it), so this is only whitespace.
      if (isElement(frame.out) && TABLE_ROWS_ONLY.has(frame.out.localName)) continue;
      const data = (node as Text).data;
      if (/\S/.test(data)) {
        place(frame.out, doc.createTextNode(data), true);
      } else {
        // Whitespace neither needs nor consumes a pending line break.
        frame.out.append(doc.createTextNode(data));
        budget--;
      }
      continue;
    }
    // Comments, processing instructions, CDATA, doctypes: never copied.
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    // Foreign (SVG/MathML) elements only come from <svg>/<math>, which are dropped; be strict anyway.
    if (el.namespaceURI !== HTML_NS) continue;
    const tag = el.localName;
    if (DROP.has(tag)) continue;
    if (tag === 'img') {
      const alt = el.getAttribute('alt')?.trim();
      if (alt) place(frame.out, doc.createTextNode(alt), true);
      continue;
    }

    const outTag = RENAME[tag] ?? tag;
    const copy =
      ALLOWED_ELEMENTS.has(outTag) && frame.depth < SANITIZE_LIMITS.maxDepth && !(outTag === 'a' && frame.inLink)
        ? copyElement(el, outTag, doc)
        : null;
    if (copy) {
      place(frame.out, copy, !OUTPUT_BLOCKS.has(outTag));
      stack.push({ next: el.firstChild, out: copy, depth: frame.depth + 1, inLink: frame.inLink || outTag === 'a', block: false });
    } else {
      const block = BLOCK_UNWRAP.has(tag) || OUTPUT_BLOCKS.has(outTag);
      if (block) pendingBreak.add(frame.out);
      stack.push({ next: el.firstChild, out: frame.out, depth: frame.depth, inLink: frame.inLink, block });
    }
  }
  return fragment;
}

/** A fresh element with only the allowed attributes, or null when the element must be unwrapped. */
function copyElement(source: Element, tag: string, doc: Document): Element | null {
  if (tag === 'a') {
    const href = safeHttpUrl(source.getAttribute('href'));
    if (!href) return null;
    const a = doc.createElement('a');
    a.setAttribute('href', href);
    a.setAttribute('rel', 'noreferrer noopener');
    a.setAttribute('target', '_blank');
    return a;
  }
  const copy = doc.createElement(tag);
  if (tag === 'td' || tag === 'th') {
    copyInteger(source, copy, 'colspan', 1, 100);
    copyInteger(source, copy, 'rowspan', 1, 100);
  } else if (tag === 'ol') {
    copyInteger(source, copy, 'start', -1_000_000, 1_000_000);
  }
  return copy;
}

function copyInteger(source: Element, target: Element, name: string, min: number, max: number): void {
  const raw = source.getAttribute(name)?.trim();
  if (!raw || !/^-?\d{1,7}$/.test(raw)) return;
  const value = Number(raw);
  if (value >= min && value <= max) target.setAttribute(name, String(value));
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/** True when the parent's last visible content is inline (text, em, a, …), i.e. a <br> is needed. */
function endsInline(parent: Parent): boolean {
  for (let node = parent.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (/\S/.test((node as Text).data)) return true;
      continue;
    }
    return isElement(node) && !OUTPUT_BLOCKS.has(node.localName);
  }
  return false;
}
