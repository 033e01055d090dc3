import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { DialogportenClient } from '../../src/api/client.js';
import { messagesFor, normaliseLang, withOverrides, type Lang, type MessageOverrides, type Messages } from '../../src/i18n/index.js';
import { InboxState } from '../../src/state/inbox-state.js';
import { inboxContext, type InboxContext } from './context.js';
import { inheritedLang, onLangChange } from './lang.js';
import { watchForLateInbox } from './late-provider.js';
import { nextTask, whenIdle } from './scheduling.js';
import { designsystemet, hostBase, ThemeController } from './styles.js';

/**
 * Base of every element: configuration from the closest <dialog-inbox> (context), or from the element's
 * own attributes when it stands alone; the UI language; the messages; the shared stylesheet.
 */
export class InboxElement extends LitElement {
  static override styles = [designsystemet, hostBase];

  /** Base URL of a Dialogporten-compatible API (standalone use; inside <dialog-inbox> it comes from there). */
  @property({ attribute: 'api-base-url' }) apiBaseUrl?: string;
  /** Live updates endpoint (standalone use); `off` turns them off. Default: derived from `api-base-url`. */
  @property({ attribute: 'stream-url' }) streamUrl?: string;
  /** `include` to send cookies to a same-site proxy (standalone use). */
  @property() credentials?: RequestCredentials;
  /** UI language: nb, nn or en. Defaults to the inbox's, then the closest `lang`, then nb. */
  @property({ reflect: true }) override lang!: string;
  /** Returns the end-user bearer token (standalone use). */
  @property({ attribute: false }) tokenProvider?: () => Promise<string>;
  /** Overrides for any UI text. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @consume({ context: inboxContext, subscribe: true })
  @state()
  protected inbox?: InboxContext;

  @state() private _inheritedLang: Lang | null = null;

  #stopLang?: () => void;
  #ownClient: DialogportenClient | null = null;
  #ownClientKey = '';
  #ownState: InboxState | null = null;

  constructor() {
    super();
    new ThemeController(this);
  }

  override connectedCallback(): void {
    watchForLateInbox(this); // before super: that is where the context request goes out
    super.connectedCallback();
    this._inheritedLang = inheritedLang(this);
    this.#stopLang = onLangChange(() => (this._inheritedLang = inheritedLang(this)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLang?.();
  }

  /**
   * The first render runs in a task of its own, not in the one that loaded the bundle: loading and each
   * element's first render are then short tasks (none over 50 ms), and the list's first request is not queued
   * behind every other element's first render (see beforeFirstRender).
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
    return this.firstRenderCanWait() ? whenIdle() : nextTask();
  }

  /** True when the first render may wait until the browser is idle (see beforeFirstRender). */
  protected firstRenderCanWait(): boolean {
    return false;
  }

  /** The language the UI speaks. */
  get uiLang(): Lang {
    return normaliseLang(this.lang) ?? this.inbox?.lang ?? this._inheritedLang ?? 'nb';
  }

  protected get t(): Messages {
    // The inbox's texts (its overrides laid over its language) whenever this element speaks that language too,
    // also with a lang of its own (the view sets one on its actions).
    const inbox = this.inbox;
    const inherited = inbox && (!normaliseLang(this.lang) || inbox.lang === this.uiLang) ? inbox.messages : messagesFor(this.uiLang);
    return withOverrides(inherited, this.messages);
  }

  /** The API client: the element's own when it has an `api-base-url`, else the inbox's. */
  protected get client(): DialogportenClient | null {
    if (!this.apiBaseUrl) return this.inbox?.client ?? null;
    const key = `${this.apiBaseUrl}|${this.credentials ?? ''}|${this.uiLang}`;
    if (!this.#ownClient || key !== this.#ownClientKey || this.#ownClient.options.tokenProvider !== this.tokenProvider) {
      this.#ownClient = new DialogportenClient({
        baseUrl: this.apiBaseUrl,
        credentials: this.credentials,
        tokenProvider: this.tokenProvider,
        lang: this.uiLang,
      });
      this.#ownClientKey = key;
    }
    return this.#ownClient;
  }

  /** Where live updates come from: own attribute, else the inbox's, else derived from the own API base. */
  protected get liveStreamUrl(): string | null {
    if (this.streamUrl === 'off') return null;
    if (this.streamUrl) return new URL(this.streamUrl, document.baseURI).href;
    if (!this.apiBaseUrl && this.inbox) return this.inbox.streamUrl;
    const client = this.client;
    return client ? `${client.baseUrl}/graphql/stream` : null;
  }

  /** Shared state: the inbox's, or the element's own when standalone. */
  protected get inboxState(): InboxState {
    if (this.inbox) return this.inbox.state;
    return (this.#ownState ??= new InboxState());
  }
}
