/**
 * System label endpoints:
 *   PUT  /api/v1/enduser/dialogs/{id}/context/systemlabels   (If-Match: endUserContext.revision)
 *   POST /api/v1/enduser/dialogs/context/systemlabels/actions/bulkset   (all-or-nothing)
 */
import { GUID_RE, readJson, sendEmpty, sendProblem, sendValidation } from '../lib/http-util.js';
import { validateLabelChange } from './system-labels.js';

/** Strips quotes / weak prefix from an If-Match value. */
function parseIfMatch(raw) {
  if (raw === undefined) return { value: null };
  const v = String(raw).trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  if (v === '*') return { value: null };
  if (!GUID_RE.test(v)) return { error: true };
  return { value: v.toLowerCase() };
}

/** Takes the add list from `addLabels`, or the deprecated `systemLabels`. */
function labelsFromBody(body) {
  const add = body.addLabels ?? body.systemLabels;
  return validateLabelChange(add, body.removeLabels);
}

export async function putSystemLabels(ctx, req, res, id) {
  const ifMatch = parseIfMatch(req.headers['if-match']);
  if (ifMatch.error) return sendValidation(res, { 'If-Match': ['If-Match must be the endUserContext.revision (a UUID).'] });
  const body = await readJson(req, res);
  if (body === undefined) return;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return sendValidation(res, { body: ['Expected a JSON object.'] });
  const change = labelsFromBody(body);
  if ('errors' in change) return sendValidation(res, change.errors);
  const state = ctx.store.state(id);
  if (state === 'missing') return sendProblem(res, 404, { detail: `Entity 'Dialog' with key(s) '${id}' was not found.` });
  if (state === 'deleted') return sendProblem(res, 410, { detail: `Entity 'Dialog' with key(s) '${id}' is removed.` });
  const record = ctx.store.get(id);
  const current = String(record.dialog.endUserContext.revision).toLowerCase();
  if (ifMatch.value && ifMatch.value !== current) {
    return sendProblem(res, 412, { detail: `The supplied If-Match header ('${ifMatch.value}') did not match the current endUserContext revision. The request was not applied.` });
  }
  const revision = ctx.store.setLabels(id, change.add, change.remove);
  sendEmpty(res, 204, { Etag: revision });
}

export async function bulkSetSystemLabels(ctx, req, res) {
  const body = await readJson(req, res);
  if (body === undefined) return;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return sendValidation(res, { body: ['Expected a JSON object.'] });
  const errors = {};
  const dialogs = body.dialogs;
  if (!Array.isArray(dialogs) || dialogs.length < 1 || dialogs.length > 100) {
    errors.dialogs = ['Between 1 and 100 dialogs must be given.'];
  } else {
    const seen = new Set();
    dialogs.forEach((d, i) => {
      if (!d || typeof d !== 'object' || typeof d.dialogId !== 'string' || !GUID_RE.test(d.dialogId)) {
        (errors[`dialogs[${i}].dialogId`] ||= []).push('Must be a UUID.');
        return;
      }
      if (d.endUserContextRevision != null && (typeof d.endUserContextRevision !== 'string' || !GUID_RE.test(d.endUserContextRevision))) {
        (errors[`dialogs[${i}].endUserContextRevision`] ||= []).push('Must be a UUID or null.');
      }
      const key = d.dialogId.toLowerCase();
      if (seen.has(key)) (errors.dialogs ||= []).push(`Dialog ${d.dialogId} is listed more than once.`);
      seen.add(key);
    });
  }
  const change = labelsFromBody(body);
  if ('errors' in change) Object.assign(errors, change.errors);
  if (Object.keys(errors).length) return sendValidation(res, errors);

  // Check everything first: one failure and nothing is applied.
  const missing = dialogs.filter((d) => ctx.store.state(d.dialogId) !== 'ok');
  if (missing.length) {
    return sendProblem(res, 404, { detail: `Entity 'Dialog' with key(s) '${missing.map((d) => d.dialogId).join("', '")}' was not found.` });
  }
  const stale = dialogs.filter(
    (d) => d.endUserContextRevision && d.endUserContextRevision.toLowerCase() !== String(ctx.store.get(d.dialogId).dialog.endUserContext.revision).toLowerCase(),
  );
  if (stale.length) {
    return sendProblem(res, 412, { detail: `The endUserContextRevision of dialog(s) '${stale.map((d) => d.dialogId).join("', '")}' is stale. No labels were changed.` });
  }
  for (const d of dialogs) ctx.store.setLabels(d.dialogId, change.add, change.remove);
  sendEmpty(res, 204);
}
