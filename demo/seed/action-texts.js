// Recurring GUI action titles and confirmation prompts.

import { t } from './texts.js';

export const A = {
  confirmReceipt: t('Bekreft mottak', 'Stadfest mottak', 'Confirm receipt'),
  submit: t('Send inn', 'Send inn', 'Submit'),
  withdraw: t('Trekk søknaden', 'Trekk søknaden', 'Withdraw the application'),
  delete: t('Slett', 'Slett', 'Delete'),
  deleteDraft: t('Slett utkastet', 'Slett utkastet', 'Delete the draft'),
  continueForm: t('Fortsett utfyllingen', 'Hald fram med utfyllinga', 'Continue filling in'),
  readDecision: t('Les vedtaket', 'Les vedtaket', 'Read the decision'),
  appeal: t('Klag på vedtaket', 'Klag på vedtaket', 'Appeal the decision'),
  viewApplication: t('Se søknaden', 'Sjå søknaden', 'View the application'),
  contact: t('Kontakt oss', 'Kontakt oss', 'Contact us'),
  guidance: t('Les veiledningen', 'Les rettleiinga', 'Read the guidance'),
};

export const PROMPT = {
  delete: t(
    'Vil du slette denne dialogen? Dette kan ikke angres.',
    'Vil du slette denne dialogen? Dette kan ikkje angrast.',
    'Do you want to delete this dialog? This cannot be undone.',
  ),
  deleteDraft: t(
    'Vil du slette utkastet? Opplysningene du har fylt ut, blir borte.',
    'Vil du slette utkastet? Opplysningane du har fylt ut, blir borte.',
    'Do you want to delete the draft? The information you have filled in will be lost.',
  ),
  withdraw: t(
    'Er du sikker på at du vil trekke søknaden? Du må sende en ny søknad hvis du ombestemmer deg.',
    'Er du sikker på at du vil trekkje søknaden? Du må sende ein ny søknad dersom du ombestemmer deg.',
    'Are you sure you want to withdraw the application? You will have to apply again if you change your mind.',
  ),
};
