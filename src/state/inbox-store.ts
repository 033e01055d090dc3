import { DialogportenClient } from '../api/client.js';
import type { Dialog, Limits, OrderBy, Parties, SearchQuery } from '../api/types.js';
import { hasCatalog, messagesFor, textsVersion, type Lang, type MessageOverrides, type Messages } from '../i18n/index.js';
import { ACCEPTED_WAIT_MS, TOKEN_REFRESH_MS } from '../actions/timing.js';
import { dialogVersion } from './dialog-version.js';
import { cleanFilters, filtersToString, parseFolder, type Folder, type ListFilters } from './list-query.js';
import { filterCaps, overCap, type FilterCaps } from './filter-caps.js';
import { cachedLimits } from './limits.js';
import { cachedParties, partyUrns } from './parties.js';
import { partyNames } from './party-tree.js';
import { Task } from './task.js';

/** Caps of one value each: a search within them needs no limits. */
const ONE_OF_EACH: FilterCaps = { party: 1, serviceResource: 1, org: 1, extendedStatus: 1 };

/** How the store reaches the API and speaks to the user: set by the element that owns the store. */
export interface StoreConfig {
  apiBaseUrl?: string;
  credentials?: RequestCredentials;
  tokenProvider?: () => Promise<string>;
  lang: Lang;
  /** The `stream-url` attribute: absolute or relative to the page; `off` turns live updates off. */
  streamUrl?: string;
  overrides?: MessageOverrides;
}

/** What the user looks at: a portal keeps it in its URL through the inbox's attributes and events. */
export interface QueryState {
  folder: Folder;
  filters: ListFilters;
  search: string;
  orderBy: OrderBy;
  /** Named party URNs; empty means every party of GET /parties. */
  party: readonly string[];
}

export type StoreKey = keyof QueryState | 'config' | 'parties' | 'selectedId' | 'openDialog' | 'picked';

/** Every change is announced once, with the keys that changed. */
export class StoreChangeEvent extends Event {
  constructor(readonly keys: ReadonlySet<StoreKey>) {
    super('change');
  }
}

export const DEFAULT_QUERY: QueryState = { folder: 'inbox', filters: {}, search: '', orderBy: 'contentUpdatedAt_desc', party: [] };

const sameQueryValue = (key: keyof QueryState, a: unknown, b: unknown): boolean =>
  key === 'filters' ? filtersToString(a as ListFilters) === filtersToString(b as ListFilters) : key === 'party' ? (a as string[]).join(' ') === (b as string[]).join(' ') : a === b;

/**
 * The one source of truth of an inbox, framework-free: the API client, the parties and limits, what is shown
 * (folder, filters, search, order, parties), the picked rows, the open dialog and how old its dialog token is.
 * Elements read it and change it with `set` once their cancelable event was not prevented.
 *
 * Events: `change` (StoreChangeEvent: the keys that changed), `select` (the open dialog id changed; kept for
 * portals that listened to the inbox's state before), `dialog-changed` (detail: a freshly loaded Dialog),
 * `dialog-removed` (detail: the id of a deleted dialog).
 */
export class InboxStore extends EventTarget {
  client: DialogportenClient | null = null;
  lang: Lang = 'nb';
  /** The live-update endpoint; null when off or unknown. */
  streamUrl: string | null = null;
  #overrides: MessageOverrides | undefined;
  #messages = new Map<Lang, Messages>();
  #textsVersion = textsVersion();
  #clientKey = '';

  #query: QueryState = DEFAULT_QUERY;
  #selectedId: string | null = null;
  #openDialog: Dialog | null = null;
  #picked: ReadonlySet<string> = new Set();
  /** When each dialog object (and so its dialog token) was loaded. */
  #loadedAt = new WeakMap<Dialog, number>();
  #announced = new WeakSet<Dialog>();

  #pending = new Set<StoreKey>();
  #batch = 0;

  /** GET /parties and GET /metadata/limits, together, when an element needs the parties (see wantParties). */
  readonly partiesTask = new Task(
    async ([client]: readonly [DialogportenClient]) => {
      const before = this.#partiesFor === client ? this.partyList : null;
      const fresh = this.#fresh;
      this.#fresh = false;
      const [parties, limits] = await Promise.all([cachedParties(client, { fresh }), cachedLimits(client)]);
      this.#partiesFor = client;
      return { parties, limits, lost: before ? lostParties(before, parties) : [] };
    },
    () => this.#changed('parties'),
  );

  get folder(): Folder {
    return this.#query.folder;
  }
  get filters(): ListFilters {
    return this.#query.filters;
  }
  get search(): string {
    return this.#query.search;
  }
  get orderBy(): OrderBy {
    return this.#query.orderBy;
  }
  /**
   * Organisation names by code in the UI language, once the list has them (GET /serviceresources): shown where a
   * dialog has no sender name but its organisation's code. Null until then.
   */
  orgNames: ReadonlyMap<string, string> | null = null;

  get party(): readonly string[] {
    return this.#query.party;
  }
  get query(): QueryState {
    return this.#query;
  }

  /** The texts in a language, with the owner's overrides; one object per language until the overrides change. */
  messages(lang: Lang = this.lang): Messages {
    // A catalog that gained texts since (a chunk's, see addTexts) makes the kept ones stale.
    if (this.#textsVersion !== textsVersion()) {
      this.#messages.clear();
      this.#textsVersion = textsVersion();
    }
    let t = this.#messages.get(lang);
    if (t) return t;
    t = messagesFor(lang, this.#overrides);
    // Until a language's texts are loaded, bokmål stands in: keep only the real ones.
    if (hasCatalog(lang)) this.#messages.set(lang, t);
    return t;
  }

  /** Applies the owner's configuration; a new client only when what it depends on changed. */
  configure(config: StoreConfig): void {
    this.batch(() => {
      const key = `${config.apiBaseUrl ?? ''}|${config.credentials ?? ''}|${config.lang}`;
      const providerChanged = config.tokenProvider !== this.client?.options.tokenProvider;
      if (key !== this.#clientKey || providerChanged) {
        this.#clientKey = key;
        this.client = config.apiBaseUrl
          ? new DialogportenClient({ baseUrl: config.apiBaseUrl, credentials: config.credentials, tokenProvider: config.tokenProvider, lang: config.lang })
          : null;
        this.#changed('config');
        if (this.partiesTask.args) this.wantParties(); // the parties of the new client
      }
      const streamUrl = resolveStreamUrl(config.streamUrl, this.client?.baseUrl);
      if (config.lang !== this.lang || config.overrides !== this.#overrides || streamUrl !== this.streamUrl) {
        if (config.overrides !== this.#overrides) this.#messages.clear();
        this.lang = config.lang;
        this.#overrides = config.overrides;
        this.streamUrl = streamUrl;
        this.#changed('config');
      }
    });
  }

  /* ------------------------------------------------------------ parties and limits */

  /** Starts GET /parties (and the limits) for the current client unless it is done or under way. */
  wantParties(): void {
    void this.partiesTask.sync(this.client ? [this.client] : null);
  }

  /** Asks for the parties again (the retry of a failed load). */
  reloadParties(): void {
    if (this.client) void this.partiesTask.run([this.client]);
  }

  /**
   * Asks GET /parties again even after it answered (a search was refused with 403: rights may have been revoked).
   * Parties it no longer lists drop out of "all parties"; `lostParties` names them.
   */
  refreshParties(): void {
    if (!this.client || this.partiesTask.status === 'pending') return;
    this.#fresh = true;
    this.reloadParties();
  }

  #fresh = false;
  #partiesFor: DialogportenClient | null = null;

  /** Parties the previous answer of GET /parties listed and the latest does not (name and URN). */
  get lostParties(): readonly LostParty[] {
    return this.partiesTask.value?.lost ?? [];
  }

  /**
   * How many values each capped filter (parties, service resources, orgs, extended statuses) may have in one
   * search. A search that names more than one value of any of them waits for GET /metadata/limits (asked once
   * per API base, and together with GET /parties); one that names at most one of each needs no cap. `fresh`:
   * read the limits again (the API refused a search that kept to them: they changed).
   */
  async capsFor(query: SearchQuery | null, { fresh = false } = {}): Promise<FilterCaps> {
    if (!this.client || !query || !overCap(query, ONE_OF_EACH)) return filterCaps(this.limits);
    return filterCaps(await cachedLimits(this.client, { fresh }));
  }

  /** GET /parties as answered; null until then. */
  get partyList(): Parties | null {
    return this.partiesTask.value?.parties ?? null;
  }

  get limits(): Limits | null {
    return this.partiesTask.value?.limits ?? null;
  }

  get partiesError(): unknown {
    return this.partiesTask.status === 'error' ? this.partiesTask.error : null;
  }

  /** The party URNs to search: the named ones, else every party from GET /parties; null while unknown. */
  get parties(): string[] | null {
    if (this.#query.party.length) return [...this.#query.party];
    const list = this.partyList;
    if (!list || this.partiesTask.status === 'pending') return null;
    if (this.#urns?.from !== list) this.#urns = { from: list, urns: partyUrns(list) }; // once per answer; all of them
    return [...this.#urns.urns];
  }

  #urns: { from: Parties; urns: string[] } | null = null;

  /* ------------------------------------------------------------ what is shown */

  /** Changes what is shown; announces only what really changed. */
  set(patch: Partial<QueryState>): void {
    this.batch(() => {
      const next: QueryState = { ...this.#query };
      for (const key of Object.keys(patch) as (keyof QueryState)[]) {
        const value = normalise(key, patch[key]);
        if (value === undefined || sameQueryValue(key, value, this.#query[key])) continue;
        (next as unknown as Record<string, unknown>)[key] = value;
        this.#changed(key);
      }
      this.#query = next;
    });
  }

  /** Whether the store already shows this value (an attribute's string or a property's value) for `key`. */
  holds(key: keyof QueryState, value: unknown): boolean {
    const normal = normalise(key, value);
    return normal !== undefined && sameQueryValue(key, normal, this.#query[key]);
  }

  /* ------------------------------------------------------------ refreshing the list */

  #refreshInterval: number | undefined;

  /** The inbox's `refresh-interval` (seconds, as given; undefined: the default): its lists refresh at it. */
  get refreshInterval(): number | undefined {
    return this.#refreshInterval;
  }

  setRefreshInterval(seconds: number | undefined | null): void {
    const value = seconds ?? undefined;
    if (value === this.#refreshInterval || (Number.isNaN(value) && Number.isNaN(this.#refreshInterval))) return;
    this.#refreshInterval = value;
    this.#changed('config');
  }

  /* ------------------------------------------------------------ picked rows */

  get picked(): ReadonlySet<string> {
    return this.#picked;
  }

  setPicked(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.#picked.size && [...next].every((id) => this.#picked.has(id))) return;
    this.#picked = next;
    this.#changed('picked');
  }

  /* ------------------------------------------------------------ the open dialog */

  get selectedId(): string | null {
    return this.#selectedId;
  }

  /** The dialog as last loaded, with its dialog token. */
  get openDialog(): Dialog | null {
    return this.#openDialog;
  }

  /** Opens a dialog (null: back to the list). Elements call it after their `dialog-select` was not prevented. */
  select(dialogId: string | null): void {
    if (dialogId === this.#selectedId) return;
    this.#selectedId = dialogId;
    this.#changed('selectedId');
    if (this.#openDialog?.id !== dialogId) this.#setOpenDialog(null);
    this.dispatchEvent(new CustomEvent('select', { detail: dialogId }));
  }

  /** A dialog was loaded (view, actions, live update): rows follow it; the open one keeps its token. Once per object. */
  dialogChanged(dialog: Dialog): void {
    if (this.#announced.has(dialog)) return;
    this.#announced.add(dialog);
    if (!this.#loadedAt.has(dialog)) this.#loadedAt.set(dialog, Date.now());
    if (dialog.id && dialog.id === this.#selectedId) this.#setOpenDialog(dialog);
    this.dispatchEvent(new CustomEvent('dialog-changed', { detail: dialog }));
  }

  dialogRemoved(dialogId: string, { keepSelection = false } = {}): void {
    if (this.#openDialog?.id === dialogId) this.#setOpenDialog(null);
    this.dispatchEvent(new CustomEvent('dialog-removed', { detail: dialogId }));
    if (this.#selectedId === dialogId && !keepSelection) this.select(null);
  }

  /** Whether this dialog object's token is young enough to use (else fetch the dialog again first). */
  tokenIsFresh(dialog: Dialog, now = Date.now()): boolean {
    const at = this.#loadedAt.get(dialog);
    if (at === undefined) {
      this.#loadedAt.set(dialog, now); // first seen now: e.g. a dialog the portal set on <dialog-actions>
      return true;
    }
    return now - at <= TOKEN_REFRESH_MS;
  }

  /**
   * Waits for a 202's effect: true when the dialog is loaded again with another version than `version` (by the
   * view's live update or polling), false after ACCEPTED_WAIT_MS or when `signal` aborts.
   */
  changeOf(dialogId: string, version: string, signal?: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (changed: boolean) => {
        clearTimeout(timer);
        this.removeEventListener('dialog-changed', onChanged);
        signal?.removeEventListener('abort', onAbort);
        resolve(changed);
      };
      const onChanged = (event: Event) => {
        const dialog = (event as CustomEvent<Dialog>).detail;
        if (dialog.id === dialogId && dialogVersion(dialog) !== version) done(true);
      };
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), ACCEPTED_WAIT_MS);
      this.addEventListener('dialog-changed', onChanged);
      signal?.addEventListener('abort', onAbort);
    });
  }

  #setOpenDialog(dialog: Dialog | null): void {
    if (dialog === this.#openDialog) return;
    this.#openDialog = dialog;
    this.#changed('openDialog');
  }

  /* ------------------------------------------------------------ change notification */

  /** Runs `fn` and announces everything it changed as one change. */
  batch(fn: () => void): void {
    this.#batch++;
    try {
      fn();
    } finally {
      if (--this.#batch === 0 && this.#pending.size) {
        const keys = this.#pending;
        this.#pending = new Set();
        this.dispatchEvent(new StoreChangeEvent(keys));
      }
    }
  }

  #changed(key: StoreKey): void {
    this.#pending.add(key);
    if (this.#batch === 0) this.batch(() => {});
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (keys: ReadonlySet<StoreKey>) => void): () => void {
    const handler = (event: Event) => listener((event as StoreChangeEvent).keys);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }
}

function normalise(key: keyof QueryState, value: unknown): unknown {
  if (value === undefined || value === null) return key === 'search' ? '' : key === 'party' ? [] : key === 'filters' ? {} : undefined;
  switch (key) {
    case 'folder':
      return parseFolder(value);
    case 'filters':
      return cleanFilters(value as ListFilters);
    case 'search':
      return String(value);
    case 'party':
      return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [...new Set(value as string[])];
    default:
      return value;
  }
}

/** The live-update endpoint: the attribute (absolute, or relative to the page), else derived from the API base. */
export function resolveStreamUrl(attribute: string | undefined, apiBaseUrl: string | undefined): string | null {
  if (attribute === 'off') return null;
  if (attribute) return new URL(attribute, document.baseURI).href;
  return apiBaseUrl ? `${apiBaseUrl}/graphql/stream` : null;
}

export interface LostParty {
  urn: string;
  name: string;
}

/** The usable parties of `before` that `after` no longer lists. */
function lostParties(before: Parties, after: Parties): LostParty[] {
  const still = new Set(partyUrns(after));
  const names = partyNames(before);
  return partyUrns(before).filter((urn) => !still.has(urn)).map((urn) => ({ urn, name: names.get(urn) ?? urn }));
}
