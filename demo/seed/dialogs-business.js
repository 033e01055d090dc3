// Hand-written dialogs for the organisations the end user may act for:
// Fjordvik Bakeri og Kafe AS (with sub-units, one deleted) and the sub-unit
// of Nordlys Eiendom AS. See build.js for the spec format.

import { t } from './texts.js';
import { A, PROMPT } from './action-texts.js';
import * as E from './embed-texts.js';

export const BUSINESS_DIALOGS = [
  {
    key: 'brg-annual-accounts-2025',
    org: 'brg', resource: 'brg-arsregnskap', party: 'bakery',
    status: 'RequiresAttention', created: 20, due: 95,
    process: 'urn:brreg:arsregnskap:2025:310910007',
    title: t('Årsregnskapet for 2025 må sendes inn', 'Årsrekneskapen for 2025 må sendast inn', 'The 2025 annual accounts must be submitted'),
    summary: t(
      'Send inn årsregnskapet innen fristen. Etter fristen ilegges forsinkelsesgebyr.',
      'Send inn årsrekneskapen innan fristen. Etter fristen blir det lagt på forseinkingsgebyr.',
      'Submit the annual accounts by the deadline. A late filing fee is charged after the deadline.',
    ),
    additionalInfo: {
      markdown: true,
      text: t(
        '### Dette må være med\n\n- Resultatregnskap og balanse\n- Noter\n- Revisjonsberetning (hvis selskapet har revisor)\n\nSe [veiledningen](https://www.brreg.no/) for små foretak.',
        '### Dette må vere med\n\n- Resultatrekneskap og balanse\n- Notar\n- Revisjonsmelding (dersom selskapet har revisor)\n\nSjå [rettleiinga](https://www.brreg.no/) for små føretak.',
        '### Required contents\n\n- Income statement and balance sheet\n- Notes\n- Auditor\'s report (if the company has an auditor)\n\nSee [the guidance](https://www.brreg.no/en/) for small enterprises.',
      ),
    },
    actions: [
      { kind: 'link', slug: 'fill-in-form', priority: 'Primary', title: t('Fyll ut årsregnskapet', 'Fyll ut årsrekneskapen', 'Fill in the annual accounts') },
      { kind: 'submit', priority: 'Secondary', title: A.submit },
      { kind: 'link', slug: 'guidance', priority: 'Tertiary', title: A.guidance },
    ],
    apiActions: [{ action: 'write', name: 'arsregnskap-send-inn', path: 'arsregnskap', method: 'POST' }],
  },
  {
    key: 'brg-registration-change',
    org: 'brg', resource: 'brg-foretaksregisteret', party: 'bakery',
    status: 'Completed', label: 'Archive', created: 150,
    title: t('Endringen er registrert i Foretaksregisteret', 'Endringa er registrert i Føretaksregisteret', 'The change has been registered in the Register of Business Enterprises'),
    summary: t('Ny daglig leder og ny forretningsadresse er registrert.', 'Ny dagleg leiar og ny forretningsadresse er registrert.', 'A new general manager and a new business address have been registered.'),
    main: { kind: 'legacy', content: E.COMPANY_REGISTRATION_LEGACY },
    attachments: [
      { name: 'firmaattest', expires: -30, title: t('Firmaattest', 'Firmaattest', 'Certificate of registration') },
      { name: 'kunngjoring', title: t('Kunngjøring', 'Kunngjering', 'Announcement') },
    ],
    seen: [{ by: 'endUser', at: 149 }, { by: 'aisha', at: 140 }],
  },
  {
    key: 'skd-enforcement-fine-warning',
    org: 'skd', resource: 'skd-a-melding', party: 'bakery',
    status: 'RequiresAttention', created: 12, due: -3,
    title: t('Varsel om tvangsmulkt: A-melding for februar mangler', 'Varsel om tvangsmulkt: A-melding for februar manglar', 'Notice of coercive fine: A-message for February is missing'),
    summary: t(
      'Send a-meldingen snarest. Tvangsmulkten er 1 000 kroner per dag fra fristen.',
      'Send a-meldinga snarast. Tvangsmulkta er 1 000 kroner per dag frå fristen.',
      'Send the a-message as soon as possible. The fine is NOK 1,000 per day from the deadline.',
    ),
    transmissions: [
      {
        key: 'alert', type: 'Alert', at: 12,
        title: t('Varsel om tvangsmulkt', 'Varsel om tvangsmulkt', 'Notice of coercive fine'),
        attachments: [{ name: 'varsel-tvangsmulkt', title: t('Varselbrev', 'Varselbrev', 'Notice letter'), at: 12 }],
      },
    ],
    seen: [{ by: 'aisha', at: 11 }],
    actions: [
      { kind: 'link', slug: 'submit-a-melding', priority: 'Primary', title: t('Send a-melding', 'Send a-melding', 'Send the a-message') },
      { kind: 'link', slug: 'contact', priority: 'Tertiary', title: A.contact },
    ],
  },
  {
    key: 'skd-a-melding-receipt-api',
    org: 'skd', resource: 'skd-a-melding', party: 'bakery',
    status: 'Completed', created: 33, isApiOnly: true,
    title: t('Kvittering for a-melding januar 2026', 'Kvittering for a-melding januar 2026', 'Receipt for a-message January 2026'),
    apiActions: [{ action: 'read', name: 'a-melding-kvittering', path: 'kvittering' }],
  },
  {
    key: 'skd-vat-return-api',
    org: 'skd', resource: 'skd-mva-melding', party: 'bakerySentrum',
    status: 'Awaiting', created: 8, isApiOnly: true,
    title: t('Mva-melding 6. termin 2025', 'Mva-melding 6. termin 2025', 'VAT return, 6th term 2025'),
    apiActions: [
      { action: 'read', name: 'mva-melding-status', path: 'status' },
      { action: 'write', name: 'mva-melding-innsending', path: 'innsending', method: 'POST' },
    ],
  },
  {
    key: 'arbeidstilsynet-inspection',
    org: 'arbeidstilsynet', resource: 'arbeidstilsynet-tilsyn', party: 'bakery',
    status: 'RequiresAttention', created: 16, due: -1,
    extendedStatus: { code: 'VARSEL_OM_PALEGG', text: t('Varsel om pålegg', 'Varsel om pålegg', 'Notice of order') },
    externalReference: 'AT-2026/4471',
    title: t('Tilsyn ved Fjordvik Bakeri og Kafe: varsel om pålegg', 'Tilsyn ved Fjordvik Bakeri og Kafe: varsel om pålegg', 'Inspection at Fjordvik Bakeri og Kafe: notice of order'),
    summary: t(
      'Vi fant to brudd på arbeidsmiljøloven. Gi tilbakemelding innen fristen.',
      'Vi fann to brot på arbeidsmiljølova. Gi tilbakemelding innan fristen.',
      'We found two breaches of the Working Environment Act. Respond by the deadline.',
    ),
    transmissions: [
      {
        key: 'report', type: 'Information', at: 16,
        title: t('Tilsynsrapport', 'Tilsynsrapport', 'Inspection report'),
        embed: E.INSPECTION_REPORT,
      },
      {
        key: 'notice', type: 'Request', at: 14, related: 'report',
        title: t('Varsel om pålegg: risikovurdering og arbeidstid', 'Varsel om pålegg: risikovurdering og arbeidstid', 'Notice of order: risk assessment and working hours'),
        attachments: [{ name: 'varsel-om-palegg', title: t('Varsel om pålegg', 'Varsel om pålegg', 'Notice of order'), at: 14 }],
      },
      {
        key: 'safety-rep-copy', type: 'Information', at: 13, related: 'notice', unauthorized: true,
        title: t('Kopi til verneombudet', 'Kopi til verneombodet', 'Copy to the safety representative'),
        summary: t('Denne meldingen er bare tilgjengelig for verneombudet.', 'Denne meldinga er berre tilgjengeleg for verneombodet.', 'This message is only available to the safety representative.'),
        embed: E.INSPECTION_REPORT,
        attachments: [{ name: 'kopi-verneombud', title: t('Kopi av varselet', 'Kopi av varselet', 'Copy of the notice'), at: 13 }],
        nav: [{ slug: 'safety-rep', title: t('Åpne i verneombudsportalen', 'Opne i verneombodsportalen', 'Open in the safety representative portal') }],
      },
    ],
    seen: [{ by: 'per', at: 12 }, { by: 'endUser', at: 12 }],
    actions: [
      { kind: 'link', slug: 'respond', priority: 'Primary', title: t('Svar på varselet', 'Svar på varselet', 'Respond to the notice') },
      { kind: 'link', slug: 'report', priority: 'Secondary', title: t('Se tilsynsrapporten', 'Sjå tilsynsrapporten', 'See the inspection report') },
      { kind: 'link', slug: 'guidance', priority: 'Tertiary', title: t('Veiledning om risikovurdering', 'Rettleiing om risikovurdering', 'Guidance on risk assessment') },
    ],
  },
  {
    key: 'arbeidstilsynet-premises-consent',
    org: 'arbeidstilsynet', resource: 'arbeidstilsynet-samtykke', party: 'bakerySentrum',
    status: 'Completed', label: 'Archive', created: 91,
    title: t('Samtykke gitt: Nye produksjonslokaler i Strandgata 4', 'Samtykke gitt: Nye produksjonslokale i Strandgata 4', 'Consent granted: New production premises at Strandgata 4'),
    transmissions: [
      {
        key: 'application', type: 'Submission', at: 90, from: 'per',
        title: t('Søknad om samtykke til arbeidslokaler', 'Søknad om samtykke til arbeidslokale', 'Application for consent for workplace premises'),
        attachments: [{ name: 'plantegning', title: t('Plantegning', 'Planteikning', 'Floor plan'), at: 90 }],
      },
      {
        key: 'decision', type: 'Decision', at: 60, related: 'application',
        title: t('Samtykke gitt', 'Samtykke gitt', 'Consent granted'),
        attachments: [{ name: 'samtykke', title: t('Samtykkebrev', 'Samtykkebrev', 'Letter of consent'), at: 60 }],
      },
    ],
    activities: [{ type: 'DialogClosed', at: 60, by: 'owner' }],
    seen: [{ by: 'per', at: 59 }],
  },
  {
    key: 'fjordvik-alcohol-licence',
    org: 'fjordvik', resource: 'fjordvik-skjenkebevilling', party: 'bakery',
    status: 'Completed', created: 66,
    title: t('Vedtak om utvidet skjenkebevilling', 'Vedtak om utvida skjenkeløyve', 'Decision on extended alcohol licence'),
    summary: t('Søknaden er innvilget for sommersesongen 2026.', 'Søknaden er innvilga for sommarsesongen 2026.', 'The application has been granted for the 2026 summer season.'),
    transmissions: [
      { key: 'application', type: 'Submission', at: 65, from: 'endUser', title: t('Søknad om utvidet skjenkebevilling', 'Søknad om utvida skjenkeløyve', 'Application for extended alcohol licence') },
      { key: 'received', type: 'Information', at: 64, related: 'application', title: t('Søknaden er mottatt', 'Søknaden er motteken', 'The application has been received') },
      {
        key: 'decision', type: 'Decision', at: 21, related: 'application',
        title: t('Vedtak: Søknaden er innvilget', 'Vedtak: Søknaden er innvilga', 'Decision: The application is granted'),
        embed: E.LICENCE_DECISION,
        attachments: [{ name: 'vedtak-skjenkebevilling', title: t('Vedtaksbrev', 'Vedtaksbrev', 'Decision letter'), at: 21 }],
      },
    ],
    activities: [
      { type: 'FormSubmitted', at: 65, by: 'endUser' },
      {
        type: 'Information', at: 50, by: 'owner',
        description: t(
          'Søknaden er sendt på høring til politiet og Nav.',
          'Søknaden er send på høyring til politiet og Nav.',
          'The application has been sent to the police and Nav for comments.',
        ),
      },
    ],
    seen: [{ by: 'endUser', at: 20 }, { by: 'aisha', at: 19 }, { by: 'per', at: 18 }],
    actions: [
      { kind: 'link', slug: 'read-decision', priority: 'Primary', title: A.readDecision },
      { kind: 'link', slug: 'appeal', priority: 'Tertiary', title: A.appeal },
    ],
  },
  {
    key: 'fjordvik-property-fees-bakery',
    org: 'fjordvik', resource: 'fjordvik-kommunale-avgifter', party: 'bakery',
    status: 'NotApplicable', created: 45,
    title: t('Eiendomsskatt og kommunale avgifter 2026 – Strandgata 4', 'Eigedomsskatt og kommunale avgifter 2026 – Strandgata 4', 'Property tax and municipal fees 2026 – Strandgata 4'),
    summary: t('Samlet beløp for 2026 er 38 420 kroner, fordelt på fire terminer.', 'Samla beløp for 2026 er 38 420 kroner, fordelt på fire terminar.', 'The total for 2026 is NOK 38,420, split into four instalments.'),
    attachments: [{ name: 'faktura-2026', title: t('Faktura 2026', 'Faktura 2026', 'Invoice 2026') }],
    activities: [{ type: 'CorrespondenceOpened', at: 44, by: 'aisha' }],
    seen: [{ by: 'aisha', at: 44 }, { by: 'endUser', at: 40 }],
    actions: [{ kind: 'delete', priority: 'Tertiary', title: A.delete, prompt: PROMPT.delete }],
  },
  {
    key: 'brg-subunit-deleted',
    org: 'brg', resource: 'brg-foretaksregisteret', party: 'bakeryHavna',
    status: 'Completed', label: 'Archive', created: 200,
    title: t('Underenheten er slettet fra Enhetsregisteret', 'Undereininga er sletta frå Einingsregisteret', 'The sub-unit has been deleted from the Central Coordinating Register'),
    summary: t('FJORDVIK BAKERI OG KAFE AS AVD HAVNA er slettet.', 'FJORDVIK BAKERI OG KAFE AS AVD HAVNA er sletta.', 'FJORDVIK BAKERI OG KAFE AS AVD HAVNA has been deleted.'),
    seen: [{ by: 'endUser', at: 199 }],
  },
  {
    key: 'fjordvik-final-invoice-havna',
    org: 'fjordvik', resource: 'fjordvik-kommunale-avgifter', party: 'bakeryHavna',
    status: 'NotApplicable', created: 190,
    title: t('Sluttfaktura for vann og avløp, Havnegata 1', 'Sluttfaktura for vatn og avløp, Hamnegata 1', 'Final invoice for water and sewage, Havnegata 1'),
    attachments: [{ name: 'sluttfaktura', expires: -100, title: t('Sluttfaktura', 'Sluttfaktura', 'Final invoice') }],
    actions: [{ kind: 'delete-retained', priority: 'Tertiary', title: A.delete, prompt: PROMPT.delete }],
  },
  {
    key: 'fjordvik-lease-signing',
    org: 'fjordvik', resource: 'fjordvik-eiendom', party: 'nordlysFjordvik',
    status: 'RequiresAttention', created: 3, due: 11,
    title: t('Leieavtale for kommunal næringseiendom, Kaivegen 2', 'Leigeavtale for kommunal næringseigedom, Kaivegen 2', 'Lease for municipal commercial property, Kaivegen 2'),
    summary: t('Leieavtalen er klar for signering av daglig leder.', 'Leigeavtalen er klar for signering av dagleg leiar.', 'The lease is ready to be signed by the general manager.'),
    transmissions: [
      {
        key: 'lease', type: 'Request', at: 3,
        title: t('Signer leieavtalen', 'Signer leigeavtalen', 'Sign the lease'),
        attachments: [{ name: 'leieavtale-kaivegen-2', title: t('Leieavtale (utkast)', 'Leigeavtale (utkast)', 'Lease (draft)'), at: 3 }],
      },
    ],
    activities: [{ type: 'SentToSigning', at: 3, by: 'owner' }],
    actions: [
      { kind: 'confirm', action: 'sign', unauthorized: true, priority: 'Primary', title: t('Signer leieavtalen', 'Signer leigeavtalen', 'Sign the lease') },
      { kind: 'link', slug: 'read-lease', priority: 'Secondary', title: t('Les leieavtalen', 'Les leigeavtalen', 'Read the lease') },
      { kind: 'link', slug: 'contact', priority: 'Tertiary', title: A.contact },
    ],
  },
  {
    key: 'fjordvik-maintenance-agreement-signed',
    org: 'fjordvik', resource: 'fjordvik-eiendom', party: 'nordlysFjordvik',
    status: 'Completed', created: 31,
    title: t('Signert: Avtale om vedlikehold av uteområder', 'Signert: Avtale om vedlikehald av uteområde', 'Signed: Agreement on maintenance of outdoor areas'),
    activities: [
      { type: 'SentToSigning', at: 30, by: 'owner' },
      { type: 'SignatureProvided', at: 28, by: 'silje' },
      { type: 'DialogClosed', at: 27, by: 'owner' },
    ],
    attachments: [{ name: 'signert-avtale', title: t('Signert avtale', 'Signert avtale', 'Signed agreement') }],
    seen: [{ by: 'silje', at: 28 }, { by: 'endUser', at: 25 }],
  },
  {
    key: 'nav-sick-leave-employer',
    org: 'nav', resource: 'nav-sykmelding', party: 'bakerySentrum',
    status: 'NotApplicable', label: 'Bin', created: 9,
    title: t('Sykmelding for Per Kristian Nilsen (50 %)', 'Sjukmelding for Per Kristian Nilsen (50 %)', 'Sick leave note for Per Kristian Nilsen (50%)'),
    activities: [{ type: 'CorrespondenceOpened', at: 8, by: 'endUser' }],
    seen: [{ by: 'endUser', at: 8 }],
  },
  {
    key: 'svv-roadside-inspection',
    org: 'svv', resource: 'svv-kjoretoy', party: 'bakery',
    status: 'InProgress', created: 6, due: 20,
    title: t('Kontrollseddel etter utekontroll: SU 98765', 'Kontrollsetel etter utekontroll: SU 98765', 'Roadside inspection report: SU 98765'),
    summary: t('Bremsene må utbedres og kontrolleres innen 20 dager.', 'Bremsene må utbetrast og kontrollerast innan 20 dagar.', 'The brakes must be repaired and checked within 20 days.'),
    transmissions: [{ key: 'notice', type: 'Alert', at: 6, title: t('Mangler ved bremser', 'Manglar ved bremsene', 'Brake defects') }],
    actions: [
      { kind: 'link', slug: 'vehicle-info', priority: 'Primary', title: t('Se kontrollseddelen', 'Sjå kontrollsetelen', 'See the inspection report') },
      { kind: 'fail', priority: 'Secondary', title: t('Meld fra om utbedring', 'Meld frå om utbetring', 'Report the repair') },
    ],
  },
  {
    // Second hostile-looking dialog: markup in title/summary must be shown as text.
    key: 'bergen-hostile-invoice',
    org: 'bergen', resource: 'bergen-kommunale-avgifter', party: 'bakerySentrum',
    status: 'NotApplicable', created: 15,
    title: t(
      'Faktura nr. 2026-118 <img src=x onerror="alert(\'faktura\')"> & «renovasjon»',
      'Faktura nr. 2026-118 <img src=x onerror="alert(\'faktura\')"> & «renovasjon»',
      'Invoice no. 2026-118 <img src=x onerror="alert(\'invoice\')"> & "waste collection"',
    ),
    summary: t(
      '</div><h1>Overskrift?</h1> Se javascript:alert(document.cookie) – dette er bare tekst.',
      '</div><h1>Overskrift?</h1> Sjå javascript:alert(document.cookie) – dette er berre tekst.',
      '</div><h1>Heading?</h1> See javascript:alert(document.cookie) – this is just text.',
    ),
    seen: [{ by: 'endUser', at: 14 }],
  },
];
