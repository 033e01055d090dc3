/**
 * The in-memory, stateful dialog store behind the demo API. Holds the dialogs of one
 * end user (as OpenAPI `Dialog` objects), their full seen logs and label logs,
 * tombstones of deleted dialogs (for 410), and emits live events:
 *   store.on('dialogEvent', ({ id, type }) => …)   type: DIALOG_UPDATED | DIALOG_DELETED
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { applyLabelChange, folderLabel } from '../../src/state/system-labels.js';
import { toListItem } from './list-item.js';

/** @typedef {{ dialog: any, owned: boolean, seenLog: any[], labelLog: any[], deletedAt: string|null, deleteRequestedAt: string|null, item?: any, text?: any }} DialogRecord */

const clone = (v) => structuredClone(v);
const iso = (ms = Date.now()) => new Date(ms).toISOString();

export class DialogStore extends EventEmitter {
  /**
   * @param {object} data a seed object (see demo/DATA.md): { endUser, parties, serviceResources, orgs, dialogs, embeds }
   */
  constructor(data) {
    super();
    this.setMaxListeners(0);
    // One private copy of the initial data; live records share its dialogs until they
    // change (copy-on-write), which keeps memory low for 10,000+ dialogs and makes reset cheap.
    this.initial = structuredClone(data);
    for (const dialog of this.initial.dialogs || []) normalizeDialog(dialog);
    this.load();
  }

  /** (Re)builds the live state from the initial data. */
  load() {
    const d = this.initial;
    this.endUser = d.endUser;
    this.parties = d.parties || [];
    this.serviceResources = d.serviceResources || [];
    this.orgs = d.orgs || {};
    this.embeds = d.embeds || {};
    /** @type {Map<string, DialogRecord>} */
    this.records = new Map();
    for (const dialog of d.dialogs || []) this.records.set(dialog.id.toLowerCase(), createRecord(dialog, this.endUser));
    this.version = 0;
    this.sortCache = new Map();
  }

  /** Makes a record's dialog private before it is changed (copy-on-write). */
  #writable(record) {
    if (!record.owned) {
      record.dialog = structuredClone(record.dialog);
      record.owned = true;
    }
    return record;
  }

  /** Restores the initial data; open streams see every dialog as updated. */
  reset() {
    const ids = [...this.records.keys()];
    this.load();
    for (const id of ids) this.emit('dialogEvent', { id, type: this.records.has(id) ? 'DIALOG_UPDATED' : 'DIALOG_DELETED' });
  }

  /** @returns {DialogRecord|undefined} including tombstones */
  get(id) {
    return typeof id === 'string' ? this.records.get(id.toLowerCase()) : undefined;
  }

  /** 'ok' | 'deleted' | 'missing' (unknown or expired, like the real 404). */
  state(id, now = Date.now()) {
    const r = this.get(id);
    if (!r) return 'missing';
    if (r.deletedAt) return 'deleted';
    if (r.dialog.expiresAt && Date.parse(r.dialog.expiresAt) <= now) return 'missing';
    return 'ok';
  }

  /** All live (not deleted, not expired) records. */
  live(now = Date.now()) {
    const out = [];
    for (const r of this.records.values()) {
      if (r.deletedAt) continue;
      if (r.dialog.expiresAt && Date.parse(r.dialog.expiresAt) <= now) continue;
      out.push(r);
    }
    return out;
  }

  /**
   * Marks a record changed: drops caches used by search. The sorted orders stay when no date it is sorted by
   * changed (`reordered: false`: labels, seen): they hold the records themselves, so they show the change.
   */
  touch(record, { reordered = true } = {}) {
    record.item = undefined;
    record.text = undefined;
    this.version++;
    if (reordered) this.sortCache.clear();
  }

  /** The DialogListItem for a record (cached until it changes). */
  listItem(record) {
    if (!record.item) record.item = toListItem(record.dialog);
    return record.item;
  }

  /**
   * Records that the end user opened the dialog (GET /dialogs/{id}): a seen-log entry,
   * MarkedAsUnopened cleared, isContentSeen true. Emits no live event, like the real
   * service (a subscriber refetching on its own GET would otherwise loop).
   */
  markSeen(id, now = Date.now()) {
    const r = this.get(id);
    if (!r) return;
    this.#writable(r);
    const entry = {
      id: randomUUID(),
      seenAt: iso(now),
      seenBy: { actorType: 'PartyRepresentative', actorName: this.endUser?.name ?? null, actorId: this.endUser?.partyUrn ?? null },
      isViaServiceOwner: false,
      isCurrentEndUser: true,
    };
    r.seenLog.push(entry);
    const labels = r.dialog.endUserContext?.systemLabels || [];
    if (labels.includes('MarkedAsUnopened')) {
      this.#setLabelsNow(r, applyLabelChange(labels, { removeLabels: ['MarkedAsUnopened'] }), [], ['MarkedAsUnopened'], now);
    }
    refreshDerived(r);
    this.touch(r, { reordered: false });
  }

  /**
   * Sets labels on one dialog (caller validated the change and the revision).
   * @returns {string} the new endUserContext revision
   */
  setLabels(id, add, remove, now = Date.now()) {
    const r = this.#writable(this.get(id));
    const next = applyLabelChange(r.dialog.endUserContext?.systemLabels, { addLabels: add, removeLabels: remove });
    const rev = this.#setLabelsNow(r, next, add, remove, now);
    refreshDerived(r);
    this.touch(r, { reordered: false });
    this.emit('dialogEvent', { id: r.dialog.id, type: 'DIALOG_UPDATED' });
    return rev;
  }

  #setLabelsNow(r, next, add, remove, now) {
    const before = new Set(r.dialog.endUserContext?.systemLabels || []);
    const after = new Set(next);
    const performedBy = { actorType: 'PartyRepresentative', actorName: this.endUser?.name ?? null, actorId: this.endUser?.partyUrn ?? null };
    for (const l of before) if (!after.has(l)) r.labelLog.push({ name: l, action: 'remove', createdAt: iso(now), performedBy });
    for (const l of after) if (!before.has(l)) r.labelLog.push({ name: l, action: 'set', createdAt: iso(now), performedBy });
    const revision = randomUUID();
    r.dialog.endUserContext = { ...(r.dialog.endUserContext || {}), revision, systemLabels: next };
    r.dialog.systemLabel = folderLabel(next);
    return revision;
  }

  /**
   * Applies a service-owner change (status, activities, transmissions …) to a dialog:
   * new dialog revision, updatedAt bumped (contentUpdatedAt too when `content` is true),
   * derived fields recomputed, DIALOG_UPDATED emitted.
   * @param {string} id
   * @param {(dialog: any, now: string) => void} mutate
   * @param {{ content?: boolean, now?: number }} [o]
   */
  update(id, mutate, { content = false, now = Date.now() } = {}) {
    const r = this.get(id);
    if (!r || r.deletedAt) return false;
    this.#writable(r);
    const at = iso(now);
    mutate(r.dialog, at);
    r.dialog.revision = randomUUID();
    r.dialog.updatedAt = at;
    if (content) r.dialog.contentUpdatedAt = at;
    refreshDerived(r);
    this.touch(r);
    this.emit('dialogEvent', { id: r.dialog.id, type: 'DIALOG_UPDATED' });
    return true;
  }

  /** Soft-deletes a dialog: later GETs answer 410, search skips it, subscribers get DIALOG_DELETED. */
  delete(id, now = Date.now()) {
    const r = this.get(id);
    if (!r || r.deletedAt) return false;
    r.deletedAt = iso(now);
    this.touch(r);
    this.emit('dialogEvent', { id: r.dialog.id, type: 'DIALOG_DELETED' });
    return true;
  }
}

/** Fills what the store relies on (done once, on the private initial copy). */
function normalizeDialog(dialog) {
  delete dialog.dialogToken;
  dialog.endUserContext ||= { revision: randomUUID(), systemLabels: ['Default'] };
  dialog.endUserContext.systemLabels ||= ['Default'];
  dialog.endUserContext.revision ||= randomUUID();
}

/** @returns {DialogRecord} */
function createRecord(dialog, endUser) {
  // The full seen log is the union of what the seed shows since the last (content) update.
  const seen = new Map();
  for (const e of [...(dialog.seenSinceLastContentUpdate || []), ...(dialog.seenSinceLastUpdate || [])]) if (e?.id) seen.set(e.id, e);
  const seenLog = [...seen.values()].sort((a, b) => Date.parse(a.seenAt) - Date.parse(b.seenAt));
  // Keep isContentSeen=true stable across later recomputation when the seed shows no own entry.
  if (dialog.isContentSeen && !(dialog.seenSinceLastContentUpdate || []).some((e) => e?.isCurrentEndUser)) {
    seenLog.push({ id: randomUUID(), seenAt: dialog.contentUpdatedAt, seenBy: { actorType: 'PartyRepresentative', actorName: endUser?.name ?? null, actorId: endUser?.partyUrn ?? null }, isViaServiceOwner: false, isCurrentEndUser: true });
  }
  // Seed values are trusted as given; derived fields are recomputed after the first change.
  return { dialog, owned: false, seenLog, labelLog: [], deletedAt: null, deleteRequestedAt: null };
}

/** Latest entry per actor among entries at or after `since`. */
function seenSince(log, since) {
  const t = Date.parse(since || 0) || 0;
  const byActor = new Map();
  for (const e of log) {
    if (Date.parse(e.seenAt) < t) continue;
    const key = e.isCurrentEndUser ? '\u0000me' : `${e.seenBy?.actorId ?? ''}|${e.seenBy?.actorName ?? ''}`;
    const prev = byActor.get(key);
    if (!prev || Date.parse(prev.seenAt) <= Date.parse(e.seenAt)) byActor.set(key, e);
  }
  return [...byActor.values()];
}

/** Recomputes the fields Dialogporten derives from the dialog's parts. */
export function refreshDerived(record) {
  const d = record.dialog;
  const tx = d.transmissions || [];
  d.fromServiceOwnerTransmissionsCount = tx.filter((t) => t.sender?.actorType === 'ServiceOwner').length;
  d.fromPartyTransmissionsCount = tx.filter((t) => t.sender?.actorType === 'PartyRepresentative').length;
  // Submissions/corrections are the party's own; only other service-owner transmissions count.
  d.hasUnopenedContent = tx.some((t) => t.sender?.actorType === 'ServiceOwner' && t.type !== 'Submission' && t.type !== 'Correction' && t.isOpened === false);
  d.seenSinceLastUpdate = seenSince(record.seenLog, d.updatedAt);
  d.seenSinceLastContentUpdate = seenSince(record.seenLog, d.contentUpdatedAt);
  const labels = d.endUserContext?.systemLabels || [];
  d.isContentSeen = d.seenSinceLastContentUpdate.some((e) => e.isCurrentEndUser) && !labels.includes('MarkedAsUnopened');
  d.systemLabel = folderLabel(labels);
}
