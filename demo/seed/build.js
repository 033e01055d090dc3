// Turns a compact dialog description ("spec") into a full OpenAPI `Dialog`
// object, with consistent dates, ids, counters, labels and embeds.
//
// Times in specs are in days relative to `now`: `created`, `at` are days AGO
// (positive = past); `due`, `expires` are days FROM NOW (negative = past).

import { createRng, uuidV4, uuidV7 } from './prng.js';
import { contentValue, embedValue, localizations, MEDIA, UNAUTHORIZED_URN, EXPIRED_URN } from './texts.js';
import { serviceResource } from './service-resources.js';
import { PARTY, PEOPLE } from './parties.js';

export const DAY = 24 * 60 * 60 * 1000;
/** Fixed reference for the timestamp part of ids, so ids do not change with `now`. */
export const ID_EPOCH = Date.UTC(2026, 0, 15, 8, 0, 0);

const PARTY_SENT_TYPES = new Set(['Submission', 'Correction']);

/** The service platform's action kinds (`/actions/{dialogId}/{kind}`): HTTP method and authorization action. */
export const ACTION_KINDS = {
  link: { method: 'GET', action: 'read' },
  confirm: { method: 'POST', action: 'confirm' },
  submit: { method: 'POST', action: 'submit' },
  withdraw: { method: 'POST', action: 'write' },
  fail: { method: 'POST', action: 'write' },
  delete: { method: 'DELETE', action: 'delete', isDelete: true },
  'delete-retained': { method: 'DELETE', action: 'delete', isDelete: true },
};

/** The platform's write actions (every kind but the GET link) and the method each takes. */
export const ACTION_METHODS = Object.fromEntries(
  Object.entries(ACTION_KINDS)
    .filter(([, kind]) => kind.method !== 'GET')
    .map(([name, kind]) => [name, kind.method]),
);

const EMBED_MEDIA = {
  markdown: { reference: MEDIA.embedMarkdown, served: 'text/markdown' },
  html: { reference: MEDIA.embedHtml, served: 'text/html' },
  legacy: { reference: MEDIA.embedLegacyMarkdown, served: 'text/markdown' },
};

function actor(by) {
  if (!by || by === 'owner') return { actorType: 'ServiceOwner' };
  const person = PEOPLE[by];
  if (!person) throw new Error(`Unknown actor ${by}`);
  return { actorType: 'PartyRepresentative', actorName: person.actorName, actorId: person.actorId };
}

function embedContent(text) {
  const content = {};
  for (const lang of ['nb', 'nn', 'en']) if (text[lang] != null) content[lang] = text[lang];
  return content;
}

/**
 * @param {object} spec  compact description (see demo/seed/dialogs*.js)
 * @param {{platformUrl: string, nowMs: number, embeds: object}} ctx  embeds is filled in
 */
export function buildDialog(spec, ctx) {
  const { platformUrl, nowMs, embeds } = ctx;
  const rng = createRng(`dialog:${spec.key}`);
  const ago = (days) => new Date(nowMs - days * DAY).toISOString();
  const ahead = (days) => new Date(nowMs + days * DAY).toISOString();
  const idAt = (daysAgo) => uuidV7(rng, ID_EPOCH - daysAgo * DAY);

  const resource = serviceResource(spec.resource);
  if (resource.org !== spec.org) throw new Error(`${spec.key}: resource ${resource.id} is not owned by ${spec.org}`);
  const party = PARTY[spec.party];
  if (!party) throw new Error(`${spec.key}: unknown party ${spec.party}`);

  const id = idAt(spec.created);
  const revision = uuidV4(rng);
  const url = (path) => `${platformUrl}${path}`;

  // Seen log (who opened the dialog, when).
  const seen = (spec.seen ?? []).map((s) => ({
    id: idAt(s.at),
    seenAt: ago(s.at),
    seenBy: actor(s.by),
    isCurrentEndUser: s.by === 'endUser',
    isViaServiceOwner: s.viaOwner ?? false,
    _daysAgo: s.at,
  }));
  const lastSeenByUser = Math.min(Infinity, ...seen.filter((s) => s.isCurrentEndUser).map((s) => s._daysAgo));

  // Transmissions.
  const transmissionIds = new Map();
  const transmissions = (spec.transmissions ?? []).map((tr) => {
    const tid = idAt(tr.at);
    transmissionIds.set(tr.key, tid);
    return { tr, tid };
  });
  const autoActivities = [];
  const builtTransmissions = transmissions.map(({ tr, tid }) => {
    const fromParty = tr.from && tr.from !== 'owner';
    const authorized = !tr.unauthorized;
    const content = { title: contentValue(tr.title) };
    if (tr.summary) content.summary = contentValue(tr.summary);
    if (tr.embed) {
      const kind = EMBED_MEDIA[tr.embedKind ?? 'markdown'];
      const pathname = `/embeds/${id}/transmissions/${tid}`;
      if (authorized) {
        content.contentReference = embedValue(url(pathname), kind.reference);
        embeds[pathname] = { mediaType: kind.served, content: embedContent(tr.embed) };
      } else {
        content.contentReference = { ...embedValue(UNAUTHORIZED_URN, kind.reference), isAuthorized: false };
      }
    }
    const attachments = (tr.attachments ?? []).map((a) => buildAttachment(a, authorized));
    const navigationalActions = (tr.nav ?? []).map((n) => {
      const expired = n.expires != null && n.expires < 0;
      const nav = {
        title: localizations(n.title),
        url: !authorized ? UNAUTHORIZED_URN : expired ? EXPIRED_URN : url(`/pages/${id}/${n.slug}`),
      };
      if (n.expires != null) nav.expiresAt = ahead(n.expires);
      return nav;
    });
    const isServiceOwnerContent = !PARTY_SENT_TYPES.has(tr.type);
    const opened = fromParty || !isServiceOwnerContent ? true : authorized && (tr.opened ?? lastSeenByUser <= tr.at);
    if (opened && isServiceOwnerContent && !fromParty) {
      // Opened when the user first looked at the dialog after it arrived.
      const seenAfter = seen.filter((s) => s.isCurrentEndUser && s._daysAgo <= tr.at).map((s) => s._daysAgo);
      const at = seenAfter.length ? Math.max(...seenAfter) : Math.max(0, tr.at - 0.02);
      autoActivities.push({ type: 'TransmissionOpened', at, by: 'endUser', transmission: tr.key });
    }
    const out = {
      id: tid,
      createdAt: ago(tr.at),
      isAuthorized: authorized,
      isOpened: opened,
      type: tr.type,
      sender: fromParty ? actor(tr.from) : actor('owner'),
      content,
      attachments,
      navigationalActions,
    };
    if (tr.related) {
      const related = transmissionIds.get(tr.related);
      if (!related) throw new Error(`${spec.key}: transmission ${tr.key} relates to unknown ${tr.related}`);
      out.relatedTransmissionId = related;
    }
    if (tr.externalReference) out.externalReference = tr.externalReference;
    if (!authorized) out.authorizationAttribute = 'urn:altinn:subresource:confidential';
    return out;
  });

  function buildAttachment(a, authorized = true) {
    const attId = idAt(a.at ?? spec.created);
    const file = (ext) => (authorized && !a.unauthorized ? url(`/files/${id}/${a.name}.${ext}`) : UNAUTHORIZED_URN);
    const urls = [{ id: uuidV7(rng, ID_EPOCH), url: file('pdf'), mediaType: MEDIA.pdf, consumerType: 'Gui' }];
    if (a.api !== false) urls.push({ id: uuidV7(rng, ID_EPOCH), url: file('xml'), mediaType: MEDIA.xml, consumerType: 'Api' });
    const attachment = { id: attId, name: a.name, displayName: localizations(a.title), urls };
    if (a.expires != null) attachment.expiresAt = ahead(a.expires);
    return attachment;
  }

  // Activities: DialogCreated + the spec's own + TransmissionOpened for opened transmissions.
  const activitySpecs = [
    ...(spec.noCreatedActivity ? [] : [{ type: 'DialogCreated', at: spec.created, by: 'owner' }]),
    ...(spec.activities ?? []),
    ...autoActivities,
  ].sort((a, b) => b.at - a.at);
  const activities = activitySpecs.map((a) => {
    const activity = { id: idAt(a.at), createdAt: ago(a.at), type: a.type, performedBy: actor(a.by) };
    if (a.description) activity.description = localizations(a.description);
    if (a.transmission) {
      const tid = transmissionIds.get(a.transmission);
      if (!tid) throw new Error(`${spec.key}: activity refers to unknown transmission ${a.transmission}`);
      activity.transmissionId = tid;
    }
    if (a.extendedType) activity.extendedType = a.extendedType;
    return activity;
  });

  // Dates: content changes with new transmissions; any activity updates the dialog.
  const contentAgo = Math.min(spec.contentUpdated ?? spec.created, ...(spec.transmissions ?? []).map((tr) => tr.at));
  const updatedAgo = Math.min(contentAgo, ...activitySpecs.map((a) => a.at));
  const seenSinceLastUpdate = seen.filter((s) => s._daysAgo <= updatedAgo).map(stripInternal);
  const seenSinceLastContentUpdate = seen.filter((s) => s._daysAgo <= contentAgo).map(stripInternal);

  // Labels.
  const sentSomething = builtTransmissions.some((tr) => tr.sender.actorType === 'PartyRepresentative');
  const label = spec.label ?? 'Default';
  const systemLabels = [label];
  if (sentSomething) systemLabels.push('Sent');
  if (spec.unopened) systemLabels.push('MarkedAsUnopened');

  const content = { title: contentValue(spec.title) };
  if (spec.summary) content.summary = contentValue(spec.summary);
  if (spec.senderName) content.senderName = contentValue(spec.senderName);
  if (spec.additionalInfo) {
    content.additionalInfo = contentValue(spec.additionalInfo.text, spec.additionalInfo.markdown ? MEDIA.markdown : MEDIA.plain);
  }
  if (spec.extendedStatus) content.extendedStatus = contentValue(spec.extendedStatus.text);
  if (spec.main) {
    if (spec.main.kind === 'unauthorized') {
      content.mainContentReference = { ...embedValue(UNAUTHORIZED_URN, MEDIA.embedMarkdown), isAuthorized: false };
    } else {
      const kind = EMBED_MEDIA[spec.main.kind];
      const pathname = `/embeds/${id}/main`;
      content.mainContentReference = embedValue(url(pathname), kind.reference);
      embeds[pathname] = { mediaType: kind.served, content: embedContent(spec.main.content) };
    }
  }

  const guiActions = (spec.actions ?? []).map((a) => {
    const kind = ACTION_KINDS[a.kind];
    if (!kind) throw new Error(`${spec.key}: unknown action kind ${a.kind}`);
    const path = a.kind === 'link' ? `/pages/${id}/${a.slug}` : `/actions/${id}/${a.kind}`;
    const action = {
      id: uuidV7(rng, ID_EPOCH - spec.created * DAY),
      action: a.action ?? kind.action,
      url: a.unauthorized ? UNAUTHORIZED_URN : url(path),
      httpMethod: kind.method,
      isAuthorized: !a.unauthorized,
      isDeleteDialogAction: Boolean(kind.isDelete),
      priority: a.priority,
      title: localizations(a.title),
    };
    if (a.prompt) action.prompt = localizations(a.prompt);
    if (a.unauthorized) action.authorizationAttribute = a.authorizationAttribute ?? 'urn:altinn:subresource:signering';
    return action;
  });

  const apiActions = (spec.apiActions ?? []).map((a) => ({
    id: uuidV7(rng, ID_EPOCH - spec.created * DAY),
    action: a.action,
    name: a.name,
    isAuthorized: true,
    endpoints: [
      {
        id: uuidV7(rng, ID_EPOCH - spec.created * DAY),
        version: 'v1',
        url: url(`/api/${id}/${a.path}`),
        httpMethod: a.method ?? 'GET',
        documentationUrl: url(`/pages/${id}/api-documentation`),
        deprecated: false,
      },
    ],
  }));

  const dialog = {
    id,
    revision,
    org: spec.org,
    serviceResource: resource.id,
    serviceResourceType: resource.resourceType,
    party,
    progress: spec.progress ?? null,
    process: spec.process ?? null,
    precedingProcess: spec.precedingProcess ?? null,
    extendedStatus: spec.extendedStatus?.code ?? null,
    externalReference: spec.externalReference ?? null,
    createdAt: ago(spec.created),
    updatedAt: ago(updatedAgo),
    contentUpdatedAt: ago(contentAgo),
    dueAt: spec.due != null ? ahead(spec.due) : null,
    expiresAt: spec.expires != null ? ahead(spec.expires) : null,
    status: spec.status,
    systemLabel: label,
    isApiOnly: Boolean(spec.isApiOnly),
    hasUnopenedContent: builtTransmissions.some(
      (tr) => !PARTY_SENT_TYPES.has(tr.type) && tr.sender.actorType === 'ServiceOwner' && !tr.isOpened,
    ),
    isContentSeen: seenSinceLastContentUpdate.some((s) => s.isCurrentEndUser) && !spec.unopened,
    fromPartyTransmissionsCount: builtTransmissions.filter((tr) => tr.sender.actorType === 'PartyRepresentative').length,
    fromServiceOwnerTransmissionsCount: builtTransmissions.filter((tr) => tr.sender.actorType === 'ServiceOwner').length,
    content,
    endUserContext: { revision: uuidV4(rng), systemLabels },
    attachments: (spec.attachments ?? []).map((a) => buildAttachment(a)),
    guiActions,
    apiActions,
    activities,
    seenSinceLastUpdate,
    seenSinceLastContentUpdate,
    transmissions: builtTransmissions,
  };
  return dialog;
}

function stripInternal({ _daysAgo, ...entry }) {
  return entry;
}
