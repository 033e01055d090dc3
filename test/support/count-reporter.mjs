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

/** The sum of the test durations in a suite, in ms (what a file costs the run, its hooks aside). */
function duration(suite) {
  return (suite?.tests ?? []).reduce((sum, test) => sum + (test.duration ?? 0), 0) + (suite?.suites ?? []).reduce((sum, child) => sum + duration(child), 0);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, fileErrors: 0, slowest: [] };
      const files = [];
      for (const session of sessions) {
        tally(session.testResults, acc);
        if (!session.passed && (session.errors?.length ?? 0) > 0) acc.fileErrors++;
        files.push({ file: session.testFile.replace(/^.*?(test\/browser\/)/, '$1'), ms: Math.round(duration(session.testResults)) });
      }
      // The files whose tests take longest: where to look when the run is slow.
      acc.slowest = files.sort((a, b) => b.ms - a.ms).slice(0, 15);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}
