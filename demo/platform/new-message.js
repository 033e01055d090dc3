/**
 * The service platform page's "send a new message" button (`POST P/pages/{dialogId}/new-message`): the service
 * owner adds a message (a transmission) to the dialog, as it would through the service-owner API, so the freshness
 * of the open dialog and of the list can be seen by hand (live event, or polling behind `--buffering-proxy`).
 * Demo only: anyone who can reach the platform may send one.
 */
import { randomUUID } from 'node:crypto';

const loc = (nb, nn, en) => [
  { languageCode: 'nb', value: nb },
  { languageCode: 'nn', value: nn },
  { languageCode: 'en', value: en },
];

/** Adds a new, unopened message from the service owner; returns false when the dialog is gone. */
export function addOwnerMessage(store, dialogId) {
  return store.update(
    dialogId,
    (d, at) => {
      const time = at.slice(11, 16);
      const owner = { actorType: 'ServiceOwner', actorName: null, actorId: null };
      (d.transmissions ||= []).push({
        id: randomUUID(),
        createdAt: at,
        authorizationAttribute: null,
        isAuthorized: true,
        isOpened: false,
        extendedType: null,
        externalReference: null,
        relatedTransmissionId: null,
        type: 'Information',
        sender: owner,
        content: {
          title: { mediaType: 'text/plain', value: loc('Ny melding fra tjenesten', 'Ny melding frå tenesta', 'New message from the service') },
          summary: { mediaType: 'text/plain', value: loc(`Sendt kl. ${time} (UTC) fra demotjenesten.`, `Sendt kl. ${time} (UTC) frå demotenesta.`, `Sent at ${time} (UTC) by the demo service.`) },
          contentReference: null,
        },
        attachments: [],
        navigationalActions: [],
      });
    },
    { content: true },
  );
}

/** The form on the service page that sends one (a plain form POST, then back to the page). */
export function newMessageForm(dialogId, sent) {
  const id = encodeURIComponent(dialogId);
  return `<form method="post" action="/pages/${id}/new-message">
    <p>Demo: send brukeren en ny melding i denne saken, og se den komme fram i innboksen uten å laste siden på nytt.</p>
    <button type="submit">Send en ny melding til brukeren</button>
    ${sent ? '<p role="status">Meldingen er sendt.</p>' : ''}
  </form>`;
}
