// Browser tests in a real Chromium (Debian's; test tools cannot download browsers here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureChromium } from './test/find-chromium.mjs';
import { startEchoServer } from './test/support/echo-server.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { chunkCdnMiddleware, chunkCdnPlugin } from './test/support/chunk-cdn.mjs';

const executablePath = ensureChromium();

/** `executeServerCommand('forced-colors', 'active' | 'none')`: emulates forced colours (emulateMedia cannot, with Puppeteer). */
function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures refuses this feature; the DevTools protocol takes it. The session stays
      // open: its emulation ends with it.
      const page = session.browser.getPage(session.id);
      const cdp = (sessions.get(page) ?? sessions.set(page, await page.createCDPSession()).get(page));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }] });
      return true;
    },
  };
}

/** The URLs of the test services, once started (read by the portal proxy below). */
const services = { env: {} };

/**
 * `/__portal/…` on the test page's origin → the demo portal, which adds the token itself as a portal's backend does:
 * a page that needs no token provider (test/browser/early-requests.test.ts).
 */
function portalProxyMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__portal/') || !services.env.portalUrl) return next();
    const answer = await fetch(services.env.portalUrl + ctx.url.slice('/__portal'.length), {
      method: ctx.method,
      headers: { accept: ctx.get('accept') || '*/*', 'accept-language': ctx.get('accept-language') || 'nb' },
    });
    ctx.status = answer.status;
    ctx.set('content-type', answer.headers.get('content-type') ?? 'application/octet-stream');
    ctx.set('cache-control', 'no-store');
    ctx.body = Buffer.from(await answer.arrayBuffer());
  };
}

/**
 * Starts the echo server and the local Dialogporten for the run; tests read their URLs from /__env.json. When the
 * server stops, writes the requests that did not fit the contract to `violationsFile` (test/run.mjs counts it).
 */
function testServices({ violationsFile }) {
  const env = services.env;
  const closers = [];
  /** Every request the widget (or a test) makes to the local API, checked against the contract's parameters. */
  const violations = [];
  return {
    name: 'test-services',
    async serverStart() {
      const echo = await startEchoServer();
      closers.push(echo.close);
      env.echoUrl = echo.url;
      if (existsSync('./demo/index.js')) {
        // Tests that need the local Dialogporten fail with a clear message when it could not start.
        const { startDemo, checkRequest } = await import('./demo/index.js').catch((error) => {
          console.error(`The local Dialogporten could not be loaded: ${error.message}`);
          return {};
        });
        if (!startDemo) return;
        const demo = await startDemo({
          apiPort: 0,
          platformPort: 0,
          portalPort: 0,
          corsOrigins: '*',
          platformOrigins: '*',
          quiet: true,
          onApiRequest: (req) => {
            if (req.method === 'OPTIONS' || !/^\/api\/v1\/(enduser|metadata)\//.test(req.url ?? '')) return;
            const check = () => {
              const result = checkRequest(req.method, req.url, { headers: req.headers, body: req.rawBody || undefined });
              // A request answered before its body was read (an injected fault) has no body to judge.
              const errors = result.errors.filter((e) => req.rawBody !== undefined || !e.startsWith('request body'));
              if (errors.length) violations.push({ method: req.method, url: req.url, errors });
            };
            // Bodies are read by the API's handler; check them once the request has been consumed.
            if (req.method === 'GET' || req.method === 'HEAD') check();
            else req.once('end', () => setImmediate(check));
          },
        }).catch((error) => console.error(`The local Dialogporten could not start: ${error.message}`));
        if (!demo) return;
        closers.push(demo.close);
        Object.assign(env, { apiUrl: demo.apiUrl, platformUrl: demo.platformUrl, portalUrl: demo.portalUrl });
        // The accountant: 500 client organisations (with sub-units) behind an API that takes 20 parties a search.
        const accountant = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, corsOrigins: '*', platformOrigins: '*', quiet: true,
          parties: 500, maxPartyFilter: 20 }).catch((error) => console.error(`The accountant's Dialogporten could not start: ${error.message}`));
        if (!accountant) return;
        closers.push(accountant.close);
        env.accountantApiUrl = accountant.apiUrl;
        // A long inbox: 1,500 more dialogs (the person has 711 in the inbox), for the list's windowing.
        const big = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, corsOrigins: '*', platformOrigins: '*', quiet: true,
          scale: 1500 }).catch((error) => console.error(`The long inbox's Dialogporten could not start: ${error.message}`));
        if (!big) return;
        closers.push(big.close);
        env.bigApiUrl = big.apiUrl;
      }
    },
    async serverStop() {
      try {
        await Promise.all(closers.map((close) => close()));
      } finally {
        mkdirSync(dirname(violationsFile), { recursive: true });
        writeFileSync(violationsFile, JSON.stringify(violations, null, 2));
      }
    },
    serve(context) {
      if (context.path === '/__env.json') return { body: JSON.stringify(env), type: 'json' };
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // dist/ byte for byte under /__cdn/<key>/…, on this origin and another, with faults per chunk (test/support/chunk-cdn.mjs).
  middleware: [chunkCdnMiddleware(), portalProxyMiddleware()],
  testFramework: { config: { timeout: 15000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Headless Chromium 15x preloads its (invisible) omnibox popup in a renderer of its own per window.
          '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin(), forcedColorsCommand(), testServices({ violationsFile: '.tmp/request-violations.json' }), chunkCdnPlugin()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.tmp/wtr-results.json')],
};
