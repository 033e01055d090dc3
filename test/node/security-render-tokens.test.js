// Security gate (issue 7): tokens go only where the contract says. The inbox (the built bundle) is used over the
// real local Dialogporten with an end-user token from a tokenProvider, with a cookie on the portal's host; every
// request that reaches ANY of the servers (API, platform, portal) is recorded server-side with all its headers
// (node:diagnostics_channel), and then checked by destination:
//  - the end-user token goes only to the API origin (REST), never to the platform or the portal;
//  - the dialog token goes only to the dialog's own platform URLs (actions, embeds) and the live stream, never
//    to the REST API; its `i` claim is the dialog in the URL;
//  - background requests (fetch) carry no cookies; navigations (GET action links, attachment links) carry no
//    Authorization.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from '../../demo/index.js';
import { assertElementsDefined, bundleExists, distDir, jwtClaims, launchBrowser, openPage, recordServerRequests, tempDir, until } from '../support/browser-harness.mjs';

const END_USER_TOKEN = 'end-user-token-SECRET-1f7c';
const COOKIE = 'portal-session-SECRET-9a2b';

let demo;
let browser;
let recorder;
const built = bundleExists();

before(async () => {
  if (!built) return;
  const portalDir = tempDir({
    'index.html': `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>tokens</title>
<script type="module" src="/dist/dialog-inbox.js"></script>
<script type="module">
  await customElements.whenDefined('dialog-inbox');
  const inbox = document.querySelector('dialog-inbox');
  inbox.tokenProvider = async () => '${END_USER_TOKEN}';
  inbox.setAttribute('api-base-url', new URLSearchParams(location.search).get('api'));
</script></head>
<body><dialog-inbox></dialog-inbox></body></html>`,
  });
  recorder = recordServerRequests();
  demo = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, corsOrigins: '*', platformOrigins: '*', quiet: true, portalDir, distDir: distDir(), submitDelayMs: 200 });
  browser = await launchBrowser();
});

after(async () => {
  recorder?.stop();
  await browser?.close();
  await demo?.close();
});

/** Opens a dialog in the inbox (its row, or the inbox state when it is not on the first page) and waits for it. */
async function openDialog(page, id) {
  await page.evaluate((dialogId) => {
    const row = window.__deep(`li[data-dialog-id="${dialogId}"] [part="row-button"]`);
    if (row) row.click();
    else document.querySelector('dialog-inbox').state.select(dialogId);
  }, id);
  await until(
    () =>
      page.evaluate((dialogId) => {
        const view = window.__deep('dialog-view');
        if (view?.dialog?.id !== dialogId) return false;
        const roots = window.__roots().filter((r) => r === view.shadowRoot || view.shadowRoot.contains(r.host));
        return !roots.some((r) => r.querySelector('[aria-busy="true"]'));
      }, id),
    { message: `dialog ${id} to load`, timeout: 10_000 },
  );
}

test('tokens and cookies go only where the contract says', { timeout: 90_000 }, async (t) => {
  if (!built) return t.skip('dist/dialog-inbox.js is missing: run `npm run build` first');
  const dialogs = [...demo.store.records.values()].map((r) => r.dialog).filter((d) => d.endUserContext?.systemLabels?.includes('Default') && !d.isApiOnly);
  const withConfirm = dialogs.find(
    (d) => d.content?.mainContentReference && d.attachments?.length && d.guiActions?.some((a) => a.priority === 'Primary' && a.httpMethod === 'POST' && a.url.endsWith('/confirm') && !a.prompt),
  );
  const withTxEmbed = dialogs.find((d) => d.transmissions?.some((tx) => tx.isAuthorized !== false && tx.content?.contentReference));
  const withGetLink = dialogs.find((d) => d.guiActions?.some((a) => a.priority === 'Primary' && a.httpMethod === 'GET' && a.isAuthorized !== false));
  assert.ok(withConfirm && withTxEmbed && withGetLink, 'the seed has the dialogs this test needs');

  const { page, errors } = await openPage(browser);
  await page.setCookie({ name: 'portal_session', value: COOKIE, url: demo.portalUrl });
  recorder.clear();
  await page.goto(`${demo.portalUrl}/?api=${encodeURIComponent(demo.apiUrl)}`, { waitUntil: 'load' });
  await assertElementsDefined(page);
  await until(() => page.evaluate(() => window.__deepAll('li[part="row"]').length > 0), { message: 'list rows' });

  // 1. A dialog with a main embed and an attachment; run its background action (POST with the dialog token).
  await openDialog(page, withConfirm.id);
  await page.evaluate(() => window.__deep('dialog-actions').shadowRoot.querySelector('button[part="action"][data-variant="primary"]').click());
  await until(() => recorder.log.some((r) => r.method === 'POST' && r.url.endsWith('/confirm')), { message: 'the confirm action request' });
  await until(() => page.evaluate(() => Boolean(window.__deep('dialog-actions')?.shadowRoot.querySelector('[part="message"] .ds-alert'))), {
    message: 'the action result message',
  });

  // 2. Follow the attachment link (a new tab: a navigation, no token).
  const attachmentHref = await page.evaluate(() => window.__deepAll('a[href*="/files/"]')[0]?.href ?? null);
  assert.ok(attachmentHref, 'the attachment is a link');
  await page.evaluate(() => window.__deepAll('a[href*="/files/"]')[0].click());
  await until(() => recorder.log.some((r) => r.url.includes('/files/')), { message: 'the attachment navigation' });

  // 3. A dialog whose transmission has an embed: expand it (the embed loads with the dialog token).
  await openDialog(page, withTxEmbed.id);
  await page.evaluate(() => {
    for (const b of window.__deepAll('button[aria-expanded="false"]')) b.click();
  });
  const txEmbedPaths = withTxEmbed.transmissions.filter((tx) => tx.content?.contentReference).map((tx) => `/embeds/${withTxEmbed.id}/transmissions/${tx.id}`);
  await until(() => recorder.log.some((r) => txEmbedPaths.includes(r.url)), { message: 'a transmission embed request' });

  // 4. Last: follow a GET action (a top-level navigation to the service; no token).
  await openDialog(page, withGetLink.id);
  const linkUrl = withGetLink.guiActions.find((a) => a.priority === 'Primary' && a.httpMethod === 'GET').url;
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.evaluate(() => window.__deep('dialog-actions').shadowRoot.querySelector('a[part="action"]').click()),
  ]);
  assert.equal(page.url(), linkUrl, 'the GET action navigated to the service page');
  await new Promise((resolve) => setTimeout(resolve, 300));

  // ---- checks, by destination -------------------------------------------------------------------------
  const port = (url) => Number(new URL(url).port);
  const API = port(demo.apiUrl);
  const PLATFORM = port(demo.platformUrl);
  const PORTAL = port(demo.portalUrl);
  const log = recorder.log.filter((r) => r.method !== 'OPTIONS');
  const auth = (r) => r.headers.authorization ?? null;
  const bearer = (r) => auth(r)?.replace(/^Bearer\s+/i, '') ?? null;
  const describe = (r) => `${r.method} ${r.port === API ? 'API' : r.port === PLATFORM ? 'PLATFORM' : r.port === PORTAL ? 'PORTAL' : r.port}${r.url}`;
  const everything = JSON.stringify(log.map((r) => r.headers));
  assert.ok(everything.includes(END_USER_TOKEN), 'the end-user token was used (the recorder sees headers)');

  const apiRest = log.filter((r) => r.port === API && r.url.startsWith('/api/v1/enduser'));
  assert.ok(apiRest.length >= 3, `API requests seen (${apiRest.length})`);
  const apiWithout = apiRest.filter((r) => bearer(r) !== END_USER_TOKEN).map(describe);
  assert.deepEqual(apiWithout, [], 'every REST request to the API carries the end-user token (and no dialog token)');

  const endUserElsewhere = log.filter((r) => !(r.port === API && r.url.startsWith('/api/v1/')) && JSON.stringify(r.headers).includes(END_USER_TOKEN)).map(describe);
  assert.deepEqual(endUserElsewhere, [], 'the end-user token goes nowhere but the API');

  const cookiesToApi = log.filter((r) => r.port === API && r.headers.cookie).map(describe);
  assert.deepEqual(cookiesToApi, [], 'no cookies to the API (credentials are omitted by default)');

  const platform = log.filter((r) => r.port === PLATFORM);
  const navigations = platform.filter((r) => r.headers['sec-fetch-mode'] === 'navigate');
  // The browser's own favicon request after a navigation is not the widget's.
  const background = platform.filter((r) => r.headers['sec-fetch-mode'] !== 'navigate' && r.url !== '/favicon.ico');
  assert.ok(navigations.some((r) => r.url.includes('/files/')), 'the attachment navigation reached the platform');
  assert.ok(navigations.some((r) => linkUrl.endsWith(r.url)), 'the GET action navigation reached the platform');
  assert.ok(background.some((r) => r.url.endsWith('/confirm')), 'the POST action reached the platform');
  assert.ok(background.some((r) => r.url === `/embeds/${withConfirm.id}/main`), 'the main embed was fetched');
  assert.ok(background.some((r) => txEmbedPaths.includes(r.url)), 'the transmission embed was fetched');

  assert.deepEqual(navigations.filter((r) => auth(r)).map(describe), [], 'no Authorization on navigations (GET links, attachments)');
  assert.deepEqual(background.filter((r) => r.headers.cookie).map(describe), [], 'no cookies on background requests to the platform');
  const wrongDialogToken = background
    .filter((r) => {
      const claims = jwtClaims(bearer(r));
      const dialogInPath = r.url.match(/^\/(?:actions|embeds|api)\/([0-9a-f-]{36})/i)?.[1];
      return !claims || !dialogInPath || claims.i !== dialogInPath;
    })
    .map((r) => `${describe(r)} with ${auth(r) ? `a token for ${jwtClaims(bearer(r))?.i ?? '?'}` : 'no token'}`);
  assert.deepEqual(wrongDialogToken, [], "background requests to the platform carry the dialog token of the dialog in their URL");

  const dialogTokens = new Set(background.map(bearer).filter(Boolean));
  const dialogTokenToApi = log.filter((r) => r.port === API && r.url.startsWith('/api/') && dialogTokens.has(bearer(r))).map(describe);
  assert.deepEqual(dialogTokenToApi, [], 'the dialog token never goes to the REST API');
  const stream = log.filter((r) => r.port === API && r.url.startsWith('/graphql/stream'));
  assert.ok(stream.length > 0, 'the live stream was opened');
  assert.deepEqual(stream.filter((r) => !jwtClaims(bearer(r))?.i).map(describe), [], 'the live stream carries a dialog token');
  assert.deepEqual(stream.filter((r) => r.headers.cookie).map(describe), [], 'no cookies on the live stream');

  const portalAuth = log.filter((r) => r.port === PORTAL && auth(r)).map(describe);
  assert.deepEqual(portalAuth, [], 'no token of any kind to the portal origin');
  assert.ok(log.some((r) => r.port === PORTAL && r.headers.cookie?.includes(COOKIE)), 'the cookie exists (the portal page got it)');
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), [], 'no errors on the page');
  await page.close();
});
