/**
 * Node-driven browser harness for tests that need their own servers (a hostile or fuzzing API, a CSP proxy,
 * the local Dialogporten with other data): headless Chromium through puppeteer-core, plus helpers that run
 * inside the page (deep queries through open shadow roots, a DOM safety scan, a sentinel for executed payloads)
 * and a server-side recorder of every HTTP request any in-process server receives (with all its headers).
 */
import puppeteer from 'puppeteer-core';
import diagnostics from 'node:diagnostics_channel';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../find-chromium.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The folder holding the built script-tag bundle (dialog-inbox.js): the repo's dist/ (built by `npm test` /
 * `npm run build`), or DIALOG_INBOX_DIST to test another build.
 */
export function distDir() {
  return process.env.DIALOG_INBOX_DIST || fileURLToPath(new URL('../../dist', import.meta.url));
}

export function bundleExists() {
  return existsSync(join(distDir(), 'dialog-inbox.js'));
}

/**
 * Fails clearly when the bundle loaded but registered no elements (a broken build). The elements in chunks of their
 * own (the view, the actions) are defined when needed or when the browser is idle: they get `timeout` ms.
 */
export async function assertElementsDefined(page, tags = ['dialog-inbox', 'dialog-list', 'dialog-view', 'dialog-actions'], { timeout = 10_000 } = {}) {
  const missing = await page.evaluate(async (names, ms) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const defined = Promise.all(names.map((name) => customElements.whenDefined(name)));
    await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, ms))]);
    return names.filter((name) => !customElements.get(name));
  }, tags, timeout);
  if (missing.length) throw new Error(`The bundle ${join(distDir(), 'dialog-inbox.js')} loaded but did not define ${missing.map((t) => `<${t}>`).join(', ')}`);
}

/** Launches headless Chromium (Debian's, or CHROME_PATH). */
export async function launchBrowser({ args = [] } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROME_PATH');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...args] });
}

/** Writes files into a fresh temporary folder (a portalDir for startDemo) and returns its path. */
export function tempDir(files, prefix = 'dialog-inbox-test-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * Runs in the page before any other script: the XSS sentinel and helpers used by the tests.
 * - window.__xss counts executed payloads (alert/confirm/prompt/print count too).
 * - window.__roots() lists the document and every open shadow root, recursively.
 * - window.__deepAll(selector) queries all of them.
 * - window.__scan() reports anything dangerous in any shadow root (and in the body).
 */
export const PAGE_HELPERS = () => {
  window.__xss = 0;
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = () => {
      window.__xss++;
      return null;
    };
  }
  window.__roots = () => {
    const out = [document];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          out.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return out;
  };
  window.__deepAll = (selector) => window.__roots().flatMap((root) => Array.from(root.querySelectorAll(selector)));
  window.__deep = (selector) => window.__deepAll(selector)[0] ?? null;
  const FORBIDDEN = 'script,iframe,frame,frameset,object,embed,img,image,style,link,meta,base,portal,fencedframe,video,audio,source,picture,applet,noscript,xmp,plaintext';
  const URL_ATTRS = new Set(['src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'ping', 'srcdoc', 'lowsrc', 'dynsrc', 'codebase', 'cite', 'longdesc', 'usemap', 'manifest', 'icon']);
  window.__scan = () => {
    const problems = [];
    const describe = (el) => el.outerHTML.slice(0, 160);
    for (const root of window.__roots()) {
      const scope = root === document ? document.body : root;
      if (!scope) continue;
      for (const el of scope.querySelectorAll(FORBIDDEN)) problems.push(`forbidden <${el.localName}>: ${describe(el)}`);
      for (const el of scope.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(el)}`);
          else if (name === 'href') {
            if (!/^https?:\/\/[^/]/i.test(attr.value)) problems.push(`non-http href ${JSON.stringify(attr.value)}: ${describe(el)}`);
            else if (el instanceof HTMLAnchorElement && !['http:', 'https:'].includes(el.protocol)) problems.push(`href resolves to ${el.protocol}`);
          } else if (URL_ATTRS.has(name)) problems.push(`URL attribute ${name}=${JSON.stringify(attr.value)}: ${describe(el)}`);
          else if (name === 'style' && /url\(|expression|@import/i.test(attr.value)) problems.push(`style with url: ${describe(el)}`);
          else if (name === 'id' && attr.value === '__xss') problems.push(`clobbering id: ${describe(el)}`);
          else if (name === 'name' && attr.value === '__xss') problems.push(`clobbering name: ${describe(el)}`);
        }
        if (el.shadowRoot === null && el.localName.includes('-') && !customElements.get(el.localName)) {
          problems.push(`unknown custom element <${el.localName}>`);
        }
      }
    }
    if (typeof window.__xss !== 'number') problems.push(`window.__xss was clobbered: ${String(window.__xss)}`);
    return problems;
  };
};

/**
 * Records every request that any HTTP server in this process receives (demo API, platform, portal, the test's
 * own servers): method, url, all headers, and the server's local port, so a test can check what was sent where.
 */
export function recordServerRequests() {
  const log = [];
  const onStart = ({ request, socket }) => {
    log.push({
      port: socket?.localPort ?? request.socket?.localPort,
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      at: Date.now(),
    });
  };
  diagnostics.subscribe('http.server.request.start', onStart);
  return {
    log,
    clear: () => log.splice(0),
    stop: () => diagnostics.unsubscribe('http.server.request.start', onStart),
  };
}

/** Polls `check` (in node) until it returns a truthy value. */
export async function until(check, { timeout = 10_000, interval = 25, message = 'condition' } = {}) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** A page with console errors and uncaught errors collected. */
export async function openPage(browser, { helpers = true } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error?.message ?? error}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('dialog', async (dialog) => {
    errors.push(`native dialog opened: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
  if (helpers) await page.evaluateOnNewDocument(PAGE_HELPERS);
  return { page, errors };
}

/** The bytes of a JWT's payload (dialog tokens), or null. */
export function jwtClaims(token) {
  try {
    const [, payload] = String(token).split('.');
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}
