/**
 * Dialog read endpoints of the end-user API: search, one dialog (with a fresh dialog
 * token), and its activities, transmissions, seen log and label log.
 */
import { GUID_RE, sendJson, sendProblem, sendValidation } from '../lib/http-util.js';
import { parseAcceptLanguage, trimLocalizations } from '../lib/localize.js';
import { project } from './project.js';
import { parseSearchParams, runSearch } from './search.js';
import { issueDialogToken } from '../lib/dialog-token.js';

/** Sends JSON after trimming localizations to the request's Accept-Language. */
export function sendLocalized(req, res, status, body, headers) {
  sendJson(res, status, trimLocalizations(body, parseAcceptLanguage(req.headers['accept-language'])), headers);
}

export function searchDialogs(ctx, req, res, url) {
  const parsed = parseSearchParams(url.searchParams, ctx.limits);
  if ('errors' in parsed) return sendValidation(res, parsed.errors);
  // The real service times out on too broad free-text searches and answers 422. Here: only short words
  // (3 characters or fewer) over a large data set (more than 1,000 dialogs, e.g. `--scale 1000`).
  const terms = parsed.query.search;
  if (terms?.length && terms.every((term) => term.length <= 3) && ctx.store.records.size > 1000) {
    return sendProblem(res, 422, {
      title: 'The search was too broad.',
      detail: 'The free-text search timed out. Use longer or more specific search terms, or narrow the search with filters.',
    });
  }
  const result = runSearch(ctx.store, parsed.query);
  sendLocalized(req, res, 200, {
    items: result.records.map((r) => ctx.store.listItem(r)),
    hasNextPage: result.hasNextPage,
    continuationToken: result.continuationToken,
    orderBy: result.orderBy,
  });
}

/**
 * Resolves the dialog of a request or answers 400/404/410 itself.
 * @returns {import('./store.js').DialogRecord | null}
 */
export function requireDialog(ctx, res, id) {
  if (!GUID_RE.test(id)) {
    sendValidation(res, { dialogId: [`'${String(id).slice(0, 60)}' is not a valid UUID.`] });
    return null;
  }
  const state = ctx.store.state(id);
  if (state === 'missing') {
    sendProblem(res, 404, { detail: `Entity 'Dialog' with key(s) '${id}' was not found.` });
    return null;
  }
  if (state === 'deleted') {
    sendProblem(res, 410, { detail: `Entity 'Dialog' with key(s) '${id}' is removed.` });
    return null;
  }
  return ctx.store.get(id);
}

export function getDialog(ctx, req, res, id) {
  const record = requireDialog(ctx, res, id);
  if (!record) return;
  ctx.store.markSeen(id);
  const dialog = project(record.dialog, 'Dialog');
  dialog.dialogToken = issueDialogToken({ dialog: record.dialog, endUser: ctx.store.endUser || {}, issuer: ctx.issuer, key: ctx.signingKey });
  sendLocalized(req, res, 200, dialog);
}

/** Sub-collections: list and single item, each projected onto its contract schema. */
const SUB = {
  activities: { list: (r) => r.dialog.activities || [], listSchema: 'DialogActivitySearchItem', itemSchema: 'DialogActivityDetails', entity: 'DialogActivity' },
  transmissions: { list: (r) => r.dialog.transmissions || [], listSchema: 'DialogTransmissionSearchItem', itemSchema: 'DialogTransmissionDetails', entity: 'DialogTransmission' },
  seenlog: {
    list: (r) => r.seenLog.map((e) => ({ ...e, isViaServiceOwner: Boolean(e.isViaServiceOwner) })),
    listSchema: 'DialogSeenLogSearchItem',
    itemSchema: 'DialogSeenLogDetails',
    entity: 'DialogSeenLog',
  },
};

export function getSubCollection(ctx, req, res, id, kind, subId) {
  const record = requireDialog(ctx, res, id);
  if (!record) return;
  const sub = SUB[kind];
  const items = sub.list(record).map((x) => (kind === 'transmissions' ? { deletedAt: null, ...x } : x));
  if (subId === undefined) return sendLocalized(req, res, 200, items.map((x) => project(x, sub.listSchema)));
  if (!GUID_RE.test(subId)) return sendValidation(res, { [`${kind === 'seenlog' ? 'seenLogId' : kind.slice(0, -1) + 'Id'}`]: ['Not a valid UUID.'] });
  const item = items.find((x) => String(x.id).toLowerCase() === subId.toLowerCase());
  if (!item) return sendProblem(res, 404, { detail: `Entity '${sub.entity}' with key(s) '${subId}' was not found.` });
  sendLocalized(req, res, 200, project(item, sub.itemSchema));
}

export function getLabelLog(ctx, req, res, id) {
  const record = requireDialog(ctx, res, id);
  if (!record) return;
  sendJson(res, 200, record.labelLog.map((e) => project(e, 'LabelAssignmentLog')));
}
