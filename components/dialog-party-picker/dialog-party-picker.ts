import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { addTexts, fill } from '../../src/i18n/index.js';
import { pickerNb } from '../../src/i18n/picker-nb.js';
import type { StoreKey } from '../../src/state/inbox-store.js';
import { partyUrns } from '../../src/state/parties.js';
import { filterCaps } from '../../src/state/filter-caps.js';
import { filterEntries, matchLine, orgNumber, PARTY_PAGE, shortName } from '../../src/state/party-search.js';
import { partyEntries, type PartyEntry } from '../../src/state/party-tree.js';
import { errorAlert } from '../shared/dialog-bits.js';
import { InboxElement } from '../shared/inbox-element.js';
import { QueryAttributes } from '../shared/query-attributes.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { DialogPartyChangeEvent } from '../dialog-list/list-events.js';
import { pickerStyles } from './dialog-party-picker.styles.js';

/**
 * Chooses whose dialogs to show: the user, the people and organisations they may act for (sub-units under
 * their main unit, deleted units marked), from GET /parties, with a search by name or organisation number. Any
 * number can be chosen (the list searches more than the API's cap in batches, and says so) unless the portal
 * sets `max`. Renders nothing when there is only one party to choose.
 *
 * Thousands of parties stay quick: the panel renders at most a page of matches (100) with "Show more", says how
 * many match, and "Select all" ticks every match, rendered or not (deleted units left out, as in "All parties").
 *
 * Keyboard: ArrowUp/Down move between the parties (ArrowDown from the search field enters them), Space ticks one,
 * Enter applies ("Show"), Escape closes the panel and returns to the toggle.
 *
 * @summary A party picker for the inbox.
 *
 * @fires dialog-party-change - The user applied a choice (`detail.parties`, `detail.value`; empty = all parties). Cancelable.
 * @fires dialog-auth-required - The user chose "Log in again" on a 401 message (`detail.reason` `session`).
 *
 * @csspart toggle - The button that opens the picker.
 * @csspart panel - The panel with the search, the parties and the buttons.
 * @csspart search - The search field.
 * @csspart select-matching - The "Select all" button: ticks every party that matches the search (not only those shown).
 * @csspart select-none - The "Select none" button.
 * @csspart count - How many parties are ticked, of how many.
 * @csspart batches - The note that the chosen parties are searched in several rounds (more than one search may name).
 * @csspart party - One party's list item.
 * @csspart deleted - The "Deleted" tag of a deleted unit.
 * @csspart more-parties - The "Show more" button under the parties shown so far.
 * @csspart limit - The party limit note.
 * @csspart apply - The "Show" button.
 * @csspart all - The "All parties" button.
 * @csspart error - The error alert.
 * @csspart login - The "Log in again" button of a 401 message.
 *
 * @cssprop --dialog-party-list-height - Maximum height of the scrolling party list (default 20rem).
 */
export class DialogPartyPickerElement extends InboxElement {
  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    max: { type: Number },
    open: { state: true },
    query: { state: true },
    draft: { state: true },
    shown: { state: true },
  };
  static {
    addTexts(pickerNb); // bokmål's texts only the picker reads come with its code (see src/i18n/index.ts)
  }
  static override styles = [...InboxElement.styles, pickerStyles];
  protected static override storeOptions = { source: 'nearest', keys: ['config', 'parties', 'party'] } as const;

  /** The chosen party URNs, space-separated; empty means all parties. */
  value?: string;
  /** The most parties the user may choose at once (default: no limit). */
  max?: number;

  private open = false;
  private query = '';
  private draft: ReadonlySet<string> = new Set();
  /** How many matches are rendered ("Show more" adds a page). */
  private shown = PARTY_PAGE;

  #value = new QueryAttributes(this, { value: 'party' });
  #entries: Parsed | null = null;
  #matches: { from: PartyEntry[]; query: string; entries: PartyEntry[]; selectable: number } | null = null;
  #roving = new RovingFocus(this, { items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('li input')) });

  /** A toggle button: its first render waits until the browser is idle (the list's rows come first). */
  protected override firstRenderCanWait(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#value.write(changed, this.store);
    // Asked once per client; after a failure only the alert's retry asks again (not every update, in a loop).
    if (this.store.partiesTask.status === 'initial') this.store.wantParties();
    // Closing without "Show" (Escape, the toggle) forgets the ticks that were not applied.
    if ((changed.has('value') || changed.has('open')) && !this.open) this.#resetDraft();
  }

  protected override storeChanged(keys: ReadonlySet<StoreKey> | null): void {
    this.#value.read(this.store, keys);
    if (!this.open && (!keys || keys.has('parties'))) this.#resetDraft();
  }

  #resetDraft(): void {
    this.draft = new Set(this.#chosen());
  }

  /** The parties as the picker shows them, worked out once per answer of GET /parties. */
  get #parties(): Parsed | null {
    const list = this.store.partyList;
    if (!list) return null;
    if (this.#entries?.from !== list) {
      const entries = partyEntries(list);
      const all = partyUrns(list);
      this.#entries = { from: list, entries, all, allSet: new Set(all), byUrn: new Map(entries.map((e) => [e.urn, e])), selectable: entries.filter((e) => e.selectable).length };
    }
    return this.#entries;
  }

  /** The entries matching the search (one pass per new text), and how many of them "Select all" would tick. */
  #matching(parsed: Parsed): { entries: PartyEntry[]; selectable: number } {
    const m = this.#matches;
    if (m?.from !== parsed.entries || m.query !== this.query) {
      const entries = filterEntries(parsed.entries, this.query);
      this.#matches = { from: parsed.entries, query: this.query, entries, selectable: entries.filter((e) => parsed.allSet.has(e.urn)).length };
    }
    return this.#matches!;
  }

  get #max(): number {
    return this.max && this.max > 0 ? Math.floor(this.max) : Infinity;
  }

  /** The URNs in effect: the value (the store's `party`, which it follows), or every party (as the inbox does when none is named). */
  #chosen(): readonly string[] {
    const named = this.store.party;
    return named.length ? named : this.#parties?.all ?? [];
  }

  #toggle(box: HTMLInputElement, urn: string): void {
    const next = new Set(this.draft);
    if (!box.checked) next.delete(urn);
    else if (next.size < this.#max) next.add(urn);
    else box.checked = false; // full: the box is aria-disabled (still focusable, so the arrows pass it)
    this.draft = next;
  }

  /** Ticks every match that "All parties" would search (not deleted units), up to `max`. */
  #selectMatching(parsed: Parsed): void {
    const next = new Set(this.draft);
    for (const e of this.#matching(parsed).entries) {
      if (next.size >= this.#max) break; // the limit note says why
      if (parsed.allSet.has(e.urn)) next.add(e.urn);
    }
    this.draft = next;
  }

  #apply(parties: string[]): void {
    const every = this.#parties?.all ?? [];
    const set = new Set(parties);
    const chosen = set.size === every.length && every.every((p) => set.has(p)) ? [] : parties;
    if (!this.dispatchEvent(new DialogPartyChangeEvent(chosen))) return;
    this.store.set({ party: chosen });
    this.#close();
  }

  #close(): void {
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus());
  }

  #label(): string {
    const t = this.t;
    const named = this.store.party;
    if (!named.length) return t.allParties;
    const name = (urn: string) => shortName(this.#parties?.byUrn.get(urn)?.name ?? urn, 60);
    return named.length > 2 ? `${name(named[0])} + ${t.partyCount(named.length - 1)}` : named.map(name).join(', ');
  }

  #onKey = (event: KeyboardEvent) => {
    if (!this.open || event.defaultPrevented) return;
    const target = event.composedPath()[0] as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#close();
    } else if (event.key === 'Enter' && target.matches('input')) {
      // On a party or in the search field, Enter means "Show" (on a button it is that button's own click).
      event.preventDefault();
      if (this.draft.size) this.#apply([...this.draft]);
    } else if (event.key === 'ArrowDown' && target.matches('[part="search"]')) {
      event.preventDefault();
      this.#roving.focus();
    }
  };

  /** "Show more": the next page, and focus on its first party (the button may be gone). */
  async #more(): Promise<void> {
    const before = this.renderRoot.querySelectorAll('li input').length;
    this.shown += PARTY_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('li input')[before]?.focus();
  }

  protected override render() {
    const t = this.t;
    const error = this.store.partiesError;
    // One failure, one alert: inside an inbox its list says it, with the one retry (which asks for the parties too).
    if (error) return this.storeController.isOwn ? errorAlert(error, t, () => this.store.reloadParties(), this) : nothing;
    const parsed = this.#parties;
    if (!parsed || parsed.selectable < 2) return nothing;
    return html`<button class="ds-button" part="toggle" data-variant="secondary" data-size="sm" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel" @click=${() => (this.open = !this.open)}><span class="label">${fill(t.partyButton, { names: this.#label() })}</span></button>
      <div id="panel" class="panel" part="panel" role="group" aria-label=${t.parties} ?hidden=${!this.open} @keydown=${this.#onKey}>
        ${this.open ? this.#renderPanel(parsed) : nothing}
      </div>`;
  }

  /** The panel's content, only while it is open (a closed picker renders no party at all). */
  #renderPanel(parsed: Parsed) {
    const t = this.t;
    const { entries: matches, selectable } = this.#matching(parsed);
    const page = matches.slice(0, this.shown);
    const full = this.draft.size >= this.#max;
    const cap = filterCaps(this.store.limits).party;
    const section = (kind: PartyEntry['kind'], heading: string) => {
      const list = page.filter((e) => e.kind === kind);
      return list.length
        // A label of the list, not a heading: the picker cannot know the page's heading levels (an h3 under the
        // portal's h1 skips a level).
        ? html`<p class="group-label" id=${`h-${kind}`}>${heading}</p>
            <ul aria-labelledby=${`h-${kind}`}>${list.map((e) => this.#renderEntry(e, full))}</ul>`
        : nothing;
    };
    return html`<label class="search-label" for="party-search">${t.searchParties}</label>
        <input id="party-search" part="search" class="input" type="search" autocomplete="off" aria-describedby="party-matches"
          .value=${this.query} @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.shown = PARTY_PAGE;
          }} />
        <p class="note" id="party-matches" aria-live="polite">${matchLine(t, matches.length, page.length, Boolean(this.query.trim()))}</p>
        <div class="buttons">
          <button class="ds-button" part="select-matching" data-variant="secondary" data-size="sm" aria-disabled=${selectable ? 'false' : 'true'}
            @click=${() => selectable && this.#selectMatching(parsed)}>${fill(t.selectAllParties, { n: selectable })}</button>
          <button class="ds-button" part="select-none" data-variant="tertiary" data-size="sm" @click=${() => (this.draft = new Set())}>${t.selectNone}</button>
        </div>
        <p class="note" part="count" aria-live="polite">${fill(t.partyChosen, { n: this.draft.size, total: parsed.selectable })}</p>
        <p class="note" part="limit" aria-live="polite">${full ? fill(t.partyLimit, { max: this.#max }) : ''}</p>
        ${this.draft.size > cap ? html`<p class="note" part="batches">${fill(t.partyBatches, { n: this.draft.size, rounds: Math.ceil(this.draft.size / cap) })}</p>` : nothing}
        ${page.length ? html`${section('person', t.persons)}${section('org', t.organisations)}` : html`<p class="note">${t.noPartyMatch}</p>`}
        ${matches.length > page.length
          ? html`<button class="ds-button" part="more-parties" data-variant="tertiary" data-size="sm" @click=${() => void this.#more()}>${t.loadMore}</button>`
          : nothing}
        <div class="buttons">
          <button class="ds-button" part="apply" data-variant="primary" data-size="sm" aria-disabled=${this.draft.size ? 'false' : 'true'}
            @click=${() => this.draft.size && this.#apply([...this.draft])}>${t.showParties}</button>
          <button class="ds-button" part="all" data-variant="tertiary" data-size="sm" @click=${() => this.#apply(this.#parties?.all ?? [])}>${t.allParties}</button>
        </div>`;
  }

  #renderEntry(e: PartyEntry, full: boolean) {
    const checked = this.draft.has(e.urn);
    const number = orgNumber(e);
    // The name wraps beside its box; the organisation number and "Deleted" follow on its line when they fit.
    const name = html`<span class="name">${shortName(e.name)}${number ? html` <span class="note">${number}</span>` : nothing}${e.deleted
      ? html` <span class="ds-tag" part="deleted" data-color="warning" data-size="sm">${this.t.partyDeleted}</span>`
      : nothing}</span>`;
    return html`<li part="party" class=${e.depth ? 'sub' : ''} data-party=${e.urn}>
      ${e.selectable
        ? html`<label><input type="checkbox" tabindex="-1" .checked=${checked} aria-disabled=${!checked && full ? 'true' : 'false'}
            @change=${(ev: Event) => this.#toggle(ev.target as HTMLInputElement, e.urn)} />${name}</label>`
        : html`<span class="parent">${name}<span class="note why">${this.t.partyParentOnly}</span></span>`}
    </li>`;
  }
}

interface Parsed {
  from: unknown;
  entries: PartyEntry[];
  /** What "All parties" searches (partyUrns: no deleted units). */
  all: string[];
  allSet: Set<string>;
  byUrn: Map<string, PartyEntry>;
  /** How many entries can be ticked. */
  selectable: number;
}
