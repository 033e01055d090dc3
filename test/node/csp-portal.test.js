// Security gate (issue 7): the demo portal page works under a strict Content-Security-Policy without a single
// violation. The portal server sends no CSP, so the test puts a small reverse proxy in front of it that adds one
// (the Host header is passed through, so the page's api-base-url is the proxy's own origin: 'self').
//   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' <platform>
// connect-src also names the service platform's origin: by contract the browser fetches front-channel embeds and
// runs background actions at the service owner's URLs (a real portal lists its service owners there too).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startDemo } from '../../demo/index.js';
import { assertElementsDefined, bundleExists, distDir, launchBrowser, openPage, until } from '../support/browser-harness.mjs';

let demo;
let browser;
let proxy;
let proxyUrl;
let policy;
const built = bundleExists();

function startCspProxy(target, csp) {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-security-policy': csp });
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
    res.on('close', () => forward.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

before(async () => {
  if (!built) return;
  demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, distDir: distDir(), platformOrigins: '*' });
  policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${new URL(demo.platformUrl).origin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  proxy = await startCspProxy(demo.portalUrl, policy);
  proxyUrl = `http://127.0.0.1:${proxy.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve()));
  proxy?.closeAllConnections?.();
  await demo?.close();
});

const COLLECT = () => {
  window.__csp = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample ?? ''}`),
    true,
  );
};

test('the demo portal runs under a strict CSP without violations (inbox, dialog with embed and markdown, languages, separate layout)', { timeout: 60_000 }, async (t) => {
  if (!built) return t.skip('dist/dialog-inbox.js is missing: run `npm run build` first');
  const { page, errors } = await openPage(browser);
  await page.evaluateOnNewDocument(COLLECT);
  const responses = [];
  page.on('response', (r) => responses.push({ url: r.url(), status: r.status(), csp: r.headers()['content-security-policy'] }));
  await page.goto(`${proxyUrl}/`, { waitUntil: 'load' });
  assert.equal(responses[0]?.csp, policy, 'the page is served with the policy');
  await assertElementsDefined(page);
  await until(() => page.evaluate(() => window.__deepAll('li[part="row"]').length > 0), { message: 'list rows', timeout: 15_000 });

  // Open dialogs with rich content: a front-channel embed and markdown additional info.
  const records = [...demo.store.records.values()].map((r) => r.dialog).filter((d) => d.endUserContext?.systemLabels?.includes('Default') && !d.isApiOnly);
  const embedded = records.find((d) => d.content?.mainContentReference && d.party === demo.store.endUser.partyUrn);
  const markdown = records.find((d) => d.content?.additionalInfo?.mediaType === 'text/markdown' && d.party === demo.store.endUser.partyUrn);
  for (const dialog of [embedded, markdown].filter(Boolean)) {
    await page.evaluate((id) => {
      const row = window.__deep(`li[data-dialog-id="${id}"] [part="row-button"]`);
      if (row) row.click();
      else document.querySelector('dialog-inbox').state.select(id);
    }, dialog.id);
    await until(
      () =>
        page.evaluate((id) => {
          const view = window.__deep('dialog-view');
          return view?.dialog?.id === id && !window.__deepAll('[aria-busy="true"]').length;
        }, dialog.id),
      { message: `dialog ${dialog.id}`, timeout: 10_000 },
    );
    await page.evaluate(() => {
      for (const b of window.__deepAll('button[aria-expanded="false"]')) b.click();
      for (const d of window.__deepAll('details')) d.open = true;
      window.__deep('[part="menu-button"]')?.click();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  assert.ok(responses.some((r) => r.url.includes('/embeds/')), 'an embed was loaded');
  // The portal's language switch (external module) changes the widget's language: English is a chunk of its own.
  await page.evaluate(() => document.querySelector('[data-lang="en"]')?.click());
  await new Promise((resolve) => setTimeout(resolve, 500));
  // The elements and texts not in the entry came as chunks from beside it, under the same policy.
  const chunk = (name) => responses.find((r) => new RegExp(`/dist/chunks/${name}-[\\w-]+\\.js$`).test(r.url));
  // (The view and the actions are one chunk: opening a dialog needs both.)
  for (const name of ['dialog-code', 'en']) {
    assert.equal(chunk(name)?.status, 200, `the ${name} chunk loaded from /dist/chunks/`);
    assert.equal(chunk(name)?.csp, policy, `the ${name} chunk was served through the policy's proxy`);
  }
  const violationsInbox = await page.evaluate(() => window.__csp);

  await page.goto(`${proxyUrl}/separate.html`, { waitUntil: 'load' });
  await until(() => page.evaluate(() => window.__deepAll('li[part="row"]').length > 0), { message: 'list rows on separate.html', timeout: 15_000 });
  await page.evaluate(() => window.__deep('li[part="row"] [part="row-button"]')?.click());
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const violationsSeparate = await page.evaluate(() => window.__csp);

  assert.deepEqual([...violationsInbox, ...violationsSeparate], [], 'no CSP violation');
  const cspConsole = errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
  assert.deepEqual(cspConsole, [], 'no CSP errors in the console');
  assert.deepEqual(errors, [], 'no console errors or uncaught exceptions');
  await page.close();
});
