// The script-tag bundles under a strict Content-Security-Policy, as a portal with a locked-down CSP
// serves them: no 'unsafe-eval', no 'unsafe-inline' scripts or styles. A page served with that header
// (from a small server here) loads dist/dialog-inbox.js (module) or dist/dialog-inbox.iife.js (classic
// script), points <dialog-inbox> at the local Dialogporten, lists, opens a dialog; Chromium (puppeteer)
// must report no `securitypolicyviolation` and no console error. Adopted stylesheets are allowed by
// `style-src 'self'`; inline `style=""` attributes, `eval` and inline scripts are not. The policy needs
// `connect-src` for the API and the service platform, and `img-src data:` for Designsystemet's icons. The module
// entry imports its chunks (dist/chunks/) beside it: `script-src 'self'` covers them. On the module pages the inbox
// is on the page before the entry runs, as in a portal's HTML, so the view's chunk comes when a dialog is opened.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startDemo } from '../../demo/index.js';
import { findChromium } from '../find-chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = (name) => fileURLToPath(new URL(`../../dist/${name}`, import.meta.url));
const executablePath = findChromium();
const TOKEN = 'csp-test-end-user';

let demo;
let server;
let origin;
let browser;
let party;
let htmlDialogId;
/** The paths the server answered, in order. */
let served = [];

/** The policy a careful portal sends, plus the two origins the widget talks to. */
const policy = () =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Designsystemet's CSS draws its icons (alerts, checkboxes, chevrons) as data: SVG images.
    "img-src 'self' data:",
    // The API (requests and the live-update stream) and the service platform (background actions, embeds).
    `connect-src 'self' ${new URL(demo.apiUrl).origin} ${new URL(demo.platformUrl).origin}`,
  ].join('; ');

const page = (script, { inline = '' } = {}) => `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Strict CSP portal</title>
${script}
</head>
<body>
<main></main>
${inline}
</body>
</html>`;

const PAGES = {
  '/module.html': () => page('<script type="module" src="/setup.js"></script><script type="module" src="/dialog-inbox.js"></script>'),
  '/classic.html': () => page('<script src="/dialog-inbox.iife.js"></script><script src="/setup.js" defer></script>'),
  // The policy works: an inline script is refused and reported.
  '/sanity.html': () => page('', { inline: '<script>window.inlineRan = true</script>' }),
};

before(async () => {
  if (!existsSync(dist('dialog-inbox.js')) || !existsSync(dist('dialog-inbox.iife.js'))) {
    spawnSync(fileURLToPath(new URL('../../node_modules/.bin/vite', import.meta.url)), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, corsOrigins: '*', platformOrigins: '*', quiet: true });
  const parties = await (await fetch(`${demo.apiUrl}/api/v1/enduser/parties`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
  party = parties.authorizedParties[0].party;
  // A dialog whose content is sender HTML (parsed inertly, then rebuilt): under Trusted Types that parse needs
  // the widget's policy.
  const search = await (await fetch(`${demo.apiUrl}/api/v1/enduser/dialogs?party=${encodeURIComponent(party)}&limit=1000`, { headers: { Authorization: `Bearer ${TOKEN}`, 'Accept-Language': 'nb' } })).json();
  htmlDialogId = search.items.find((i) => i.content?.title?.value?.some((v) => v.value === 'Vedtak om bostøtte for mars 2026'))?.id;
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    served.push(path);
    // /tt.html: Trusted Types enforced too, with the widget's policy allowed (README).
    const tt = path === '/tt.html' ? "; require-trusted-types-for 'script'; trusted-types lit-html dialog-inbox" : '';
    const headers = { 'Content-Security-Policy': policy() + tt, 'Cache-Control': 'no-store' };
    if (path === '/tt.html') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGES['/module.html']());
    if (PAGES[path]) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGES[path]());
    if (path === '/setup.js') {
      // The page's own script (a file, as the policy demands) places the inbox with its token provider.
      const setup = `const inbox = document.createElement('dialog-inbox');
inbox.setAttribute('api-base-url', ${JSON.stringify(demo.apiUrl)});
inbox.setAttribute('party', ${JSON.stringify(party)});
inbox.tokenProvider = async () => ${JSON.stringify(TOKEN)};
document.querySelector('main').append(inbox);
`;
      return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(setup);
    }
    const file = /^\/(dialog-inbox(?:\.iife)?\.js(?:\.map)?|chunks\/[\w-]+\.js(?:\.map)?)$/.exec(path)?.[1];
    if (file) return res.writeHead(200, { ...headers, 'Content-Type': file.endsWith('.map') ? 'application/json' : 'text/javascript' }).end(readFileSync(dist(file)));
    res.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  if (executablePath) {
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  }
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await demo?.close();
});

/** Opens a page, collecting CSP violations, console errors and uncaught errors from the first moment. */
async function open(path) {
  served = [];
  const tab = await browser.newPage();
  const problems = { violations: [], console: [], errors: [] };
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text());
  });
  tab.on('pageerror', (error) => problems.errors.push(error.message));
  await tab.exposeFunction('reportViolation', (violation) => problems.violations.push(violation));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { tab, problems };
}

/**
 * Polls `check` in the page. (Not page.waitForFunction: puppeteer builds that function inside the page,
 * which the policy under test rightly refuses as eval.)
 */
async function until(tab, check, what, timeout = 15000) {
  const started = Date.now();
  for (;;) {
    const value = await tab.evaluate(check);
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Lists, opens the first dialog with actions, and lets the view settle (history, embeds, live updates). */
async function useTheInbox(tab) {
  await until(
    tab,
    () => {
      const list = document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-list');
      return (list?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) > 0;
    },
    'rows in the list',
  );
  await tab.evaluate(() => {
    const list = document.querySelector('dialog-inbox').shadowRoot.querySelector('dialog-list');
    list.shadowRoot.querySelector('[part~="row"] button, [part~="row-button"]').click();
  });
  await until(
    tab,
    () => {
      const view = document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-view');
      return view?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    },
    'the opened dialog',
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // Then the dialog with sender HTML: its table is rebuilt in the view.
  await tab.evaluate((id) => document.querySelector('dialog-inbox').state.select(id), htmlDialogId);
  await until(
    tab,
    () => document.querySelector('dialog-inbox')?.shadowRoot?.querySelector('dialog-view')?.shadowRoot?.querySelector('.embed.rich table'),
    'the sender HTML rendered',
  );
  return tab.evaluate(() => {
    const inbox = document.querySelector('dialog-inbox');
    const styled = (el) => el.shadowRoot.adoptedStyleSheets.length > 0 && getComputedStyle(el).fontFamily !== '';
    return { styled: styled(inbox), title: inbox.shadowRoot.querySelector('dialog-view').shadowRoot.querySelector('[part~="title"]').textContent.trim() };
  });
}

test('the policy is enforced: an inline script is blocked and reported', { skip: !executablePath && 'no Chromium' }, async () => {
  const { tab, problems } = await open('/sanity.html');
  try {
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await tab.evaluate(() => window.inlineRan ?? false), false);
    assert.ok(problems.violations.some((v) => v.directive === 'script-src-elem'), JSON.stringify(problems.violations));
  } finally {
    await tab.close();
  }
});

for (const [name, path] of [
  ['dist/dialog-inbox.js (module)', '/module.html'],
  ['dist/dialog-inbox.iife.js (classic script)', '/classic.html'],
  ['dist/dialog-inbox.js with Trusted Types enforced (policies lit-html and dialog-inbox allowed)', '/tt.html'],
]) {
  test(`${name} works under a strict CSP without a single violation`, { skip: !executablePath && 'no Chromium', timeout: 60000 }, async () => {
    const { tab, problems } = await open(path);
    try {
      const result = await useTheInbox(tab).catch((error) => {
        throw new Error(`${error.message}; ${JSON.stringify(problems)}`);
      });
      assert.ok(result.title, 'a dialog opened');
      const chunks = served.filter((p) => p.startsWith('/chunks/'));
      if (path === '/classic.html') assert.deepEqual(chunks, [], 'the classic script is one file');
      else assert.ok(chunks.some((p) => /^\/chunks\/dialog-code-[\w-]+\.js$/.test(p)), `the view came as a chunk: ${served.join(' ')}`);
      assert.equal(result.styled, true, 'styles adopted');
      assert.deepEqual(problems.violations, [], 'CSP violations');
      assert.deepEqual(problems.errors, [], 'uncaught errors');
      assert.deepEqual(problems.console, [], 'console errors');
    } finally {
      await tab.close();
    }
  });
}
