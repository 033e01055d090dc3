// How many requests the list's own refresh costs one user per hour, with 1 tab and with 10 tabs of the portal open:
// from the policy (src/state/refresh-policy.ts), and a short real measurement with the built bundle (npm run build
// first) in headless Chromium against the local Dialogporten, where all 10 tabs are visible at once (the hardest case
// for "one tab polls for all"; a hidden tab never asks).
//
//   node scripts/refresh-requests.mjs [--seconds 65] [--json]
//
// The measurement sets refresh-interval to its floor (30 s) to finish in minutes, counts the searches the API gets
// after every tab shows its rows, and scales them to the default interval (120 s).
import { existsSync } from 'node:fs';
import { startDemo } from '../demo/index.js';
import { findChromium } from '../test/find-chromium.mjs';
import { launchBrowser } from './bench-browser.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const SECONDS = Number(arg('--seconds', '65'));
const JSON_OUT = process.argv.includes('--json');
const DEFAULT_S = 120; // refresh-interval's default
const FLOOR_S = 30; // its minimum, and the gap between asks when a tab is shown again

if (!existsSync('dist/dialog-inbox.js')) {
  console.error('dist/dialog-inbox.js is missing: run npm run build first.');
  process.exit(1);
}

/** The policy, per hour: a leader asks once per interval; showing a tab asks at most once per 30 s for all tabs. */
const policy = {
  steady: 3600 / DEFAULT_S, // any number of tabs: one visible leader per query
  switchingAtMost: 3600 / FLOOR_S, // a user who shows another tab at least every 30 s, all hour
  withoutElection10Visible: (10 * 3600) / DEFAULT_S,
};

let searches = 0;
const demo = await startDemo({
  apiPort: 0,
  platformPort: 0,
  portalPort: 0,
  quiet: true,
  onApiRequest: (req) => {
    if (req.method === 'GET' && /^\/api\/v1\/enduser\/dialogs\?/.test(req.url ?? '')) searches++;
  },
});
const browser = await launchBrowser(findChromium());

/** Opens `tabs` tabs of the portal in one browser context (same origin: one channel, one set of locks). */
async function measure(tabs) {
  const context = await browser.createBrowserContext();
  const pages = [];
  for (let i = 0; i < tabs; i++) {
    const page = await context.newPage();
    await page.goto(`${demo.portalUrl}/index.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => {
      const list = document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-list');
      return list?.shadowRoot?.querySelector('li[part="row"]') && list.shadowRoot.querySelector('.refresh');
    }, { timeout: 60_000 });
    await page.evaluate((s) => document.querySelector('dialog-inbox').setAttribute('refresh-interval', String(s)), FLOOR_S);
    pages.push(page);
  }
  const before = searches;
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const asked = searches - before;
  await context.close();
  const perHour = (asked / SECONDS) * 3600 * (FLOOR_S / DEFAULT_S);
  return { tabs, seconds: SECONDS, intervalS: FLOOR_S, asked, perHourAtDefault: Math.round(perHour * 10) / 10 };
}

try {
  const one = await measure(1);
  const ten = await measure(10);
  const result = { policy, measured: [one, ten] };
  if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`Refresh requests per hour for one user (refresh-interval ${DEFAULT_S} s, default)`);
    console.log(`  policy: ${policy.steady}/h with any number of tabs (one visible tab asks for all); at most ${policy.switchingAtMost}/h for a user`);
    console.log(`          who shows another tab every 30 s all hour; without the election 10 visible tabs would ask ${policy.withoutElection10Visible}/h`);
    for (const m of [one, ten]) {
      console.log(`  measured, ${String(m.tabs).padStart(2)} tab(s) visible: ${m.asked} searches in ${m.seconds} s at ${m.intervalS} s → ${m.perHourAtDefault}/h at ${DEFAULT_S} s`);
    }
  }
} finally {
  await browser.close();
  await demo.close();
}
