// The elements' styles use Designsystemet tokens without fallback values (the tokens always come from a theme: the
// page's, or the bundled fallback theme): so every --ds-* token they use must be one the fallback theme defines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The fallback theme, and the component sheet every element adopts (it defines a few tokens of its own).
const theme = ['ds-theme.gen.ts', 'ds-css.gen.ts'].map((f) => readFileSync(`components/shared/${f}`, 'utf8')).join('\n');
const styleFiles = readdirSync('components', { recursive: true })
  .map(String)
  .filter((f) => /\.styles\.ts$|^shared[\\/]styles\.ts$/.test(f))
  .map((f) => join('components', f));

test('every --ds-* token the elements use is defined by the bundled fallback theme', () => {
  assert.ok(styleFiles.length >= 6, `style files found: ${styleFiles.join(', ')}`);
  // A name built in a template literal (`--ds-color-${c}-${t}`, styles.ts) is not a token name.
  const used = new Set(styleFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--ds-[\w-]+)(?![\w$-])/g)].map((m) => m[1])));
  assert.ok(used.size > 20, `tokens used: ${used.size}`);
  const undefinedTokens = [...used].filter((token) => !theme.includes(`${token}:`));
  assert.deepEqual(undefinedTokens, []);
});
