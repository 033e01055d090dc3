// Generates components/shared/ds-css.gen.ts (component CSS), ds-view.gen.ts (the components only the dialog view and
// its actions use) and ds-theme.gen.ts (fallback theme) from @digdir/designsystemet-css.
// Why: `:root` never matches inside a shadow root (focus rings vanish), so `:root` becomes `:host` for the
// component CSS and for the fallback theme (see docs/designsystemet.md).
//
// Both stylesheets are purged to what the widget can use, because every byte is in the script-tag bundle:
// - a selector of the component CSS is dropped when it can match nothing inside our shadow roots: it needs a
//   `ds-*` class that no source file (components/**/*.ts, src/**/*.ts) names, a `data-*` attribute (or
//   value) that no template sets, or `body`/`html`/`:root` (never inside a shadow root); see `usage()` and
//   `aliveSelector()` below;
// - a rule, at-rule or @keyframes left with nothing to do is dropped;
// - a custom property (`--ds-*`, `--dsc-*`…) is dropped when nothing reads it: no live declaration, and no
//   source file (our own css`` blocks, inline styles, scripts) mentions its name.
// The used set is derived from the sources each run, so a template that starts using a class, a data-size
// or a data-variant makes `--check` fail until this script is run again (and the rules come back).
// The theme's selectors are all kept (`:host(…)` is what the portal sets on the element: data-color-scheme
// light/dark/auto, data-size, data-color, data-typography; and the stories turn the theme back into a page
// theme by undoing the `:host` rewrite, see stories/fixtures/portal.ts). The component CSS's `[data-color=…]`
// mappings match elements inside the shadow root only, so they follow the templates like any attribute.
//
// `node scripts/build-ds-css.mjs --check` fails when the committed file is stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
// The package's exports map hides package.json, so resolve its CSS entry and walk up.
const pkgDir = join(dirname(require.resolve('@digdir/designsystemet-css')), '..', '..');
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;

/** The component files the inbox may use (the purge then keeps only the rules our templates can match). */
// Not included because no element uses them (add back when one does): card, badge, spinner, list, divider.
export const COMPONENTS = [
  'base', 'data-size-workaround', 'button', 'tag', 'alert', 'skeleton',
  'link', 'heading', 'paragraph', 'dialog', 'details', 'popover',
];
/** Of those, the ones only the dialog view and its actions use: a sheet of their own, in their chunk. */
export const VIEW_COMPONENTS = ['link', 'dialog', 'details'];

const read = (file) => readFileSync(join(pkgDir, 'dist', file), 'utf8');

// ---------------------------------------------------------------------------------------------------------
// What the sources use.

/** The text of every source file that ends up in the bundle (generated files excluded). */
function sourceText() {
  const parts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.gen.ts') && !path.endsWith('.d.ts')) parts.push(readFileSync(join(root, path), 'utf8'));
    }
  };
  walk('components');
  walk('src');
  return parts.join('\n');
}

/**
 * Classes, data attributes and custom property names the sources mention. A data attribute is "dynamic"
 * when a template binds it (`data-variant=${…}`) or a script sets it; its possible values are then the
 * string literals of the sources (every binding today picks among literals: 'primary', 'danger'…).
 */
export function usage(text = sourceText()) {
  const classes = new Set(text.match(/(?<![\w-])ds-[\w-]+/g));
  const attributes = new Map(); // name → { values: Set, dynamic: boolean }
  const attribute = (name) => attributes.get(name) ?? attributes.set(name, { values: new Set(), dynamic: false }).get(name);
  for (const [, name, rest] of text.matchAll(/(?<![\w-])(data-[a-z\d-]+)(=?["'`]?(?:\$\{)?[^\s"'`>]*)/g)) {
    const entry = attribute(name);
    const literal = /^=["']?([^"'`$\s>]+)/.exec(rest);
    if (literal && !rest.includes('${')) entry.values.add(literal[1]);
    else if (rest.startsWith('=') || /^["'`]/.test(rest)) entry.dynamic = true; // data-x=${…}, setAttribute('data-x', …)
  }
  for (const [, key] of text.matchAll(/\bdataset\??\.(\w+)\s*=(?!=)/g)) attribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).dynamic = true;
  const literals = new Set([...text.matchAll(/(["'`])([\w-]+)\1/g)].map((m) => m[2]));
  const properties = new Set(text.match(/--[\w-]+/g));
  const words = new Set(text.match(/[\w-]+/g));
  return { classes, attributes, literals, properties, words };
}

// ---------------------------------------------------------------------------------------------------------
// Selector liveness, without a selector parser: the stylesheets are machine-written and simple enough
// (compound selectors, combinators, :is/:where/:has/:not, attribute selectors, pseudo-elements).

/** Splits on commas outside parentheses and brackets. */
function splitList(list) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

/** The index of the parenthesis closing the one at `open`. */
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

const BROWSER_ATTRIBUTES = new Set(['open']);
const DEAD_ELEMENTS = /(^|[\s>+~(,])(body|html)(?![\w-])|:root(?![\w-])/;

/** Can this one selector (no top-level commas) match an element in our shadow roots? */
function aliveSelector(selector, used) {
  let rest = '';
  for (let i = 0; i < selector.length; i++) {
    const fn = /^:(is|where|has|not|host|host-context|nth-[\w-]+|dir|lang|part|slotted|state)\(/.exec(selector.slice(i));
    if (fn) {
      const open = i + fn[0].length - 1;
      const end = closing(selector, open);
      const inner = selector.slice(open + 1, end);
      // :is/:where/:has need one live alternative; :not(), :host(…), :nth-child(…)… never make a selector dead.
      if ((fn[1] === 'is' || fn[1] === 'where' || fn[1] === 'has') && !aliveList(inner.replace(/^\s*[>+~]/, ''), used)) return false;
      rest += ' ';
      i = end;
    } else rest += selector[i];
  }
  if (DEAD_ELEMENTS.test(rest)) return false;
  // Classes outside attribute selectors (a value such as [href$=".pdf"] is not a class).
  for (const [, name] of rest.replace(/\[[^\]]*\]/g, ' ').matchAll(/\.([\w-]+)/g)) if (!used.classes.has(name)) return false;
  for (const [, name, value] of rest.matchAll(/\[\s*([\w-]+)\s*(?:[|~^$*]?=\s*["']?([^"'\]]*)["']?)?\s*\]/g)) {
    // Other attributes only when no source file even names them (`[command=close]`) and the browser does
    // not set them itself (`open` on <details>/<dialog>).
    if (!name.startsWith('data-')) {
      if (!used.words.has(name) && !BROWSER_ATTRIBUTES.has(name)) return false;
      continue;
    }
    const entry = used.attributes.get(name);
    if (!entry) return false;
    if (value !== undefined && !entry.values.has(value) && !(entry.dynamic && used.literals.has(value))) return false;
  }
  return true;
}

function aliveList(list, used) {
  return splitList(list).some((selector) => aliveSelector(selector, used));
}

// ---------------------------------------------------------------------------------------------------------
// The purge.

const varRefs = (value) => value.match(/--[\w-]+/g) ?? [];

/**
 * Drops rules whose selectors can match nothing (in every sheet but the last, the theme), then unread custom
 * properties, then unused @keyframes (in all sheets).
 */
export function purge(sheets, used) {
  for (const sheet of sheets.slice(0, -1)) {
    sheet.walkRules((rule) => {
      if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
      const selectors = splitList(rule.selector).filter((selector) => aliveSelector(selector.replace(/&/g, ' '), used));
      if (selectors.length === 0) rule.remove();
      else rule.selector = selectors.join(',');
    });
  }
  // Custom properties: read by a live declaration (transitively) or named by a source file.
  const read = new Set(used.properties);
  const custom = [];
  for (const sheet of sheets) {
    sheet.walkDecls((decl) => {
      if (decl.parent?.parent?.type === 'atrule' && /keyframes$/.test(decl.parent.parent.name)) varRefs(decl.value).forEach((name) => read.add(name));
      else if (decl.prop.startsWith('--')) custom.push(decl);
      else varRefs(decl.value).forEach((name) => read.add(name));
    });
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const decl of custom) {
      if (!read.has(decl.prop)) continue;
      for (const name of varRefs(decl.value)) if (!read.has(name)) grew = read.add(name);
    }
  }
  for (const decl of custom) if (!read.has(decl.prop)) decl.remove();
  // Animations: names in any remaining declaration (also through custom properties such as --dsc-…-animation).
  const words = new Set();
  for (const sheet of sheets) sheet.walkDecls((decl) => decl.value.match(/[\w-]+/g)?.forEach((word) => words.add(word)));
  for (const sheet of sheets) {
    sheet.walkAtRules(/keyframes$/, (at) => {
      if (!words.has(at.params)) at.remove();
    });
  }
  // Whatever is left empty.
  for (const sheet of sheets) {
    for (let removed = true; removed; ) {
      removed = false;
      sheet.walk((node) => {
        if ((node.type === 'rule' || (node.type === 'atrule' && node.nodes)) && node.nodes.length === 0) {
          node.remove();
          removed = true;
        }
      });
    }
  }
  // The package's files are minified already; what is left are the line breaks between files and inside a
  // few values (`var(\n --x\n )`). A line break never sits inside a CSS string.
  const squeeze = (css) => css.replace(/\s*\n\s*/g, (gap, at) => (/[({};,]/.test(css[at - 1] ?? '{') || /[)}]/.test(css[at + gap.length] ?? '}') ? '' : ' '));
  return sheets.map((sheet) => plainDataUrls(squeeze(sheet.toString())));
}

/**
 * The icons' SVG data URLs as plain text, not percent-encoded (about 60 B less gzip per sheet): the same SVG, with
 * single quotes for its attributes (the URL is in double quotes) and only `%` and `#` encoded, which a URL needs.
 */
export function plainDataUrls(css) {
  return css.replace(/url\("data:image\/svg\+xml;charset=utf-8,([^"]*)"\)/g, (whole, encoded) => {
    const svg = decodeURIComponent(encoded);
    if (svg.includes("'")) return whole; // would need its quotes encoded: left as it is
    return `url("data:image/svg+xml,${svg.replace(/"/g, "'").replace(/%/g, '%25').replace(/#/g, '%23')}")`;
  });
}

// ---------------------------------------------------------------------------------------------------------
// The two stylesheets.

// `data-color` must work inside the shadow root even when the theme comes from the portal's page: keep the
// theme's mapping rules (only var() references, no colours) for the colours every theme has.
const COLORS = ['accent', 'neutral', 'success', 'warning', 'danger', 'info'];
const colorMappings = [...read('theme/designsystemet.css').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
  .flatMap(([, prelude, body]) => {
    const selectors = prelude.split(',').map((sel) => sel.trim()).filter((sel) => COLORS.some((c) => sel === `[data-color=${c}]`));
    return selectors.length ? [`${selectors.join(',')}{${body}}`] : [];
  })
  .join('');
const componentsSource =
  COMPONENTS.filter((name) => !VIEW_COMPONENTS.includes(name))
    .map((name) => read(`src/${name}.css`))
    .join('\n')
    .replace(/:root(?![\w-])/g, ':host') + `\n${colorMappings}`;
const viewSource = VIEW_COMPONENTS.map((name) => read(`src/${name}.css`))
  .join('\n')
  .replace(/:root(?![\w-])/g, ':host');
// In the fallback theme, `:root` becomes `:host`, and attribute-only selectors also match the host, so
// `data-color-scheme`, `data-size` and `data-color` set on the element by the portal still work.
// Trimmed to what the widget uses (it costs bundle bytes): no second typography, no brand colour scales
// (the widget uses only the colours every theme has), and no data-color mappings (the component CSS has them).
const dropBlock = (css, start) => {
  const from = css.indexOf(start);
  if (from < 0) return css;
  let depth = 0;
  for (let i = from + start.length - 1; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(0, from) + css.slice(i + 1);
  }
  return css;
};
const trimmedTheme = dropBlock(read('theme/designsystemet.css'), '@layer ds.theme.typography.secondary{')
  .replace(/--ds-color-brand\d-[\w-]+:[^;}]*;?/g, '')
  .replace(/(?<=^|[{}])([^{}@]+)\{([^{}]*)\}/g, (whole, prelude, body) => {
    const selectors = prelude.split(',').map((s) => s.trim()).filter((s) => !/\[data-color=/.test(s) || s === '[data-color=accent]');
    if (selectors.length === 0 || !body.trim()) return '';
    return `${selectors.join(',')}{${body}}`;
  });
const themeSource = trimmedTheme.replace(/(^|[{}])([^{}@]+)\{/g, (whole, before, prelude) => {
  if (prelude.trim().startsWith('--')) return whole;
  const selectors = prelude.split(',').flatMap((sel) => {
    const s = sel.trim();
    if (s === ':root') return [':host'];
    if (/^(\[[^\]]+\])+$/.test(s)) return [s, `:host(${s})`];
    return [s];
  });
  return `${before}${selectors.join(',')}{`;
});

/**
 * The `[data-color=…]` mappings are one block per colour, the same tokens in each: they are written as two lists
 * and built by styles.ts (some 400 B less gzip on the first row's path). The blocks must be the sheet's last
 * rules and alike; a block that is not stays in the CSS.
 */
export function colorMappingsApart(css) {
  const blocks = [...css.matchAll(/\[data-color=(\w+)\]\{((?:--ds-color-[\w-]+:var\(--ds-color-[\w-]+\);?)+)\}/g)];
  const tokensOf = ([, color, body]) => [...body.matchAll(/--ds-color-([\w-]+):var\(--ds-color-([\w-]+)\)/g)].map(([, token, value]) => (value === `${color}-${token}` ? token : '?'));
  const tokens = blocks.length ? tokensOf(blocks[0]) : [];
  const alike = blocks.every((b) => tokensOf(b).join(' ') === tokens.join(' ')) && !tokens.includes('?');
  const tail = blocks.map((b) => b[0]).join('');
  if (!alike || !blocks.length || !css.endsWith(tail)) return { css, colors: [], tokens: [] };
  return { css: css.slice(0, css.length - tail.length), colors: blocks.map((b) => b[1]), tokens };
}

/**
 * The generated modules' texts: the component CSS (in the entry, every element adopts it) and the fallback theme
 * (a chunk of its own, loaded only by a page without a Designsystemet theme), by file name.
 */
export function generate() {
  const [componentsCss, viewCss, themeCss] = purge([postcss.parse(componentsSource), postcss.parse(viewSource), postcss.parse(themeSource)], usage());
  const head = `// Generated by scripts/build-ds-css.mjs from @digdir/designsystemet-css ${version}, purged to what the
// templates in components/ and src/ use. Do not edit: run \`node scripts/build-ds-css.mjs\`.
`;
  const { css, colors, tokens } = colorMappingsApart(componentsCss);
  return {
    'ds-css.gen.ts':
      `${head}export const dsComponentsCss = ${JSON.stringify(css)};\n` +
      `/** \`[data-color=C]{--ds-color-T:var(--ds-color-C-T)}\` for each colour C and token T, after the CSS above (see styles.ts). */\n` +
      `export const dsColors = ${JSON.stringify(colors.join(' '))};\nexport const dsColorTokens = ${JSON.stringify(tokens.join(' '))};\n`,
    'ds-view.gen.ts': `${head}export const dsViewCss = ${JSON.stringify(viewCss)};\n`,
    'ds-theme.gen.ts': `${head}export const dsThemeCss = ${JSON.stringify(themeCss)};\n`,
  };
}

const target = (name) => new URL(`../components/shared/${name}`, import.meta.url);
const main = import.meta.url === `file://${process.argv[1]}`;
if (main && process.argv.includes('--check')) {
  for (const [name, out] of Object.entries(generate())) {
    if (readFileSync(target(name), 'utf8') !== out) {
      console.error(
        `components/shared/${name} is stale (a new Designsystemet version, or a template now uses another ds-* class or data-* attribute): run \`npm run generate\`.`,
      );
      process.exit(1);
    }
  }
  console.log('ds-css.gen.ts, ds-view.gen.ts and ds-theme.gen.ts are up to date');
} else if (main) {
  for (const [name, out] of Object.entries(generate())) {
    writeFileSync(target(name), out);
    console.log(`wrote ${name} (${out.length} chars)`);
  }
}
