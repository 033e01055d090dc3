// A Vite (rolldown) plugin for the script-tag bundle: minifies the static text of Lit's tagged templates
// at build time. The minifier leaves template literals alone (their text is data), so without this the
// bundle carries every newline and indentation of our html`…` and css`…` blocks, and every CSS comment.
//
// - css`…` without expressions: minified with Lightning CSS (whitespace, comments, shorter values).
// - html`…` and svg`…`: every run of whitespace that contains a line break becomes one space. Never
//   deleted: between inline elements a space is rendered text, and one space renders exactly like a line
//   break plus indentation wherever whitespace collapses (`white-space: normal`/`nowrap`, and whitespace-only
//   text nodes in flex and grid containers). Not where white-space keeps line breaks: a template with
//   <pre>, <textarea>, <script> or <style> is left as it is. Static text with line breaks inside an element
//   styled `white-space: pre*` would need the same care (today only `.plain` has it, and its content is
//   one binding). Runs of spaces without a line break are kept (they may be deliberate, e.g. in an
//   attribute value). `${…}` positions, attribute bindings (`name=${…}`, `.prop`, `?attr`, `@event`) and
//   the number of strings of each template are unchanged, so Lit sees the same template shape.
//
// Only our own sources (components/, src/) are transformed (Lit ships minified), and only in builds: the
// dev server (Storybook) and the npm build (tsc) keep the templates as written, and the browser tests
// import the sources, so the minified templates are exercised by the bundle tests (test/browser/bundle*,
// test/node/bundle-csp.test.js) and test/node/minify-templates.test.js.
import { RolldownMagicString } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';
import { transform as transformCss } from 'lightningcss';

const HTML_TAGS = new Set(['html', 'svg']);
const PRESERVING = /<(pre|textarea|script|style)\b/i;

/** Escapes cooked text for a template literal's raw source. */
const toRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** CSS text minified as the bundle embeds it. */
export function minifyCss(text, filename = 'template.css') {
  return transformCss({ filename, code: Buffer.from(text), minify: true }).code.toString();
}

/**
 * The minified raw text of each quasi of a `tag`-tagged template (quasis as ESTree TemplateElements,
 * `{ value: { raw, cooked } }`), or null to leave the template as it is.
 */
export function minifyTemplate(tag, quasis, filename = 'template.css') {
  const raws = quasis.map((q) => q.value.raw);
  if (tag === 'css') {
    if (quasis.length !== 1 || quasis[0].value.cooked == null) return null;
    return [toRaw(minifyCss(quasis[0].value.cooked, filename))];
  }
  if (!HTML_TAGS.has(tag)) return null;
  const text = raws.join('${}');
  // A backslash before a line break is a line continuation: the break is not in the cooked string.
  if (PRESERVING.test(text) || /\\\r?\n/.test(text)) return null;
  return raws.map((raw) => raw.replace(/[ \t]*[\r\n][\s]*/g, ' '));
}

/** Visits every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    if (key !== 'parent') walk(node[key], visit);
  }
}

export function minifyLitTemplates({ include = /[\\/](components|src)[\\/][^?]*\.ts$/ } = {}) {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    apply: 'build', // the dev server (Storybook) keeps the templates as written
    transform(code, id) {
      if (!include.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const ast = parseAst(code, { lang: 'ts' }, id);
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const quasis = node.quasi.quasis;
        const minified = minifyTemplate(node.tag.name, quasis, `${id}.css`);
        if (!minified) return;
        quasis.forEach((q, i) => {
          // oxc's TemplateElement spans include the delimiters (` or } before, ${ or ` after).
          const start = q.start + 1;
          const end = start + q.value.raw.length;
          if (code.slice(start, end) !== q.value.raw) throw new Error(`minify-lit-templates: unexpected template span in ${id}`);
          if (minified[i] !== q.value.raw) edits.push([start, end, minified[i]]);
        });
      });
      if (edits.length === 0) return null;
      const s = new RolldownMagicString(code);
      for (const [start, end, text] of edits) {
        if (text === '') s.remove(start, end);
        else s.overwrite(start, end, text);
      }
      return { code: s.toString(), map: JSON.parse(s.generateMap({ source: id, hires: 'boundary' }).toString()) };
    },
  };
}
