/**
 * The write actions of the demo service platform (`P/actions/{dialogId}/{kind}`).
 * They change the dialog in the API's store as a service owner would through the
 * service-owner API, which makes the API emit live DIALOG_UPDATED / DIALOG_DELETED.
 */
import { randomUUID } from 'node:crypto';
import { sendEmpty, sendJson, sendProblem } from '../lib/http-util.js';
import { applyLabelChange, folderLabel } from '../../src/state/system-labels.js';

export const GRACE_PERIOD_DAYS = 3;

/** kind → allowed HTTP method (the seed's action kinds, which its dialogs link to) */
export { ACTION_METHODS } from '../seed/build.js';

const loc = (nb, nn, en) => [
  { languageCode: 'nb', value: nb },
  { languageCode: 'nn', value: nn },
  { languageCode: 'en', value: en },
];

function partyActor(store) {
  return { actorType: 'PartyRepresentative', actorName: store.endUser?.name ?? null, actorId: store.endUser?.partyUrn ?? null };
}

function activity(type, performedBy, at, transmissionId = null) {
  return { id: randomUUID(), createdAt: at, extendedType: null, type, transmissionId, performedBy };
}

/**
 * Runs an action. The caller checked the token, the dialog's existence and the method.
 * @param {object} ctx platform context ({ store, submitDelayMs, timers })
 */
export function runAction(ctx, res, kind, dialogId) {
  const { store } = ctx;
  const me = partyActor(store);
  switch (kind) {
    case 'confirm':
      store.update(dialogId, (d, at) => {
        d.status = 'Completed';
        (d.activities ||= []).push(activity('Information', me, at));
      });
      return sendEmpty(res, 204);
    case 'withdraw':
      store.update(dialogId, (d, at) => {
        d.status = 'Completed';
        (d.activities ||= []).push(activity('DialogClosed', me, at));
      });
      return sendEmpty(res, 204);
    case 'submit': {
      // Accepted now, processed later: the client waits for the live event (or polls).
      const timer = setTimeout(() => {
        ctx.timers.delete(timer);
        store.update(
          dialogId,
          (d, at) => {
            const txId = randomUUID();
            const lastFromOwner = [...(d.transmissions || [])].reverse().find((t) => t.sender?.actorType === 'ServiceOwner');
            const date = at.slice(0, 10);
            (d.transmissions ||= []).push({
              id: txId,
              createdAt: at,
              authorizationAttribute: null,
              isAuthorized: true,
              isOpened: true,
              extendedType: null,
              externalReference: null,
              relatedTransmissionId: lastFromOwner?.id ?? null,
              type: 'Submission',
              sender: me,
              content: {
                title: { mediaType: 'text/plain', value: loc('Innsending mottatt', 'Innsending motteken', 'Submission received') },
                summary: { mediaType: 'text/plain', value: loc(`Skjemaet ble sendt inn ${date}.`, `Skjemaet vart sendt inn ${date}.`, `The form was submitted on ${date}.`) },
                contentReference: null,
              },
              attachments: [],
              navigationalActions: [],
            });
            (d.activities ||= []).push(activity('FormSubmitted', me, at, txId));
            d.status = 'Awaiting';
            // The system marks dialogs the party has sent something in.
            const labels = d.endUserContext?.systemLabels || ['Default'];
            if (!labels.includes('Sent')) {
              const next = applyLabelChange(labels, { addLabels: ['Sent'] });
              d.endUserContext = { ...d.endUserContext, revision: randomUUID(), systemLabels: next };
              d.systemLabel = folderLabel(next);
            }
          },
          { content: true },
        );
      }, ctx.submitDelayMs ?? 3000);
      timer.unref?.();
      ctx.timers.add(timer);
      return sendEmpty(res, 202);
    }
    case 'delete':
      store.delete(dialogId);
      return sendEmpty(res, 204);
    case 'delete-retained': {
      const record = store.get(dialogId);
      if (!record.deleteRequestedAt) {
        record.deleteRequestedAt = new Date().toISOString();
        const allowedAt = new Date(Date.now() + GRACE_PERIOD_DAYS * 86_400_000).toISOString();
        return sendProblem(res, 422, {
          title: 'Deletion not yet allowed',
          detail: `The dialog is under a retention period of ${GRACE_PERIOD_DAYS} days and can be deleted from ${allowedAt}.`,
          deletionAllowedAt: allowedAt,
          gracePeriodDays: GRACE_PERIOD_DAYS,
        });
      }
      store.delete(dialogId);
      return sendEmpty(res, 204);
    }
    case 'fail':
      return sendProblem(res, 500, { detail: 'The service failed to carry out the action (demo).' });
    default:
      return sendJson(res, 404, { error: 'unknown action' });
  }
}
