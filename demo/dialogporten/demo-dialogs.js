/**
 * Demo endpoints that make news for the end user, the way a service owner would: a dialog that arrives, and a change
 * to one. Tests of the list's freshness use them; each result is checked against the OpenAPI `Dialog` schema.
 *   POST  /__demo/dialogs       { copyOf, title? }                   → 201 { id }: a copy of `copyOf` with a new id,
 *                                                                       created and updated now, not seen, in the Inbox
 *   POST  /__demo/dialogs/{id}  { status?, title?, content? }        → 200 { id, revision }: a service-owner change
 *                                                                       (`content: true` bumps contentUpdatedAt)
 */
import { randomUUID } from 'node:crypto';
import { readJson, sendJson, sendProblem, sendValidation } from '../lib/http-util.js';
import { spec, validateSchema } from './openapi-check.js';
import { refreshDerived } from './store.js';

const STATUSES = spec.components.schemas.DialogStatus?.enum ?? [];

/** The title in every language the dialog has, as one text (a demo's news need not be translated). */
const titled = (dialog, title) => {
  dialog.content.title = { ...dialog.content.title, value: [{ languageCode: 'nb', value: title }, { languageCode: 'nn', value: title }, { languageCode: 'en', value: title }] };
};

/** Checks a body; returns the errors by field (empty when fine). */
function check(body, { create }) {
  const errors = {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { body: ['Expected a JSON object.'] };
  if (create && typeof body.copyOf !== 'string') errors.copyOf = ['The id of a dialog to copy.'];
  if (body.title !== undefined && (typeof body.title !== 'string' || !body.title.trim() || body.title.length > 255)) errors.title = ['1 to 255 characters.'];
  if (body.status !== undefined && !STATUSES.includes(body.status)) errors.status = [`One of ${STATUSES.join(', ')}.`];
  if (body.content !== undefined && typeof body.content !== 'boolean') errors.content = ['true or false.'];
  return errors;
}

/** Handles `/__demo/dialogs[/id]`; returns false for other paths. */
export async function handleDemoDialogs(ctx, req, res, path) {
  const [, , , id, extra] = path.split('/'); // '', '__demo', 'dialogs', id?
  if (path !== '/__demo/dialogs' && !(path.startsWith('/__demo/dialogs/') && id && extra === undefined)) return false;
  const create = !id;
  // POST for both: the API's CORS allows it, so a test page on another origin can call them.
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendProblem(res, 405, { detail: 'Allowed methods: POST.' });
    return true;
  }
  const body = await readJson(req, res);
  if (body === undefined) return true;
  const errors = check(body, { create });
  if (Object.keys(errors).length) return sendValidation(res, errors), true;
  const store = ctx.store;
  const source = store.get(create ? body.copyOf : id);
  if (!source || source.deletedAt) return sendProblem(res, 404, { detail: 'No such dialog.' }), true;

  if (create) {
    const dialog = structuredClone(source.dialog);
    const now = new Date().toISOString();
    dialog.id = randomUUID();
    dialog.revision = randomUUID();
    dialog.createdAt = dialog.updatedAt = dialog.contentUpdatedAt = now;
    dialog.status = body.status ?? (dialog.status === 'Draft' ? 'RequiresAttention' : dialog.status);
    dialog.endUserContext = { revision: randomUUID(), systemLabels: ['Default'] };
    dialog.systemLabel = 'Default';
    dialog.seenSinceLastUpdate = [];
    dialog.seenSinceLastContentUpdate = [];
    dialog.isContentSeen = false;
    if (body.title) titled(dialog, body.title);
    const valid = validateSchema('Dialog', dialog);
    if (!valid.valid) return sendValidation(res, { dialog: valid.errors.slice(0, 5) }), true;
    const record = { dialog, owned: true, seenLog: [], labelLog: [], deletedAt: null, deleteRequestedAt: null };
    refreshDerived(record);
    store.records.set(dialog.id.toLowerCase(), record);
    store.touch(record);
    store.emit('dialogEvent', { id: dialog.id, type: 'DIALOG_UPDATED' });
    sendJson(res, 201, { id: dialog.id });
    return true;
  }

  const changed = store.update(id, (dialog) => {
    if (body.status) dialog.status = body.status;
    if (body.title) titled(dialog, body.title);
  }, { content: body.content === true });
  const dialog = store.get(id).dialog;
  const valid = validateSchema('Dialog', dialog);
  if (!changed || !valid.valid) return sendProblem(res, 500, { detail: `The change left an invalid dialog: ${valid.errors.slice(0, 3).join('; ')}` }), true;
  sendJson(res, 200, { id: dialog.id, revision: dialog.revision });
  return true;
}
