/**
 * Where an HTML block starts and ends in markdown, as CommonMark 0.31.2 §4.6 says. Only these lines are raw
 * HTML (which then goes through the sanitiser); any other `<...>` is paragraph text, so a line such as
 * `<Kari Nordmann> skrev:` keeps its words.
 */

const TYPE_1 = /^ {0,3}<(?:pre|script|style|textarea)(?=[\s>]|$)/i;
const TYPE_6 =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s>]|\/>|$)/i;
/** End markers of types 1 to 5 (types 6 and 7 end at a blank line). */
const END: Readonly<Record<number, RegExp>> = { 1: /<\/(?:pre|script|style|textarea)>/i, 2: /-->/, 3: /\?>/, 4: />/, 5: /]]>/ };

/** The HTML block type (1 to 7) a line starts, or 0. Type 7 (any complete tag alone on its line) cannot interrupt a paragraph. */
export function htmlBlockStart(line: string, inParagraph: boolean): number {
  if (TYPE_1.test(line)) return 1;
  const k = line.indexOf('<');
  if (k < 0 || k > 3 || line.slice(0, k).trim()) return 0;
  if (line.startsWith('<!--', k)) return 2;
  if (line.startsWith('<?', k)) return 3;
  if (line.startsWith('<![CDATA[', k)) return 5;
  if (/^<![a-zA-Z]/.test(line.slice(k, k + 3))) return 4;
  if (TYPE_6.test(line)) return 6;
  if (inParagraph) return 0;
  const end = tagEnd(line, k, line.length);
  return end > 0 && !line.slice(end).trim() && !/^<(?:pre|script|style|textarea)(?=[\s/>])/i.test(line.slice(k)) ? 7 : 0;
}

/** The index after the last line of the HTML block of `type` that starts at `start`. */
export function htmlBlockEnd(lines: string[], start: number, type: number): number {
  const end = END[type];
  let i = start;
  if (end) {
    // The end marker may be on the start line itself, after the opener.
    for (; i < lines.length; i++) if (end.test(i === start ? lines[i].slice(lines[i].indexOf('<') + 2) : lines[i])) return i + 1;
    return i;
  }
  while (i < lines.length && /\S/.test(lines[i])) i++;
  return i;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n';
const isNameChar = (c: string | undefined): boolean => !!c && /[A-Za-z0-9_.:-]/.test(c);

/**
 * The index after a complete HTML open or closing tag (CommonMark §6.6) starting at `k` (a `<`), or -1. Scans no
 * further than `limit`; written by hand, as a regex for tags backtracks badly on near-misses.
 */
export function tagEnd(s: string, k: number, limit: number): number {
  let i = k + 1;
  const closing = s[i] === '/';
  if (closing) i++;
  if (!/[A-Za-z]/.test(s[i] ?? '')) return -1;
  while (i < limit && /[A-Za-z0-9-]/.test(s[i])) i++;
  if (closing) {
    while (isSpace(s[i])) i++;
    return s[i] === '>' ? i + 1 : -1;
  }
  while (i < limit) {
    const before = i;
    while (isSpace(s[i])) i++;
    if (s[i] === '>') return i + 1;
    if (s[i] === '/') return s[i + 1] === '>' ? i + 2 : -1;
    // An attribute: whitespace, a name, optionally `=` and a value.
    if (i === before || !/[A-Za-z_:]/.test(s[i] ?? '')) return -1;
    while (isNameChar(s[i])) i++;
    let j = i;
    while (isSpace(s[j])) j++;
    if (s[j] !== '=') continue;
    for (j++; isSpace(s[j]); ) j++;
    const quote = s[j];
    if (quote === '"' || quote === "'") {
      for (j++; j < limit && s[j] !== quote; ) j++;
      if (s[j] !== quote) return -1;
      i = j + 1;
    } else {
      const value = j;
      while (j < limit && !/[\s"'=<>`]/.test(s[j] ?? '"')) j++;
      if (j === value) return -1;
      i = j;
    }
  }
  return -1;
}
