/**
 * The HTML pages of the demo service platform (`P/pages/{dialogId}/{slug}`).
 */
import { newMessageForm } from './new-message.js';

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Title from slug: 'fyll-ut-skjema' → 'Fyll ut skjema' (a few English slugs get Norwegian titles). */
export function titleFromSlug(slug) {
  const key = String(slug).toLowerCase();
  if (Object.hasOwn(SLUG_TITLES, key)) return SLUG_TITLES[key];
  const words = key.replace(/[^a-z0-9æøå]+/gi, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Tjeneste';
}

/** Norwegian (bokmål) titles for the page slugs the seed uses. */
const SLUG_TITLES = {
  'open-tax-return': 'Åpne skattemeldingen',
  'previous-year': 'Fjorårets skattemelding',
  'read-settlement': 'Les skatteoppgjøret',
  'view-application': 'Se søknaden',
  'upload-documents': 'Last opp dokumenter',
  'read-decision': 'Les vedtaket',
  appeal: 'Klag på vedtaket',
  'fill-in-form': 'Fyll ut skjemaet',
  'fill-in-the-form': 'Fyll ut skjemaet',
  'fill-form': 'Fyll ut skjemaet',
  'activity-plan': 'Aktivitetsplan',
  'payment-plan': 'Betalingsplan',
  'continue-form': 'Fortsett utfyllingen',
  'book-inspection': 'Bestill kontroll',
  'vehicle-info': 'Opplysninger om kjøretøyet',
  'case-overview': 'Saksoversikt',
  'case-documents': 'Saksdokumenter',
  'decline-offer': 'Takk nei til tilbudet',
  'update-contact-info': 'Oppdater kontaktopplysninger',
  'contact-info': 'Kontaktopplysninger',
  'test-page': 'Testside',
  'pickup-location': 'Hentested',
  'submit-comment': 'Send inn merknad',
  guidance: 'Veiledning',
  'submit-a-melding': 'Send inn melding',
  contact: 'Kontakt oss',
  respond: 'Svar',
  report: 'Rapporter',
  'read-lease': 'Les leieavtalen',
  payment: 'Betaling',
  pay: 'Betal',
  'tax-card': 'Skattekort',
  feedback: 'Tilbakemelding',
  invoice: 'Faktura',
  'beneficial-owners': 'Reelle rettighetshavere',
  appointment: 'Timeavtale',
  newsletter: 'Nyhetsbrev',
  notice: 'Varsel',
  claim: 'Krav',
  form: 'Skjema',
  sign: 'Signer',
  'read-more': 'Les mer',
  details: 'Detaljer',
  receipt: 'Kvittering',
};

/**
 * @param {{ slug: string, dialog: any|null, portalUrl: string, orgName?: string }} o
 */
export function renderServicePage({ slug, dialog, portalUrl, orgName }) {
  const title = titleFromSlug(slug);
  const dialogTitle = dialog?.content?.title?.value?.find((l) => l.languageCode === 'nb')?.value ?? dialog?.content?.title?.value?.[0]?.value ?? '';
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(orgName || 'Tjenesteeier')}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1e2b3c; }
  header { border-bottom: 2px solid #0062ba; margin-bottom: 1.5rem; }
  .box { background: #f1f5f9; border-radius: .5rem; padding: 1rem; }
  a { color: #0062ba; }
</style>
</head>
<body>
<header><p>${escapeHtml(orgName || 'Tjenesteeier')} · demotjeneste</p></header>
<main>
  <h1>${escapeHtml(title)}</h1>
  ${dialogTitle ? `<p>Gjelder: <strong>${escapeHtml(dialogTitle)}</strong></p>` : ''}
  <div class="box">
    <p>Dette er en demoside hos tjenesteeieren. I en ekte tjeneste ville du fylt ut skjemaet eller fullført oppgaven her.</p>
  </div>
  ${dialog?.id ? newMessageForm(dialog.id, slug === 'melding-sendt') : ''}
  <p><a href="${escapeHtml(portalUrl)}/">Tilbake til innboksen</a></p>
</main>
</body>
</html>
`;
}
