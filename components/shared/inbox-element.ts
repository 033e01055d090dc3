import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { DialogportenClient } from '../../src/api/client.js';
import { hasCatalog, loadCatalog, messagesFor, normaliseLang, withOverrides, type Lang, type MessageOverrides, type Messages } from '../../src/i18n/index.js';
import { resolveStreamUrl, type InboxStore, type StoreKey } from '../../src/state/inbox-store.js';
import { inheritedLang, onLangChange } from './lang.js';
import { nextTask, whenIdle } from './scheduling.js';
import { StoreController, type StoreControllerOptions } from './store-controller.js';
import { designsystemet, hostBase, loadFallbackTheme, ThemeController, unthemed } from './styles.js';

/**
 * Base of every element, the inbox included: the store (the closest inbox's, or its own), the API client, the
 * live-update endpoint, the UI language and its texts, and the shared stylesheet and theme, written once.
 */
export class InboxElement extends LitElement {
  static override styles = [designsystemet, hostBase];
  // Declared here rather than with decorators: the decorator helpers cost the first row's script bytes.
  static override properties: PropertyDeclarations = {
    apiBaseUrl: { attribute: 'api-base-url' },
    streamUrl: { attribute: 'stream-url' },
    credentials: {},
    lang: { reflect: true },
    tokenProvider: { attribute: false },
    messages: { attribute: false },
    _inheritedLang: { state: true },
  };
  /** Where the element's store comes from, and whether it passes it on to its shadow root (see StoreController). */
  protected static storeOptions: Pick<StoreControllerOptions, 'source' | 'provide' | 'keys'> = { source: 'nearest' };

  /** Base URL of a Dialogporten-compatible API. On an element inside <dialog-inbox> it makes the element stand alone. */
  apiBaseUrl?: string;
  /** Live updates endpoint (GraphQL over SSE); `off` turns them off. Default: the inbox's, else `${api-base-url}/graphql/stream`. */
  streamUrl?: string;
  /** `include` to send cookies to a same-site proxy. */
  credentials?: RequestCredentials;
  /** UI language: nb, nn or en. Defaults to the inbox's, then the closest `lang`, then nb. */
  override lang!: string;
  /** Returns the end-user bearer token. */
  tokenProvider?: () => Promise<string>;
  /** Overrides for any UI text. */
  messages?: MessageOverrides;

  private _inheritedLang: Lang | null = null;

  protected readonly storeController: StoreController;
  #stopLang?: () => void;
  #t: { base: Messages; own: MessageOverrides | undefined; t: Messages } | null = null;
  /** The language whose texts a render is waiting for (see t). */
  #awaiting: Lang | null = null;
  #lang: Lang | undefined;

  constructor() {
    super();
    const options = (this.constructor as typeof InboxElement).storeOptions;
    this.storeController = new StoreController(this, { ...options, onChange: (keys) => this.storeChanged(keys) });
    new ThemeController(this);
  }

  /**
   * An element whose chunk came late may find the message that said it could not be loaded in its shadow root
   * (components/shared/lazy.ts): empty it, or Lit would render before a node that is then removed.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** An element with an `api-base-url` of its own stands alone, also inside an inbox. */
  get standalone(): boolean {
    return Boolean(this.apiBaseUrl);
  }

  /** The store this element reads and changes. */
  protected get store(): InboxStore {
    return this.storeController.store;
  }

  /** The store changed (`keys`), or another store is in use (`null`). Elements follow it here. */
  protected storeChanged(_keys: ReadonlySet<StoreKey> | null): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    this._inheritedLang = inheritedLang(this);
    this.#stopLang = onLangChange(() => (this._inheritedLang = inheritedLang(this)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLang?.();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.syncStore();
  }

  /** Subscribes to the store in use and, when it is the element's own, configures it from the attributes. */
  protected syncStore(): void {
    this.storeController.refresh();
    if (!this.storeController.isOwn) return;
    this.store.configure({
      apiBaseUrl: this.apiBaseUrl,
      credentials: this.credentials,
      tokenProvider: this.tokenProvider,
      lang: this.ownLang,
      streamUrl: this.streamUrl,
      overrides: this.messages,
    });
  }

  /**
   * The first render runs in a task of its own, not in the one that loaded the bundle: loading and each
   * element's first render are then short tasks (none over 50 ms), and the list's first request is not queued
   * behind every other element's first render (see beforeFirstRender and the README's architecture section).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return this.beforeFirstRender().then(() => super.scheduleUpdate());
  }

  /**
   * What the first render waits for: the next task; or, when it has nothing the user waits for (e.g. a dialog
   * view with no dialog yet), until the browser is idle, typically while the list's first request is on the network.
   */
  protected beforeFirstRender(): Promise<void> {
    return Promise.all([this.firstRenderCanWait() ? whenIdle() : nextTask(), this.firstRenderNeeds()]).then(() => {});
  }

  /**
   * Chunks the first render cannot do without: the texts of a language other than bokmål (not shown in the wrong
   * one), and the fallback theme on a page without a theme (not painted unstyled).
   */
  protected firstRenderNeeds(): Promise<unknown> {
    return Promise.all([loadCatalog(this.uiLang), unthemed(this) ? loadFallbackTheme() : null]);
  }

  /** True when the first render may wait until the browser is idle (see beforeFirstRender). */
  protected firstRenderCanWait(): boolean {
    return false;
  }

  /** The language of the element's own attribute, else the inherited one, else nb (not the inbox's). */
  private get ownLang(): Lang {
    return normaliseLang(this.lang) ?? this._inheritedLang ?? 'nb';
  }

  /** The language the UI speaks. */
  get uiLang(): Lang {
    if (this.storeController.isOwn) return this.ownLang;
    return normaliseLang(this.lang) ?? this.store.lang;
  }

  /** The texts in the UI language: the store's (with its overrides) when it speaks it, then this element's overrides. Built once per change. */
  protected get t(): Messages {
    const lang = this.uiLang;
    // Texts that could not be loaded are asked for again when the language changes back to them, not on every render.
    const again = !!this.#lang && this.#lang !== lang;
    this.#lang = lang;
    if (!hasCatalog(lang)) {
      // The language changed to one whose texts are still loading: keep the current ones until they are here (one
      // wait per language, however often a render reads the texts).
      if (this.#awaiting !== lang || again) {
        this.#awaiting = lang;
        void loadCatalog(lang, again).then(() => hasCatalog(lang) && ((this.#awaiting = null), this.requestUpdate()));
      }
      if (this.#t) return this.#t.t;
    }
    const base = this.store.lang === lang ? this.store.messages(lang) : messagesFor(lang);
    const cached = this.#t;
    if (cached && cached.base === base && cached.own === this.messages) return cached.t;
    // The own overrides are already in the store's texts when the store is the element's own.
    const t = this.storeController.isOwn ? base : withOverrides(base, this.messages);
    this.#t = { base, own: this.messages, t };
    return t;
  }

  /** The API client of the store in use. */
  protected get client(): DialogportenClient | null {
    return this.store.client;
  }

  /** Where live updates come from: the element's own `stream-url`, else the store's. */
  protected get liveStreamUrl(): string | null {
    if (this.streamUrl) return resolveStreamUrl(this.streamUrl, this.client?.baseUrl);
    return this.store.streamUrl;
  }
}
