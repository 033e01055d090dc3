/**
 * Live updates: `POST /graphql/stream` speaking the GraphQL-over-SSE "distinct
 * connections" protocol for exactly one operation,
 *   subscription { dialogEvents(dialogId: "…") { id type } }
 * authorized by the dialog token (Authorization: Bearer …) whose claim `i` must equal
 * the dialogId. Events: `event: next` with {"data":{"dialogEvents":{…}}}, a keep-alive
 * comment every keepAliveMs, `event: complete` after DIALOG_DELETED.
 */
import { bearerToken, readBody, sendEmpty, sendJson } from '../lib/http-util.js';
import { jwks, verifyJwt } from '../lib/dialog-token.js';

const ALLOWED_FIELDS = new Set(['id', 'type', '__typename']);

/** GraphQL-style error response (request could not be parsed/validated). */
function graphqlError(res, status, message) {
  sendJson(res, status, { errors: [{ message }] });
}

/**
 * Extracts the dialogId and the selected fields from a subscription document.
 * Deliberately small: this demo supports the one operation the widget uses.
 * @returns {{ dialogId: string, fields: string[] } | { error: string }}
 */
export function parseDialogEventsSubscription(query, variables) {
  if (typeof query !== 'string' || !query.trim() || query.length > 10_000) return { error: 'A GraphQL query document is required.' };
  const doc = query.replace(/#[^\n]*/g, ' ');
  const head = /^\s*subscription\b/.exec(doc);
  if (!head) return { error: 'Only subscription operations are supported on /graphql/stream.' };
  const m = /dialogEvents\s*\(\s*dialogId\s*:\s*(?:"([^"]*)"|\$(\w+))\s*\)\s*\{([^{}]*)\}/.exec(doc);
  if (!m) return { error: "The subscription must select 'dialogEvents(dialogId: …) { id type }'." };
  let dialogId = m[1];
  if (m[2] !== undefined) {
    dialogId = variables && typeof variables === 'object' ? variables[m[2]] : undefined;
    if (typeof dialogId !== 'string') return { error: `Variable '$${m[2]}' of type 'UUID!' was not provided.` };
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(dialogId)) return { error: `'${String(dialogId).slice(0, 60)}' is not a valid UUID.` };
  const fields = m[3].split(/[\s,]+/).filter(Boolean);
  if (!fields.length) return { error: 'dialogEvents needs a selection set.' };
  const bad = fields.find((f) => !ALLOWED_FIELDS.has(f));
  if (bad) return { error: `The field '${bad.slice(0, 60)}' does not exist on the type 'DialogEventPayload'.` };
  return { dialogId: dialogId.toLowerCase(), fields };
}

/**
 * Handles POST (JSON body) and GET (query string) on /graphql/stream.
 * @param {object} ctx server context (store, signingKey, issuer, keepAliveMs)
 */
export async function handleGraphqlStream(ctx, req, res, url) {
  const token = bearerToken(req);
  if (!token) return sendEmpty(res, 401, { 'WWW-Authenticate': 'Bearer' });
  const verified = verifyJwt(token, jwks([ctx.signingKey]));
  if (!verified.ok) return sendEmpty(res, 401, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${verified.reason}"` });
  if (verified.payload.iss !== ctx.issuer) return sendEmpty(res, 401, { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="issuer"' });

  let payload;
  if (req.method === 'GET') {
    let variables;
    try {
      variables = url.searchParams.get('variables') ? JSON.parse(url.searchParams.get('variables')) : undefined;
    } catch {
      return graphqlError(res, 400, 'variables is not valid JSON.');
    }
    payload = { query: url.searchParams.get('query'), variables };
  } else {
    const body = await readBody(req);
    if ('tooLarge' in body) return graphqlError(res, 413, 'Request too large.');
    try {
      payload = JSON.parse(body.text);
    } catch {
      return graphqlError(res, 400, 'The request body is not valid JSON.');
    }
  }
  if (!payload || typeof payload !== 'object') return graphqlError(res, 400, 'Expected {query, operationName?, variables?}.');
  const op = parseDialogEventsSubscription(payload.query, payload.variables);
  if ('error' in op) return graphqlError(res, 400, op.error);
  if (String(verified.payload.i).toLowerCase() !== op.dialogId) return sendEmpty(res, 403);

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write(': stream open\n\n');

  let closed = false;
  const send = (type) => {
    const event = {};
    for (const f of op.fields) event[f] = f === 'id' ? op.dialogId : f === 'type' ? type : 'DialogEventPayload';
    res.write(`event: next\ndata: ${JSON.stringify({ data: { dialogEvents: event } })}\n\n`);
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    cleanup();
    res.write('event: complete\ndata:\n\n');
    res.end();
  };
  const onEvent = (e) => {
    if (closed || String(e.id).toLowerCase() !== op.dialogId) return;
    send(e.type);
    if (e.type === 'DIALOG_DELETED') finish();
  };
  const keepAlive = setInterval(() => !closed && res.write(':\n\n'), ctx.keepAliveMs ?? 15_000);
  keepAlive.unref?.();
  const cleanup = () => {
    clearInterval(keepAlive);
    ctx.store.off('dialogEvent', onEvent);
  };
  ctx.store.on('dialogEvent', onEvent);
  res.on('close', () => {
    closed = true;
    cleanup();
  });
  // Subscribing to an already deleted dialog: tell it at once and end.
  if (ctx.store.state(op.dialogId) === 'deleted') onEvent({ id: op.dialogId, type: 'DIALOG_DELETED' });
}
