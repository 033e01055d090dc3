// Generated files must match their sources: the OpenAPI types and the Designsystemet stylesheet module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

test('src/api/openapi.gen.ts is generated from the vendored OpenAPI contract', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'types-')), 'openapi.gen.ts');
  execFileSync(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), 'src/api/openapi.enduser.v1.json', '-o', out], {
    cwd: root,
    stdio: 'pipe',
  });
  const fresh = readFileSync(out, 'utf8');
  const committed = readFileSync(join(root, 'src/api/openapi.gen.ts'), 'utf8');
  assert.ok(committed === fresh, 'src/api/openapi.gen.ts is stale: run `npm run generate`');
});

test('the vendored OpenAPI contract is the shared one (when shared/ is beside the repo)', (t) => {
  let shared;
  try {
    shared = readFileSync(join(root, '../shared/dialogporten/openapi.enduser.v1.json'), 'utf8');
  } catch {
    t.skip('no ../shared checkout here');
    return;
  }
  assert.equal(readFileSync(join(root, 'src/api/openapi.enduser.v1.json'), 'utf8'), shared);
});

test('components/shared/ds-css.gen.ts matches the installed Designsystemet CSS', () => {
  execFileSync(process.execPath, ['scripts/build-ds-css.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});
