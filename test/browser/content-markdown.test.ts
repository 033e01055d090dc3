import { expect } from '@open-wc/testing';
import { renderMarkdown } from '../../src/content/markdown.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, SANITIZE_LIMITS } from '../../src/content/sanitize.js';
import { hostileMarkdown } from '../fixtures/hostile-markdown.js';

declare global {
  interface Window {
    __xss: number;
  }
}

/** Compact structure: elements as tag{attr=value}(children), text as JSON strings. rel/target on links are checked separately. */
function shape(node: Node): string {
  return Array.from(node.childNodes)
    .map((child) => {
      if (child.nodeType === Node.TEXT_NODE) return JSON.stringify((child as Text).data);
      const el = child as Element;
      const attrs = el
        .getAttributeNames()
        .filter((name) => !(el.localName === 'a' && (name === 'rel' || name === 'target')))
        .map((name) => `${name}=${el.getAttribute(name)}`);
      return `${el.localName}${attrs.length ? `{${attrs.join(',')}}` : ''}${el.firstChild ? `(${shape(el)})` : ''}`;
    })
    .join(',');
}

/** Shape with adjacent text nodes merged, so tests do not depend on how text was split while parsing. */
const md = (markdown: string): string => {
  const fragment = renderMarkdown(markdown);
  fragment.normalize();
  return shape(fragment);
};

function assertSafe(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED_ELEMENTS.has(el.localName), `element <${el.localName}>`).to.equal(true);
    const allowed = ALLOWED_ATTRIBUTES[el.localName] ?? [];
    for (const name of el.getAttributeNames()) expect(allowed, `attribute ${name} on <${el.localName}>`).to.include(name);
    if (el.localName === 'a') {
      expect(el.getAttribute('href')).to.match(/^https?:\/\//);
      expect(el.getAttribute('rel')).to.equal('noreferrer noopener');
      expect(el.getAttribute('target')).to.equal('_blank');
    }
  }
}

const settle = (ms = 100): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('renderMarkdown: blocks', () => {
  it('renders ATX headings, with optional closing hashes', () => {
    expect(md('# One\n## Two ##\n###### Six\n####### seven\n#no')).to.equal(
      'h1("One"),h2("Two"),h6("Six"),p("####### seven\\n#no")',
    );
  });

  it('renders setext headings', () => {
    expect(md('Title\n=====\n\nSub\n---')).to.equal('h1("Title"),h2("Sub")');
  });

  it('renders paragraphs with soft and hard breaks', () => {
    expect(md('a\nb\n\nc  \nd\\\ne')).to.equal('p("a\\nb"),p("c",br,"d",br,"e")');
  });

  it('renders fenced code blocks verbatim, ignoring the info string', () => {
    expect(md('```js\nlet a = 1 < 2 && *b*;\n\n  x\n```\nafter')).to.equal(
      'pre(code("let a = 1 < 2 && *b*;\\n\\n  x\\n")),p("after")',
    );
    expect(md('~~~~\n~~~\n```\n~~~~')).to.equal('pre(code("~~~\\n```\\n"))');
    expect(md('```\nunclosed')).to.equal('pre(code("unclosed\\n"))');
  });

  it('renders indented code blocks', () => {
    expect(md('    code\n      more\n\n    end\n\npara')).to.equal('pre(code("code\\n  more\\n\\nend\\n")),p("para")');
  });

  it('renders nested blockquotes with lazy continuation', () => {
    expect(md('> a\nlazy\n> > b\n\nout')).to.equal('blockquote(p("a\\nlazy"),blockquote(p("b"))),p("out")');
  });

  it('renders tight bullet lists with every marker', () => {
    expect(md('- a\n- b\n\n* c\n\n+ d')).to.equal('ul(li("a"),li("b")),ul(li("c")),ul(li("d"))');
  });

  it('renders ordered lists with start numbers and both delimiters', () => {
    expect(md('1. a\n2. b')).to.equal('ol(li("a"),li("b"))');
    expect(md('3) c\n4) d')).to.equal('ol{start=3}(li("c"),li("d"))');
  });

  it('renders loose lists with paragraphs', () => {
    expect(md('- a\n\n- b')).to.equal('ul(li(p("a")),li(p("b")))');
    expect(md('1. a\n\n   para\n2. b')).to.equal('ol(li(p("a"),p("para")),li(p("b")))');
  });

  it('keeps a list with an empty item tight', () => {
    expect(md('* a\n*\n* b')).to.equal('ul(li("a"),li,li("b"))');
  });

  it('ends a list at a blank line followed by unindented text', () => {
    expect(md('- a\n\nb')).to.equal('ul(li("a")),p("b")');
  });

  it('nests lists by indentation', () => {
    expect(md('- a\n  - b\n    1. c\n- d')).to.equal('ul(li("a",ul(li("b",ol(li("c"))))),li("d"))');
  });

  it('keeps multi-line list items and code inside items', () => {
    expect(md('- a\n  continued\n- ```\n  x\n  ```')).to.equal('ul(li("a\\ncontinued"),li(pre(code("x\\n"))))');
  });

  it('renders thematic breaks', () => {
    expect(md('a\n\n---\n\n* * *\n___')).to.equal('p("a"),hr,hr,hr');
  });

  it('renders GFM tables (alignment row parsed, not rendered)', () => {
    expect(md('| A | *B* |\n|:--|--:|\n| 1 | `2` |\n| 3 \\| x |\n\nafter')).to.equal(
      'table(thead(tr(th("A"),th(em("B")))),tbody(tr(td("1"),td(code("2"))),tr(td("3 | x"),td))),p("after")',
    );
    expect(md('a | b\n--- | ---')).to.equal('table(thead(tr(th("a"),th("b"))))');
  });

  it('does not mistake a setext heading for a table', () => {
    expect(md('a | b\n---')).to.equal('h2("a | b")');
  });

  it('passes block-level HTML through the sanitiser', () => {
    expect(md('<div>\n<b>bold</b> <i>it</i>\n</div>\n\n*md*')).to.equal(
      '"\\n",strong("bold")," ",em("it"),"\\n",p(em("md"))',
    );
    expect(md('<table><tr><td colspan=2 onclick="x">c</td></tr></table>')).to.equal(
      'table(tbody(tr(td{colspan=2}("c"))))',
    );
  });
});

describe('renderMarkdown: HTML blocks start only where CommonMark says', () => {
  it('keeps a line that starts with a name in angle brackets as text', () => {
    expect(md('<Kari Nordmann> skrev:\n> Hei')).to.equal('p("<Kari Nordmann> skrev:"),blockquote(p("Hei"))');
    expect(md('<b>Viktig:</b> betal **innen** fredag.')).to.equal('p("<b>Viktig:</b> betal ",strong("innen")," fredag.")');
    expect(md('<kari@example.no> skrev:')).to.equal('p("kari@example.no skrev:")');
  });

  it('reads a complete tag alone on its line as an HTML block (type 7), which cannot interrupt a paragraph', () => {
    expect(md('<b class="x">\n*md*\n</b>\n\nafter')).to.equal('strong("\\n*md*\\n"),p("after")');
    expect(md('para\n<b>\nmore')).to.equal('p("para\\n<b>\\nmore")');
    expect(md('<a title="a lot\n---')).to.equal('h2("<a title=\\"a lot")');
  });

  it('lets block-level tags (type 6) interrupt a paragraph', () => {
    expect(md('Foo\n<div>\nbar\n</div>')).to.equal('p("Foo"),"\\nbar\\n"');
  });

  it('reads blocks between an HTML block that leaves an element open and the next HTML block as a browser would', () => {
    // CommonMark example 191: the code block between parts of a table goes before the table (foster parenting).
    expect(md('<table>\n\n  <tr>\n\n    <td>\n      Hi\n    </td>\n\n  </tr>\n\n</table>')).to.equal(
      'pre(code("<td>\\n  Hi\\n</td>\\n")),table(tbody(tr))',
    );
    // Inside an open cell or list, the markdown goes inside it.
    expect(md('<table><tr><td>\n\n*hi*\n\n</td></tr></table>')).to.equal('table(tbody(tr(td("\\n",p(em("hi")),"\\n"))))');
    expect(md('<ul>\n\n- no: *x*\n\n</ul>\n\nafter')).to.equal('ul("\\n",ul(li("no: ",em("x"))),"\\n"),p("after")');
    // Without a later HTML block, or when the open block would swallow it, the markdown stays apart, as before.
    expect(md('<table>\n\n*hi*')).to.equal('table,p(em("hi"))');
    expect(md('<blockquote><!--\n\n*kept*\n\n</blockquote>')).to.equal('blockquote,p(em("kept"))');
    expect(md('<blockquote title="\n\n*kept* "\n\n</blockquote>')).to.contain('em("kept")');
  });

  it('runs comments, processing instructions, declarations and CDATA to their end markers', () => {
    expect(md('<?php\n\n  echo 1;\n\n?>\nokay')).to.equal('p("okay")');
    expect(md('<![CDATA[\nx\n\ny\n]]>\nokay')).to.equal('p("okay")');
    expect(md('<!DOCTYPE html>\nokay')).to.equal('p("okay")');
  });
});

describe('renderMarkdown: containers', () => {
  it('continues only a paragraph lazily', () => {
    expect(md('> foo\nbar\n===')).to.equal('blockquote(p("foo\\nbar\\n==="))');
    expect(md('> ```\nfoo\n```')).to.equal('blockquote(pre(code)),p("foo"),pre(code)');
    expect(md('>     code\n    more')).to.equal('blockquote(pre(code("code\\n"))),pre(code("more\\n"))');
    expect(md('- a\nb\n- c')).to.equal('ul(li("a\\nb"),li("c"))');
    expect(md('> - a\nb')).to.equal('blockquote(ul(li("a\\nb")))');
  });

  it('keeps looseness inside the list where the blank line is', () => {
    expect(md('- a\n  - b\n\n    c\n- d')).to.equal('ul(li("a",ul(li(p("b"),p("c")))),li("d"))');
    expect(md('- a\n- ```\n  b\n\n\n  ```\n- c')).to.equal('ul(li("a"),li(pre(code("b\\n\\n\\n"))),li("c"))');
    expect(md('- a\n\n  b\n- c')).to.equal('ul(li(p("a"),p("b")),li(p("c")))');
  });

  it('ends a list item that starts with a blank line at the next unindented... or any further blank line', () => {
    expect(md('-\n\n  foo')).to.equal('ul(li),p("foo")');
    expect(md('-\n  foo')).to.equal('ul(li("foo"))');
  });

  it('counts a tab after > or a list marker as the columns it spans', () => {
    expect(md('>\t\tfoo')).to.equal('blockquote(pre(code("  foo\\n")))');
    expect(md('-\t\tfoo')).to.equal('ul(li(pre(code("  foo\\n"))))');
    expect(md('-\tfoo')).to.equal('ul(li("foo"))');
  });

  it('does not add a line to an unclosed fence for the final line ending', () => {
    expect(md('```\n')).to.equal('pre(code)');
    expect(md('```\na\n')).to.equal('pre(code("a\\n"))');
  });
});

describe('renderMarkdown: inlines', () => {
  it('renders emphasis and strong with * and _', () => {
    expect(md('*a* _b_ **c** __d__ ***e***')).to.equal(
      'p(em("a")," ",em("b")," ",strong("c")," ",strong("d")," ",em(strong("e")))',
    );
  });

  it('nests emphasis the CommonMark way', () => {
    expect(md('*a **b** c*')).to.equal('p(em("a ",strong("b")," c"))');
    expect(md('**a *b* c**')).to.equal('p(strong("a ",em("b")," c"))');
  });

  it('does not emphasise inside words with _ or around spaces', () => {
    expect(md('snake_case_name and a * b * c')).to.equal('p("snake_case_name and a * b * c")');
    expect(md('in*ter*word')).to.equal('p("in",em("ter"),"word")');
  });

  it('leaves unmatched delimiters literal', () => {
    expect(md('**a *b')).to.equal('p("**a *b")');
    expect(md('**foo*')).to.equal('p("*",em("foo"))');
    expect(md('*foo**')).to.equal('p(em("foo"),"*")');
    expect(md('__init__ _a_b')).to.equal('p(strong("init")," _a_b")');
  });

  it('renders code spans without interpreting their content', () => {
    expect(md('`*a* <b>` and `` a ` b `` and ` `` `')).to.equal(
      'p(code("*a* <b>")," and ",code("a ` b")," and ",code("``"))',
    );
    expect(md('`unclosed')).to.equal('p("`unclosed")');
  });

  it('renders links with safe URLs, ignoring titles', () => {
    expect(md('[a *b*](https://example.no/x "title") and [c](<http://x.no/a b>)')).to.equal(
      'p(a{href=https://example.no/x}("a ",em("b"))," and ",a{href=http://x.no/a%20b}("c"))',
    );
    const a = renderMarkdown('[x](https://x.no)').querySelector('a')!;
    expect(a.getAttribute('rel')).to.equal('noreferrer noopener');
    expect(a.getAttribute('target')).to.equal('_blank');
  });

  it('allows balanced parentheses in link destinations', () => {
    expect(md('[w](https://x.no/a_(b))')).to.equal('p(a{href=https://x.no/a_(b)}("w"))');
  });

  it('does not nest links', () => {
    expect(md('[a [b](https://b.no/) c](https://a.no/)')).to.equal(
      'p("[a ",a{href=https://b.no/}("b")," c](",a{href=https://a.no/}("https://a.no/"),")")',
    );
  });

  it('renders autolinks and bare URLs, trimming trailing punctuation', () => {
    expect(md('<https://x.no/a> and see https://y.no/b_c. (https://z.no/p)')).to.equal(
      'p(a{href=https://x.no/a}("https://x.no/a")," and see ",a{href=https://y.no/b_c}("https://y.no/b_c"),". (",a{href=https://z.no/p}("https://z.no/p"),")")',
    );
  });

  it('renders unsafe links as their text', () => {
    expect(md('[click](javascript:alert(1)) [rel](/relative) <mailto:a@b.no>')).to.equal('p("click rel mailto:a@b.no")');
  });

  it('renders e-mail and non-http autolinks as their text, without the brackets', () => {
    expect(md('<kari@example.no> <irc://foo.bar:2233/baz> <a+b+c:d>')).to.equal('p("kari@example.no irc://foo.bar:2233/baz a+b+c:d")');
    expect(md('<kari\\@example.no>')).to.equal('p("<kari@example.no>")');
  });

  it('percent-encodes a backslash or bracket in a link destination', () => {
    expect(md('<https://x.no?find=\\*>')).to.equal('p(a{href=https://x.no/?find=%5C*}("https://x.no?find=\\\\*"))');
    expect(md('[a](https://x.no/[b])')).to.equal('p(a{href=https://x.no/%5Bb%5D}("a"))');
  });

  it('renders images as their alt text', () => {
    expect(md('![a *chart*](https://x.no/i.png "t") [![logo](i.png)](https://x.no/)')).to.equal(
      'p("a chart ",a{href=https://x.no/}("logo"))',
    );
  });

  it('applies backslash escapes', () => {
    expect(md('\\*a\\* \\[b\\] \\\\ \\q')).to.equal('p("*a* [b] \\\\ \\\\q")');
  });

  it('decodes entities as text', () => {
    expect(md('&amp; &lt;b&gt; a&nbsp;b &#123; &#x41; &aring;&oslash;&aelig; &nosuch; &#0;')).to.equal(
      `p(${JSON.stringify('& <b> a\u00a0b { A åøæ &nosuch; \uFFFD')})`,
    );
    expect(md('`&amp;`')).to.equal('p(code("&amp;"))');
  });

  it('honours inline <br> only; other inline HTML is literal', () => {
    expect(md('a<br>b<BR />c <b>d</b> <span onclick="x">e</span>')).to.equal(
      'p("a",br,"b",br,"c <b>d</b> <span onclick=\\"x\\">e</span>")',
    );
  });

  it('renders headings, tables and list items with inline content', () => {
    expect(md('# *a* [b](https://b.no)')).to.equal('h1(em("a")," ",a{href=https://b.no/}("b"))');
  });
});

/**
 * The corpus (test/fixtures/hostile-markdown.ts) expects these autolinks with their brackets, as the renderer once
 * showed them; CommonMark's autolink text has none, and a link we do not make shows its text. Until the fixture says
 * so itself, the expectation is corrected here.
 */
const AUTOLINK_TEXT: Readonly<Record<string, string>> = {
  'javascript autolink': 'javascript:window.__xss++',
  'data autolink': 'data:text/html,x',
};

describe('renderMarkdown: hostile input', () => {
  for (const payload of hostileMarkdown) {
    it(`neutralises: ${payload.name}`, async () => {
      window.__xss = 0;
      const host = document.createElement('div');
      host.append(renderMarkdown(payload.markdown));
      document.body.append(host);
      try {
        await settle();
        expect(window.__xss).to.equal(0);
        assertSafe(host);
        const text = AUTOLINK_TEXT[payload.name] ?? payload.text;
        if (text !== undefined) expect(host.textContent).to.equal(text);
      } finally {
        host.remove();
      }
    });
  }

  it('returns nodes owned by the target document', () => {
    const other = document.implementation.createHTMLDocument('');
    const fragment = renderMarkdown('*a* [b](https://b.no)', other);
    expect(fragment.ownerDocument).to.equal(other);
    expect(fragment.querySelector('a')!.ownerDocument).to.equal(other);
  });

  it('handles empty and non-string input', () => {
    expect(md('')).to.equal('');
    expect(shape(renderMarkdown(null as unknown as string))).to.equal('');
  });
});

/**
 * The words a reader must get: runs of letters and digits in the input, less what is markup rather than text: tags
 * (with their quoted attribute values), ordered-list numbers, comments and other `<!…>`/`<?…>` constructs, the content of elements the sanitiser drops whole as code or form UI,
 * link destinations and titles, entity names and fence info strings.
 */
function readableWords(markdown: string): string[] {
  const text = markdown
    // First, as a tag's regex could run into them: fence lines (also after container markers) carry info strings.
    .replace(/^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)]))*[ \t]*(?:`{3,}|~{3,}).*$/gm, ' ')
    .replace(/<(script|style|textarea|title|template|noscript|iframe|noembed|noframes|xmp|svg|math|select|button|object)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(?:[!?]|\/(?![A-Za-z]))[^>]*(?:>|$)/g, ' ')
    .replace(/<\/?[A-Za-z](?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/g, ' ')
    .replace(/\b\d{1,9}[.)](?=[ \t]|$)/gm, ' ')
    .replace(/\]\([^)]*\)?/g, ' ')
    .replace(/&#?[A-Za-z0-9]+;/g, ' ');
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words of the input missing from the rendered text (links' addresses count as shown). */
function lostWords(markdown: string): string[] {
  const fragment = renderMarkdown(markdown);
  const shown = `${fragment.textContent} ${Array.from(fragment.querySelectorAll('a'), (a) => a.getAttribute('href')).join(' ')}`;
  return readableWords(markdown).filter((word) => !shown.includes(word));
}

/**
 * A seeded generator of markdown-ish text: words mixed with markup of every kind the renderer reads. Its HTML
 * pieces are whole tags and comments: half a tag or comment lets the browser's HTML tokenizer swallow text as
 * markup in ways a regex cannot follow (readableWords would then misjudge what is markup).
 */
function fuzzMarkdown(seed: number, pieces: number): string {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const markup = [
    '*', '_', '**', '__', '`', '``', '[', ']', '](https://x.no/)', '](javascript:x)', '![', '<', '>', '</', '<b>', '</b>',
    '<div>', '</div>', '<p>', '<Kari Nordmann>', '<kari@example.no>', '<https://a.no/>', '<mailto:a@b.no>', '> ', '- ',
    '1. ', '# ', '```', '~~~', '    ', '\t', '|', '---', '===', '&amp;', '&', '\\', ' ', ' ', ' ', '\n', '\n', '\n\n',
    '<!-- c -->', '<?x?>', '<br>', 'https://y.no/z', '<span title="t">', '<del>',
  ];
  const letters = 'abcdefghijklmnopqrstuvwxyzæøå';
  let out = '';
  for (let k = 0; k < pieces; k++) {
    if (random() < 0.45) {
      let word = '';
      for (let n = 2 + Math.floor(random() * 6); n > 0; n--) word += letters[Math.floor(random() * letters.length)];
      out += word;
    } else out += markup[Math.floor(random() * markup.length)];
  }
  return out;
}

describe('renderMarkdown: no lost words', () => {
  it('keeps every word that is not markup, over the hostile corpus and the issue examples', () => {
    const inputs = [
      ...hostileMarkdown.map((payload) => payload.markdown),
      '<Kari Nordmann> skrev:\n> Hei',
      '<b>Viktig:</b> betal **innen** fredag.',
      '<Ola> og <Kari> kommer.\n\n<Per Hansen> svarte',
    ];
    for (const markdown of inputs) expect(lostWords(markdown), JSON.stringify(markdown)).to.deep.equal([]);
  });

  it('keeps every word that is not markup, over 2,000 fuzzed documents', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 2_000 && failures.length < 5; seed++) {
      const markdown = fuzzMarkdown(seed, 60);
      const lost = lostWords(markdown);
      if (lost.length) failures.push(`seed ${seed}: lost ${lost.join(', ')} in ${JSON.stringify(markdown)}`);
    }
    expect(failures.join('\n')).to.equal('');
  });

  it('would notice a lost word (the check itself works)', () => {
    expect(readableWords('<b>Viktig:</b> [a](https://x.no "t") &amp;\n```js\n<script>x</script>')).to.deep.equal(['Viktig', 'a']);
    expect(lostWords('plain words')).to.deep.equal([]);
  });
});

describe('renderMarkdown: pathological input', () => {
  const count = (root: Node): number => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) n++;
    return n;
  };
  const depth = (root: Node): number => {
    let max = 0;
    const stack: Array<[Node, number]> = [[root, 0]];
    while (stack.length) {
      const [node, d] = stack.pop()!;
      max = Math.max(max, d);
      for (const child of Array.from(node.childNodes)) stack.push([child, d + 1]);
    }
    return max;
  };
  /**
   * Whether four times the input costs at most eight times the time (quadratic work would cost sixteen; the node cap
   * makes some cases uneven). A busy machine must not fail it, a quadratic renderer must: the two sizes are timed in
   * turn, five times each, and each keeps its best (what the work costs, less the machine's noise); below 10 ms a
   * timing is noise, so that is the least the quarter counts as. A miss is measured again, up to three times: noise
   * passes one of them, quadratic work none.
   */
  const scales = (quarterInput: string, fullInput: string): { ok: boolean; text: string } => {
    let text = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      let quarter = Infinity;
      let full = Infinity;
      for (let run = 0; run < 5; run++) {
        let started = performance.now();
        renderMarkdown(quarterInput);
        quarter = Math.min(quarter, performance.now() - started);
        started = performance.now();
        renderMarkdown(fullInput);
        full = Math.min(full, performance.now() - started);
      }
      text += `${full.toFixed(1)} ms at full size, ${quarter.toFixed(1)} ms at a quarter; `;
      if (full < 8 * Math.max(quarter, 10)) return { ok: true, text };
    }
    return { ok: false, text };
  };
  // Each case at its full size and at a quarter of it: `n(x)` scales a count; `r(x)` a count whose input grows
  // with its square (line k of k characters), so that the input is a quarter too.
  const cases: Array<[string, (n: (x: number) => number, r: (x: number) => number) => string]> = [
    ['100k *', (n) => '*'.repeat(n(100_000))],
    ['100k alternating *a', (n) => '*a'.repeat(n(50_000))],
    ['50k nested emphasis', (n) => '*a '.repeat(n(25_000)) + ' b*'.repeat(n(25_000))],
    ['runs of _ and * mixed', (n) => '_*'.repeat(n(50_000))],
    ['10k nested >', (n) => '>'.repeat(n(10_000)) + ' deep'],
    ['100 KB of lines with growing >', (_, r) => Array.from({ length: r(440) }, (_, k) => '>'.repeat(k) + ' x').join('\n')],
    ['10k [', (n) => '['.repeat(n(10_000))],
    ['10k [ then ]', (n) => '['.repeat(n(10_000)) + ']'.repeat(n(10_000))],
    ['10k [a](', (n) => '[a]('.repeat(n(10_000))],
    ['10k ![', (n) => '!['.repeat(n(10_000)) + 'x' + '](y)'.repeat(n(10_000))],
    ['deeply nested lists', (_, r) => Array.from({ length: r(1_000) }, (_, k) => ' '.repeat(k * 2) + '- item').join('\n')],
    ['list markers on one line', (n) => '- '.repeat(n(20_000)) + 'x'],
    ['10k backticks of varying length', (n) => Array.from({ length: n(3_000) }, (_, k) => '`'.repeat((k % 30) + 1)).join(' a ')],
    ['100k spaces then text', (n) => ' '.repeat(n(100_000)) + 'x  '],
    ['heading of spaces', (n) => '#' + ' '.repeat(n(100_000)) + '#x'],
    ['bare URL candidates', (n) => 'http://('.repeat(n(12_000))],
    ['many entities', (n) => Array.from({ length: n(10_000) }, (_, k) => `&x${k};`).join('')],
    ['wide table', (n) => '|a'.repeat(n(5_000)) + '|\n' + '|-'.repeat(n(5_000)) + '|\n' + '|b'.repeat(n(5_000)) + '|'],
    ['unterminated fences and html', (n) => '```\n<div>\n'.repeat(n(10_000))],
    ['link destination parens', (n) => '[a](' + '('.repeat(n(50_000))],
    // One paragraph of many short lines: each line end used to copy the whole text so far (300 KB: 9 s).
    ['300 KB of lines in one paragraph', (n) => 'a\n'.repeat(n(150_000))],
    ['a setext heading of 100k lines', (n) => 'a\n'.repeat(n(100_000)) + '==='],
    ['a list item with 100k lazy lines', (n) => '- a\n' + 'b\n'.repeat(n(100_000))],
    ['a quote with 100k lazy lines', (n) => '> a\n' + 'b\n'.repeat(n(100_000))],
    ['100k lines ending in two spaces', (n) => 'a  \n'.repeat(n(100_000))],
    // HTML block starts: each line's tag is scanned once, near-misses included.
    ['20k near-miss tags alone on their lines', (n) => '<a b="c" d=e f\n'.repeat(n(20_000))],
    ['20k HTML blocks in a row', (n) => '<x-a y="1">\n\n'.repeat(n(20_000))],
    ['one line of 20k tag starts', (n) => '<a b="'.repeat(n(20_000))],
    ['a quote with 50k lazy lines after a fence', (n) => '> ```\n' + '> a\nb\n'.repeat(n(50_000))],
    ['nested quotes and lists with lazy lines', (n) => '> - > - a\n'.repeat(n(5_000)) + 'lazy\n'.repeat(n(5_000))],
    ['100k tabs after markers', (n) => '>\t-\t'.repeat(n(10_000)) + 'x'],
  ];
  for (const [name, make] of cases) {
    // Linear, whatever the machine's speed (see `scales`).
    it(`stays linear and bounded: ${name}`, () => {
      const full = make((x) => x, (x) => x);
      const fragment = renderMarkdown(full); // also warms the code up
      const { ok, text } = scales(make((x) => Math.round(x / 4), (x) => Math.round(x / 2)), full);
      expect(ok, text).to.equal(true);
      expect(count(fragment)).to.be.at.most(SANITIZE_LIMITS.maxNodes + 1);
      expect(depth(fragment)).to.be.at.most(SANITIZE_LIMITS.maxDepth + 1);
      assertSafe(fragment);
    });
  }

  it('caps 10k nested blockquotes at a fixed depth and keeps the text', () => {
    const fragment = renderMarkdown('>'.repeat(10_000) + ' deep');
    expect(fragment.querySelectorAll('blockquote').length).to.equal(32);
    expect(fragment.textContent).to.match(/deep$/);
  });

  it('leaves a 100k * run literal', () => {
    const fragment = renderMarkdown('*'.repeat(1_000) + 'a' + '*'.repeat(1_000));
    expect(fragment.querySelectorAll('em, strong').length).to.equal(0);
    expect(fragment.textContent!.length).to.equal(2_001);
  });
});
