// Screenshots for the design sign-off (issue "Looks right"): the demo portal's inbox in Chromium, the list and a
// dialog, at 1280 × 900 and on a phone (320 × 640), in bokmål.
//   node scripts/design-shots.mjs [--dist DIR] [--out DIR] [--prefix NAME]
// --dist serves another build (e.g. an older commit's dist/) to compare before and after on the same data.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from '../demo/index.js';
import { findChromium } from '../test/find-chromium.mjs';
import { launchBrowser, waitFor } from './bench-browser.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(arg('dist', fileURLToPath(new URL('../dist', import.meta.url))));
const out = resolve(arg('out', fileURLToPath(new URL('../docs/audit/design', import.meta.url))));
const prefix = arg('prefix', 'after');
// A dialog with a table of amounts, attachments' neighbours and actions: the seed's tax return.
const DIALOG_TITLE = /Skattemeldingen for 2025/;

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install chromium or set CHROME_PATH.');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, distDir: dist });
const browser = await launchBrowser(executablePath);
try {
  for (const [name, width, height] of [['1280', 1280, 900], ['320', 320, 640]]) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1, isMobile: width < 400 });
    await page.goto(demo.portalUrl, { waitUntil: 'domcontentloaded' });
    await waitFor(page, () => (document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-list')?.shadowRoot?.querySelectorAll('li[part="row"]').length ?? 0) > 5);
    await page.evaluate(() => document.fonts.ready);
    await new Promise((r) => setTimeout(r, 500));
    // The inbox at the top of the viewport, as a citizen sees it after scrolling past the portal's header.
    await page.evaluate(() => document.querySelector('dialog-inbox').scrollIntoView());
    await page.screenshot({ path: join(out, `${prefix}-list-${name}.png`) });
    await page.evaluate((title) => {
      const list = document.querySelector('dialog-inbox').shadowRoot.querySelector('dialog-list').shadowRoot;
      const re = new RegExp(title);
      [...list.querySelectorAll('li[part="row"] .row-button')].find((b) => re.test(b.textContent)).click();
    }, DIALOG_TITLE.source);
    await waitFor(page, () => Boolean(document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-view')?.shadowRoot?.querySelector('.rich table')));
    await new Promise((r) => setTimeout(r, 500));
    await page.evaluate(() => document.querySelector('dialog-inbox').scrollIntoView());
    await page.screenshot({ path: join(out, `${prefix}-dialog-${name}.png`) });
    await context.close();
    console.log(`${prefix}: ${name} px`);
  }
} finally {
  await browser.close();
  await demo.close?.();
}
process.exit(0);
