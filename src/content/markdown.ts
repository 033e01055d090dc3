/**
 * A small CommonMark-subset renderer for untrusted markdown (embeds, `additionalInfo`). It builds DOM
 * nodes directly (never an HTML string) in an inert scratch document, then copies the result through
 * `sanitizeTree`, so the output is always within the sanitiser's allow-list and limits.
 *
 * Blocks: ATX and setext headings, paragraphs, fenced (``` / ~~~) and indented code, blockquotes, bullet
 * and ordered lists (tight/loose, nested by indentation), thematic breaks, GFM tables (the alignment row
 * is parsed but not rendered: no attributes are allowed for it), HTML blocks.
 * Inlines: emphasis/strong (* and _, CommonMark delimiter algorithm), code spans, links
 * `[text](url "title")` (title ignored), autolinks `<https://…>`, bare http(s) URLs, backslash escapes,
 * entities, hard breaks. Images `![alt](src)` render their alt text only; nothing is ever loaded.
 *
 * Policies:
 * - Links only through safeHttpUrl (absolute http/https); any other destination renders the link text
 *   as plain text. Reference links are not supported (they stay literal).
 * - Raw HTML: an HTML block, where CommonMark starts one (markdown-html.ts: a block-level tag, a comment…, or a
 *   complete tag alone on its line), goes through sanitizeHtml. Any other `<...>` is literal text, except `<br>`
 *   (`<br/>`, `<br />`), which becomes a line break. Autolinks that are not http(s) (mailto:, e-mail addresses,
 *   other schemes) show their text.
 * - Conformance: the CommonMark 0.31.2 examples, less those these policies change (docs/markdown.md), are run by
 *   test/browser/commonmark-conformance.test.ts.
 * - Guards: block nesting deeper than MAX_BLOCK_DEPTH becomes plain paragraph text; inline nesting
 *   deeper than MAX_INLINE_DEPTH is unwrapped; delimiter runs longer than MAX_RUN are literal; link
 *   destinations/titles are length-capped; every scan is linear (no backtracking regexes on unbounded
 *   input, precomputed code-span closers, emphasis "openers bottom", inline tree of plain objects).
 *   Final depth/node caps come from sanitizeTree.
 */
import { ALLOWED_ELEMENTS, SANITIZE_LIMITS, sanitizeHtml, sanitizeTree } from './sanitize.js';
import { safeHttpUrl } from './url.js';
import { parseInert } from './inert-html.js';
import { htmlBlockEnd, htmlBlockStart } from './markdown-html.js';

const MAX_BLOCK_DEPTH = 32;
const MAX_RUN = 64;
const MAX_DEST = 4096;
const MAX_TITLE = 1024;

/** Appends a new element to `parent` (in the parent's document: the inert scratch one). */
const el = (parent: Element, tag: string): Element => parent.appendChild(parent.ownerDocument.createElement(tag));

/** Renders untrusted markdown into a fragment owned by `doc`. */
export function renderMarkdown(markdown: string, doc: Document = document): DocumentFragment {
  const text = (typeof markdown === 'string' ? markdown : '').replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const scratch = doc.implementation.createHTMLDocument('');
  const root = scratch.createElement('div');
  learnEntities(text);
  const lines = text.split('\n');
  // A final line ending ends the last line; it does not start an empty one (which an unclosed fence would keep).
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  renderBlocks(lines.map((line) => expandTabs(line, 0)), root, 0);
  return sanitizeTree(root, doc);
}

// ---------------------------------------------------------------------------------------------------
// Blocks
//
// A container (blockquote, list item) collects its lines, stripped of its marker or indentation, and renders
// them recursively. A lazy continuation line (CommonMark §5.1) is passed on prefixed with LAZY (NUL cannot
// occur in the text: it became U+FFFD), so the inner renderer keeps it as paragraph text whatever it looks like.

const LAZY = '\0';
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])/;

/** What the content collected so far ends in: decides whether the next unmarked line is a lazy continuation. */
interface Flow {
  paragraph: boolean;
  fence: string | null;
}

const OPEN_MARK = 'data-markdown-open';

/**
 * Whether raw HTML leaves an allowed element open (what follows would go inside it, or before a table), read by the
 * same parser as the sanitiser's. Not when the tag cap would cut it, nor when what follows would be swallowed (a
 * comment, an attribute value, raw text, an element dropped or unwrapped): then the blocks after it stay apart.
 */
function leavesOpen(html: string): boolean {
  if ((html.match(/</g)?.length ?? 0) >= SANITIZE_LIMITS.maxTags) return false;
  const body = parseInert(`${html}<span ${OPEN_MARK}></span>`).body;
  const mark = body?.querySelector(`[${OPEN_MARK}]`);
  if (!body || !mark || mark.nextSibling) return !!mark && mark.parentNode === body && mark.nextElementSibling?.localName === 'table';
  for (let node = mark.parentElement; node && node !== body; node = node.parentElement) if (!ALLOWED_ELEMENTS.has(node.localName)) return false;
  return mark.parentNode !== body;
}

/** Renders block lines into `out`; returns whether a blank line separated two of its blocks (a loose list item). */
function renderBlocks(lines: string[], out: Element, depth: number): boolean {
  // While an HTML block leaves an allowed element open (`open`), the blocks after it go to a holder (`target`):
  // with the next HTML block they are read as one HTML string, as a browser reads CommonMark's output (a code
  // block between two parts of a <table> goes before the table). Without a next HTML block they stay as they are.
  let target = out;
  let open: string | null = null;
  const flush = () => {
    if (open !== null) out.append(sanitizeHtml(open, out.ownerDocument), ...Array.from(target.childNodes));
    open = null;
    target = out;
  };
  const add = (tag: string, parent: Element = target): Element => el(parent, tag);
  let i = 0;
  let blocks = 0;
  let blankAfterBlock = false;
  let gap = false;
  while (i < lines.length) {
    let line = lines[i];
    if (isBlank(line)) {
      blankAfterBlock = blocks > 0;
      i++;
      continue;
    }
    gap ||= blankAfterBlock;
    blankAfterBlock = false;
    blocks++;
    if (depth >= MAX_BLOCK_DEPTH) {
      // Too deep to be legitimate: show the rest as text instead of recursing further.
      renderInline(lines.slice(i).map((l) => trimStartWs(unlazy(l))).join('\n'), add('p'));
      flush();
      return gap;
    }
    const fence = line[0] === LAZY ? null : fenceOpen(line);
    if (fence) {
      const code: string[] = [];
      for (i++; i < lines.length; i++) {
        const close = FENCE_CLOSE.exec(lines[i]);
        if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
          i++;
          break;
        }
        code.push(stripIndent(lines[i], fence.indent));
      }
      add('code', add('pre')).textContent = code.length ? code.join('\n') + '\n' : '';
      continue;
    }
    if (indentOf(line) >= 4) {
      const start = i;
      for (; i < lines.length && (isBlank(lines[i]) || indentOf(lines[i]) >= 4); i++);
      // Trailing blank lines are not part of the code (and may separate it from the next block).
      while (isBlank(lines[i - 1])) i--;
      add('code', add('pre')).textContent = lines.slice(start, i).map((l) => stripIndent(l, 4)).join('\n') + '\n';
      continue;
    }
    const heading = atxHeading(line);
    if (heading) {
      renderInline(heading.text, add(`h${heading.level}`));
      i++;
      continue;
    }
    if (THEMATIC.test(line)) {
      add('hr');
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      const flow: Flow = { paragraph: false, fence: null };
      for (; i < lines.length; i++) {
        const content = quoteContent(lines[i]);
        if (content !== null) {
          inner.push(content);
          follow(flow, content);
        } else if (flow.paragraph && !isBlank(lines[i]) && !interruptsParagraph(lines[i])) inner.push(lazy(lines[i]));
        else break;
      }
      renderBlocks(inner, add('blockquote'), depth + 1);
      continue;
    }
    if (listMarker(line)) {
      i = renderList(lines, i, target, depth);
      continue;
    }
    const html = htmlBlockStart(line, false);
    if (html) {
      // Consecutive HTML blocks (only blank lines between) are sanitised as one, as a browser would read them.
      let end = htmlBlockEnd(lines, i, html);
      for (let next = end; ; ) {
        while (isBlank(lines[next]) && next < lines.length) next++;
        const type = next < lines.length ? htmlBlockStart(lines[next], false) : 0;
        if (!type) break;
        end = next = htmlBlockEnd(lines, next, type);
      }
      const raw = lines.slice(i, end).join('\n');
      if (open !== null) {
        // Our own rendered blocks, serialised: they are parsed and sanitised again with the HTML around them.
        out.append(sanitizeHtml(`${open}\n${target.innerHTML}\n${raw}`, out.ownerDocument));
        open = null;
        target = out;
      } else if (leavesOpen(raw)) {
        open = raw;
        target = out.ownerDocument.createElement('div');
      } else out.append(sanitizeHtml(raw, out.ownerDocument));
      i = end;
      continue;
    }
    if (line[0] !== LAZY && isTableStart(lines, i)) {
      i = renderTable(lines, i, target);
      continue;
    }
    // Paragraph, possibly turned into a setext heading by its underline. A lazy line only ever continues it.
    line = unlazy(line);
    const para = [trimStartWs(line)];
    let tag = 'p';
    for (i++; i < lines.length && !isBlank(lines[i]); i++) {
      const next = lines[i];
      if (next[0] !== LAZY) {
        if (SETEXT.test(next)) {
          tag = next.trim()[0] === '=' ? 'h1' : 'h2';
          i++;
          break;
        }
        if (interruptsParagraph(next) || isTableStart(lines, i)) break;
      }
      para.push(trimStartWs(unlazy(next)));
    }
    renderInline(trimEndWs(para.join('\n')), add(tag));
  }
  flush();
  return gap;
}

const lazy = (line: string): string => (line[0] === LAZY ? line : LAZY + line);
const unlazy = (line: string): string => (line[0] === LAZY ? line.slice(1) : line);

/** Follows a container's content line by line, as far as lazy continuation needs: is a paragraph open? */
function follow(flow: Flow, line: string): void {
  if (flow.fence) {
    const close = FENCE_CLOSE.exec(line);
    if (close && close[1][0] === flow.fence[0] && close[1].length >= flow.fence.length) flow.fence = null;
    return;
  }
  if (line[0] === LAZY) return;
  // Nested containers: what follows their markers decides.
  for (let k = 0; k < MAX_BLOCK_DEPTH; k++) {
    const quoted = quoteContent(line);
    const marker = quoted === null ? listMarker(line) : null;
    if (quoted !== null) line = quoted;
    else if (marker && !THEMATIC.test(line)) line = marker.first;
    else break;
  }
  const fence = fenceOpen(line);
  if (fence) flow.fence = fence.marker;
  flow.paragraph =
    !isBlank(line) &&
    !fence &&
    (flow.paragraph
      ? !SETEXT.test(line) && !interruptsParagraph(line)
      : indentOf(line) < 4 && !atxHeading(line) && !THEMATIC.test(line) && !htmlBlockStart(line, false));
}

function renderList(lines: string[], start: number, out: Element, depth: number): number {
  const first = listMarker(lines[start])!;
  const list = el(out, first.ordered ? 'ol' : 'ul');
  if (first.ordered && first.start !== 1) list.setAttribute('start', String(first.start));
  const items: string[][] = [];
  // A list is loose when a blank line separates two items, or two blocks directly inside an item.
  let loose = false;
  let blankBefore = false; // the previous item ended with blank lines
  let trailing = 0;
  let i = start;
  while (i < lines.length) {
    const marker = listMarker(lines[i]);
    if (!marker || marker.ordered !== first.ordered || marker.char !== first.char || THEMATIC.test(lines[i])) break;
    if (blankBefore) loose = true;
    const item = [marker.first];
    const flow: Flow = { paragraph: false, fence: null };
    follow(flow, marker.first);
    // An item that starts with a blank line ends at it unless the next line is indented (§5.2): `-\n\n  foo`.
    let closed = false;
    for (i++; i < lines.length; i++) {
      const line = lines[i];
      if (isBlank(line)) {
        closed ||= item.length === 1 && marker.empty;
        item.push('');
        follow(flow, '');
      } else if (closed) break;
      else if (indentOf(line) >= marker.contentIndent) {
        const content = line.slice(marker.contentIndent);
        item.push(content);
        follow(flow, content);
      } else if (flow.paragraph && !interruptsParagraph(line) && !listMarker(line)) item.push(lazy(line));
      else break;
    }
    let end = item.length;
    while (end > 1 && isBlank(item[end - 1])) end--;
    trailing = item.length - end;
    blankBefore = trailing > 0;
    items.push(item.slice(0, end));
  }
  const lis = items.map((item) => {
    const li = el(list, 'li');
    loose = renderBlocks(item, li, depth + 1) || loose;
    return li;
  });
  // Tight lists show their paragraphs without <p> spacing.
  if (!loose) for (const li of lis) for (const p of Array.from(li.children)) if (p.localName === 'p') p.replaceWith(...Array.from(p.childNodes));
  // The last item's trailing blank lines are left to the caller: they may separate this list from its next block.
  return i - trailing;
}

function renderTable(lines: string[], start: number, out: Element): number {
  const header = splitRow(lines[start]);
  const table = el(out, 'table');
  const headRow = el(el(table, 'thead'), 'tr');
  for (const cell of header) renderInline(cell, el(headRow, 'th'));
  let i = start + 2;
  let body: Element | null = null;
  for (; i < lines.length && !isBlank(lines[i]) && !interruptsParagraph(lines[i]); i++) {
    body ??= el(table, 'tbody');
    const cells = splitRow(unlazy(lines[i]));
    const row = el(body, 'tr');
    for (let c = 0; c < header.length; c++) renderInline(cells[c] ?? '', el(row, 'td'));
  }
  return i;
}

function isTableStart(lines: string[], i: number): boolean {
  const delimiter = lines[i + 1];
  if (delimiter === undefined || !lines[i].includes('|') || !delimiter.includes('-') || indentOf(lines[i]) >= 4) return false;
  const cells = splitRow(delimiter);
  return cells.every((cell) => /^:?-+:?$/.test(cell)) && cells.length === splitRow(lines[i]).length;
}

/** Splits a table row on unescaped pipes; `\|` becomes a literal pipe (also inside code spans, as GFM). */
function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let k = 0; k < row.length; k++) {
    if (row[k] === '\\' && row[k + 1] === '|') {
      cell += '|';
      k++;
    } else if (row[k] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += row[k];
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** A blockquote line's content after `>` and one optional space (a tab after `>` counts as the columns it spans), or null. */
function quoteContent(line: string): string | null {
  const m = QUOTE.exec(line);
  if (!m) return null;
  const rest = expandTabs(line.slice(m[0].length), m[0].length);
  return rest[0] === ' ' ? rest.slice(1) : rest;
}

interface ListMarker {
  ordered: boolean;
  char: string;
  start: number;
  contentIndent: number;
  first: string;
  empty: boolean;
}

function listMarker(line: string): ListMarker | null {
  const m = LIST_ITEM.exec(line);
  if (!m) return null;
  const markerEnd = m[0].length;
  // Tabs after the marker count as the columns they span.
  const rest = expandTabs(line.slice(markerEnd), markerEnd);
  const spaces = indentOf(rest);
  const empty = isBlank(rest);
  if (spaces === 0 && !empty) return null;
  const ordered = m[2].length > 1 || /\d/.test(m[2]);
  // Five or more spaces after the marker: the content is an indented code block one column in.
  const wide = spaces > 4 || empty;
  return {
    ordered,
    char: m[2].slice(-1),
    start: ordered ? Number.parseInt(m[2], 10) : 1,
    contentIndent: markerEnd + (wide ? 1 : spaces),
    first: empty ? '' : rest.slice(wide ? 1 : spaces),
    empty,
  };
}

/** Lines that end a paragraph (and so cannot be lazy continuation lines). */
function interruptsParagraph(line: string): boolean {
  if (line[0] === LAZY) return false;
  if (fenceOpen(line) || atxHeading(line) || THEMATIC.test(line) || QUOTE.test(line) || htmlBlockStart(line, true)) return true;
  const marker = listMarker(line);
  return !!marker && !marker.empty && (!marker.ordered || marker.start === 1);
}

function fenceOpen(line: string): { indent: number; marker: string } | null {
  const m = FENCE.exec(line);
  if (!m || (m[2][0] === '`' && m[3].includes('`'))) return null;
  return { indent: m[1].length, marker: m[2] };
}

function atxHeading(line: string): { level: number; text: string } | null {
  const m = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(line);
  if (!m) return null;
  let text = line.slice(m[0].length).trim();
  // Optional closing sequence: trailing #s preceded by a space (written without a backtracking regex).
  let k = text.length;
  while (k > 0 && text[k - 1] === '#') k--;
  if (k === 0) text = '';
  else if (k < text.length && (text[k - 1] === ' ' || text[k - 1] === '\t')) text = trimEndWs(text.slice(0, k));
  return { level: m[1].length, text };
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || /^[ \t]*$/.test(line);
}

function indentOf(line: string): number {
  let n = 0;
  while (line[n] === ' ') n++;
  return n;
}

function stripIndent(line: string, max: number): string {
  return line.slice(Math.min(indentOf(line), max));
}

function trimStartWs(text: string): string {
  return text.replace(/^[ \t]+/, '');
}

/** Like trimEnd for spaces/tabs only; a loop because `/[ \t]+$/` is quadratic on long space runs. */
function trimEndWs(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** Expands tabs in leading whitespace to 4-column stops (`text` starts at column `col`), so indentation is counted in spaces only. */
function expandTabs(text: string, col: number): string {
  let width = 0;
  let k = 0;
  for (; text[k] === ' ' || text[k] === '\t'; k++) width += text[k] === '\t' ? 4 - ((col + width) % 4) : 1;
  return width === k ? text : ' '.repeat(width) + text.slice(k);
}

// ---------------------------------------------------------------------------------------------------
// Inlines
//
// Inline content is first built as a tiny linked tree of plain objects, not DOM: wrapping a run of
// siblings in <em> is then O(1), whereas moving DOM subtrees costs Blink a walk of the moved subtree
// (quadratic for 10k nested emphasis). The tree is turned into DOM once, depth-capped, at the end.

interface INode {
  tag: string | null; // null: text
  text: string;
  href: string;
  first: INode | null;
  last: INode | null;
  prev: INode | null;
  next: INode | null;
}

interface Delimiter {
  node: INode;
  char: string;
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

interface Bracket {
  node: INode;
  image: boolean;
  /** Links formed before this bracket opened; if more form while it is open, it is inert. */
  links: number;
  /** Top of the delimiter list when the bracket opened: emphasis inside the link stops there. */
  delimiters: Delimiter | null;
}

const MAX_INLINE_DEPTH = 16;
const PLAIN = /[^\\`*_[\]!<&\nh]+/y;
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\x00-\x20]*)>/y;
const EMAIL = /<([\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y;
const INLINE_BR = /<br\s{0,8}\/?>/iy;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/y;
const BARE_URL = /https?:\/\/[^\s<]+/y;
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const PUNCT = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;

const inode = (tag: string | null, text = '', href = ''): INode => ({ tag, text, href, first: null, last: null, prev: null, next: null });

function appendNode(parent: INode, node: INode): INode {
  node.prev = parent.last;
  node.next = null;
  if (parent.last) parent.last.next = node;
  else parent.first = node;
  parent.last = node;
  return node;
}

function removeNode(parent: INode, node: INode): void {
  if (node.prev) node.prev.next = node.next;
  else parent.first = node.next;
  if (node.next) node.next.prev = node.prev;
  else parent.last = node.prev;
  node.prev = node.next = null;
}

/** Moves the siblings after `from` (up to, not including, `to`; null: to the end) into `into`. */
function moveSiblings(parent: INode, from: INode, to: INode | null, into: INode): void {
  const first = from.next;
  const last = to ? to.prev : parent.last;
  if (!first || first === to || !last) return;
  from.next = to;
  if (to) to.prev = from;
  else parent.last = from;
  first.prev = null;
  last.next = null;
  into.first = first;
  into.last = last;
}

function plainText(node: INode): string {
  let text = '';
  const stack: INode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.tag === null) text += n.text;
    for (let c = n.last; c; c = c.prev) stack.push(c);
  }
  return text;
}

function renderInline(src: string, out: Element): void {
  const root = inode('');
  let buf = '';
  let top: Delimiter | null = null;
  const brackets: Bracket[] = [];
  // Links cannot contain links: a `[` still open when a link forms becomes inert (see Bracket.links).
  let linksFormed = 0;
  const nextTicks = backtickRuns(src);

  const flush = (): void => {
    if (buf) appendNode(root, inode(null, buf));
    buf = '';
  };
  const add = (node: INode): INode => {
    flush();
    return appendNode(root, node);
  };
  const link = (href: string, label: string): void => {
    appendNode(add(inode('a', '', href)), inode(null, label));
  };
  const skipSpaces = (k: number): number => {
    while (src[k] === ' ' || src[k] === '\t') k++;
    return k;
  };
  const unlink = (d: Delimiter): void => {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    if (top === d) top = d.prev;
  };

  /** CommonMark's "process emphasis" for the delimiters above `bottom`, then forgets them. */
  const processEmphasis = (bottom: Delimiter | null): void => {
    let closer: Delimiter | null = null;
    for (let d = top; d && d !== bottom; d = d.prev) closer = d;
    // Where a failed search for an opener stopped, per kind of closer: keeps the search linear.
    const floors = new Map<string, Delimiter | null>();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen}${closer.original % 3}`;
      const floor = floors.has(key) ? floors.get(key) : bottom;
      let opener = closer.prev;
      while (opener && opener !== bottom && opener !== floor && !(opener.canOpen && opener.char === closer.char && !oddMatch(opener, closer))) {
        opener = opener.prev;
      }
      if (!opener || opener === bottom || opener === floor) {
        floors.set(key, closer.prev);
        const next: Delimiter | null = closer.next;
        if (!closer.canOpen) unlink(closer);
        closer = next;
        continue;
      }
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      opener.node.text = opener.char.repeat(opener.count);
      closer.node.text = closer.char.repeat(closer.count);
      const wrapper = inode(use === 2 ? 'strong' : 'em');
      moveSiblings(root, opener.node, closer.node, wrapper);
      opener.node.next = wrapper;
      wrapper.prev = opener.node;
      wrapper.next = closer.node;
      closer.node.prev = wrapper;
      opener.next = closer; // delimiters in between are now inside the wrapper: literal
      closer.prev = opener;
      if (opener.count === 0) {
        removeNode(root, opener.node);
        unlink(opener);
      }
      if (closer.count === 0) {
        const next: Delimiter | null = closer.next;
        removeNode(root, closer.node);
        unlink(closer);
        closer = next;
      }
    }
    top = bottom;
    if (bottom) bottom.next = null;
  };

  const closeBracket = (at: number): number => {
    const opener = brackets.pop();
    const tail = opener && (opener.image || opener.links === linksFormed) ? parseLinkTail(src, at + 1) : null;
    if (!opener || !tail) {
      buf += ']';
      return at + 1;
    }
    flush();
    processEmphasis(opener.delimiters);
    const content = inode('');
    moveSiblings(root, opener.node, null, content);
    removeNode(root, opener.node);
    if (opener.image) {
      const alt = plainText(content);
      if (alt) appendNode(root, inode(null, alt));
      return tail.end;
    }
    linksFormed++;
    const href = safeHttpUrl(encodeDestination(tail.destination));
    // An unsafe destination leaves just the link text.
    const target = href ? appendNode(root, inode('a', '', href)) : root;
    for (let n = content.first; n; ) {
      const next: INode | null = n.next;
      appendNode(target, n);
      n = next;
    }
    if (href && !target.first) appendNode(target, inode(null, href));
    return tail.end;
  };

  let i = 0;
  while (i < src.length) {
    PLAIN.lastIndex = i;
    const plain = PLAIN.exec(src);
    if (plain) {
      buf += plain[0];
      i += plain[0].length;
      continue;
    }
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1];
      if (next === '\n') {
        add(inode('br'));
        i = skipSpaces(i + 2);
      } else if (next !== undefined && ASCII_PUNCT.test(next)) {
        buf += next;
        i += 2;
      } else {
        buf += c;
        i++;
      }
    } else if (c === '\n') {
      // Only a line that ends in spaces in the source touches the buffer: reading or trimming a long buffer at
      // every line made a paragraph of many lines quadratic (300 KB: 9 s).
      let k = i;
      while (k > 0 && (src[k - 1] === ' ' || src[k - 1] === '\t')) k--;
      const hard = i - k >= 2 && buf.endsWith('  ');
      if (k < i) buf = trimEndWs(buf);
      if (hard) add(inode('br'));
      else buf += '\n';
      i = skipSpaces(i + 1);
    } else if (c === '`') {
      let end = i;
      while (src[end] === '`') end++;
      const close = nextTicks(end - i, end);
      if (close < 0) {
        buf += src.slice(i, end);
        i = end;
      } else {
        let code = src.slice(end, close).replace(/\n/g, ' ');
        if (code.length > 2 && code[0] === ' ' && code[code.length - 1] === ' ' && /[^ ]/.test(code)) code = code.slice(1, -1);
        appendNode(add(inode('code')), inode(null, code));
        i = close + (end - i);
      }
    } else if (c === '*' || c === '_') {
      let end = i;
      while (src[end] === c) end++;
      const node = add(inode(null, src.slice(i, end)));
      const count = end - i;
      if (count <= MAX_RUN) {
        const before = i > 0 ? src[i - 1] : ' ';
        const after = end < src.length ? src[end] : ' ';
        const left = !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
        const right = !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
        // `_` may not open or close inside a word (snake_case stays literal).
        const canOpen = c === '*' ? left : left && (!right || PUNCT.test(before));
        const canClose = c === '*' ? right : right && (!left || PUNCT.test(after));
        if (canOpen || canClose) {
          const d: Delimiter = { node, char: c, count, original: count, canOpen, canClose, prev: top, next: null };
          if (top) top.next = d;
          top = d;
        }
      }
      i = end;
    } else if (c === '[' || (c === '!' && src[i + 1] === '[')) {
      const image = c === '!';
      brackets.push({ node: add(inode(null, image ? '![' : '[')), image, links: linksFormed, delimiters: top });
      i += image ? 2 : 1;
    } else if (c === ']') {
      i = closeBracket(i);
    } else if (c === '<') {
      AUTOLINK.lastIndex = i;
      INLINE_BR.lastIndex = i;
      EMAIL.lastIndex = i;
      const auto = AUTOLINK.exec(src) ?? EMAIL.exec(src);
      const br = auto ? null : INLINE_BR.exec(src);
      if (auto) {
        // Not http(s) (mailto:, an e-mail address, other schemes): its text, as for any link we do not make.
        const href = safeHttpUrl(encodeDestination(auto[1]));
        if (href) link(href, auto[1]);
        else buf += auto[1];
        i += auto[0].length;
      } else if (br) {
        add(inode('br'));
        i += br[0].length;
      } else {
        buf += c;
        i++;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(src);
      buf += m ? (decodeEntity(m) ?? m[0]) : c;
      i += m ? m[0].length : 1;
    } else if (c === 'h' && (i === 0 || /[\s*_~(]/.test(src[i - 1]))) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(src);
      const raw = m ? trimUrlTail(m[0]) : '';
      const href = raw ? safeHttpUrl(raw) : null;
      if (href) link(href, raw);
      // A failed candidate is consumed whole, so it is never rescanned (keeps this linear).
      else buf += raw || c;
      i += raw.length || 1;
    } else {
      buf += c;
      i++;
    }
  }
  flush();
  processEmphasis(null);
  toDom(root, out);
}

/** Builds the DOM for an inline tree, iteratively; deeper than MAX_INLINE_DEPTH, or a link inside a link, is unwrapped. */
function toDom(root: INode, out: Element): void {
  const doc = out.ownerDocument;
  const stack: Array<{ node: INode | null; parent: Element; depth: number; inLink: boolean }> = [
    { node: root.first, parent: out, depth: 0, inLink: false },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const node = frame.node;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.node = node.next;
    if (node.tag === null) {
      if (node.text) frame.parent.append(doc.createTextNode(node.text));
      continue;
    }
    const keep = frame.depth < MAX_INLINE_DEPTH && !(node.tag === 'a' && frame.inLink);
    let parent = frame.parent;
    if (keep) {
      parent = el(frame.parent, node.tag);
      if (node.href) parent.setAttribute('href', node.href);
    }
    stack.push({ node: node.first, parent, depth: frame.depth + (keep ? 1 : 0), inLink: frame.inLink || node.tag === 'a' });
  }
}

function oddMatch(opener: Delimiter, closer: Delimiter): boolean {
  return (
    (opener.canClose || closer.canOpen) &&
    (opener.original + closer.original) % 3 === 0 &&
    !(opener.original % 3 === 0 && closer.original % 3 === 0)
  );
}

/** Parses `(destination "title")` after `]`; returns the decoded destination and where it ends. */
function parseLinkTail(src: string, at: number): { destination: string; end: number } | null {
  if (src[at] !== '(') return null;
  const skip = (k: number): number => {
    let newline = false;
    for (; src[k] === ' ' || src[k] === '\t' || (src[k] === '\n' && !newline); k++) newline ||= src[k] === '\n';
    return k;
  };
  let k = skip(at + 1);
  let destination = '';
  if (src[k] === '<') {
    for (k++; src[k] !== '>'; k++) {
      if (k >= src.length || src[k] === '\n' || src[k] === '<' || destination.length > MAX_DEST) return null;
      if (src[k] === '\\' && ASCII_PUNCT.test(src[k + 1] ?? '')) k++;
      destination += src[k];
    }
    k++;
  } else {
    let depth = 0;
    for (; k < src.length && src[k] > ' '; k++) {
      if (destination.length > MAX_DEST || depth > 32) return null;
      if (src[k] === '(') depth++;
      else if (src[k] === ')' && depth-- === 0) break;
      if (src[k] === '\\' && ASCII_PUNCT.test(src[k + 1] ?? '')) k++;
      destination += src[k];
    }
    if (depth > 0) return null;
  }
  const afterDestination = k;
  k = skip(k);
  const quote = src[k];
  if (k > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
    const close = quote === '(' ? ')' : quote;
    const limit = Math.min(src.length, k + MAX_TITLE);
    for (k++; k < limit && src[k] !== close; k++) {
      if (src[k] === '\\') k++;
      else if (quote === '(' && src[k] === '(') return null;
    }
    if (src[k] !== close) return null;
    k = skip(k + 1);
  }
  if (src[k] !== ')') return null;
  return { destination: decodeEntities(destination), end: k + 1 };
}

/** Percent-encodes what a URL may not contain as it is (`\\`, `[`, spaces, non-ASCII…), keeping valid `%XX` escapes. */
function encodeDestination(url: string): string {
  return url.replace(/%(?![0-9a-fA-F]{2})|[^\w;/?:@&=+$,.!~*'()#%-]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate
    }
  });
}

/** GFM autolink rule: trailing punctuation and unbalanced closing parentheses are not part of a bare URL. */
function trimUrlTail(url: string): string {
  let open = 0;
  let close = 0;
  for (const ch of url) {
    if (ch === '(') open++;
    else if (ch === ')') close++;
  }
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    if ('?!.,:*_~\'";'.includes(ch)) end--;
    else if (ch === ')' && close > open) {
      end--;
      close--;
    } else break;
  }
  return url.slice(0, end);
}

/**
 * Positions of backtick runs by length, so finding a code span's closer never rescans the text. Returns
 * `next(length, from)`: the start of the first run of exactly `length` backticks at or after `from`, or -1
 * (calls must not go backwards).
 */
function backtickRuns(src: string): (length: number, from: number) => number {
  const runs = new Map<number, number[]>();
  const cursor = new Map<number, number>();
  for (let k = src.indexOf('`'); k >= 0; k = src.indexOf('`', k)) {
    let end = k;
    while (src[end] === '`') end++;
    const list = runs.get(end - k) ?? [];
    list.push(k);
    runs.set(end - k, list);
    k = end;
  }
  return (length, from) => {
    const list = runs.get(length) ?? [];
    let k = cursor.get(length) ?? 0;
    while (k < list.length && list[k] < from) k++;
    cursor.set(length, k);
    return k < list.length ? list[k] : -1;
  };
}

// ---------------------------------------------------------------------------------------------------
// Entities

/** Named entities decoded so far; null marks names that are not entities. */
const namedEntities = new Map<string, string | null>();

/**
 * Decodes every named entity the text uses with one inert DOMParser call (the browser knows the full
 * table, so we need not ship it). The names are validated as [a-zA-Z0-9]+, so the probe string built
 * here cannot contain markup of its own.
 */
function learnEntities(text: string): void {
  const wanted = new Set<string>();
  for (const m of text.matchAll(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g)) {
    if (!namedEntities.has(m[1])) wanted.add(m[1]);
    if (wanted.size >= 2000) break;
  }
  if (wanted.size === 0) return;
  if (namedEntities.size > 10_000) namedEntities.clear();
  const names = [...wanted];
  const probe = parseInert(names.map((name) => `<p>&${name};</p>`).join(''));
  const decoded = probe.body.children;
  names.forEach((name, k) => {
    const value = decoded[k]?.textContent ?? '';
    // "&notit;" decodes as the legacy "&not" + "it;": a real entity never leaves a ";" behind.
    const real = value !== `&${name};` && value !== '' && !(value.length > 1 && value.endsWith(';'));
    namedEntities.set(name, real ? value : null);
  });
}

function decodeEntity(m: RegExpExecArray): string | null {
  if (m[3] !== undefined) return namedEntities.get(m[3]) ?? null;
  const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number.parseInt(m[2], 10);
  // NUL, surrogates and out-of-range code points become the replacement character, as in CommonMark.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let result = '';
  let k = 0;
  while (k < text.length) {
    const amp = text.indexOf('&', k);
    if (amp < 0) break;
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(text);
    result += text.slice(k, amp) + (m ? (decodeEntity(m) ?? m[0]) : '&');
    k = amp + (m ? m[0].length : 1);
  }
  return result + text.slice(k);
}
