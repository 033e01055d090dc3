import type { Dialog, DialogListItem, OrderBy, SystemLabel } from '../api/types.js';
import { contentText, textLang } from '../localize.js';
import { seenSummary, senderName } from './dialog-rules.js';

/**
 * One list row: the few fields a row shows, with texts already picked in the UI language. Keeping this
 * instead of the whole DialogListItem keeps memory bounded when thousands of dialogs are loaded.
 */
export interface Row {
  id: string;
  party: string;
  org: string;
  status: string;
  title: string;
  summary: string;
  /** The language of title and summary when it is not the UI's (a dialog only in English in a Norwegian UI). */
  lang?: string;
  sender: string;
  extended: string;
  contentUpdatedAt?: string;
  updatedAt?: string;
  createdAt?: string;
  dueAt?: string | null;
  seen: boolean;
  labels: SystemLabel[];
  /** endUserContext.revision; null when unknown (after a change whose new revision the API does not return). */
  rev: string | null;
  seenByYou: boolean;
  seenByOthers: number;
  attachments: number;
  transmissions: number;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);
const labelsOf = (value: unknown): SystemLabel[] => (Array.isArray(value) ? value.filter((l): l is SystemLabel => typeof l === 'string') : []);

/** A row from an (untrusted) search result item; null when it cannot be shown or opened. */
export function toRow(item: DialogListItem, lang: string): Row | null {
  if (!item || typeof item !== 'object' || typeof item.id !== 'string' || !item.id) return null;
  const seen = seenSummary(item.seenSinceLastContentUpdate);
  const c = item.content;
  return {
    id: item.id,
    party: str(item.party),
    org: str(item.org),
    status: str(item.status),
    title: contentText(c?.title, lang),
    summary: contentText(c?.summary, lang),
    lang: textLang(c?.title?.value, lang),
    sender: senderName(item, lang),
    extended: contentText(c?.extendedStatus, lang),
    contentUpdatedAt: item.contentUpdatedAt,
    updatedAt: item.updatedAt,
    createdAt: item.createdAt,
    dueAt: item.dueAt,
    seen: item.isContentSeen !== false,
    labels: labelsOf(item.endUserContext?.systemLabels),
    rev: str(item.endUserContext?.revision) || null,
    seenByYou: seen.byYou,
    seenByOthers: seen.others,
    attachments: num(item.guiAttachmentCount),
    transmissions: num(item.fromServiceOwnerTransmissionsCount) + num(item.fromPartyTransmissionsCount),
  };
}

/** A row brought up to date from a freshly loaded dialog (the view loaded it: it is seen by you now). */
export function rowFromDialog(row: Row, dialog: Dialog, lang: string): Row {
  const c = dialog.content;
  const pick = (value: Parameters<typeof contentText>[0], old: string) => (value ? contentText(value, lang) || old : old);
  return {
    ...row,
    status: dialog.status ?? row.status,
    contentUpdatedAt: dialog.contentUpdatedAt ?? row.contentUpdatedAt,
    updatedAt: dialog.updatedAt ?? row.updatedAt,
    dueAt: dialog.dueAt !== undefined ? dialog.dueAt : row.dueAt,
    seen: dialog.isContentSeen ?? row.seen,
    seenByYou: dialog.isContentSeen === true || row.seenByYou,
    labels: dialog.endUserContext?.systemLabels ? labelsOf(dialog.endUserContext.systemLabels) : row.labels,
    rev: dialog.endUserContext?.revision ?? row.rev,
    title: pick(c?.title, row.title),
    summary: pick(c?.summary, row.summary),
    lang: c?.title ? textLang(c.title.value, lang) : row.lang,
    sender: pick(c?.senderName, row.sender),
    extended: pick(c?.extendedStatus, row.extended),
  };
}

/** The date a row is shown, grouped and sorted by: the field of the sort order (content update by default). */
export function rowDate(row: Row, orderBy: OrderBy | string): string | null | undefined {
  if (orderBy.startsWith('createdAt')) return row.createdAt;
  if (orderBy.startsWith('dueAt')) return row.dueAt;
  if (orderBy.startsWith('updatedAt')) return row.updatedAt;
  return row.contentUpdatedAt ?? row.updatedAt;
}

/** Splits text into plain and matching pieces for every search term (case-insensitive), for <mark>. */
export function highlight(text: string, search: string): { text: string; hit: boolean }[] {
  const terms = search.toLowerCase().split(/\s+/).filter((t) => t.length > 0);
  if (!terms.length || !text) return [{ text, hit: false }];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [{ text, hit: false }]; // rare case mappings that change length
  const hits: boolean[] = new Array(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) hits.fill(true, at, at + term.length);
  }
  const out: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.hit === hits[i]) last.text += text[i];
    else out.push({ text: text[i], hit: hits[i] });
  }
  return out;
}
