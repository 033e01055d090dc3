import { css, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { retrying } from '../../src/chunk-loading.js';
import { dsColors, dsColorTokens, dsComponentsCss } from './ds-css.gen.js';

/**
 * Designsystemet's component CSS with `:root` rewritten to `:host` (docs/designsystemet.md). Lit caches one
 * constructable stylesheet per CSSResult, so every instance of every element adopts the same parsed sheet.
 */
// `data-color` inside the shadow root: each colour's tokens as the generic ones (written out, 400 B more gzip).
const tokens = dsColorTokens.split(' ');
const colorMappings = dsColors.split(' ').map((c) => `[data-color=${c}]{${tokens.map((t) => `--ds-color-${t}:var(--ds-color-${c}-${t})`).join(';')}}`);
export const designsystemet = unsafeCSS(dsComponentsCss + colorMappings.join(''));

/**
 * The bundled default theme, used only when the page has no Designsystemet theme of its own: a chunk, fetched by such
 * a page only (one sheet for every element). An element's first render waits for it (InboxElement.beforeFirstRender),
 * so nothing is painted unstyled.
 */
const themeCode = retrying(() => import('./ds-theme.gen.js')); // a new URL after a failure (src/chunk-loading.ts)
let fallbackTheme: Promise<CSSStyleSheet | undefined> | undefined;
let fallbackSheet: CSSStyleSheet | undefined;
export function loadFallbackTheme(): Promise<CSSStyleSheet | undefined> {
  fallbackTheme ??= themeCode().then(
    (m) => (fallbackSheet = unsafeCSS(m.dsThemeCss).styleSheet),
    (error) => {
      fallbackTheme = undefined; // the next element tries again; until then its own styles apply, unthemed
      console.warn('The fallback theme could not be loaded.', error);
      return undefined;
    },
  );
  return fallbackTheme;
}

/** Elements whose theme was checked (and that adopted the fallback theme where none reached them). */
const checkedHosts = new WeakSet<Element>();

/**
 * No Designsystemet theme reaches the element (custom properties inherit into shadow roots). An element in the
 * shadow root of one of ours inherits that one's theme (its own, or the fallback it adopted on its host): no need to
 * read a computed style, which makes the browser compute the styles of everything changed so far (53 ms on a
 * phone's CPU when a dialog opened and its actions element checked).
 */
export function unthemed(host: HTMLElement): boolean {
  const outer = (host.getRootNode() as ShadowRoot).host;
  if (outer && checkedHosts.has(outer)) return false;
  return getComputedStyle(host).getPropertyValue('--ds-color-base-default').trim() === '';
}

/** Body text settings the CSS puts on `body`, which never matches inside a shadow root. */
export const hostBase = css`
  :host {
    /* A theme may name one font only (Inter): keep system fallbacks after it. */
    font-family: var(--ds-font-family), system-ui, sans-serif;
    font-size: var(--ds-body-md-font-size);
    line-height: var(--ds-body-md-line-height);
    color: var(--ds-color-neutral-text-default);
    -webkit-text-size-adjust: 100%;
  }
  /* As Designsystemet's [data-color-scheme]: the scheme paints its own background (dark text colours on the
     page's light background would be unreadable). */
  :host([data-color-scheme]) {
    background-color: var(--ds-color-neutral-background-default);
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
    padding: 0;
    margin: -1px;
  }
  /* Text fields and selects of the elements (search, filters, party search). */
  .input {
    box-sizing: border-box;
    min-height: var(--ds-size-10);
    padding: 0 var(--ds-size-3);
    border: 1px solid var(--ds-color-neutral-border-default);
    border-radius: var(--ds-border-radius-md);
    background: var(--ds-color-neutral-surface-default);
    color: inherit;
    font: inherit;
  }
`;

/** Adopts the fallback theme when no theme reaches the host (custom properties inherit into shadow roots). */
export class ThemeController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }
  #checked = false;
  // Checked before the first render after connecting, not on connect: reading a computed style makes the browser
  // compute the page's styles, and on connect that would happen for every element while the bundle loads.
  hostConnected(): void {
    this.#checked = false;
  }
  hostUpdate(): void {
    if (this.#checked) return;
    this.#checked = true;
    const root = this.#host.shadowRoot;
    if (!root) return;
    const missing = unthemed(this.#host);
    checkedHosts.add(this.#host);
    if (!missing) return;
    const adopt = (sheet: CSSStyleSheet | undefined) => {
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    };
    if (fallbackSheet) adopt(fallbackSheet);
    else void loadFallbackTheme().then(adopt);
  }

}
