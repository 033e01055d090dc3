// Shared by the benchmark's parts (scripts/bench.mjs, scripts/bench-parties.mjs): the in-page probe, the browser
// and a fresh page per load.
import puppeteer from 'puppeteer-core';

/** Runs in every page before its scripts: the row marks (first displayed, 100, 1,000) and the long tasks. */
export const PROBE = () => {
  window.__marks = {};
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const rows = () => {
    const list = document.querySelector('dialog-list');
    if (list) return list.shadowRoot?.querySelectorAll('li[part="row"]') ?? [];
    return document.querySelectorAll('li');
  };
  // A long list keeps only the rows near the viewport in the DOM (windowing: its spacers are sized): then every loaded
  // row counts. The spacers are looked at only when fewer rows are rendered than loaded (this runs every frame,
  // inside the tasks it measures).
  const count = () => {
    const list = document.querySelector('dialog-list');
    const rendered = rows().length;
    const loaded = list?.rowCount ?? 0;
    return loaded > rendered && list.shadowRoot?.querySelector('.spacer[style*="block-size"]') ? loaded : rendered;
  };
  window.__count = count;
  const tick = () => {
    const n = count();
    const now = performance.now();
    // The first row counts once it is displayed (in the layout), not merely in the DOM, on both pages.
    if (!window.__marks.first && rows()[0]?.checkVisibility()) window.__marks.first = now;
    if (n >= 100 && !window.__marks.r100) window.__marks.r100 = now;
    if (n >= 1000 && !window.__marks.r1000) window.__marks.r1000 = now;
    if (!window.__marks.r1000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function launchBrowser(executablePath) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    // Chromium 15x preloads its omnibox popup (a WebUI page in a renderer of its own) for every new window, which
    // in headless mode nobody sees; on 2 cores it took ~170 ms of CPU during each measured load. Off, as in
    // Puppeteer's newer defaults.
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage', '--js-flags=--expose-gc', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'],
  });
}

/** Waits in the page, polling once a frame. */
export const waitFor = (p, fn, arg, timeout = 60_000) => p.waitForFunction(fn, { timeout, polling: 'raf' }, arg);

/** A page in a browser context of its own (cold cache), with the probe; `errors` collects its page errors. */
export async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  await p.setViewport({ width: 1280, height: 900 });
  await p.evaluateOnNewDocument(PROBE);
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  return { context, page: p, errors };
}

/** Clicks "Show more" (part="load-more") until `target` rows are on screen or the list ends; returns the count. */
export async function loadMoreUntil(p, target) {
  for (;;) {
    const n = await p.evaluate(() => window.__count());
    if (n >= target) return n;
    const clicked = await p.evaluate(() => {
      const button = document.querySelector('dialog-list')?.shadowRoot?.querySelector('[part="load-more"]');
      if (!button || button.getAttribute('aria-busy') === 'true') return false;
      button.click();
      return true;
    });
    if (!clicked) {
      const more = await p.evaluate(() => Boolean(document.querySelector('dialog-list')?.shadowRoot?.querySelector('[part="load-more"]')));
      if (!more) {
        // The end of the list: every row is loaded; wait until the last ones are rendered (a chunk per frame).
        await p.evaluate(() => document.querySelector('dialog-list')?.updateComplete);
        return p.evaluate(() => window.__count());
      }
    }
    await waitFor(p, (before) => window.__count() > before, n);
  }
}

/**
 * The page once its list's rows are rendered, serialised as plain HTML: each shadow root as a declarative
 * `<template shadowrootmode>` with its adopted stylesheets as a `<style>`, no script. The static floor.
 */
export function staticHtml(p) {
  return p.evaluate(async () => {
    await document.querySelector('dialog-list').updateComplete;
    const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
    const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const attr = (s) => text(s).replace(/"/g, '&quot;');
    const serialize = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return text(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'script') return '';
      let out = `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${attr(a.value)}"`).join('')}>`;
      if (VOID.has(node.localName)) return out;
      if (node.shadowRoot) {
        const css = node.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
        out += `<template shadowrootmode="open"><style>${css}</style>${[...node.shadowRoot.childNodes].map(serialize).join('')}</template>`;
      }
      return `${out}${[...(node.localName === 'template' ? node.content.childNodes : node.childNodes)].map(serialize).join('')}</${node.localName}>`;
    };
    return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>static</title></head><body>${[...document.body.childNodes].map(serialize).join('')}</body></html>`;
  });
}
