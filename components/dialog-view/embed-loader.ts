import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { EmbedCache, embedUrl, fetchEmbed, type EmbedResult } from '../../src/content/embed.js';
import { renderRichText } from '../../src/content/rich-text.js';
import type { ContentValue, Lang, Messages } from './view-types.js';

/** Embeds fetched during this visit (the page's lifetime), shared by every view. */
const visitCache = new EmbedCache();

export interface EmbedContext {
  dialogId: string;
  /** Changes when the dialog's content changes, so an updated embed is fetched again. */
  version: string;
  token: string | null | undefined;
  /** The API's base URL (embeds from the API are refused). */
  apiBase?: string;
  lang: Lang;
  t: Messages;
}

/**
 * Loads front-channel embeds for a view and renders their state: loading, content (sanitised), nothing,
 * "you lack access", or a failure with a retry.
 */
export class EmbedLoader implements ReactiveController {
  #host: ReactiveControllerHost;
  #results = new Map<string, EmbedResult | 'loading'>();
  #nodes = new Map<string, HTMLElement>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#results.clear();
    this.#nodes.clear();
  }

  /** `headingLevel`: the level the embed's highest heading gets (one below the heading that contains it). */
  render(reference: ContentValue | null | undefined, context: EmbedContext, part: string, headingLevel = 3): TemplateResult {
    const url = embedUrl(reference, context.lang) ?? 'none';
    const key = `${context.dialogId}|${url}|${context.lang}|${context.version}`;
    const t = context.t;
    let state = this.#results.get(key);
    if (!state) {
      state = 'loading';
      this.#results.set(key, state);
      void visitCache
        .get(key, () => fetchEmbed(reference, { dialogToken: context.token, lang: context.lang, apiBase: context.apiBase }))
        .then((result) => this.#settle(key, result))
        .catch(() => this.#settle(key, { kind: 'failed', reason: 'network' }));
    }
    if (state === 'loading') {
      return html`<div class="embed" part=${part} aria-busy="true">
        <span class="ds-skeleton w90" data-variant="text" aria-hidden="true"></span>
        <span class="visually-hidden" role="status">${t.embedLoading}</span>
      </div>`;
    }
    switch (state.kind) {
      case 'content':
        // The service's language when it is not the UI's (WCAG 3.1.2: a screen reader then reads it right).
        return html`<div class="embed rich" part=${part} lang=${state.lang && state.lang !== context.lang ? state.lang : nothing}>${this.#node(key, state, headingLevel)}</div>`;
      case 'empty':
        return html``;
      case 'forbidden':
        return html`<p class="embed embed-problem" part=${part}>${t.embedForbidden}</p>`;
      default:
        return html`<div class="embed embed-problem" part=${part} role="alert">
          <span>${t.embedFailed}</span>
          <button class="ds-button" data-variant="tertiary" data-size="sm" @click=${() => this.#retry(key)}>${t.retry}</button>
        </div>`;
    }
  }

  #settle(key: string, result: EmbedResult): void {
    if (!this.#results.has(key)) return; // cleared meanwhile
    this.#results.set(key, result);
    this.#host.requestUpdate();
  }

  #retry(key: string): void {
    visitCache.forget(key);
    this.#results.delete(key);
    this.#nodes.delete(key);
    this.#host.requestUpdate();
  }

  /** One DOM container per embed, built once from sanitised nodes (no HTML string reaches the page). */
  #node(key: string, result: Extract<EmbedResult, { kind: 'content' }>, headingLevel: number): HTMLElement {
    let node = this.#nodes.get(key);
    if (!node) {
      node = document.createElement('div');
      node.append(renderRichText(result.format, result.text, headingLevel));
      this.#nodes.set(key, node);
    }
    return node;
  }
}
