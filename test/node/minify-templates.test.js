// The build-time minification of Lit templates (scripts/minify-templates.mjs) and the Designsystemet CSS
// purge (scripts/build-ds-css.mjs): what they may change and what they must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { minifyLitTemplates, minifyTemplate } from '../../scripts/minify-templates.mjs';
import { colorMappingsApart, plainDataUrls, usage } from '../../scripts/build-ds-css.mjs';

/** Runs the plugin's transform on a snippet and returns the code (or the input when untouched). */
function transform(code, id = '/repo/components/x/x.ts') {
  const result = minifyLitTemplates().transform(code, id);
  return result ? result.code.toString() : code;
}

/** The quasis (raw strings) of the first tagged template in `code`. */
function strings(code) {
  let found = null;
  const walk = (node) => {
    if (!node || typeof node !== 'object' || found) return;
    if (node.type === 'TaggedTemplateExpression') found = node.quasi.quasis.map((q) => q.value.raw);
    for (const key in node) walk(node[key]);
  };
  walk(parseAst(code, { lang: 'ts' }));
  return found;
}

test('html: a run of whitespace with a line break becomes one space; bindings and the number of strings stay', () => {
  const code = 'const v = html`\n  <ul class="a"\n      part="b" ?hidden=${x}>\n    <li>${one}</li>\n    <li @click=${go}>  two  </li>\n  </ul>\n`;';
  const out = transform(code);
  assert.deepEqual(strings(out), [' <ul class="a" part="b" ?hidden=', '> <li>', '</li> <li @click=', '>  two  </li> </ul> ']);
  assert.equal(strings(out).length, strings(code).length);
});

test('html: templates with <pre>, <textarea>, <script> or <style>, or a line continuation, are left alone', () => {
  for (const code of [
    'html`<pre>\n  keep\n</pre>`',
    'html`<textarea>\n  ${v}\n</textarea>`',
    'html`<style>\n  p {}\n</style>`',
    'html`a\\\n  b`',
  ]) {
    assert.equal(transform(code), code);
  }
});

test('css: minified, comments dropped, escapes still valid in the template literal', () => {
  const out = transform(String.raw`const s = css${'`'}
  /* note */
  :host {
    display: block;
  }
  .x::before { content: "\\2014 \`"; }
${'`'};`);
  const [raw] = strings(out);
  assert.ok(!raw.includes('note') && !raw.includes('\n'), raw);
  assert.match(raw, /^:host\{display:block\}/);
  // The template literal still evaluates to the same CSS: the dash (escaped or written out) and the backtick.
  const cooked = Function('css', `return ${out.slice(out.indexOf('css`'))}`)((s) => s[0]);
  assert.match(cooked, /content:"(\\2014 |—)`"/); // Lightning CSS may write the character itself
});

test('css with expressions, other tags and files outside components/ and src/ are left alone', () => {
  assert.equal(minifyTemplate('css', [{ value: { raw: 'a', cooked: 'a' } }, { value: { raw: 'b', cooked: 'b' } }]), null);
  assert.equal(minifyTemplate('sql', [{ value: { raw: 'select\n  1', cooked: 'select\n  1' } }]), null);
  const code = 'html`<p>\n  x</p>`';
  assert.equal(transform(code, '/repo/node_modules/lit/x.ts'), code);
});

test('the Designsystemet purge sees classes, data attributes and their values in the templates', () => {
  const used = usage('html`<span class="ds-tag" data-size="sm" data-color=${c}></span><b data-variant=${v ? \'primary\' : \'tertiary\'}>`');
  assert.ok(used.classes.has('ds-tag'));
  assert.deepEqual([...used.attributes.get('data-size').values], ['sm']);
  assert.equal(used.attributes.get('data-size').dynamic, false);
  assert.equal(used.attributes.get('data-variant').dynamic, true);
  assert.ok(used.literals.has('primary') && used.literals.has('tertiary'));
});

test('the purged component CSS keeps focus rings and the rules of every ds-* class the templates use', () => {
  const generated = readFileSync(new URL('../../components/shared/ds-css.gen.ts', import.meta.url), 'utf8');
  const viewFile = readFileSync(new URL('../../components/shared/ds-view.gen.ts', import.meta.url), 'utf8');
  // The view's components (links, dialogs, details) are a sheet of their own, in the view's chunk.
  const css = JSON.parse(generated.match(/dsComponentsCss = (".*");/)[1]) + JSON.parse(viewFile.match(/dsViewCss = (".*");/)[1]);
  const themeFile = readFileSync(new URL('../../components/shared/ds-theme.gen.ts', import.meta.url), 'utf8');
  const theme = JSON.parse(themeFile.match(/dsThemeCss = (".*");/)[1]);
  for (const needed of ['--dsc-focus-outline:', '--dsc-focus-boxShadow:', '.ds-button:focus-visible', '.ds-link:focus-visible', '.ds-details>:is(summary,u-summary)']) {
    assert.ok(css.includes(needed), needed);
  }
  assert.ok(!/:root|(?<![\w-])(body|html)(?![\w-])/.test(css), 'nothing for the document level');
  for (const scheme of ['[data-color-scheme=light]', '[data-color-scheme=dark]', ':host([data-color-scheme=auto])', ':host([data-color-scheme=dark])']) {
    assert.ok(theme.includes(scheme), scheme);
  }
  assert.ok(theme.includes('--ds-color-focus-inner:') && theme.includes('--ds-color-neutral-background-default:'));
});

test('the colour mappings are written as two lists only when every block is alike and they end the sheet', () => {
  const block = (c, tokens = ['text-default', 'base-default']) => `[data-color=${c}]{${tokens.map((t) => `--ds-color-${t}:var(--ds-color-${c}-${t})`).join(';')}}`;
  const rest = '.ds-tag{color:red}';
  assert.deepEqual(colorMappingsApart(rest + block('danger') + block('info')), { css: rest, colors: ['danger', 'info'], tokens: ['text-default', 'base-default'] });
  // A block with other tokens, one that maps to another colour's token, or one before other rules: left in the CSS.
  for (const css of [rest + block('danger') + block('info', ['text-default']), rest + block('danger') + '[data-color=info]{--ds-color-text-default:var(--ds-color-danger-text-default)}', block('danger') + rest]) {
    assert.deepEqual(colorMappingsApart(css), { css, colors: [], tokens: [] });
  }
});

test('icons become plain data URLs: single quotes, only % and # encoded; an SVG with a single quote is left encoded', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><path fill="#000" d="M1 1h50%"/></svg>';
  const css = (s) => `.a{mask:url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}")}`;
  assert.equal(plainDataUrls(css(svg)), `.a{mask:url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><path fill='%23000' d='M1 1h50%25'/></svg>")}`);
  assert.equal(decodeURIComponent(plainDataUrls(css(svg)).match(/,(.*)"\)/)[1]).replace(/'/g, '"'), svg);
  const quoted = svg.replace('M1', "M'1");
  assert.equal(plainDataUrls(css(quoted)), css(quoted));
});
