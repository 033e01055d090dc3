import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fill } from '../../src/i18n/index.js';
import type { StoreKey } from '../../src/state/inbox-store.js';
import { parsePartyAttribute, partyUrns } from '../../src/state/parties.js';
import { filterEntries, partyEntries, type PartyEntry } from '../../src/state/party-tree.js';
import { errorAlert } from '../shared/dialog-bits.js';
import { InboxElement } from '../shared/inbox-element.js';
import { QueryAttributes } from '../shared/query-attributes.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { DialogPartyChangeEvent } from '../dialog-list/list-events.js';
import { pickerStyles } from './dialog-party-picker.styles.js';

/**
 * Chooses whose dialogs to show: the user, the people and organisations they may act for (sub-units under
 * their main unit, deleted units marked), from GET /parties, with a search. Any number can be chosen (the list
 * searches more than the API's cap in batches) unless the portal sets `max`. Renders nothing when there is only
 * one party to choose.
 *
 * Keyboard: ArrowUp/Down move between the parties, Space ticks one, Escape closes the panel.
 *
 * @summary A party picker for the inbox.
 *
 * @fires dialog-party-change - The user applied a choice (`detail.parties`, `detail.value`; empty = all parties). Cancelable.
 * @fires dialog-auth-required - The user chose "Log in again" on a 401 message (`detail.reason` `session`).
 *
 * @csspart toggle - The button that opens the picker.
 * @csspart panel - The panel with the search, the parties and the buttons.
 * @csspart search - The search field.
 * @csspart party - One party's list item.
 * @csspart deleted - The "Deleted" tag of a deleted unit.
 * @csspart limit - The party limit note.
 * @csspart apply - The "Show" button.
 * @csspart all - The "All parties" button.
 * @csspart error - The error alert.
 * @csspart login - The "Log in again" button of a 401 message.
 *
 * @cssprop --dialog-party-list-height - Maximum height of the scrolling party list (default 20rem).
 */
export class DialogPartyPickerElement extends InboxElement {
  static override styles = [...InboxElement.styles, pickerStyles];
  protected static override storeOptions = { source: 'nearest', keys: ['config', 'parties', 'party'] } as const;

  /** The chosen party URNs, space-separated; empty means all parties. */
  @property({ reflect: true }) value?: string;
  /** The most parties the user may choose at once (default: no limit). */
  @property({ type: Number }) max?: number;

  @state() private open = false;
  @state() private query = '';
  @state() private draft: ReadonlySet<string> = new Set();

  #value = new QueryAttributes(this, { value: 'party' });
  #entries: { from: unknown; entries: PartyEntry[]; all: string[] } | null = null;

  constructor() {
    super();
    new RovingFocus(this, { items: () => Array.from(this.renderRoot.querySelectorAll<HTMLElement>('li input')) });
  }

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
    if ((changed.has('value') || changed.has('open')) && !this.open) this.draft = new Set(this.#chosen());
  }

  protected override storeChanged(keys: ReadonlySet<StoreKey> | null): void {
    this.#value.read(this.store, keys);
    if (!this.open && (!keys || keys.has('parties'))) this.draft = new Set(this.#chosen());
  }

  /** The parties as the picker shows them, worked out once per answer of GET /parties. */
  get #parties(): { entries: PartyEntry[]; all: string[] } | null {
    const list = this.store.partyList;
    if (!list) return null;
    if (this.#entries?.from !== list) {
      this.#entries = { from: list, entries: partyEntries(list), all: partyUrns(list) };
    }
    return this.#entries;
  }

  get #max(): number {
    return this.max && this.max > 0 ? Math.floor(this.max) : Infinity;
  }

  /** The URNs in effect: the value, or every party (as the inbox does when none is named). */
  #chosen(): string[] {
    const named = parsePartyAttribute(this.value);
    return named.length ? named : this.#parties?.all ?? [];
  }

  #toggle(urn: string, on: boolean): void {
    const next = new Set(this.draft);
    if (on && next.size < this.#max) next.add(urn);
    else next.delete(urn);
    this.draft = next;
  }

  #apply(parties: string[]): void {
    const every = this.#parties?.all ?? [];
    const chosen = parties.length === every.length && every.every((p) => parties.includes(p)) ? [] : parties;
    if (!this.dispatchEvent(new DialogPartyChangeEvent(chosen))) return;
    this.store.set({ party: chosen });
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus());
  }

  #label(): string {
    const t = this.t;
    const named = parsePartyAttribute(this.value);
    if (!named.length) return t.allParties;
    const names = named.map((urn) => this.#parties?.entries.find((e) => e.urn === urn)?.name ?? urn);
    return names.length > 2 ? `${names[0]} + ${t.partyCount(names.length - 1)}` : names.join(', ');
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus();
  };

  protected override render() {
    const t = this.t;
    const error = this.store.partiesError;
    if (error) return errorAlert(error, t, () => this.store.reloadParties(), this);
    const entries = this.#parties?.entries;
    if (!entries || entries.filter((e) => e.selectable).length < 2) return nothing;
    const shown = filterEntries(entries, this.query);
    const full = this.draft.size >= this.#max;
    const section = (kind: PartyEntry['kind'], heading: string) => {
      const list = shown.filter((e) => e.kind === kind);
      return list.length
        // A label of the list, not a heading: the picker cannot know the page's heading levels (an h3 under the
        // portal's h1 skips a level).
        ? html`<p class="group-label" id=${`h-${kind}`}>${heading}</p>
            <ul aria-labelledby=${`h-${kind}`}>${list.map((e) => this.#renderEntry(e, full))}</ul>`
        : nothing;
    };
    return html`<button class="ds-button" part="toggle" data-variant="secondary" data-size="sm" aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel" @click=${() => (this.open = !this.open)}>${fill(t.partyButton, { names: this.#label() })}</button>
      <div id="panel" class="panel" part="panel" role="group" aria-label=${t.parties} ?hidden=${!this.open} @keydown=${this.#onKey}>
        <label class="search-label" for="party-search">${t.searchParties}</label>
        <input id="party-search" part="search" class="input" type="search" autocomplete="off"
          .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        <p class="note" part="limit" aria-live="polite">${full ? fill(t.partyLimit, { max: this.#max }) : ''}</p>
        ${shown.length ? html`${section('person', t.persons)}${section('org', t.organisations)}` : html`<p class="note">${t.noPartyMatch}</p>`}
        <div class="buttons">
          <button class="ds-button" part="apply" data-variant="primary" data-size="sm" aria-disabled=${this.draft.size ? 'false' : 'true'}
            @click=${() => this.draft.size && this.#apply([...this.draft])}>${t.showParties}</button>
          <button class="ds-button" part="all" data-variant="tertiary" data-size="sm" @click=${() => this.#apply(this.#parties?.all ?? [])}>${t.allParties}</button>
        </div>
      </div>`;
  }

  #renderEntry(e: PartyEntry, full: boolean) {
    const checked = this.draft.has(e.urn);
    return html`<li part="party" class=${e.depth ? 'sub' : ''} data-party=${e.urn}>
      ${e.selectable
        ? html`<label><input type="checkbox" tabindex="-1" .checked=${checked} ?disabled=${!checked && full}
            @change=${(ev: Event) => this.#toggle(e.urn, (ev.target as HTMLInputElement).checked)} />${e.name}
            ${e.deleted ? html`<span class="ds-tag" part="deleted" data-color="warning" data-size="sm">${this.t.partyDeleted}</span>` : nothing}</label>`
        : html`<span>${e.name}</span>`}
    </li>`;
  }
}
