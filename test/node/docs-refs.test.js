// Docs live in the repo: code and comments cite documents the repository has (docs/*.md), never project notes
// kept outside it (the API contract notes, the design-system notes, the style notes beside the checkout).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src', 'components', 'demo', 'scripts', 'test', 'stories', 'docs'];
const self = fileURLToPath(import.meta.url);

/** Not scanned: generated modules, and the vendored contract copies (upstream text, not ours). */
const skipped = (path) => path.endsWith('.gen.ts') || /^src\/api\/[^/]+\.(json|graphql)$/.test(path);

/** Every text file under the scanned folders, as repository-relative paths with `/`. */
function files() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      } else if (entry.isFile() && !skipped(path) && join(root, path) !== self) out.push(path);
    }
  };
  for (const dir of SCANNED) if (existsSync(join(root, dir))) walk(dir);
  return out;
}

/** Each line of each text file (binary files, which hold a NUL byte, are left out). */
function* lines() {
  for (const path of files()) {
    const bytes = readFileSync(join(root, path));
    if (bytes.includes(0)) continue;
    const text = bytes.toString('utf8').split(/\r?\n/);
    for (let i = 0; i < text.length; i++) yield { path, line: i + 1, text: text[i] };
  }
}

/** The notes outside the repository, by name or by path. */
const OUTSIDE_NAMES = /\b(CONTRACT|STYLE|DESIGNSYSTEM)\.md\b/;
const OUTSIDE_PATHS = /\bshared\/(design|dialogporten)\b/;
/** `../shared/…` is fine when it stays inside the repository (components/shared/ is ours). */
const UP_TO_SHARED = /((?:\.\.\/)+)shared\//g;

function outsideReference(path, text) {
  const named = OUTSIDE_NAMES.exec(text) ?? OUTSIDE_PATHS.exec(text);
  if (named) return named[0];
  for (const match of text.matchAll(UP_TO_SHARED)) {
    const target = resolve(root, dirname(path), match[1], 'shared');
    if (relative(root, target).startsWith(`..${sep}`) || relative(root, target) === '..') return match[0];
  }
  return null;
}

const format = (found) => found.map((f) => `  ${f.path}:${f.line}: ${f.what}\n      ${f.text.trim().slice(0, 160)}`).join('\n');

test('no file refers to notes outside the repository (cite docs/*.md instead)', () => {
  const found = [];
  for (const { path, line, text } of lines()) {
    const what = outsideReference(path, text);
    if (what) found.push({ path, line, what, text });
  }
  assert.ok(found.length === 0, `${found.length} reference(s) to files outside the repository:\n${format(found)}`);
});

/** `docs/<name>.md`, optionally followed by the heading it points to: `docs/contract.md, "Live updates"`. */
const DOC_REF = /(?<![\w./-])docs\/([\w./-]+?\.md)\b(?:\s*[,:]\s*"([^"]+)")?/g;

test('every docs/*.md cited exists (and so does the heading cited with it)', () => {
  const missing = [];
  const headings = new Map();
  const headingsOf = (doc) => {
    if (!headings.has(doc)) {
      const text = readFileSync(join(root, 'docs', doc), 'utf8');
      headings.set(doc, new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1])));
    }
    return headings.get(doc);
  };
  let cited = 0;
  for (const { path, line, text } of lines()) {
    for (const [, doc, heading] of text.matchAll(DOC_REF)) {
      cited++;
      if (!existsSync(join(root, 'docs', doc))) missing.push({ path, line, text, what: `docs/${doc} does not exist` });
      else if (heading && !headingsOf(doc).has(heading)) missing.push({ path, line, text, what: `docs/${doc} has no heading "${heading}"` });
    }
  }
  assert.ok(cited > 0, 'no file cites docs/*.md: is the scan looking in the right place?');
  assert.ok(missing.length === 0, `${missing.length} citation(s) of missing docs:\n${format(missing)}`);
});
