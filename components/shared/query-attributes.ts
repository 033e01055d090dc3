import type { PropertyValues } from 'lit';
import type { OrderBy } from '../../src/api/types.js';
import type { InboxStore, QueryState } from '../../src/state/inbox-store.js';
import type { Folder, ListFilters } from '../../src/state/list-query.js';

type QueryKey = keyof QueryState;

/** The attributes of an element that mirror the store's query (`order-by` → orderBy; the picker's `value` → party). */
export interface QueryProps {
  folder?: Folder;
  filters?: ListFilters;
  search?: string;
  orderBy?: OrderBy;
  party?: string;
  value?: string;
}

/** The party attribute is a string; the store keeps a list. */
const fromStore = (key: QueryKey, value: unknown) => (key === 'party' ? (value as string[]).join(' ') : value);

/**
 * Keeps an element's query attributes and the store in step, with no second source of truth: an attribute the
 * portal sets writes the store; every change of the store is reflected on the attribute. What the portal set on
 * an element before its inbox answered is given to the inbox's store when it does.
 */
export class QueryAttributes {
  #host: QueryProps;
  #props: [keyof QueryProps, QueryKey][];
  /** What the portal set (not yet overtaken by a change in the store), for a store that arrives later. */
  #explicit: Partial<Record<QueryKey, unknown>> = {};
  #started = false;

  constructor(host: QueryProps, props: Partial<Record<keyof QueryProps, QueryKey>>) {
    this.#host = host;
    this.#props = Object.entries(props) as [keyof QueryProps, QueryKey][];
  }

  /** In willUpdate: the attributes the portal changed go to the store. */
  write(changed: PropertyValues, store: InboxStore): void {
    const patch: Partial<Record<QueryKey, unknown>> = {};
    for (const [prop, key] of this.#props) {
      const value = this.#host[prop];
      if (!changed.has(prop) || value === undefined || store.holds(key, value)) continue;
      patch[key] = this.#explicit[key] = value; // the store normalises it
    }
    store.set(patch as Partial<QueryState>);
  }

  /** Before the first update: every attribute the portal set goes to the store (the first request leaves early). */
  writeAll(store: InboxStore): void {
    this.#started = true;
    this.write({ has: () => true } as unknown as PropertyValues, store);
  }

  /** After a change of the store (`keys`), or when another store is used (`null`): the attributes follow it. */
  read(store: InboxStore, keys: ReadonlySet<string> | null): void {
    if (!keys) {
      // A new store: what the portal set comes first (also attributes set before the first update wrote them).
      if (!this.#started) this.writeAll(store);
      store.set(this.#explicit as Partial<QueryState>);
    }
    for (const [prop, key] of this.#props) {
      if (keys && !keys.has(key)) continue;
      if (keys && key in this.#explicit && !store.holds(key, this.#explicit[key])) delete this.#explicit[key];
      if (!store.holds(key, this.#host[prop])) (this.#host as Record<string, unknown>)[prop] = fromStore(key, store[key]);
    }
  }
}
