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

// The repo's copy of the contract is the one the code follows; to compare it with an upstream copy, point
// DIALOGPORTEN_CONTRACT_DIR at the folder that holds openapi.enduser.v1.json.
test('the vendored OpenAPI contract is the upstream one (when DIALOGPORTEN_CONTRACT_DIR is set)', (t) => {
  const dir = process.env.DIALOGPORTEN_CONTRACT_DIR;
  if (!dir) {
    t.skip('DIALOGPORTEN_CONTRACT_DIR is not set');
    return;
  }
  const shared = readFileSync(join(dir, 'openapi.enduser.v1.json'), 'utf8');
  assert.equal(readFileSync(join(root, 'src/api/openapi.enduser.v1.json'), 'utf8'), shared);
});

test('components/shared/ds-css.gen.ts and ds-theme.gen.ts match the installed Designsystemet CSS', () => {
  execFileSync(process.execPath, ['scripts/build-ds-css.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});

test('components/shared/icons.gen.ts matches the installed icon set', () => {
  execFileSync(process.execPath, ['scripts/build-icons.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});
