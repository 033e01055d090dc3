import type { DialogStatus, OrderBy, SearchQuery, SystemLabel } from '../api/types.js';

/**
 * Folders, filters and the search query they make (framework-free).
 *
 * Folders follow the contract's views: Inbox = `Default` and status ≠ Draft; Drafts = status Draft (still in
 * `Default`); Sent = `Sent`; Archive; Bin. Several `systemLabel` values are AND-ed by the server, so each
 * folder sends exactly the labels it needs. A text search looks in every folder (each row then shows its folder).
 */
export const FOLDERS = ['inbox', 'drafts', 'sent', 'archive', 'bin'] as const;
export type Folder = (typeof FOLDERS)[number];

export const STATUSES: DialogStatus[] = ['RequiresAttention', 'InProgress', 'Awaiting', 'Draft', 'Completed', 'NotApplicable'];
export const DATE_PRESETS = ['today', 'week', 'month', '6m', '12m', 'older', 'custom'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];
/** Sort orders offered in the UI (any OrderBy works through the `order-by` attribute). */
export const SORT_CHOICES: OrderBy[] = ['contentUpdatedAt_desc', 'contentUpdatedAt_asc', 'createdAt_desc', 'dueAt_asc'];

/** What the user narrowed the list to. Every field is optional; arrays are OR-ed by the server. */
export interface ListFilters {
  status?: DialogStatus[];
  /** Service owner codes (`org`). */
  org?: string[];
  /** Service resource URNs. */
  service?: string[];
  seen?: 'read' | 'unread';
  /** Content updated within a preset range, or `custom` with `from`/`to`. */
  updated?: DatePreset;
  /** Custom range, local dates `YYYY-MM-DD` (inclusive). */
  from?: string;
  to?: string;
}

export type FilterKey = keyof ListFilters;

export const parseFolder = (value: unknown): Folder => (FOLDERS.includes(value as Folder) ? (value as Folder) : 'inbox');

/** The folder a dialog belongs to (for the tag on search results): Bin, Archive, Drafts, Inbox, else Sent. */
export function folderOf(labels: readonly string[] | null | undefined, status?: string): Folder {
  const has = (label: SystemLabel) => (labels ?? []).includes(label);
  if (has('Bin')) return 'bin';
  if (has('Archive')) return 'archive';
  if (status === 'Draft') return 'drafts';
  return has('Sent') && !has('Default') ? 'sent' : 'inbox';
}

/** Whether a dialog with these labels and status is shown in a folder. */
export function inFolder(folder: Folder, labels: readonly string[] | null | undefined, status?: string): boolean {
  const list = labels ?? [];
  const main = list.includes('Default') || !list.some((l) => l === 'Archive' || l === 'Bin');
  switch (folder) {
    case 'inbox':
      return main && status !== 'Draft';
    case 'drafts':
      return main && status === 'Draft';
    case 'sent':
      return list.includes('Sent');
    case 'archive':
      return list.includes('Archive');
    case 'bin':
      return list.includes('Bin');
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
// A bound against a hostile URL, not the API's cap: values over the cap are searched in batches.
const MAX_VALUES = 100;
const uniq = <T>(list: T[]) => [...new Set(list)];

/** Keeps only well-formed values (filters may come from a URL the portal keeps). */
export function cleanFilters(input: ListFilters | null | undefined): ListFilters {
  const f = input ?? {};
  const out: ListFilters = {};
  const list = (value: unknown) =>
    uniq((Array.isArray(value) ? value : []).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()))
      .slice(0, MAX_VALUES);
  const status = list(f.status).filter((s): s is DialogStatus => STATUSES.includes(s as DialogStatus));
  if (status.length) out.status = status;
  const org = list(f.org);
  if (org.length) out.org = org;
  const service = list(f.service);
  if (service.length) out.service = service;
  if (f.seen === 'read' || f.seen === 'unread') out.seen = f.seen;
  if (DATE_PRESETS.includes(f.updated as DatePreset)) out.updated = f.updated;
  if (out.updated === 'custom') {
    if (typeof f.from === 'string' && DATE_RE.test(f.from)) out.from = f.from;
    if (typeof f.to === 'string' && DATE_RE.test(f.to)) out.to = f.to;
  }
  return out;
}

/** `status=Completed,Awaiting&updated=week`: a string a portal can keep in its URL. */
export function filtersToString(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(cleanFilters(filters))) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  return params.toString();
}

export function parseFilters(value: string | null | undefined): ListFilters {
  const params = new URLSearchParams(value ?? '');
  const arr = (key: string) => (params.get(key) ?? '').split(',');
  return cleanFilters({
    status: arr('status') as DialogStatus[],
    org: arr('org'),
    service: arr('service'),
    seen: params.get('seen') as ListFilters['seen'],
    updated: params.get('updated') as DatePreset,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  });
}

/** Lit attribute converter for a `filters` attribute in the string form above. */
export const filtersConverter = {
  fromAttribute: (value: string | null) => parseFilters(value),
  toAttribute: (value: ListFilters) => filtersToString(value) || null,
};

/** The active filters one by one (for removable chips), in a stable order. */
export function activeFilters(filters: ListFilters): { key: FilterKey; value: string }[] {
  const f = cleanFilters(filters);
  const out: { key: FilterKey; value: string }[] = [];
  for (const key of ['status', 'org', 'service'] as const) for (const value of f[key] ?? []) out.push({ key, value });
  if (f.seen) out.push({ key: 'seen', value: f.seen });
  if (f.updated) out.push({ key: 'updated', value: f.updated });
  return out;
}

/** The filters without one value (`updated` also drops the custom range). */
export function removeFilter(filters: ListFilters, key: FilterKey, value?: string): ListFilters {
  const f: ListFilters = { ...cleanFilters(filters) };
  const current = f[key];
  if (Array.isArray(current) && value !== undefined) (f as Record<string, unknown>)[key] = current.filter((v) => v !== value);
  else delete f[key];
  if (key === 'updated') delete f.from, delete f.to;
  return cleanFilters(f);
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addMonths = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth() + n, d.getDate(), d.getHours(), d.getMinutes());
const localDate = (value: string, end: boolean) => {
  const [y, m, d] = value.split('-').map(Number);
  return end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d);
};

/** The preset as an after/before pair in local time (Monday starts the week), ISO 8601 with an offset. */
export function dateRange(filters: ListFilters, now = new Date()): { after?: string; before?: string } {
  const today = startOfDay(now);
  let after: Date | undefined;
  let before: Date | undefined;
  switch (filters.updated) {
    case 'today':
      after = today;
      break;
    case 'week':
      after = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
      break;
    case 'month':
      after = new Date(today.getFullYear(), today.getMonth(), 1);
      break;
    case '6m':
      after = addMonths(now, -6);
      break;
    case '12m':
      after = addMonths(now, -12);
      break;
    case 'older':
      before = addMonths(now, -12);
      break;
    case 'custom':
      if (filters.from) after = localDate(filters.from, false);
      if (filters.to) before = localDate(filters.to, true);
      break;
  }
  return { after: after?.toISOString(), before: before?.toISOString() };
}

/** A search needs 3+ characters; shorter text is not sent. */
export const usableSearch = (text: string | null | undefined): string => {
  const trimmed = (text ?? '').trim().replace(/\s+/g, ' ');
  return trimmed.length >= 3 ? trimmed : '';
};

export interface QueryInput {
  parties: string[];
  folder: Folder;
  filters: ListFilters;
  search?: string;
  lang: string;
  orderBy: OrderBy;
  limit: number;
  now?: Date;
}

export type ListQuery = SearchQuery & { contentUpdatedAfter?: string; contentUpdatedBefore?: string };

/**
 * The GET /dialogs query for a folder, filters and search. Null when nothing can match (e.g. status Draft
 * asked for in the Inbox), so no request is needed.
 */
export function buildQuery(input: QueryInput): ListQuery | null {
  if (!input.parties.length) return null;
  const f = cleanFilters(input.filters);
  const search = usableSearch(input.search);
  let systemLabel: SystemLabel[] | undefined;
  let status = f.status;
  if (!search) {
    const folder = input.folder;
    if (folder === 'inbox' || folder === 'drafts') {
      systemLabel = ['Default'];
      const allowed = STATUSES.filter((s) => (folder === 'drafts') === (s === 'Draft'));
      status = (status ?? allowed).filter((s) => allowed.includes(s));
      if (!status.length) return null;
      // The API cannot say "status ≠ Draft": listing the known statuses would hide future ones, which the
      // contract says to show neutrally. So the Inbox asks for every status and drops drafts itself.
      if (folder === 'inbox' && status.length === allowed.length) status = undefined;
    } else systemLabel = [folder === 'sent' ? 'Sent' : folder === 'archive' ? 'Archive' : 'Bin'];
  }
  const range = dateRange(f, input.now);
  return {
    party: input.parties,
    systemLabel,
    status,
    org: f.org,
    serviceResource: f.service,
    isContentSeen: f.seen ? f.seen === 'read' : undefined,
    contentUpdatedAfter: range.after,
    contentUpdatedBefore: range.before,
    search: search || undefined,
    searchLanguageCode: search ? input.lang : undefined,
    excludeApiOnly: true,
    // An order the API does not know (a typo in `order-by`) would answer nothing at all: the default instead.
    orderBy: /^(contentUpdatedAt|updatedAt|createdAt|dueAt)_(asc|desc)$/.test(input.orderBy) ? input.orderBy : 'contentUpdatedAt_desc',
    limit: Math.min(1000, Math.max(1, Math.round(input.limit) || 30)),
  };
}
