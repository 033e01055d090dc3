// Service owners (senders). Keyed by the Altinn-style org code used in `dialog.org`.
// Organisation numbers are for display only.

export const ORGS = {
  nav: {
    orgNumber: '889640782',
    name: { nb: 'Arbeids- og velferdsetaten (Nav)', nn: 'Arbeids- og velferdsetaten (Nav)', en: 'Norwegian Labour and Welfare Administration (Nav)' },
  },
  skd: {
    orgNumber: '974761076',
    name: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'The Norwegian Tax Administration' },
  },
  lanekassen: {
    orgNumber: '960885406',
    name: { nb: 'Lånekassen', nn: 'Lånekassen', en: 'The Norwegian State Educational Loan Fund' },
  },
  svv: {
    orgNumber: '971032081',
    name: { nb: 'Statens vegvesen', nn: 'Statens vegvesen', en: 'Norwegian Public Roads Administration' },
  },
  brg: {
    orgNumber: '974760673',
    name: { nb: 'Brønnøysundregistrene', nn: 'Brønnøysundregistra', en: 'The Brønnøysund Register Centre' },
  },
  oslo: {
    orgNumber: '958935420',
    name: { nb: 'Oslo kommune', nn: 'Oslo kommune', en: 'City of Oslo' },
  },
  bergen: {
    orgNumber: '964338531',
    name: { nb: 'Bergen kommune', nn: 'Bergen kommune', en: 'City of Bergen' },
  },
  digdir: {
    orgNumber: '991825827',
    name: { nb: 'Digitaliseringsdirektoratet', nn: 'Digitaliseringsdirektoratet', en: 'Norwegian Digitalisation Agency' },
  },
  politiet: {
    orgNumber: '915429785',
    name: { nb: 'Politiet', nn: 'Politiet', en: 'The Norwegian Police Service' },
  },
  husbanken: {
    orgNumber: '940350762',
    name: { nb: 'Husbanken', nn: 'Husbanken', en: 'The Norwegian State Housing Bank' },
  },
  arbeidstilsynet: {
    orgNumber: '974761211',
    name: { nb: 'Arbeidstilsynet', nn: 'Arbeidstilsynet', en: 'The Norwegian Labour Inspection Authority' },
  },
  fjordvik: {
    orgNumber: '315010004',
    name: { nb: 'Fjordvik kommune', nn: 'Fjordvik kommune', en: 'Fjordvik Municipality' },
  },
};
