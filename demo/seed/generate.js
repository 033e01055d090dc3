// Cheap, deterministic generator for many realistic-looking dialogs
// (routine letters, invoices, reminders). Dialog number `index` is always the
// same, whatever the total count, so ids stay stable between runs.
//
// Built directly (not through build.js) to stay fast and small: 100,000
// dialogs in about a second, with constant texts shared between dialogs.

import { createRng, uuidV4, uuidV7 } from './prng.js';
import { localizations, MEDIA } from './texts.js';
import { serviceResource } from './service-resources.js';
import { PARTY, PEOPLE } from './parties.js';
import { DAY, ID_EPOCH } from './build.js';
import { A, PROMPT } from './action-texts.js';

const MONTHS = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const STREETS = ['Strandgata', 'Kaivegen', 'Skulevegen', 'Fjellvegen', 'Sjøgata', 'Kyrkjebakken', 'Bryggevegen'];
const PLATES = ['EL 12345', 'SU 98765', 'BT 40211', 'EK 77102'];

const PERSONS = ['person', 'person', 'person', 'father'];
const BUSINESSES = ['bakery', 'bakery', 'bakerySentrum', 'nordlysFjordvik'];

// title/summary get params p = {n, week, month, monthEn, year, term, street, plate, amount, amountEn}
// and return [nb, nn, en].
const TEMPLATES = [
  {
    org: 'nav', resource: 'nav-meldekort', parties: ['person'], statuses: ['RequiresAttention', 'Completed', 'Completed'],
    title: (p) => [`Meldekort for uke ${p.week} og ${p.week + 1}`, `Meldekort for veke ${p.week} og ${p.week + 1}`, `Employment status form for weeks ${p.week} and ${p.week + 1}`],
    summary: () => ['Send meldekortet innen fristen for å få utbetalingen i tide.', 'Send meldekortet innan fristen for å få utbetalinga i tide.', 'Send the form by the deadline to be paid on time.'],
    slug: 'fill-in-form', action: ['Send meldekort', 'Send meldekort', 'Send the form'],
  },
  {
    org: 'nav', resource: 'nav-dagpenger', parties: ['person'], statuses: ['NotApplicable'],
    title: (p) => [`Utbetaling av dagpenger for uke ${p.week} og ${p.week + 1}`, `Utbetaling av dagpengar for veke ${p.week} og ${p.week + 1}`, `Unemployment benefit payment for weeks ${p.week} and ${p.week + 1}`],
    summary: (p) => [`Du får ${p.amount} kroner etter skatt.`, `Du får ${p.amount} kroner etter skatt.`, `You will receive NOK ${p.amountEn} after tax.`],
    slug: 'payment', action: ['Se utbetalingen', 'Sjå utbetalinga', 'See the payment'],
    transmission: { type: 'Information', title: ['Utbetalingsmelding', 'Utbetalingsmelding', 'Payment statement'] },
  },
  {
    org: 'skd', resource: 'skd-skatteoppgjor', parties: PERSONS, statuses: ['NotApplicable', 'Completed'],
    title: (p) => [`Skattekortet ditt for ${p.year} er endret`, `Skattekortet ditt for ${p.year} er endra`, `Your ${p.year} tax deduction card has been changed`],
    summary: () => ['Det nye skattekortet er sendt til arbeidsgiveren din.', 'Det nye skattekortet er sendt til arbeidsgivaren din.', 'The new tax deduction card has been sent to your employer.'],
    slug: 'tax-card', action: ['Se skattekortet', 'Sjå skattekortet', 'See the tax deduction card'],
    transmission: { type: 'Decision', title: ['Nytt skattekort', 'Nytt skattekort', 'New tax deduction card'] },
  },
  {
    org: 'skd', resource: 'skd-mva-melding', parties: BUSINESSES, statuses: ['RequiresAttention', 'Awaiting', 'Completed', 'InProgress'],
    title: (p) => [`Mva-melding for ${p.term}. termin ${p.year}`, `Mva-melding for ${p.term}. termin ${p.year}`, `VAT return for term ${p.term}, ${p.year}`],
    summary: () => ['Fristen er én måned og ti dager etter terminens utløp.', 'Fristen er éin månad og ti dagar etter at terminen er ute.', 'The deadline is one month and ten days after the end of the term.'],
    slug: 'fill-in-form', action: ['Fyll ut mva-meldingen', 'Fyll ut mva-meldinga', 'Fill in the VAT return'], secondary: 'submit',
  },
  {
    org: 'skd', resource: 'skd-a-melding', parties: BUSINESSES, statuses: ['Completed', 'NotApplicable'],
    title: (p) => [`Tilbakemelding på a-melding for ${p.month}`, `Tilbakemelding på a-melding for ${p.month}`, `Feedback on the a-message for ${p.monthEn}`],
    summary: () => ['A-meldingen er mottatt uten avvik.', 'A-meldinga er motteken utan avvik.', 'The a-message was received without discrepancies.'],
    slug: 'feedback', action: ['Se tilbakemeldingen', 'Sjå tilbakemeldinga', 'See the feedback'],
    transmission: { type: 'Acceptance', title: ['A-meldingen er godkjent', 'A-meldinga er godkjend', 'The a-message has been accepted'] },
  },
  {
    org: 'lanekassen', resource: 'lanekassen-tilbakebetaling', parties: ['person'], statuses: ['NotApplicable', 'RequiresAttention'],
    title: (p) => [`Faktura for studielån – ${p.month} ${p.year}`, `Faktura for studielån – ${p.month} ${p.year}`, `Student loan invoice – ${p.monthEn} ${p.year}`],
    summary: (p) => [`Beløp: ${p.amount} kroner.`, `Beløp: ${p.amount} kroner.`, `Amount: NOK ${p.amountEn}.`],
    slug: 'invoice', action: ['Se fakturaen', 'Sjå fakturaen', 'See the invoice'],
  },
  {
    org: 'lanekassen', resource: 'lanekassen-utdanningsstotte', parties: ['person'], statuses: ['Draft'],
    title: (p) => [`Utkast: Søknad om utdanningsstøtte for ${p.year}–${p.year + 1}`, `Utkast: Søknad om utdanningsstøtte for ${p.year}–${p.year + 1}`, `Draft: Application for student support for ${p.year}–${p.year + 1}`],
    summary: () => ['Utkastet er lagret, men ikke sendt.', 'Utkastet er lagra, men ikkje sendt.', 'The draft is saved but not sent.'],
    slug: 'continue-form', action: A.continueForm,
  },
  {
    org: 'svv', resource: 'svv-kjoretoy', parties: ['person', 'bakery'], statuses: ['RequiresAttention', 'Completed', 'Completed'],
    title: (p) => [`Innkalling til EU-kontroll for ${p.plate}`, `Innkalling til EU-kontroll for ${p.plate}`, `Roadworthiness test notice for ${p.plate}`],
    summary: () => ['Kjøretøyet må kontrolleres innen fristen.', 'Køyretøyet må kontrollerast innan fristen.', 'The vehicle must be tested by the deadline.'],
    slug: 'book-inspection', action: ['Finn verksted', 'Finn verkstad', 'Find a garage'],
    transmission: { type: 'Alert', title: ['Påminnelse om EU-kontroll', 'Påminning om EU-kontroll', 'Roadworthiness test reminder'] },
  },
  {
    org: 'brg', resource: 'brg-foretaksregisteret', parties: ['bakery', 'nordlysFjordvik'], statuses: ['RequiresAttention', 'Completed'],
    title: () => ['Bekreft opplysningene om reelle rettighetshavere', 'Stadfest opplysningane om reelle rettshavarar', 'Confirm the beneficial ownership information'],
    summary: () => ['Foretaket må bekrefte opplysningene én gang i året.', 'Føretaket må stadfeste opplysningane éin gong i året.', 'The enterprise must confirm the information once a year.'],
    slug: 'beneficial-owners', action: ['Se opplysningene', 'Sjå opplysningane', 'See the information'], secondary: 'confirm',
  },
  {
    org: 'oslo', resource: 'oslo-eiendomsskatt', parties: ['person'], statuses: ['NotApplicable'],
    title: (p) => [`Faktura for kommunale avgifter, ${p.term}. termin ${p.year}`, `Faktura for kommunale avgifter, ${p.term}. termin ${p.year}`, `Municipal fees invoice, instalment ${p.term} ${p.year}`],
    summary: (p) => [`Å betale: ${p.amount} kroner.`, `Å betale: ${p.amount} kroner.`, `To pay: NOK ${p.amountEn}.`],
    slug: 'invoice', action: ['Se fakturaen', 'Sjå fakturaen', 'See the invoice'], attachment: 'faktura',
  },
  {
    org: 'bergen', resource: 'bergen-parkering', parties: ['person', 'bakerySentrum'], statuses: ['RequiresAttention', 'Completed'],
    title: (p) => [`Parkeringsgebyr ${p.n}`, `Parkeringsgebyr ${p.n}`, `Parking fine ${p.n}`],
    summary: (p) => [`Gebyr på 900 kroner ilagt i ${p.street}.`, `Gebyr på 900 kroner gitt i ${p.street}.`, `Fine of NOK 900 issued in ${p.street}.`],
    slug: 'pay', action: ['Betal gebyret', 'Betal gebyret', 'Pay the fine'],
  },
  {
    org: 'digdir', resource: 'digdir-krr', parties: ['person'], statuses: ['NotApplicable'],
    title: () => ['Kontaktinformasjonen din er endret', 'Kontaktinformasjonen din er endra', 'Your contact information has been changed'],
    summary: () => ['Var det ikke deg? Ta kontakt med brukerstøtte.', 'Var det ikkje deg? Ta kontakt med brukarstøtte.', 'Was it not you? Contact user support.'],
    slug: 'contact-info', action: ['Se kontaktinformasjonen', 'Sjå kontaktinformasjonen', 'See the contact information'],
  },
  {
    org: 'politiet', resource: 'politiet-pass', parties: ['person'], statuses: ['Awaiting', 'Completed'],
    title: (p) => [`Timebestilling for pass, referanse ${p.n}`, `Timebestilling for pass, referanse ${p.n}`, `Passport appointment, reference ${p.n}`],
    summary: () => ['Husk gyldig legitimasjon og det gamle passet.', 'Hugs gyldig legitimasjon og det gamle passet.', 'Remember valid ID and your old passport.'],
    slug: 'appointment', action: ['Se timen', 'Sjå timen', 'See the appointment'],
  },
  {
    org: 'husbanken', resource: 'husbanken-bostotte', parties: ['person', 'father'], statuses: ['Completed', 'Awaiting'],
    title: (p) => [`Vedtak om bostøtte for ${p.month}`, `Vedtak om bustøtte for ${p.month}`, `Housing allowance decision for ${p.monthEn}`],
    summary: (p) => [`Du får ${p.amount} kroner i bostøtte.`, `Du får ${p.amount} kroner i bustøtte.`, `You will receive NOK ${p.amountEn} in housing allowance.`],
    slug: 'read-decision', action: A.readDecision,
    transmission: { type: 'Decision', title: ['Vedtak om bostøtte', 'Vedtak om bustøtte', 'Housing allowance decision'] },
  },
  {
    org: 'arbeidstilsynet', resource: 'arbeidstilsynet-tilsyn', parties: ['bakery'], statuses: ['NotApplicable'],
    title: (p) => [`Informasjon om arbeidsmiljø i serveringsbransjen – ${p.month}`, `Informasjon om arbeidsmiljø i serveringsbransjen – ${p.month}`, `Working environment in the restaurant trade – ${p.monthEn}`],
    summary: () => ['Nye regler for arbeidstid og risikovurdering.', 'Nye reglar for arbeidstid og risikovurdering.', 'New rules on working hours and risk assessment.'],
    slug: 'newsletter', action: ['Les mer', 'Les meir', 'Read more'],
  },
  {
    org: 'fjordvik', resource: 'fjordvik-kommunale-avgifter', parties: ['person', 'bakery', 'nordlysFjordvik'], statuses: ['NotApplicable'],
    title: (p) => [`Planlagt vannavstengning i ${p.street}`, `Planlagd vassavstenging i ${p.street}`, `Planned water shutdown in ${p.street}`],
    summary: () => ['Vannet blir stengt mellom klokken 09 og 14 på grunn av arbeid på ledningsnettet.', 'Vatnet blir stengt mellom klokka 09 og 14 på grunn av arbeid på leidningsnettet.', 'The water will be shut off between 9 am and 2 pm because of work on the mains.'],
    slug: 'notice', action: ['Se kart', 'Sjå kart', 'See map'],
  },
  {
    org: 'nav', resource: 'nav-sykmelding', parties: ['bakery', 'bakerySentrum'], statuses: ['Awaiting', 'Completed'],
    title: (p) => [`Refusjonskrav for sykepenger – ${p.month}`, `Refusjonskrav for sjukepengar – ${p.month}`, `Sick pay reimbursement claim – ${p.monthEn}`],
    summary: (p) => [`Kravet gjelder ${p.amount} kroner.`, `Kravet gjeld ${p.amount} kroner.`, `The claim is for NOK ${p.amountEn}.`],
    slug: 'claim', action: ['Se kravet', 'Sjå kravet', 'See the claim'], fromParty: true,
  },
];

/** 12345 → '12 345' (nb/nn) or '12,345' (en). */
const formatAmount = (n, separator) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

// Localization lists are cached and shared between generated dialogs (most
// titles repeat), which keeps 100,000 dialogs small. Treat them as immutable.
const TRIPLE_CACHE = new Map();
const TRIPLE_CACHE_LIMIT = 50_000;
const triple = ([nb, nn, en]) => {
  const key = `${nb}\u0000${nn}\u0000${en}`;
  let list = TRIPLE_CACHE.get(key);
  if (!list) {
    list = [
      { languageCode: 'nb', value: nb },
      { languageCode: 'nn', value: nn },
      { languageCode: 'en', value: en },
    ];
    if (TRIPLE_CACHE.size < TRIPLE_CACHE_LIMIT) TRIPLE_CACHE.set(key, list);
  }
  return list;
};
const SERVICE_OWNER = { actorType: 'ServiceOwner' };
const END_USER_ACTOR = { actorType: 'PartyRepresentative', ...PEOPLE.endUser };
const toTriple = (text) => (Array.isArray(text) ? text : [text.nb, text.nn, text.en]);
const DELETE_DRAFT_TITLE = localizations(A.deleteDraft);
const DELETE_DRAFT_PROMPT = localizations(PROMPT.deleteDraft);
const ACTION_TITLES = { submit: localizations(A.submit), confirm: localizations(A.confirmReceipt) };

/** Generate `count` dialogs numbered from `offset`. */
export function generateDialogs({ count, offset = 0, platformUrl, nowMs }) {
  const dialogs = new Array(count);
  for (let i = 0; i < count; i++) dialogs[i] = generateDialog(offset + i, platformUrl, nowMs);
  return dialogs;
}

/** Templates that fit an organisation (used for the accountant persona's clients, demo/seed/clients.js). */
export const BUSINESS_TEMPLATES = ['skd-mva-melding', 'skd-a-melding', 'brg-foretaksregisteret', 'nav-sykmelding', 'svv-kjoretoy'].map((r) =>
  TEMPLATES.find((t) => t.resource === r),
);

/**
 * Generated dialog number `index`. `opts.template` and `opts.party` override the template (else by index)
 * and the party (else drawn from the template's parties); the random draws are the same either way.
 */
export function generateDialog(index, platformUrl, nowMs, opts = {}) {
  const rng = createRng((Math.imul(index + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);
  const tpl = opts.template ?? TEMPLATES[index % TEMPLATES.length];
  const resource = serviceResource(tpl.resource);
  const ago = (days) => new Date(nowMs - days * DAY).toISOString();
  const idAt = (days) => uuidV7(rng, ID_EPOCH - days * DAY);

  const status = rng.pick(tpl.statuses);
  const created = 0.05 + rng.next() * (status === 'RequiresAttention' || status === 'Draft' ? 40 : 540);
  const monthIndex = rng.int(0, 11);
  const p = {
    n: 100000 + index,
    week: rng.int(1, 50),
    month: MONTHS.nb[monthIndex],
    monthEn: MONTHS.en[monthIndex],
    year: 2024 + rng.int(0, 2),
    term: rng.int(1, 6),
    street: rng.pick(STREETS),
    plate: rng.pick(PLATES),
    amount: 0,
    amountEn: '',
  };
  const amount = rng.int(800, 30000);
  p.amount = formatAmount(amount, ' ');
  p.amountEn = formatAmount(amount, ',');
  const id = idAt(created);
  const url = (path) => [platformUrl, path].join(''); // a flat string, not a rope

  // Transmissions: the party's own submission for Awaiting/fromParty, otherwise maybe one from the service owner.
  const contentAgo = created - rng.next() * Math.min(created, 20);
  const transmissions = [];
  const partyKey = rng.pick(tpl.parties);
  const fromParty = tpl.fromParty || status === 'Awaiting';
  if (fromParty) {
    transmissions.push({
      id: idAt(contentAgo),
      createdAt: ago(contentAgo),
      isAuthorized: true,
      isOpened: true,
      type: 'Submission',
      sender: END_USER_ACTOR,
      content: { title: { mediaType: MEDIA.plain, value: triple(toTriple(tpl.title(p))) } },
      attachments: [],
      navigationalActions: [],
    });
  } else if (tpl.transmission && rng.chance(0.7)) {
    transmissions.push({
      id: idAt(contentAgo),
      createdAt: ago(contentAgo),
      isAuthorized: true,
      isOpened: false,
      type: tpl.transmission.type,
      sender: SERVICE_OWNER,
      content: { title: { mediaType: MEDIA.plain, value: triple(tpl.transmission.title) } },
      attachments: [],
      navigationalActions: [],
    });
  }

  // Seen by the end user (some time after the last content update)?
  const seen = rng.chance(0.55);
  const seenAgo = contentAgo * rng.next();
  const activities = [{ id: idAt(created), createdAt: ago(created), type: 'DialogCreated', performedBy: SERVICE_OWNER }];
  if (fromParty) {
    activities.push({ id: idAt(contentAgo), createdAt: ago(contentAgo), type: 'FormSubmitted', performedBy: END_USER_ACTOR });
  }
  const ownerTransmission = transmissions.find((tr) => tr.sender.actorType === 'ServiceOwner');
  if (seen && ownerTransmission) {
    ownerTransmission.isOpened = true;
    activities.push({
      id: idAt(seenAgo),
      createdAt: ago(seenAgo),
      type: 'TransmissionOpened',
      performedBy: END_USER_ACTOR,
      transmissionId: ownerTransmission.id,
    });
  }
  const updatedAgo = seen && ownerTransmission ? seenAgo : contentAgo;
  const seenEntries = seen
    ? [{ id: idAt(seenAgo), seenAt: ago(seenAgo), seenBy: END_USER_ACTOR, isCurrentEndUser: true, isViaServiceOwner: false }]
    : [];

  // Labels.
  let label = 'Default';
  const roll = rng.next();
  if (status === 'Completed') label = roll < 0.45 ? 'Archive' : roll < 0.55 ? 'Bin' : 'Default';
  else if (status === 'NotApplicable' && roll < 0.2) label = 'Archive';
  const systemLabels = [label];
  if (fromParty) systemLabels.push('Sent');
  const unopened = seen && rng.chance(0.05);
  if (unopened) systemLabels.push('MarkedAsUnopened');

  let dueAt = null;
  if (status === 'RequiresAttention') dueAt = new Date(nowMs + rng.int(-15, 45) * DAY).toISOString();
  else if ((status === 'Draft' || status === 'InProgress') && rng.chance(0.5)) dueAt = new Date(nowMs + rng.int(3, 60) * DAY).toISOString();

  const guiActions = [
    {
      id: uuidV7(rng, ID_EPOCH),
      action: 'read',
      url: url(`/pages/${id}/${tpl.slug}`),
      httpMethod: 'GET',
      isAuthorized: true,
      isDeleteDialogAction: false,
      priority: 'Primary',
      title: triple(toTriple(tpl.action)),
    },
  ];
  if (tpl.secondary && status === 'RequiresAttention') {
    guiActions.push({
      id: uuidV7(rng, ID_EPOCH),
      action: tpl.secondary,
      url: url(`/actions/${id}/${tpl.secondary}`),
      httpMethod: 'POST',
      isAuthorized: true,
      isDeleteDialogAction: false,
      priority: 'Secondary',
      title: ACTION_TITLES[tpl.secondary],
    });
  }
  if (status === 'Draft') {
    guiActions.push({
      id: uuidV7(rng, ID_EPOCH),
      action: 'delete',
      url: url(`/actions/${id}/delete`),
      httpMethod: 'DELETE',
      isAuthorized: true,
      isDeleteDialogAction: true,
      priority: 'Tertiary',
      title: DELETE_DRAFT_TITLE,
      prompt: DELETE_DRAFT_PROMPT,
    });
  }

  const attachments = tpl.attachment
    ? [
        {
          id: idAt(created),
          name: tpl.attachment,
          displayName: triple(['Faktura (PDF)', 'Faktura (PDF)', 'Invoice (PDF)']),
          urls: [{ id: uuidV7(rng, ID_EPOCH), url: url(`/files/${id}/${tpl.attachment}.pdf`), mediaType: MEDIA.pdf, consumerType: 'Gui' }],
        },
      ]
    : [];

  const content = {
    title: { mediaType: MEDIA.plain, value: triple(toTriple(tpl.title(p))) },
    summary: { mediaType: MEDIA.plain, value: triple(toTriple(tpl.summary(p))) },
  };

  return {
    id,
    revision: uuidV4(rng),
    org: tpl.org,
    serviceResource: resource.id,
    serviceResourceType: resource.resourceType,
    party: opts.party ?? PARTY[partyKey],
    progress: null,
    process: null,
    precedingProcess: null,
    extendedStatus: null,
    externalReference: null,
    createdAt: ago(created),
    updatedAt: ago(updatedAgo),
    contentUpdatedAt: ago(contentAgo),
    dueAt,
    expiresAt: null,
    status,
    systemLabel: label,
    isApiOnly: false,
    hasUnopenedContent: Boolean(ownerTransmission && !ownerTransmission.isOpened),
    isContentSeen: seen && !unopened,
    fromPartyTransmissionsCount: fromParty ? 1 : 0,
    fromServiceOwnerTransmissionsCount: ownerTransmission ? 1 : 0,
    content,
    endUserContext: { revision: uuidV4(rng), systemLabels },
    attachments,
    guiActions,
    apiActions: [],
    activities,
    seenSinceLastUpdate: seenEntries,
    seenSinceLastContentUpdate: seenEntries.slice(),
    transmissions,
  };
}
