// Writes the browser suite's totals to a file, so test/run.mjs can print one combined line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function tally(suite, acc) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) acc.skipped++;
    else if (test.passed) acc.passed++;
    else acc.failed++;
  }
  for (const child of suite?.suites ?? []) tally(child, acc);
  return acc;
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        tally(session.testResults, acc);
        if (!session.passed && (session.errors?.length ?? 0) > 0) acc.fileErrors++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}
