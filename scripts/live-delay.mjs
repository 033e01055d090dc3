#!/usr/bin/env node
/**
 * How long a change on the server takes to show in the open dialog: with the live stream, and behind a proxy that
 * buffers it (`--buffering-proxy`), where the view gives the stream up after 30 s of silence and polls (every
 * 30 s, doubling to 240 s while nothing changes). Real timings, the built bundle (dist/: `npx vite build` first),
 * the demo portal in headless Chromium. A change is a new title set through the local Dialogporten; the delay runs
 * from just before the change to the frame the new title is on screen.
 *
 *   node scripts/live-delay.mjs [--samples N] [--fallback-samples N] [--json]
 */
import { startDemo } from '../demo/index.js';
import { bundleExists, launchBrowser } from '../test/support/browser-harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SAMPLES = arg('--samples', 10);
const FALLBACK_SAMPLES = arg('--fallback-samples', 4);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!bundleExists()) {
  console.error('No dist/dialog-inbox.js: run `npx vite build` first.');
  process.exit(2);
}

/** The open dialog's title, through the shadow roots. */
const TITLE = () => document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-view')?.shadowRoot?.querySelector('h2.title')?.textContent ?? null;

async function measure(browser, { buffering, samples }) {
  const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, bufferingProxy: buffering });
  const page = await browser.newPage();
  try {
    await page.goto(`${demo.portalUrl}/`);
    const id = await page.waitForFunction(() => {
      const row = document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-list')?.shadowRoot?.querySelector('li[part="row"]');
      if (!row) return null;
      row.querySelector('button')?.click();
      return row.dataset.dialogId;
    }, { timeout: 30_000 }).then((handle) => handle.jsonValue());
    await page.waitForFunction(TITLE, { timeout: 30_000 });
    const subscribed = () => demo.store.listenerCount('dialogEvent');
    const waitFor = async (check, what, timeout) => {
      const end = Date.now() + timeout;
      while (!check()) {
        if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
        await sleep(50);
      }
    };
    await waitFor(() => subscribed() > 0, 'the stream to reach the server', 15_000);
    // Behind the buffering proxy the stream reaches the server but nothing comes back: the view gives it up.
    let gaveUpAfter = null;
    if (buffering) {
      const t = Date.now();
      await waitFor(() => subscribed() === 0, 'the view to give the stream up', 60_000);
      gaveUpAfter = Date.now() - t;
    }
    const delays = [];
    for (let i = 0; i < samples; i++) {
      // Changes at random moments, so a poll's phase is sampled, not always the same.
      await sleep(buffering ? Math.random() * 30_000 : 200 + Math.random() * 300);
      const title = `Måling ${i + 1} (${buffering ? 'polling' : 'stream'})`;
      const started = Date.now();
      const answer = await fetch(`${demo.apiUrl}/__demo/dialogs/${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) });
      if (!answer.ok) throw new Error(`The change was refused: ${answer.status}`);
      await page.waitForFunction(
        (want) => document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-view')?.shadowRoot?.querySelector('h2.title')?.textContent === want,
        { polling: 'raf', timeout: 300_000 },
        title,
      );
      delays.push(Date.now() - started);
    }
    return { delays, gaveUpAfter };
  } finally {
    await page.close();
    await demo.close();
  }
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, min: sorted[0], median: at(0.5), max: sorted.at(-1), mean: Math.round(values.reduce((a, b) => a + b, 0) / values.length) };
};

const browser = await launchBrowser();
try {
  const stream = await measure(browser, { buffering: false, samples: SAMPLES });
  const fallback = await measure(browser, { buffering: true, samples: FALLBACK_SAMPLES });
  const report = { stream: stats(stream.delays), fallback: { ...stats(fallback.delays), gaveUpStreamAfterMs: fallback.gaveUpAfter }, raw: { stream: stream.delays, fallback: fallback.delays } };
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    const line = (name, s) => `${name.padEnd(34)} n=${s.n}  min ${s.min} ms  median ${s.median} ms  mean ${s.mean} ms  max ${s.max} ms`;
    console.log('Delay from a change on the server to the change on screen (open dialog, default timings)');
    console.log(line('live stream', report.stream));
    console.log(line('buffering proxy (polling fallback)', report.fallback));
    console.log(`  the stream was given up ${fallback.gaveUpAfter} ms after it reached the server (silence limit 30 s)`);
  }
} finally {
  await browser.close();
}
