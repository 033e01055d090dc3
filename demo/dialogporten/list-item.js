/**
 * Derives the search result shape (`DialogListItem`) from a stored `Dialog`,
 * the way Dialogporten's search endpoint summarises a dialog.
 */
import { project } from './project.js';
import { folderLabel } from '../../src/state/system-labels.js';

/** The most recent activity (by createdAt), or null. */
export function latestActivity(activities) {
  let best = null;
  for (const a of activities || []) {
    if (!best || Date.parse(a.createdAt || 0) >= Date.parse(best.createdAt || 0)) best = a;
  }
  return best;
}

/** Attachments that have at least one URL meant for a GUI. */
export function guiAttachmentCount(attachments) {
  return (attachments || []).filter((a) => (a.urls || []).some((u) => u.consumerType === 'Gui')).length;
}

/**
 * @param {any} d a stored Dialog
 * @returns {any} a DialogListItem
 */
export function toListItem(d) {
  const c = d.content || {};
  const labels = d.endUserContext?.systemLabels || ['Default'];
  const latest = latestActivity(d.activities);
  return project(
    {
      id: d.id,
      party: d.party,
      org: d.org,
      serviceResource: d.serviceResource,
      serviceResourceType: d.serviceResourceType,
      progress: d.progress ?? null,
      guiAttachmentCount: guiAttachmentCount(d.attachments),
      extendedStatus: d.extendedStatus ?? null,
      externalReference: d.externalReference ?? null,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      contentUpdatedAt: d.contentUpdatedAt,
      dueAt: d.dueAt ?? null,
      status: d.status,
      isApiOnly: Boolean(d.isApiOnly),
      hasUnopenedContent: Boolean(d.hasUnopenedContent),
      fromServiceOwnerTransmissionsCount: d.fromServiceOwnerTransmissionsCount ?? 0,
      fromPartyTransmissionsCount: d.fromPartyTransmissionsCount ?? 0,
      isContentSeen: Boolean(d.isContentSeen),
      precedingProcess: d.precedingProcess ?? null,
      process: d.process ?? null,
      latestActivity: latest ? { ...latest } : null,
      seenSinceLastContentUpdate: d.seenSinceLastContentUpdate || [],
      seenSinceLastUpdate: d.seenSinceLastUpdate || [],
      content: {
        title: c.title,
        summary: c.summary ?? null,
        senderName: c.senderName ?? null,
        extendedStatus: c.extendedStatus ?? null,
      },
      endUserContext: { revision: d.endUserContext?.revision, systemLabels: labels },
      systemLabel: folderLabel(labels),
    },
    'DialogListItem',
  );
}
