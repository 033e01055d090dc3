// The size budget of the script-tag bundle, as CI runs it: `node scripts/size.mjs` fails (exit 1) when
// dist/dialog-inbox.js, with its embedded CSS, grows over the interim ceiling (BUDGET_BYTES, gzip level 6).
// The product's 50 KiB target is not met yet: the last test says by how much (a todo, until it passes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TARGET_BYTES, table } from '../../scripts/size.mjs';

test('dist/dialog-inbox.js stays within its gzip budget (JavaScript and CSS)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--json'], { cwd: root, encoding: 'utf8' });
  const sizes = JSON.parse(run.stdout);
  console.log(table(sizes));
  assert.ok(sizes.js.gzip6 > 0 && sizes.css.gzip6 > 0 && sizes.iife.gzip6 > 0, 'JavaScript, CSS and the classic script are measured');
  assert.equal(sizes.budget.level, 6);
  const over = sizes.bundle.gzip6 - sizes.budget.bytes;
  assert.equal(run.status, over > 0 ? 1 : 0, `exit status of scripts/size.mjs: ${run.stderr}`);
  assert.ok(over <= 0, `${sizes.bundle.file} is ${sizes.bundle.gzip6} bytes gzip (level 6), ${over} over the budget of ${sizes.budget.bytes}`);
});

test('dist/dialog-inbox.js meets the 50 KiB target of issue 6', { todo: 'over the target; CI enforces the interim ceiling above' }, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const sizes = JSON.parse(spawnSync(process.execPath, ['scripts/size.mjs', '--json'], { cwd: root, encoding: 'utf8' }).stdout);
  assert.ok(sizes.bundle.gzip6 <= TARGET_BYTES, `${sizes.bundle.gzip6 - TARGET_BYTES} bytes over ${TARGET_BYTES}`);
});
