// Hand-written dialogs for the end user as a private person (and her father,
// whom she may act for). See build.js for the spec format.

import { t } from './texts.js';
import { A, PROMPT } from './action-texts.js';
import * as E from './embed-texts.js';

export const PERSON_DIALOGS = [
  {
    key: 'skd-tax-return-2025',
    org: 'skd', resource: 'skd-skattemelding', party: 'person',
    status: 'RequiresAttention', created: 9, due: 21,
    process: 'urn:skatteetaten:skattemelding:2025', externalReference: 'SKM-2025-0412-7731',
    title: t('Skattemeldingen for 2025 er klar', 'Skattemeldinga for 2025 er klar', 'Your 2025 tax return is ready'),
    summary: t(
      'Kontroller opplysningene og lever innen fristen. Foreløpig beregning viser at du får 4 312 kroner tilbake.',
      'Kontroller opplysningane og lever innan fristen. Førebels utrekning viser at du får 4 312 kroner tilbake.',
      'Check the information and submit by the deadline. The preliminary calculation shows a refund of NOK 4,312.',
    ),
    additionalInfo: {
      markdown: true,
      text: t(
        '**Har du ingen endringer?** Da kan du levere uten å gjøre noe mer.\n\nTrenger du hjelp? Ring oss på [800 80 000](tel:80080000) eller les [veiledningen](https://www.skatteetaten.no/).',
        '**Har du ingen endringar?** Då kan du levere utan å gjere noko meir.\n\nTreng du hjelp? Ring oss på [800 80 000](tel:80080000) eller les [rettleiinga](https://www.skatteetaten.no/nn/).',
        '**No changes?** Then you can submit without doing anything else.\n\nNeed help? Call us on [+47 22 07 70 00](tel:+4722077000) or read [the guidance](https://www.skatteetaten.no/en/).',
      ),
    },
    extendedStatus: { code: 'KLAR_TIL_KONTROLL', text: t('Klar til kontroll', 'Klar til kontroll', 'Ready for review') },
    main: { kind: 'markdown', content: E.TAX_RETURN_MAIN },
    transmissions: [
      {
        key: 'ready', type: 'Information', at: 9,
        title: t('Skattemeldingen er tilgjengelig', 'Skattemeldinga er tilgjengeleg', 'The tax return is available'),
        summary: t('Du kan nå se og endre skattemeldingen for 2025.', 'Du kan no sjå og endre skattemeldinga for 2025.', 'You can now view and change your 2025 tax return.'),
      },
    ],
    activities: [
      {
        type: 'Information', at: 8.5, by: 'owner',
        description: t(
          'Vi har lagt inn opplysninger fra arbeidsgiveren din og banken din.',
          'Vi har lagt inn opplysningar frå arbeidsgivaren din og banken din.',
          'We have added information from your employer and your bank.',
        ),
      },
      { type: 'DialogOpened', at: 3, by: 'endUser' },
    ],
    seen: [{ by: 'endUser', at: 3 }, { by: 'jonas', at: 2 }],
    actions: [
      { kind: 'link', slug: 'open-tax-return', priority: 'Primary', title: t('Åpne skattemeldingen', 'Opne skattemeldinga', 'Open the tax return') },
      { kind: 'submit', priority: 'Secondary', title: t('Lever uten endringer', 'Lever utan endringar', 'Submit without changes') },
      { kind: 'link', slug: 'previous-year', priority: 'Tertiary', title: t('Se fjorårets skatteoppgjør', 'Sjå skatteoppgjeret i fjor', "See last year's tax settlement") },
    ],
    apiActions: [{ action: 'read', name: 'skattemelding-hent', path: 'skattemelding' }],
  },
  {
    key: 'skd-settlement-2024',
    org: 'skd', resource: 'skd-skatteoppgjor', party: 'person',
    status: 'Completed', label: 'Archive', created: 250,
    title: t('Skatteoppgjøret for 2024: Du får 6 870 kroner tilbake', 'Skatteoppgjeret for 2024: Du får 6 870 kroner tilbake', 'Tax settlement for 2024: You will get NOK 6,870 back'),
    summary: t(
      'Pengene blir utbetalt til kontonummeret ditt innen tre uker.',
      'Pengane blir betalte ut til kontonummeret ditt innan tre veker.',
      'The money will be paid to your bank account within three weeks.',
    ),
    transmissions: [
      {
        key: 'settlement', type: 'Decision', at: 250,
        title: t('Skatteoppgjør 2024', 'Skatteoppgjer 2024', 'Tax settlement 2024'),
        attachments: [{ name: 'skatteoppgjor-2024', title: t('Skatteoppgjør 2024 (PDF)', 'Skatteoppgjer 2024 (PDF)', 'Tax settlement 2024 (PDF)') }],
      },
    ],
    attachments: [{ name: 'beregning-2024', title: t('Skatteberegning 2024', 'Skatteutrekning 2024', 'Tax calculation 2024') }],
    activities: [{ type: 'CorrespondenceOpened', at: 249, by: 'endUser' }],
    seen: [{ by: 'endUser', at: 249 }],
    actions: [{ kind: 'link', slug: 'read-settlement', priority: 'Primary', title: t('Se skatteoppgjøret', 'Sjå skatteoppgjeret', 'See the tax settlement') }],
  },
  {
    key: 'nav-parental-benefit',
    org: 'nav', resource: 'nav-foreldrepenger', party: 'person',
    status: 'Awaiting', created: 22,
    process: 'urn:nav:foreldrepenger:soknad:2026-118273',
    senderName: t('Nav Familie- og pensjonsytelser', 'Nav Familie- og pensjonsytingar', 'Nav Family and Pension Benefits'),
    extendedStatus: { code: 'UNDER_BEHANDLING', text: t('Under behandling', 'Under handsaming', 'Being processed') },
    title: t('Søknad om foreldrepenger', 'Søknad om foreldrepengar', 'Application for parental benefit'),
    summary: t(
      'Vi har mottatt søknaden din. Forventet saksbehandlingstid er fire uker.',
      'Vi har fått søknaden din. Venta sakshandsamingstid er fire veker.',
      'We have received your application. Expected processing time is four weeks.',
    ),
    transmissions: [
      {
        key: 'application', type: 'Submission', at: 20, from: 'endUser',
        title: t('Søknad om foreldrepenger', 'Søknad om foreldrepengar', 'Application for parental benefit'),
        attachments: [{ name: 'soknad-foreldrepenger', title: t('Søknaden din (PDF)', 'Søknaden din (PDF)', 'Your application (PDF)'), at: 20 }],
      },
      {
        key: 'received', type: 'Information', at: 19.9, related: 'application',
        title: t('Vi har mottatt søknaden din', 'Vi har fått søknaden din', 'We have received your application'),
        summary: t('Du får svar innen fire uker.', 'Du får svar innan fire veker.', 'You will hear from us within four weeks.'),
      },
    ],
    activities: [
      { type: 'FormSaved', at: 21, by: 'endUser' },
      { type: 'FormSubmitted', at: 20, by: 'endUser' },
    ],
    seen: [{ by: 'endUser', at: 19 }],
    actions: [
      { kind: 'link', slug: 'view-application', priority: 'Primary', title: A.viewApplication },
      { kind: 'link', slug: 'upload-documents', priority: 'Secondary', title: t('Ettersend dokumentasjon', 'Ettersend dokumentasjon', 'Send additional documents') },
      { kind: 'withdraw', priority: 'Tertiary', title: A.withdraw, prompt: PROMPT.withdraw },
    ],
  },
  {
    key: 'nav-unemployment-benefit',
    org: 'nav', resource: 'nav-dagpenger', party: 'person',
    status: 'Completed', created: 41,
    title: t('Vedtak om dagpenger', 'Vedtak om dagpengar', 'Decision on unemployment benefit'),
    summary: t(
      'Du har rett til dagpenger fra 3. mars 2026. Husk å sende meldekort hver 14. dag.',
      'Du har rett til dagpengar frå 3. mars 2026. Hugs å sende meldekort kvar 14. dag.',
      'You are entitled to unemployment benefit from 3 March 2026. Remember to send your employment status form every 14 days.',
    ),
    transmissions: [
      {
        key: 'application', type: 'Submission', at: 40, from: 'endUser',
        title: t('Søknad om dagpenger', 'Søknad om dagpengar', 'Application for unemployment benefit'),
      },
      {
        key: 'request', type: 'Request', at: 33, related: 'application',
        title: t('Vi trenger mer dokumentasjon', 'Vi treng meir dokumentasjon', 'We need more documents'),
        summary: t(
          'Last opp arbeidsavtalen og oppsigelsen din innen 14 dager.',
          'Last opp arbeidsavtalen og oppseiinga di innan 14 dagar.',
          'Upload your employment contract and notice of termination within 14 days.',
        ),
        nav: [{ slug: 'upload-documents', expires: -5, title: t('Last opp dokumentasjon', 'Last opp dokumentasjon', 'Upload documents') }],
      },
      {
        key: 'documents', type: 'Submission', at: 30, from: 'endUser', related: 'request',
        title: t('Ettersendt dokumentasjon', 'Ettersend dokumentasjon', 'Additional documents sent'),
        attachments: [
          { name: 'arbeidsavtale', title: t('Arbeidsavtale', 'Arbeidsavtale', 'Employment contract'), at: 30 },
          { name: 'oppsigelse', title: t('Oppsigelse', 'Oppseiing', 'Notice of termination'), at: 30 },
        ],
      },
      {
        key: 'decision', type: 'Decision', at: 12, related: 'application',
        title: t('Vedtak: Du har rett til dagpenger', 'Vedtak: Du har rett til dagpengar', 'Decision: You are entitled to unemployment benefit'),
        embed: E.UNEMPLOYMENT_DECISION,
        attachments: [{ name: 'vedtak-dagpenger', title: t('Vedtaksbrev (PDF)', 'Vedtaksbrev (PDF)', 'Decision letter (PDF)'), at: 12 }],
      },
    ],
    activities: [
      { type: 'FormSubmitted', at: 40, by: 'endUser' },
      { type: 'SentToSendIn', at: 33, by: 'owner' },
      { type: 'FormSubmitted', at: 30, by: 'endUser' },
      { type: 'DialogClosed', at: 12, by: 'owner' },
    ],
    seen: [{ by: 'endUser', at: 31 }, { by: 'endUser', at: 11 }],
    actions: [
      { kind: 'link', slug: 'read-decision', priority: 'Primary', title: A.readDecision },
      { kind: 'link', slug: 'appeal', priority: 'Tertiary', title: A.appeal },
      { kind: 'delete-retained', priority: 'Tertiary', title: A.delete, prompt: PROMPT.delete },
    ],
  },
  {
    key: 'nav-employment-status-form',
    org: 'nav', resource: 'nav-meldekort', party: 'person',
    status: 'RequiresAttention', created: 1, due: 2, unopened: true,
    title: t('Meldekort for uke 14 og 15 er klart', 'Meldekort for veke 14 og 15 er klart', 'Employment status form for weeks 14 and 15 is ready'),
    summary: t(
      'Send meldekortet innen fristen for å få utbetalt dagpenger i tide.',
      'Send meldekortet innan fristen for å få utbetalt dagpengar i tide.',
      'Send the form by the deadline to get your benefit paid on time.',
    ),
    seen: [{ by: 'endUser', at: 0.5 }],
    actions: [{ kind: 'link', slug: 'fill-in-form', priority: 'Primary', title: t('Send meldekort', 'Send meldekort', 'Send the form') }],
  },
  {
    // Bokmål only: the front end must fall back to nb whatever the UI language.
    key: 'nav-activity-plan',
    org: 'nav', resource: 'nav-aktivitetsplan', party: 'person',
    status: 'InProgress', created: 60,
    senderName: t('Nav Grünerløkka'),
    title: t('Aktivitetsplanen din er oppdatert'),
    summary: t('Veilederen din har lagt til en ny aktivitet: «Jobbsøkerkurs for erfarne» fra 22. april.'),
    additionalInfo: { text: t('Du kan skrive til veilederen din i dialogen i aktivitetsplanen. Vi svarer vanligvis innen to virkedager.') },
    transmissions: [
      {
        key: 'new-activity', type: 'Information', at: 4,
        title: t('Ny aktivitet i planen din'),
        summary: t('Jobbsøkerkurs for erfarne, 22.–24. april, Nav Grünerløkka.'),
      },
    ],
    actions: [{ kind: 'link', slug: 'activity-plan', priority: 'Primary', title: t('Gå til aktivitetsplanen') }],
  },
  {
    // Many conversations: the front end shows a few threads, then "show more".
    key: 'nav-follow-up-conversations',
    org: 'nav', resource: 'nav-aktivitetsplan', party: 'person',
    status: 'InProgress', created: 120,
    senderName: t('Nav Grünerløkka'),
    title: t('Oppfølging fra Nav: samtaler med veilederen din', 'Oppfølging frå Nav: samtalar med rettleiaren din', 'Follow-up from Nav: conversations with your adviser'),
    summary: t('Her finner du alle meldingene mellom deg og veilederen din.', 'Her finn du alle meldingane mellom deg og rettleiaren din.', 'All messages between you and your adviser.'),
    transmissions: [
      { key: 'c1', type: 'Request', at: 110, title: t('Kan du komme på møte 3. mars?', 'Kan du kome på møte 3. mars?', 'Can you come to a meeting on 3 March?'), summary: t('Vi foreslår kl. 10 på Nav-kontoret.', 'Vi føreslår kl. 10 på Nav-kontoret.', 'We suggest 10 am at the Nav office.') },
      { key: 'c1r', type: 'Submission', at: 108, from: 'endUser', related: 'c1', title: t('Svar: Ja, det passer', 'Svar: Ja, det passar', 'Reply: Yes, that works') },
      { key: 'c2', type: 'Information', at: 90, title: t('Referat fra møtet', 'Referat frå møtet', 'Minutes of the meeting'), summary: t('Vi ble enige om tre aktiviteter.', 'Vi vart einige om tre aktivitetar.', 'We agreed on three activities.'), embed: E.REPAYMENT_PLAN },
      { key: 'c3', type: 'Request', at: 60, title: t('Last opp CV-en din', 'Last opp CV-en din', 'Upload your CV'), summary: t('Vi trenger en oppdatert CV før kurset.', 'Vi treng ein oppdatert CV før kurset.', 'We need an updated CV before the course.') },
      { key: 'c3r', type: 'Submission', at: 58, from: 'endUser', related: 'c3', title: t('CV lastet opp', 'CV lasta opp', 'CV uploaded') },
      { key: 'c3rr', type: 'Acceptance', at: 57, related: 'c3r', title: t('Takk, CV-en er mottatt', 'Takk, CV-en er motteken', 'Thank you, we have your CV') },
      { key: 'c4', type: 'Alert', at: 30, title: t('Husk meldekortet', 'Hugs meldekortet', 'Remember your employment status form') },
      { key: 'c5', type: 'Decision', at: 6, title: t('Vedtak om kurs', 'Vedtak om kurs', 'Decision on the course'), summary: t('Du har fått plass på jobbsøkerkurset.', 'Du har fått plass på jobbsøkjarkurset.', 'You have a place on the job-seeker course.'), opened: false },
    ],
    seen: [{ by: 'endUser', at: 20 }],
    actions: [{ kind: 'link', slug: 'activity-plan', priority: 'Primary', title: t('Gå til aktivitetsplanen', 'Gå til aktivitetsplanen', 'Go to the activity plan') }],
  },
  {
    key: 'nav-sick-leave-receipt',
    org: 'nav', resource: 'nav-sykmelding', party: 'person',
    status: 'NotApplicable', label: 'Archive', created: 95,
    title: t('Kvittering: Sykmeldingen din er sendt til arbeidsgiveren', 'Kvittering: Sjukmeldinga di er send til arbeidsgivaren', 'Receipt: Your sick leave note has been sent to your employer'),
    summary: t('Sykmelding 100 % fra 2. til 13. januar.', 'Sjukmelding 100 % frå 2. til 13. januar.', 'Sick leave 100% from 2 to 13 January.'),
    activities: [
      { type: 'CorrespondenceOpened', at: 94, by: 'endUser' },
      { type: 'CorrespondenceConfirmed', at: 94, by: 'endUser' },
    ],
    seen: [{ by: 'endUser', at: 94 }],
    actions: [{ kind: 'delete-retained', priority: 'Tertiary', title: A.delete, prompt: PROMPT.delete }],
  },
  {
    key: 'lanekassen-repayment-plan',
    org: 'lanekassen', resource: 'lanekassen-tilbakebetaling', party: 'person',
    status: 'InProgress', created: 30, due: 12,
    title: t('Betalingsplan for studielånet ditt i 2026', 'Betalingsplan for studielånet ditt i 2026', 'Your student loan repayment plan for 2026'),
    summary: t(
      'Du betaler 2 418 kroner per termin. Neste forfall er 15. i måneden.',
      'Du betaler 2 418 kroner per termin. Neste forfall er 15. i månaden.',
      'You pay NOK 2,418 per instalment. The next one is due on the 15th of the month.',
    ),
    main: { kind: 'markdown', content: E.REPAYMENT_PLAN },
    attachments: [{ name: 'betalingsplan-2026', title: t('Betalingsplan 2026', 'Betalingsplan 2026', 'Repayment plan 2026') }],
    seen: [{ by: 'endUser', at: 29 }, { by: 'jonas', at: 28 }],
    actions: [
      { kind: 'confirm', priority: 'Primary', title: A.confirmReceipt },
      { kind: 'link', slug: 'payment-plan', priority: 'Secondary', title: t('Se betalingsplanen', 'Sjå betalingsplanen', 'See the repayment plan') },
      { kind: 'fail', priority: 'Tertiary', title: t('Søk om betalingsutsettelse', 'Søk om betalingsutsetjing', 'Apply for deferment of payment') },
    ],
  },
  {
    key: 'lanekassen-application-draft',
    org: 'lanekassen', resource: 'lanekassen-utdanningsstotte', party: 'person',
    status: 'Draft', created: 5, progress: 60,
    title: t('Søknad om utdanningsstøtte for studieåret 2026–2027', 'Søknad om utdanningsstøtte for studieåret 2026–2027', 'Application for student support for the 2026–2027 academic year'),
    summary: t(
      'Utkastet er lagret. Du har fylt ut tre av fem steg.',
      'Utkastet er lagra. Du har fylt ut tre av fem steg.',
      'The draft is saved. You have completed three of five steps.',
    ),
    activities: [
      { type: 'SentToFormFill', at: 4.9, by: 'owner' },
      { type: 'FormSaved', at: 2, by: 'endUser' },
    ],
    seen: [{ by: 'endUser', at: 2 }],
    actions: [
      { kind: 'link', slug: 'continue-form', priority: 'Primary', title: A.continueForm },
      { kind: 'delete', priority: 'Tertiary', title: A.deleteDraft, prompt: PROMPT.deleteDraft },
    ],
  },
  {
    key: 'lanekassen-interest-relief',
    org: 'lanekassen', resource: 'lanekassen-tilbakebetaling', party: 'person',
    status: 'Completed', label: 'Archive', created: 71,
    title: t('Søknaden om rentefritak er innvilget', 'Søknaden om rentefritak er innvilga', 'Your application for interest exemption has been granted'),
    summary: t(
      'Du slipper å betale renter fra januar til og med juni.',
      'Du slepp å betale renter frå januar til og med juni.',
      'You do not have to pay interest from January to June.',
    ),
    transmissions: [
      { key: 'application', type: 'Submission', at: 70, from: 'endUser', title: t('Søknad om rentefritak', 'Søknad om rentefritak', 'Application for interest exemption') },
      {
        key: 'accepted', type: 'Acceptance', at: 55, related: 'application',
        title: t('Rentefritak innvilget', 'Rentefritak innvilga', 'Interest exemption granted'),
        summary: t('Gjelder 1. januar–30. juni 2026.', 'Gjeld 1. januar–30. juni 2026.', 'Applies 1 January–30 June 2026.'),
      },
    ],
    activities: [{ type: 'FormSubmitted', at: 70, by: 'endUser' }],
    seen: [{ by: 'endUser', at: 54 }],
    actions: [{ kind: 'link', slug: 'read-decision', priority: 'Primary', title: A.readDecision }],
  },
  {
    key: 'svv-roadworthiness-overdue',
    org: 'svv', resource: 'svv-kjoretoy', party: 'person',
    status: 'RequiresAttention', created: 45, due: -10,
    title: t('Fristen for EU-kontroll er passert: EL 12345 Tesla Model 3', 'Fristen for EU-kontroll er passert: EL 12345 Tesla Model 3', 'The roadworthiness test deadline has passed: EL 12345 Tesla Model 3'),
    summary: t(
      'Bilen må godkjennes snarest. Etter fristen kan den bli avskiltet.',
      'Bilen må godkjennast snarast. Etter fristen kan han bli avskilta.',
      'The car must be approved as soon as possible. After the deadline its plates may be removed.',
    ),
    transmissions: [
      {
        key: 'reminder', type: 'Information', at: 45,
        title: t('Påminnelse om EU-kontroll', 'Påminning om EU-kontroll', 'Roadworthiness test reminder'),
      },
      {
        key: 'alert', type: 'Alert', at: 8, related: 'reminder',
        title: t('Fristen er passert – bilen kan bli avskiltet', 'Fristen er passert – bilen kan bli avskilta', 'Deadline passed – the plates may be removed'),
        summary: t('Bestill time hos et godkjent verksted i dag.', 'Bestill time hos eit godkjent verkstad i dag.', 'Book an appointment at an approved garage today.'),
      },
    ],
    seen: [{ by: 'endUser', at: 40 }],
    actions: [
      { kind: 'link', slug: 'book-inspection', priority: 'Primary', title: t('Finn verksted', 'Finn verkstad', 'Find a garage') },
      { kind: 'link', slug: 'vehicle-info', priority: 'Tertiary', title: t('Se kjøretøyopplysninger', 'Sjå køyretøyopplysningar', 'See vehicle details') },
    ],
  },
  {
    key: 'svv-licence-renewal',
    org: 'svv', resource: 'svv-forerkort', party: 'person',
    status: 'Awaiting', created: 16,
    extendedStatus: { code: 'VENTER_PA_HELSEATTEST', text: t('Venter på helseattest', 'Ventar på helseattest', 'Awaiting medical certificate') },
    title: t('Fornyelse av førerkort klasse B', 'Fornying av førarkort klasse B', 'Renewal of class B driving licence'),
    summary: t(
      'Vi venter på helseattest fra legen din før vi kan behandle søknaden.',
      'Vi ventar på helseattest frå legen din før vi kan handsame søknaden.',
      'We are waiting for a medical certificate from your doctor before we can process the application.',
    ),
    transmissions: [
      { key: 'application', type: 'Submission', at: 15, from: 'endUser', title: t('Søknad om fornyelse av førerkort', 'Søknad om fornying av førarkort', 'Application for driving licence renewal') },
      {
        key: 'request', type: 'Request', at: 10, related: 'application',
        title: t('Vi trenger helseattest', 'Vi treng helseattest', 'We need a medical certificate'),
        summary: t('Be legen din sende helseattesten elektronisk.', 'Be legen din sende helseattesten elektronisk.', 'Ask your doctor to send the medical certificate electronically.'),
      },
      {
        key: 'correction', type: 'Correction', at: 9, from: 'endUser', related: 'application',
        title: t('Rettet postadresse i søknaden', 'Retta postadresse i søknaden', 'Corrected postal address in the application'),
      },
    ],
    seen: [{ by: 'endUser', at: 9 }],
    actions: [
      { kind: 'link', slug: 'view-application', priority: 'Primary', title: A.viewApplication },
      { kind: 'withdraw', priority: 'Tertiary', title: A.withdraw, prompt: PROMPT.withdraw },
    ],
  },
  {
    key: 'svv-reregistration-paid',
    org: 'svv', resource: 'svv-kjoretoy', party: 'person',
    status: 'Completed', label: 'Bin', created: 120,
    title: t('Omregistreringsavgiften for EL 12345 er betalt', 'Omregistreringsavgifta for EL 12345 er betalt', 'The re-registration fee for EL 12345 has been paid'),
    summary: t('Du står nå som eier av kjøretøyet.', 'Du står no som eigar av køyretøyet.', 'You are now registered as the owner of the vehicle.'),
    activities: [
      { type: 'SentToPayment', at: 120, by: 'owner' },
      { type: 'PaymentMade', at: 118, by: 'endUser' },
      { type: 'DialogClosed', at: 118, by: 'owner' },
    ],
    seen: [{ by: 'endUser', at: 118 }],
  },
  {
    key: 'svv-personal-plate-draft',
    org: 'svv', resource: 'svv-kjoretoy', party: 'person',
    status: 'Draft', created: 3, progress: 30,
    title: t('Utkast: Søknad om personlig kjennemerke «FJORD 1»', 'Utkast: Søknad om personleg kjennemerke «FJORD 1»', 'Draft: Application for personalised plate "FJORD 1"'),
    activities: [{ type: 'FormSaved', at: 2.9, by: 'endUser' }],
    seen: [{ by: 'endUser', at: 2.9 }],
    actions: [
      { kind: 'link', slug: 'continue-form', priority: 'Primary', title: A.continueForm },
      { kind: 'delete', priority: 'Tertiary', title: A.deleteDraft, prompt: PROMPT.deleteDraft },
    ],
  },
  {
    key: 'oslo-building-application',
    org: 'oslo', resource: 'oslo-byggesak', party: 'person',
    status: 'Awaiting', created: 51,
    senderName: t('Oslo kommune, Plan- og bygningsetaten', 'Oslo kommune, Plan- og bygningsetaten', 'City of Oslo, Planning and Building Services'),
    externalReference: 'Saksnr. 202512345',
    process: 'urn:oslo:pbe:byggesak:202512345',
    precedingProcess: 'urn:oslo:pbe:forhandskonferanse:202511020',
    title: t('Byggesøknad: Tilbygg til enebolig, Tåsenveien 12', 'Byggjesøknad: Tilbygg til einebustad, Tåsenveien 12', 'Building application: Extension to a detached house, Tåsenveien 12'),
    summary: t(
      'Søknaden om tilbygg på 28 kvadratmeter er komplett og fordelt til saksbehandler. Plan- og bygningsetaten har 12 ukers frist fra søknaden ble komplett. Du blir varslet når det er fattet vedtak. Har naboene merknader, blir de vurdert i saksbehandlingen, og du får kopi av merknadene. Tiltaket krever ansvarlig søker, og Per Kristian Nilsen er registrert som ansvarlig søker i saken.',
      'Søknaden om tilbygg på 28 kvadratmeter er komplett og fordelt til sakshandsamar. Plan- og bygningsetaten har 12 vekers frist frå søknaden vart komplett. Du blir varsla når det er gjort vedtak. Har naboane merknader, blir dei vurderte i sakshandsaminga, og du får kopi av merknadene. Tiltaket krev ansvarleg søkjar, og Per Kristian Nilsen er registrert som ansvarleg søkjar i saka.',
      'The application for a 28 square metre extension is complete and has been assigned to a case officer. Planning and Building Services has a 12-week deadline from when the application was complete. You will be notified when a decision is made. Any comments from neighbours will be considered, and you will receive a copy. The project requires a responsible applicant, and Per Kristian Nilsen is registered as the responsible applicant.',
    ),
    transmissions: [
      {
        key: 'application', type: 'Submission', at: 50, from: 'endUser',
        title: t('Søknad om tiltak: Tilbygg, Tåsenveien 12', 'Søknad om tiltak: Tilbygg, Tåsenveien 12', 'Application: Extension, Tåsenveien 12'),
        attachments: [{ name: 'soknad-tiltak', title: t('Søknad om tiltak', 'Søknad om tiltak', 'Building application'), at: 50 }],
      },
      {
        key: 'deficiency', type: 'Request', at: 35, related: 'application',
        title: t('Mangelbrev: Vi trenger flere tegninger', 'Manglebrev: Vi treng fleire teikningar', 'Missing documents: We need more drawings'),
        embed: E.BUILDING_DEFICIENCY_LETTER,
      },
      {
        key: 'drawings', type: 'Correction', at: 28, from: 'per', related: 'deficiency',
        title: t('Ettersendt tegninger og nabovarsel', 'Ettersende teikningar og nabovarsel', 'Drawings and neighbour notice sent'),
        attachments: [
          { name: 'fasadetegninger', title: t('Fasadetegninger', 'Fasadeteikningar', 'Elevation drawings'), at: 28 },
          { name: 'nabovarsel', title: t('Nabovarsel med kvittering', 'Nabovarsel med kvittering', 'Neighbour notice with receipt'), at: 28 },
        ],
      },
      {
        key: 'complete', type: 'Information', at: 27, related: 'application',
        title: t('Søknaden er komplett', 'Søknaden er komplett', 'The application is complete'),
        summary: t('Vi har nå alt vi trenger. Du får svar innen 12 uker.', 'Vi har no alt vi treng. Du får svar innan 12 veker.', 'We now have everything we need. You will hear from us within 12 weeks.'),
      },
    ],
    activities: [
      { type: 'FormSubmitted', at: 50, by: 'endUser' },
      {
        type: 'Information', at: 26.5, by: 'owner',
        description: t('Saken er fordelt til saksbehandler.', 'Saka er fordelt til sakshandsamar.', 'The case has been assigned to a case officer.'),
      },
    ],
    seen: [{ by: 'endUser', at: 26 }, { by: 'per', at: 25 }],
    actions: [
      { kind: 'link', slug: 'case-overview', priority: 'Primary', title: t('Se saken', 'Sjå saka', 'View the case') },
      { kind: 'withdraw', priority: 'Secondary', title: A.withdraw, prompt: PROMPT.withdraw },
      { kind: 'link', slug: 'case-documents', priority: 'Tertiary', title: t('Se alle dokumenter', 'Sjå alle dokument', 'See all documents') },
    ],
  },
  {
    key: 'oslo-property-tax-2026',
    org: 'oslo', resource: 'oslo-eiendomsskatt', party: 'person',
    status: 'NotApplicable', label: 'Archive', created: 80,
    title: t('Eiendomsskatt 2026 for Tåsenveien 12', 'Eigedomsskatt 2026 for Tåsenveien 12', 'Property tax 2026 for Tåsenveien 12'),
    summary: t(
      'Eiendomsskatten for 2026 er 3 960 kroner, fordelt på fire terminer.',
      'Eigedomsskatten for 2026 er 3 960 kroner, fordelt på fire terminar.',
      'The property tax for 2026 is NOK 3,960, split into four instalments.',
    ),
    additionalInfo: {
      text: t(
        'Spørsmål om eiendomsskatt? Kontakt Eiendomsskattekontoret på telefon 21 80 21 80.',
        'Spørsmål om eigedomsskatt? Kontakt Eigedomsskattekontoret på telefon 21 80 21 80.',
        'Questions about property tax? Contact the Property Tax Office on +47 21 80 21 80.',
      ),
    },
    attachments: [{ name: 'skatteseddel-2026', title: t('Skatteseddel 2026', 'Skattesetel 2026', 'Property tax bill 2026') }],
    activities: [{ type: 'CorrespondenceOpened', at: 79, by: 'endUser' }],
    seen: [{ by: 'endUser', at: 79 }],
  },
  {
    key: 'oslo-kindergarten-offer',
    org: 'oslo', resource: 'oslo-barnehage', party: 'person',
    status: 'RequiresAttention', created: 6, due: 7,
    process: 'urn:oslo:barnehage:hovedopptak:2026',
    title: t('Tilbud om barnehageplass: Tåsen barnehage fra 1. august', 'Tilbod om barnehageplass: Tåsen barnehage frå 1. august', 'Offer of a kindergarten place: Tåsen kindergarten from 1 August'),
    summary: t(
      'Svar innen fristen, ellers går plassen til neste på ventelisten.',
      'Svar innan fristen, elles går plassen til neste på ventelista.',
      'Reply by the deadline, or the place goes to the next on the waiting list.',
    ),
    transmissions: [
      {
        key: 'offer', type: 'Information', at: 6,
        title: t('Tilbud om plass', 'Tilbod om plass', 'Offer of a place'),
        summary: t('Emma (2 år) har fått plass i Tåsen barnehage, avdeling Ekorn.', 'Emma (2 år) har fått plass i Tåsen barnehage, avdeling Ekorn.', 'Emma (age 2) has been offered a place at Tåsen kindergarten, Squirrel group.'),
      },
    ],
    actions: [
      {
        kind: 'confirm', priority: 'Primary', title: t('Takk ja til plassen', 'Takk ja til plassen', 'Accept the place'),
        prompt: t('Vil du takke ja til plassen i Tåsen barnehage?', 'Vil du takke ja til plassen i Tåsen barnehage?', 'Do you want to accept the place at Tåsen kindergarten?'),
      },
      { kind: 'link', slug: 'decline-offer', priority: 'Secondary', title: t('Takk nei', 'Takk nei', 'Decline') },
      { kind: 'fail', priority: 'Tertiary', title: t('Be om utsatt svarfrist', 'Be om utsett svarfrist', 'Ask for more time to reply') },
    ],
  },
  {
    key: 'bergen-municipal-fees',
    org: 'bergen', resource: 'bergen-kommunale-avgifter', party: 'person',
    status: 'NotApplicable', created: 70,
    senderName: t('Bergen kommune, Etat for eiendom', 'Bergen kommune, Etat for eigedom', 'City of Bergen, Property Department'),
    title: t('Kommunale avgifter 2026 for Nordnesbakken 3', 'Kommunale avgifter 2026 for Nordnesbakken 3', 'Municipal fees 2026 for Nordnesbakken 3'),
    summary: t(
      'Fakturaen for første termin er klar. Vann, avløp og renovasjon: 4 285 kroner.',
      'Fakturaen for første termin er klar. Vatn, avløp og renovasjon: 4 285 kroner.',
      'The invoice for the first instalment is ready. Water, sewage and waste collection: NOK 4,285.',
    ),
    attachments: [
      { name: 'faktura-2026-1', expires: -3, title: t('Faktura 1. termin 2026', 'Faktura 1. termin 2026', 'Invoice, 1st instalment 2026') },
      { name: 'gebyrregulativ-2026', title: t('Gebyrregulativ 2026', 'Gebyrregulativ 2026', 'Fee schedule 2026') },
    ],
    seen: [{ by: 'endUser', at: 60 }],
  },
  {
    key: 'bergen-parking-permit-rejected',
    org: 'bergen', resource: 'bergen-parkering', party: 'father',
    status: 'Completed', created: 41,
    title: t('Avslag på søknad om parkeringstillatelse for forflytningshemmede', 'Avslag på søknad om parkeringsløyve for rørslehemma', 'Application for a disabled parking permit rejected'),
    summary: t('Du kan klage innen tre uker fra du fikk vedtaket.', 'Du kan klage innan tre veker frå du fekk vedtaket.', 'You can appeal within three weeks of receiving the decision.'),
    transmissions: [
      { key: 'application', type: 'Submission', at: 40, from: 'endUser', title: t('Søknad om parkeringstillatelse', 'Søknad om parkeringsløyve', 'Application for parking permit') },
      {
        key: 'rejection', type: 'Rejection', at: 20, related: 'application',
        title: t('Avslag på søknaden', 'Avslag på søknaden', 'Application rejected'),
        summary: t(
          'Legeerklæringen viser ikke at gangdistansen er vesentlig redusert.',
          'Legeerklæringa viser ikkje at gangdistansen er vesentleg redusert.',
          'The medical statement does not show a significantly reduced walking distance.',
        ),
        attachments: [{ name: 'avslag-parkering', title: t('Vedtaksbrev', 'Vedtaksbrev', 'Decision letter'), at: 20 }],
      },
    ],
    seen: [{ by: 'endUser', at: 19 }, { by: 'olav', at: 18 }],
    actions: [{ kind: 'link', slug: 'appeal', priority: 'Primary', title: A.appeal }],
  },
  {
    key: 'digdir-contact-info',
    org: 'digdir', resource: 'digdir-krr', party: 'person',
    status: 'RequiresAttention', created: 10, due: 20,
    title: t('Er kontaktinformasjonen din riktig?', 'Er kontaktinformasjonen din rett?', 'Is your contact information correct?'),
    summary: t(
      'Det er 18 måneder siden du sist bekreftet e-postadressen og mobilnummeret ditt.',
      'Det er 18 månader sidan du sist stadfesta e-postadressa og mobilnummeret ditt.',
      'It has been 18 months since you last confirmed your email address and mobile number.',
    ),
    actions: [
      { kind: 'confirm', priority: 'Primary', title: t('Ja, den er riktig', 'Ja, han er rett', 'Yes, it is correct') },
      { kind: 'link', slug: 'update-contact-info', priority: 'Secondary', title: t('Endre kontaktinformasjon', 'Endre kontaktinformasjon', 'Change contact information') },
    ],
  },
  {
    // Hostile-looking text that must be shown literally, never interpreted.
    key: 'digdir-escaping-test',
    org: 'digdir', resource: 'digdir-testtjeneste', party: 'person',
    status: 'InProgress', created: 2,
    senderName: t('<em>Digdir</em> testavdeling', '<em>Digdir</em> testavdeling', '<em>Digdir</em> test unit'),
    title: t(
      '<script>alert(1)</script> Test av tegn: & < > " \' æøå',
      '<script>alert(1)</script> Test av teikn: & < > " \' æøå',
      '<script>alert(1)</script> Character test: & < > " \' æøå',
    ),
    summary: t(
      '<img src=x onerror=alert(1)> Denne oppsummeringen har <b>HTML</b> som skal vises som ren tekst.',
      '<img src=x onerror=alert(1)> Denne oppsummeringa har <b>HTML</b> som skal visast som rein tekst.',
      '<img src=x onerror=alert(1)> This summary has <b>HTML</b> that must be shown as plain text.',
    ),
    additionalInfo: {
      markdown: true,
      text: t(
        '**Fet tekst** og [en farlig lenke](javascript:alert(1)). <script>alert(2)</script> <img src=x onerror=alert(3)>',
        '**Feit tekst** og [ei farleg lenkje](javascript:alert(1)). <script>alert(2)</script> <img src=x onerror=alert(3)>',
        '**Bold text** and [a dangerous link](javascript:alert(1)). <script>alert(2)</script> <img src=x onerror=alert(3)>',
      ),
    },
    main: { kind: 'markdown', content: E.HOSTILE_MARKDOWN },
    actions: [{ kind: 'link', slug: 'test-page', priority: 'Primary', title: t('<b>Åpne</b> testsiden', '<b>Opne</b> testsida', '<b>Open</b> the test page') }],
  },
  {
    key: 'digdir-empty-embed',
    org: 'digdir', resource: 'digdir-testtjeneste', party: 'person',
    status: 'NotApplicable', created: 25,
    title: t('Testmelding med tomt innebygd innhold', 'Testmelding med tomt innebygd innhald', 'Test message with empty embedded content'),
    summary: t('Hovedinnholdet er tomt. Det skal ikke vises noen feilmelding.', 'Hovudinnhaldet er tomt. Det skal ikkje visast nokon feilmelding.', 'The main content is empty. No error should be shown.'),
    main: { kind: 'markdown', content: E.EMPTY },
    seen: [{ by: 'endUser', at: 20 }],
  },
  {
    key: 'politiet-passport-ready',
    org: 'politiet', resource: 'politiet-pass', party: 'person',
    status: 'RequiresAttention', created: 4, due: 30,
    senderName: t('Oslo politidistrikt', 'Oslo politidistrikt', 'Oslo Police District'),
    title: t('Passet ditt er klart til henting', 'Passet ditt er klart til henting', 'Your passport is ready for collection'),
    summary: t(
      'Hent passet på Grønland politistasjon innen 30 dager. Ta med gyldig legitimasjon.',
      'Hent passet på Grønland politistasjon innan 30 dagar. Ta med gyldig legitimasjon.',
      'Collect your passport at Grønland police station within 30 days. Bring valid ID.',
    ),
    transmissions: [
      {
        key: 'ready', type: 'Information', at: 4,
        title: t('Passet er produsert', 'Passet er produsert', 'The passport has been produced'),
        nav: [{ slug: 'pickup-location', expires: 30, title: t('Se hentested og åpningstider', 'Sjå hentestad og opningstider', 'See collection point and opening hours') }],
      },
    ],
    actions: [{ kind: 'link', slug: 'pickup-location', priority: 'Primary', title: t('Se hentested', 'Sjå hentestad', 'See collection point') }],
  },
  {
    key: 'politiet-firearms-licence',
    org: 'politiet', resource: 'politiet-vapen', party: 'person',
    status: 'Awaiting', created: 36,
    extendedStatus: { code: 'I_KO', text: t('I saksbehandlingskø', 'I sakshandsamingskø', 'In the processing queue') },
    title: t('Søknad om våpenkort for jaktrifle', 'Søknad om våpenkort for jaktrifle', 'Application for a firearms licence for a hunting rifle'),
    transmissions: [
      { key: 'application', type: 'Submission', at: 35, from: 'endUser', title: t('Søknad om våpenkort', 'Søknad om våpenkort', 'Firearms licence application') },
      {
        key: 'receipt', type: 'Information', at: 34, related: 'application',
        title: t('Kvittering for mottatt søknad', 'Kvittering for motteken søknad', 'Receipt for your application'),
        summary: t('Saksbehandlingstiden er for tiden inntil 10 uker.', 'Sakshandsamingstida er for tida inntil 10 veker.', 'Processing time is currently up to 10 weeks.'),
      },
    ],
    seen: [{ by: 'endUser', at: 33 }],
    actions: [
      { kind: 'link', slug: 'view-application', priority: 'Primary', title: A.viewApplication },
      { kind: 'withdraw', priority: 'Tertiary', title: A.withdraw, prompt: PROMPT.withdraw },
    ],
  },
  {
    key: 'husbanken-housing-allowance',
    org: 'husbanken', resource: 'husbanken-bostotte', party: 'person',
    status: 'Completed', created: 12,
    title: t('Vedtak om bostøtte for mars 2026', 'Vedtak om bustøtte for mars 2026', 'Housing allowance decision for March 2026'),
    summary: t('Du får 3 214 kroner i bostøtte for mars.', 'Du får 3 214 kroner i bustøtte for mars.', 'You will receive NOK 3,214 in housing allowance for March.'),
    main: { kind: 'html', content: E.HOUSING_ALLOWANCE_HTML },
    transmissions: [{ key: 'decision', type: 'Decision', at: 12, title: t('Vedtak om bostøtte', 'Vedtak om bustøtte', 'Housing allowance decision') }],
    seen: [{ by: 'endUser', at: 11 }, { by: 'jonas', at: 10 }],
  },
  {
    key: 'husbanken-startup-loan',
    org: 'husbanken', resource: 'husbanken-startlan', party: 'person',
    status: 'InProgress', created: 19, progress: 40,
    process: 'urn:husbanken:startlan:2026-00871',
    title: t('Søknad om startlån', 'Søknad om startlån', 'Start-up loan application'),
    summary: t(
      'Kommunen behandler søknaden. Vi har bedt banken din om finansieringsbevis.',
      'Kommunen handsamar søknaden. Vi har bede banken din om finansieringsprov.',
      'The municipality is processing the application. We have asked your bank for proof of financing.',
    ),
    transmissions: [
      { key: 'application', type: 'Submission', at: 18, from: 'endUser', title: t('Søknad om startlån', 'Søknad om startlån', 'Start-up loan application') },
      {
        key: 'bank', type: 'Information', at: 16, related: 'application',
        title: t('Vi har kontaktet banken din', 'Vi har kontakta banken din', 'We have contacted your bank'),
      },
    ],
    activities: [
      {
        type: 'Information', at: 17, by: 'owner',
        description: t(
          'Saken er overført til Fjordvik kommune, som behandler startlån på vegne av Husbanken.',
          'Saka er overført til Fjordvik kommune, som handsamar startlån på vegner av Husbanken.',
          'The case has been transferred to Fjordvik Municipality, which handles start-up loans on behalf of Husbanken.',
        ),
      },
    ],
    actions: [{ kind: 'link', slug: 'view-application', priority: 'Primary', title: A.viewApplication }],
  },
  {
    key: 'oslo-zoning-notice-long-title',
    org: 'oslo', resource: 'oslo-byggesak', party: 'person',
    status: 'NotApplicable', created: 14,
    senderName: t('Oslo kommune, Plan- og bygningsetaten', 'Oslo kommune, Plan- og bygningsetaten', 'City of Oslo, Planning and Building Services'),
    title: t(
      'Varsel om oppstart av planarbeid og høring av planprogram: Detaljregulering for Tåsen senter, Tåsenveien 10–24, med tilhørende gang- og sykkelvei langs Nordbergveien, ny barnehage, boliger og næringsarealer – frist for innspill 15. mai',
      'Varsel om oppstart av planarbeid og høyring av planprogram: Detaljregulering for Tåsen senter, Tåsenveien 10–24, med tilhøyrande gang- og sykkelveg langs Nordbergveien, ny barnehage, bustader og næringsareal – frist for innspel 15. mai',
      'Notice of commencement of planning work and consultation on the planning programme: Detailed zoning plan for Tåsen centre, Tåsenveien 10–24, with an associated footpath and cycle path along Nordbergveien, a new kindergarten, housing and commercial areas – deadline for comments 15 May',
    ),
    summary: t(
      'Du får dette varselet fordi du eier eiendom som grenser til planområdet. Forslagsstiller ønsker å rive det eksisterende senteret og bygge om lag 180 boliger, en barnehage med seks avdelinger og 4 000 kvadratmeter næringsareal i første etasje. Planen omfatter også en ny gang- og sykkelvei langs Nordbergveien og endringer i avkjørselen fra Tåsenveien. Innspill kan sendes til plankontoret innen 15. mai. Det blir holdt et åpent informasjonsmøte på Tåsen skole 28. april klokken 18.',
      'Du får dette varselet fordi du eig eigedom som grensar til planområdet. Forslagsstillaren ønskjer å rive det eksisterande senteret og byggje om lag 180 bustader, ein barnehage med seks avdelingar og 4 000 kvadratmeter næringsareal i første etasje. Planen omfattar også ein ny gang- og sykkelveg langs Nordbergveien og endringar i avkøyrsla frå Tåsenveien. Innspel kan sendast til plankontoret innan 15. mai. Det blir halde eit ope informasjonsmøte på Tåsen skule 28. april klokka 18.',
      'You are receiving this notice because you own property adjoining the planning area. The developer wants to demolish the existing centre and build about 180 homes, a six-group kindergarten and 4,000 square metres of commercial space on the ground floor. The plan also includes a new footpath and cycle path along Nordbergveien and changes to the access from Tåsenveien. Comments can be sent to the planning office by 15 May. There will be an open information meeting at Tåsen school on 28 April at 6 pm.',
    ),
    seen: [{ by: 'endUser', at: 13 }, { by: 'jonas', at: 12 }, { by: 'olav', at: 12 }, { by: 'silje', at: 11, viaOwner: true }],
    actions: [{ kind: 'link', slug: 'submit-comment', priority: 'Primary', title: t('Send innspill', 'Send innspel', 'Send a comment') }],
  },
  {
    // Bokmål only, on behalf of the end user's father.
    key: 'fjordvik-home-care',
    org: 'fjordvik', resource: 'fjordvik-helse-omsorg', party: 'father',
    status: 'Completed', created: 28,
    senderName: t('Fjordvik kommune, tildelingskontoret'),
    title: t('Vedtak om praktisk bistand og trygghetsalarm'),
    summary: t('Olav Haugen får praktisk bistand to ganger i uken fra 1. april.'),
    main: { kind: 'markdown', content: E.HOME_CARE_NB_ONLY },
    transmissions: [{ key: 'decision', type: 'Decision', at: 28, title: t('Vedtak om hjemmetjenester') }],
    seen: [{ by: 'olav', at: 27 }, { by: 'endUser', at: 26 }],
    actions: [{ kind: 'link', slug: 'read-decision', priority: 'Primary', title: t('Les vedtaket') }],
  },
  {
    key: 'nav-pension-payment',
    org: 'nav', resource: 'nav-pensjon', party: 'father',
    status: 'NotApplicable', created: 7,
    title: t('Utbetaling av alderspensjon for april', 'Utbetaling av alderspensjon for april', 'Retirement pension payment for April'),
    summary: t('Du får 24 318 kroner etter skatt den 20. april.', 'Du får 24 318 kroner etter skatt den 20. april.', 'You will receive NOK 24,318 after tax on 20 April.'),
    attachments: [{ name: 'utbetalingsmelding-april', title: t('Utbetalingsmelding', 'Utbetalingsmelding', 'Payment statement') }],
  },
  {
    key: 'fjordvik-school-transport',
    org: 'fjordvik', resource: 'fjordvik-skoleskyss', party: 'person',
    status: 'Completed', label: 'Archive', created: 101,
    title: t('Vedtak: Emma får gratis skoleskyss', 'Vedtak: Emma får gratis skuleskyss', 'Decision: Emma gets free school transport'),
    summary: t(
      'Skoleveien er særlig farlig. Emma får skyss fra skolestart i august.',
      'Skulevegen er særleg farleg. Emma får skyss frå skulestart i august.',
      'The route to school is particularly dangerous. Emma will get transport from the start of term in August.',
    ),
    transmissions: [
      { key: 'application', type: 'Submission', at: 100, from: 'endUser', title: t('Søknad om skoleskyss', 'Søknad om skuleskyss', 'Application for school transport') },
      { key: 'decision', type: 'Decision', at: 75, related: 'application', title: t('Vedtak om skoleskyss', 'Vedtak om skuleskyss', 'School transport decision') },
    ],
    activities: [
      { type: 'DialogDeleted', at: 60, by: 'owner' },
      { type: 'DialogRestored', at: 59, by: 'owner' },
      {
        type: 'Information', at: 59, by: 'owner',
        description: t(
          'Saken ble slettet ved en feil og er gjenopprettet.',
          'Saka vart sletta ved ein feil og er gjenoppretta.',
          'The case was deleted by mistake and has been restored.',
        ),
      },
    ],
    seen: [{ by: 'endUser', at: 74 }],
  },
];
