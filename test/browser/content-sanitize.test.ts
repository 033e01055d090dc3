import { expect } from '@open-wc/testing';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_ELEMENTS,
  SANITIZE_LIMITS,
  sanitizeHtml,
  sanitizeTree,
} from '../../src/content/sanitize.js';
import { hostileHtml } from '../fixtures/hostile-html.js';

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

const sanitized = (html: string): string => shape(sanitizeHtml(html));

/** Throws unless every element, attribute and link in `root` is within the allow-list. */
function assertSafe(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED_ELEMENTS.has(el.localName), `element <${el.localName}>`).to.equal(true);
    expect(el.namespaceURI).to.equal('http://www.w3.org/1999/xhtml');
    const allowed = ALLOWED_ATTRIBUTES[el.localName] ?? [];
    for (const name of el.getAttributeNames()) {
      expect(allowed, `attribute ${name} on <${el.localName}>`).to.include(name);
    }
    if (el.localName === 'a') {
      expect(el.getAttribute('href')).to.match(/^https?:\/\//);
      expect(el.getAttribute('rel')).to.equal('noreferrer noopener');
      expect(el.getAttribute('target')).to.equal('_blank');
    }
  }
}

const settle = (ms = 100): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function mount(fragment: DocumentFragment): HTMLElement {
  const host = document.createElement('div');
  host.append(fragment);
  document.body.append(host);
  return host;
}

describe('sanitizeHtml: allow-list', () => {
  it('keeps every allowed element with its structure', () => {
    const html =
      '<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>' +
      '<p>a <em>b</em> <strong>c</strong> <code>d</code> <span>e</span><br>f</p>' +
      '<ul><li>u</li></ul><ol><li>o</li></ol><pre>x\n  y</pre><blockquote><p>q</p></blockquote><hr>';
    expect(sanitized(html)).to.equal(
      'h1("1"),h2("2"),h3("3"),h4("4"),h5("5"),h6("6"),' +
        'p("a ",em("b")," ",strong("c")," ",code("d")," ",span("e"),br,"f"),' +
        'ul(li("u")),ol(li("o")),pre("x\\n  y"),blockquote(p("q")),hr',
    );
  });

  it('keeps tables with colspan/rowspan only', () => {
    const html =
      '<table border=1><caption>c</caption><thead><tr><th colspan="2" align="left">h</th></tr></thead>' +
      '<tbody><tr><td rowspan=" 3 ">a</td><td colspan="0">b</td></tr></tbody><tfoot><tr><td colspan="1000">f</td></tr></tfoot></table>';
    expect(sanitized(html)).to.equal(
      'table(caption("c"),thead(tr(th{colspan=2}("h"))),tbody(tr(td{rowspan=3}("a"),td("b"))),tfoot(tr(td("f"))))',
    );
  });

  it('keeps integer ol[start] only', () => {
    expect(sanitized('<ol start="3" type="a" reversed><li>x</li></ol>')).to.equal('ol{start=3}(li("x"))');
    expect(sanitized('<ol start="3x"><li>x</li></ol>')).to.equal('ol(li("x"))');
    expect(sanitized('<ol start="-2"><li>x</li></ol>')).to.equal('ol{start=-2}(li("x"))');
  });

  it('keeps http(s) links, normalised, with rel and target', () => {
    const fragment = sanitizeHtml('<a href=" HTTPS://Example.no/a b?c=1 " title="t" target="_self" rel="opener">x</a>');
    const a = fragment.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://example.no/a%20b?c=1');
    expect(a.getAttribute('rel')).to.equal('noreferrer noopener');
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttributeNames().sort()).to.deep.equal(['href', 'rel', 'target']);
    expect(sanitized('<a href="http://x.no">y</a>')).to.equal('a{href=http://x.no/}("y")');
  });

  it('unwraps links without a safe href, keeping their text', () => {
    expect(sanitized('<p><a href="javascript:alert(1)">x</a> <a name="n">y</a> <a href="/r">z</a></p>')).to.equal(
      'p("x"," ","y"," ","z")',
    );
  });

  it('maps b to strong and i to em', () => {
    expect(sanitized('<b>b</b><i>i</i>')).to.equal('strong("b"),em("i")');
  });

  it('unwraps unknown inline elements, keeping their text', () => {
    expect(sanitized('<p><u>u</u><font color=red>f</font><mark>m</mark><x-y>c</x-y></p>')).to.equal(
      'p("u","f","m","c")',
    );
  });

  it('separates unwrapped blocks by line breaks, without trailing breaks', () => {
    expect(sanitized('<div>one</div><div>two</div>\n<section>three</section>')).to.equal(
      '"one",br,"two","\\n",br,"three"',
    );
    expect(sanitized('<div><p>a</p></div><div><p>b</p></div>')).to.equal('p("a"),p("b")');
  });

  it('renders img as its alt text and drops media', () => {
    expect(sanitized('<p>see <img src="https://x.no/i.png" alt="a chart"> <video>v</video></p>')).to.equal(
      'p("see ","a chart"," ")',
    );
  });

  it('drops dangerous containers with their content', () => {
    for (const tag of ['script', 'style', 'template', 'iframe', 'object', 'noscript', 'textarea', 'select', 'title', 'xmp', 'noembed']) {
      expect(sanitized(`<p>a</p><${tag}>SECRET</${tag}><p>b</p>`), tag).to.equal('p("a"),p("b")');
    }
    expect(sanitized('<svg><text>SECRET</text></svg><math><mi>SECRET</mi></math>ok')).to.equal('"ok"');
    expect(sanitized('<form>ok<input value="SECRET"><button>SECRET</button></form>')).to.equal('"ok"');
  });

  it('drops comments, doctypes and processing instructions', () => {
    expect(sanitized('<!DOCTYPE html><!-- c --><?pi x?><p>a</p>')).to.equal('p("a")');
  });

  it('returns nodes owned by the target document', () => {
    const other = document.implementation.createHTMLDocument('');
    const fragment = sanitizeHtml('<p>a</p>', other);
    expect(fragment.ownerDocument).to.equal(other);
    expect(fragment.firstChild!.ownerDocument).to.equal(other);
  });

  it('handles empty and non-string input', () => {
    expect(sanitized('')).to.equal('');
    expect(shape(sanitizeHtml(undefined as unknown as string))).to.equal('');
    expect(shape(sanitizeHtml('<frameset><frame></frameset>'))).to.equal('');
  });

  it('sanitizeTree copies an inert tree through the same allow-list', () => {
    const inert = document.implementation.createHTMLDocument('');
    const root = inert.createElement('div');
    const p = root.appendChild(inert.createElement('p'));
    p.setAttribute('onclick', 'window.__xss++');
    p.append('t', inert.createElement('script'));
    expect(shape(sanitizeTree(root))).to.equal('p("t")');
  });
});

describe('sanitizeHtml: hostile corpus', () => {
  before(() => {
    expect(hostileHtml.length).to.be.greaterThanOrEqual(60);
  });

  it('the sentinel detects a payload that runs (control)', async () => {
    window.__xss = 0;
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<img src="data:," onerror="window.__xss++" onload="window.__xss++">';
    await settle();
    host.remove();
    expect(window.__xss).to.equal(1);
  });

  for (const payload of hostileHtml) {
    it(`neutralises: ${payload.name}`, async () => {
      window.__xss = 0;
      const host = mount(sanitizeHtml(payload.html));
      try {
        await settle();
        expect(window.__xss).to.equal(0);
        assertSafe(host);
        if (payload.text !== undefined) expect(host.textContent).to.equal(payload.text);
        else expect(host.textContent).not.to.match(/onerror|<img|<script/i);
      } finally {
        host.remove();
      }
    });
  }

  it('keeps the text of links it refuses', () => {
    expect(sanitized('<a href="java&#x09;script:alert(1)">click</a>')).to.equal('"click"');
  });

  it('loads no resource for any payload', async () => {
    performance.setResourceTimingBufferSize(100_000); // past 250 timings the browser records no more
    const before = performance.getEntriesByType('resource').length;
    const host = mount(sanitizeHtml(hostileHtml.map((p) => p.html).join('')));
    await settle(200);
    host.remove();
    const loaded = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
    expect(loaded.filter((name) => /evil\.invalid|\/x(\.js)?$/.test(name))).to.deep.equal([]);
  });
});

describe('sanitizeHtml: limits', () => {
  const count = (root: Node): number => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) n++;
    return n;
  };
  const depth = (root: Node): number => {
    let max = 0;
    const walk = (node: Node, d: number): void => {
      max = Math.max(max, d);
      for (const child of Array.from(node.childNodes)) walk(child, d + (child.nodeType === 1 ? 1 : 0));
    };
    walk(root, 0);
    return max;
  };

  it('flattens nesting beyond the depth cap to text', () => {
    const html = '<blockquote>'.repeat(200) + 'deep' + '</blockquote>'.repeat(200);
    const fragment = sanitizeHtml(html);
    expect(depth(fragment)).to.equal(SANITIZE_LIMITS.maxDepth);
    expect(fragment.textContent).to.equal('deep');
  });

  it('caps the output node count and marks the cut', () => {
    // Comments split the text into separate nodes without being start tags.
    const fragment = sanitizeHtml('x<!---->'.repeat(50_000));
    expect(count(fragment)).to.equal(SANITIZE_LIMITS.maxNodes + 1);
    expect(fragment.lastChild!.textContent).to.equal('…');
  });

  it('parses only the first maxTags start tags and marks the cut', () => {
    const fragment = sanitizeHtml('<p>x</p>'.repeat(SANITIZE_LIMITS.maxTags + 10));
    expect(fragment.querySelectorAll('p').length).to.equal(SANITIZE_LIMITS.maxTags);
    expect(fragment.lastChild!.textContent).to.equal('…');
    const exact = sanitizeHtml('<p>x</p>'.repeat(SANITIZE_LIMITS.maxTags));
    expect(exact.querySelectorAll('p').length).to.equal(SANITIZE_LIMITS.maxTags);
    expect(exact.lastChild!.textContent).to.equal('x');
  });

  /** The cost of one call of `work` in ms, from calls repeated until they take 20 ms (the timer's resolution). */
  const costOf = (work: () => void): number => {
    let calls = 0;
    let elapsed = 0;
    const started = performance.now();
    do {
      work();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < 20);
    return elapsed / calls;
  };
  /**
   * Linear at worst, whatever the machine's speed: four times the input costs at most six times as much.
   * Without the start-tag cap the browser's parser is quadratic in nesting depth: 4n of unclosed tags then costs
   * 8 to 16 times n. Both sizes are timed in turns, so that both meet the same load, and the best of each counts
   * (less the machine's noise): three turns at least, six at most, ending as soon as the bound holds.
   * Returns the output for the full (4n) input.
   */
  const expectLinear = (make: (n: number) => string, n: number): DocumentFragment => {
    const small = make(n);
    const full = make(4 * n);
    sanitizeHtml(small); // warms the code up
    let base = Infinity;
    let cost = Infinity;
    let fragment!: DocumentFragment;
    for (let turn = 0; turn < 6 && (turn < 3 || cost > 6 * base); turn++) {
      base = Math.min(base, costOf(() => sanitizeHtml(small)));
      cost = Math.min(cost, costOf(() => (fragment = sanitizeHtml(full))));
    }
    expect(cost, `${cost.toFixed(1)} ms at 4n, ${base.toFixed(1)} ms at n`).to.be.at.most(6 * base);
    return fragment;
  };

  for (const unit of ['<b><i><u><s>', '<table><tr><td>', '<ul><li>', '<span>', '<div>']) {
    it(`stays linear on 25 KB and 100 KB of unclosed ${unit}`, () => {
      const fragment = expectLinear((size) => unit.repeat(Math.floor(size / unit.length)), 25_000);
      expect(depth(fragment)).to.be.at.most(SANITIZE_LIMITS.maxDepth);
      assertSafe(fragment);
    });
  }

  it('stays linear on 250 KB and 1 MB of hostile markup', () => {
    const unit = `<div onclick="x"><b><i><a href="javascript:1">t</a></i></b><img src=x onerror=y></div>`;
    const fragment = expectLinear((size) => unit.repeat(Math.ceil(size / unit.length)), 250_000);
    expect(count(fragment)).to.be.at.most(SANITIZE_LIMITS.maxNodes + 1);
    assertSafe(fragment);
  });

  it('handles 100k nested elements without overflowing the stack, in linear time', () => {
    const fragment = sanitizeHtml('<span>'.repeat(100_000) + 'x');
    // 6,250 and 25,000 elements: both past the start-tag cap, and the quadratic parse would take seconds at 4n.
    expectLinear((elements) => '<span>'.repeat(elements) + 'x', 6_250);
    expect(fragment.textContent).to.equal('…');
    expect(depth(fragment)).to.equal(SANITIZE_LIMITS.maxDepth);
  });

  it('sanitizeTree copies a 10k-deep inert tree iteratively', () => {
    const inert = document.implementation.createHTMLDocument('');
    const root = inert.createElement('div');
    let parent: Element = root;
    for (let k = 0; k < 10_000; k++) parent = parent.appendChild(inert.createElement(k % 2 ? 'em' : 'div'));
    parent.append('x');
    const fragment = sanitizeTree(root);
    expect(fragment.textContent).to.equal('x');
    expect(depth(fragment)).to.equal(SANITIZE_LIMITS.maxDepth);
  });
});

describe('renderRichText when the page refuses the parse (Trusted Types without our policy)', () => {
  it('shows the sender text as plain text, not nothing, and runs nothing', async () => {
    const { renderRichText } = await import('../../src/content/rich-text.js');
    const parse = DOMParser.prototype.parseFromString;
    DOMParser.prototype.parseFromString = () => {
      throw new TypeError("This document requires 'TrustedHTML' assignment.");
    };
    try {
      for (const format of ['text/html', 'text/markdown'] as const) {
        const source = '<img src=x onerror="window.__xss=1">Hei &eacute; <b>du</b>';
        const out = renderRichText(format, source, 3);
        expect(out.childNodes.length).to.equal(1);
        expect(out.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
        expect(out.textContent).to.equal(source);
      }
    } finally {
      DOMParser.prototype.parseFromString = parse;
    }
  });
});
