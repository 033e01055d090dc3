/**
 * The demo service platform (a second origin, like a service owner's own system):
 *   GET            P/pages/{dialogId}/{slug}                      HTML page of the service
 *   POST|DELETE    P/actions/{dialogId}/{kind}                    write actions (dialog token)
 *   GET            P/embeds/{dialogId}/main                       front-channel embed (dialog token)
 *   GET            P/embeds/{dialogId}/transmissions/{txId}       transmission embed (dialog token)
 *   GET            P/files/{dialogId}/{name}.pdf                  generated PDF (no token needed)
 * Dialog tokens are verified against the API's JWKS fetched over HTTP.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { GUID_RE, bearerToken, hardenServer, parseUrl, sendEmpty, sendProblem, sendText } from '../lib/http-util.js';
import { handleCors } from '../lib/cors.js';
import { decodeJwt, verifyJwt } from '../lib/dialog-token.js';
import { parseAcceptLanguage, pickLanguage } from '../lib/localize.js';
import { createPdf } from './pdf.js';
import { ACTION_METHODS, runAction } from './actions.js';
import { renderServicePage } from './pages.js';
import { addOwnerMessage } from './new-message.js';

/**
 * Verifies the dialog token of a request for `dialogId`. Answers 401/403 itself.
 * 401: missing, malformed, bad signature, unknown key, wrong issuer, expired.
 * 403: valid token for another dialog.
 * @returns {Promise<object|null>} the claims, or null when the response was sent
 */
async function requireDialogToken(ctx, req, res, dialogId) {
  const token = bearerToken(req);
  const deny = (status, reason) => {
    sendEmpty(res, status, status === 401 ? { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${reason}"` } : {});
    return null;
  };
  if (!token) return deny(401, 'missing token');
  const decoded = decodeJwt(token);
  if (!decoded) return deny(401, 'malformed');
  let keys;
  try {
    keys = await ctx.jwksClient.get(decoded.header.kid);
  } catch (err) {
    ctx.log?.(`platform: JWKS unavailable: ${err.message}`);
    sendProblem(res, 503, { detail: 'Could not fetch the JWKS to verify the dialog token.' });
    return null;
  }
  const v = verifyJwt(token, keys);
  if (!v.ok) return deny(401, v.reason);
  if (v.payload.iss !== ctx.issuer) return deny(401, 'issuer');
  if (String(v.payload.i).toLowerCase() !== String(dialogId).toLowerCase()) return deny(403);
  return v.payload;
}

/** 404/410 for dialogs that do not exist (any more). Returns true when answered. */
function dialogGone(ctx, res, dialogId) {
  const state = ctx.store.state(dialogId);
  if (state === 'missing') {
    sendProblem(res, 404, { detail: `Dialog '${dialogId}' was not found.` });
    return true;
  }
  if (state === 'deleted') {
    sendProblem(res, 410, { detail: `Dialog '${dialogId}' has been deleted.` });
    return true;
  }
  return false;
}

async function route(ctx, req, res) {
  if (handleCors(req, res, ctx.platformOrigins, 'GET, POST, DELETE, OPTIONS')) return;
  const url = parseUrl(req);
  if (!url) return sendProblem(res, 400, { detail: 'Malformed request URL.' });
  let parts;
  try {
    parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return sendProblem(res, 400, { detail: 'Malformed path.' });
  }
  const [area, dialogId, ...rest] = parts;
  if (!area) return sendText(res, 200, 'Demo service platform. See demo/README.md.\n');
  if (area === 'docs' && parts.length === 2 && req.method === 'GET') {
    // Documentation links of API actions (`P/docs/{name}`).
    return sendText(res, 200, `# ${parts[1].slice(0, 80)}\n\nDemo documentation for the API action '${parts[1].slice(0, 80)}'.\n`, 'text/markdown; charset=utf-8');
  }
  if (!['pages', 'actions', 'embeds', 'files', 'api'].includes(area) || !dialogId) return sendProblem(res, 404, { detail: 'Not found.' });
  if (!GUID_RE.test(dialogId)) return sendProblem(res, 404, { detail: `'${dialogId.slice(0, 60)}' is not a dialog id.` });

  if (area === 'actions') {
    const kind = rest[0];
    if (rest.length !== 1 || !Object.hasOwn(ACTION_METHODS, kind)) return sendProblem(res, 404, { detail: `Unknown action '${String(kind).slice(0, 60)}'.` });
    if (req.method !== ACTION_METHODS[kind]) {
      res.setHeader('Allow', `${ACTION_METHODS[kind]}, OPTIONS`);
      return sendProblem(res, 405, { detail: `Use ${ACTION_METHODS[kind]} for '${kind}'.` });
    }
    if (!(await requireDialogToken(ctx, req, res, dialogId))) return;
    if (dialogGone(ctx, res, dialogId)) return;
    return runAction(ctx, res, kind, dialogId);
  }

  if (area === 'api') {
    // API action endpoints (`P/api/{dialogId}/{name}`), for API clients: a JSON stub.
    if (rest.length !== 1) return sendProblem(res, 404, { detail: 'Not found.' });
    if (!(await requireDialogToken(ctx, req, res, dialogId))) return;
    if (dialogGone(ctx, res, dialogId)) return;
    return sendText(res, 200, JSON.stringify({ dialogId, endpoint: rest[0], method: req.method, status: 'ok' }), 'application/json; charset=utf-8');
  }

  if (area === 'pages' && rest.length === 1 && rest[0] === 'new-message' && req.method === 'POST') {
    // The demo page's button: the service owner sends the user a new message, then the page again.
    if (dialogGone(ctx, res, dialogId)) return;
    addOwnerMessage(ctx.store, dialogId);
    res.writeHead(303, { Location: `/pages/${encodeURIComponent(dialogId)}/melding-sendt` });
    return res.end();
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendProblem(res, 405, { detail: 'Only GET is supported here.' });
  }

  if (area === 'pages') {
    if (rest.length !== 1) return sendProblem(res, 404, { detail: 'Not found.' });
    const record = ctx.store.get(dialogId);
    const org = record?.dialog?.org;
    const html = renderServicePage({ slug: rest[0], dialog: record?.deletedAt ? null : record?.dialog, portalUrl: ctx.portalUrl, orgName: ctx.store.orgs?.[org]?.name?.nb ?? org });
    return sendText(res, 200, html, 'text/html; charset=utf-8');
  }

  if (area === 'files') {
    if (rest.length !== 1 || !/^[\w.-]{1,120}\.(pdf|xml)$/i.test(rest[0])) return sendProblem(res, 404, { detail: 'Not found.' });
    if (dialogGone(ctx, res, dialogId)) return;
    const d = ctx.store.get(dialogId).dialog;
    if (/\.xml$/i.test(rest[0])) {
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<document dialogId="${d.id}" name="${rest[0]}" org="${String(d.org).replace(/[<&"]/g, '')}"/>\n`;
      return sendText(res, 200, xml, 'application/xml; charset=utf-8', { 'Content-Disposition': `inline; filename="${rest[0]}"` });
    }
    const title = d.content?.title?.value?.find((l) => l.languageCode === 'nb')?.value ?? d.content?.title?.value?.[0]?.value ?? 'Dokument';
    const pdf = createPdf({
      title: rest[0],
      lines: [`Gjelder: ${title}`, `Dialog: ${d.id}`, `Avsender: ${d.org}`, `Generert: ${new Date().toISOString()}`, '', 'Dette er et demovedlegg generert av demo-tjenesten.'],
    });
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Length': pdf.length,
      'Content-Disposition': `inline; filename="${rest[0]}"`,
      'Cache-Control': 'no-store',
    });
    return res.end(req.method === 'HEAD' ? undefined : pdf);
  }

  // embeds
  const isMain = rest.length === 1 && rest[0] === 'main';
  const isTx = rest.length === 2 && rest[0] === 'transmissions' && GUID_RE.test(rest[1]);
  if (!isMain && !isTx) return sendProblem(res, 404, { detail: 'Not found.' });
  if (!(await requireDialogToken(ctx, req, res, dialogId))) return;
  if (dialogGone(ctx, res, dialogId)) return;
  const embed = ctx.store.embeds?.[url.pathname] ?? findEmbedCaseInsensitive(ctx.store.embeds, url.pathname);
  if (!embed) return sendProblem(res, 404, { detail: 'No such embed.' });
  if (isTx) markTransmissionOpened(ctx, dialogId, rest[1]);
  const contents = embed.content || {};
  const langs = Object.keys(contents);
  const lang = pickLanguage(langs, parseAcceptLanguage(req.headers['accept-language']));
  const text = lang ? contents[lang] : '';
  if (!text) return sendEmpty(res, 204);
  const type = embed.mediaType === 'text/html' ? 'text/html' : 'text/markdown';
  return sendText(res, 200, text, `${type}; charset=utf-8`, { 'Content-Language': lang, 'Cache-Control': 'no-store' });
}

function findEmbedCaseInsensitive(embeds, pathname) {
  const lower = pathname.toLowerCase();
  for (const [k, v] of Object.entries(embeds || {})) if (k.toLowerCase() === lower) return v;
  return null;
}

/**
 * The service owner learns that a transmission was opened when its embed is fetched:
 * it reports a TransmissionOpened activity, which clears hasUnopenedContent.
 */
function markTransmissionOpened(ctx, dialogId, txId) {
  const d = ctx.store.get(dialogId)?.dialog;
  const tx = d?.transmissions?.find((t) => String(t.id).toLowerCase() === txId.toLowerCase());
  if (!tx || tx.isOpened !== false) return;
  ctx.store.update(dialogId, (dialog, at) => {
    const t = dialog.transmissions.find((x) => x === tx);
    t.isOpened = true;
    (dialog.activities ||= []).push({
      id: randomUUID(),
      createdAt: at,
      extendedType: null,
      type: 'TransmissionOpened',
      transmissionId: t.id,
      performedBy: { actorType: 'PartyRepresentative', actorName: ctx.store.endUser?.name ?? null, actorId: ctx.store.endUser?.partyUrn ?? null },
    });
  });
}

/**
 * Creates (does not start) the platform server.
 * @param {object} ctx { store, jwksClient, issuer, portalUrl, platformOrigins, submitDelayMs, timers, log }
 */
export function createPlatformServer(ctx) {
  ctx.timers ||= new Set();
  const server = createServer((req, res) => {
    route(ctx, req, res).catch((err) => {
      ctx.log?.(`platform error on ${req.method} ${String(req.url).slice(0, 200)}: ${err?.stack || err}`);
      sendProblem(res, 500, { detail: 'Unexpected error in the demo platform.' });
    });
  });
  hardenServer(server);
  return server;
}
