// Fjordvik kommune portal: language switch (nb/nn/en, remembered), the colour scheme (the system's) and, on
// separate.html, wiring the list's `dialog-select` event to <dialog-view>.
// External module only: the pages run under `script-src 'self'`.

const STORAGE_KEY = 'fjordvik-portal-lang';
const LANGUAGES = ['nb', 'nn', 'en'];

const TEXTS = {
  nb: {
    'title.inbox': 'Innboks – Fjordvik kommune',
    'title.separate': 'Innboks i egen layout – Fjordvik kommune',
    skip: 'Hopp til hovedinnholdet',
    tagline: 'Min side',
    'nav.label': 'Hovedmeny',
    'nav.inbox': 'Innboks',
    'nav.separate': 'Innboks i egen layout',
    'nav.contact': 'Kontakt',
    crumb: 'Min side',
    'inbox.heading': 'Innboksen din',
    'inbox.lead': 'Her finner du brev, vedtak og søknader fra Fjordvik kommune og andre offentlige virksomheter – for deg selv og for dem du kan representere.',
    'separate.heading': 'Innboksen din',
    'separate.lead': 'Listen og meldingen vises hver for seg i kommunens egen sideoppsett. Velg en melding i listen for å lese den.',
    'separate.listHeading': 'Meldinger',
    'separate.viewHeading': 'Valgt melding',
    'footer.contactHeading': 'Kontakt oss',
    'footer.phone': 'Telefon',
    'footer.email': 'E-post',
    'footer.hoursHeading': 'Servicetorget',
    'footer.hours': 'Åpent mandag–fredag kl. 08.00–15.30. Torsdag til kl. 18.00.',
    'footer.aboutHeading': 'Om nettstedet',
    'footer.about': 'Fjordvik kommune er en oppdiktet kommune. Siden viser hvordan en kommune kan vise innboksen fra Dialogporten i sin egen portal.',
    'footer.orgNo': 'Org.nr.',
  },
  nn: {
    'title.inbox': 'Innboks – Fjordvik kommune',
    'title.separate': 'Innboks i eiga utforming – Fjordvik kommune',
    skip: 'Hopp til hovudinnhaldet',
    tagline: 'Mi side',
    'nav.label': 'Hovudmeny',
    'nav.inbox': 'Innboks',
    'nav.separate': 'Innboks i eiga utforming',
    'nav.contact': 'Kontakt',
    crumb: 'Mi side',
    'inbox.heading': 'Innboksen din',
    'inbox.lead': 'Her finn du brev, vedtak og søknader frå Fjordvik kommune og andre offentlege verksemder – for deg sjølv og for dei du kan representere.',
    'separate.heading': 'Innboksen din',
    'separate.lead': 'Lista og meldinga blir viste kvar for seg i sideoppsettet til kommunen. Vel ei melding i lista for å lese henne.',
    'separate.listHeading': 'Meldingar',
    'separate.viewHeading': 'Vald melding',
    'footer.contactHeading': 'Kontakt oss',
    'footer.phone': 'Telefon',
    'footer.email': 'E-post',
    'footer.hoursHeading': 'Servicetorget',
    'footer.hours': 'Ope måndag–fredag kl. 08.00–15.30. Torsdag til kl. 18.00.',
    'footer.aboutHeading': 'Om nettstaden',
    'footer.about': 'Fjordvik kommune er ein oppdikta kommune. Sida viser korleis ein kommune kan vise innboksen frå Dialogporten i sin eigen portal.',
    'footer.orgNo': 'Org.nr.',
  },
  en: {
    'title.inbox': 'Inbox – Fjordvik Municipality',
    'title.separate': 'Inbox in the portal layout – Fjordvik Municipality',
    skip: 'Skip to main content',
    tagline: 'My page',
    'nav.label': 'Main menu',
    'nav.inbox': 'Inbox',
    'nav.separate': 'Inbox in the portal layout',
    'nav.contact': 'Contact',
    crumb: 'My page',
    'inbox.heading': 'Your inbox',
    'inbox.lead': 'Letters, decisions and applications from Fjordvik Municipality and other public agencies – for yourself and for those you can represent.',
    'separate.heading': 'Your inbox',
    'separate.lead': "The list and the message are placed separately in the municipality's own layout. Choose a message in the list to read it.",
    'separate.listHeading': 'Messages',
    'separate.viewHeading': 'Selected message',
    'footer.contactHeading': 'Contact us',
    'footer.phone': 'Phone',
    'footer.email': 'Email',
    'footer.hoursHeading': 'Service centre',
    'footer.hours': 'Open Monday–Friday 8:00–15:30. Thursdays until 18:00.',
    'footer.aboutHeading': 'About this site',
    'footer.about': 'Fjordvik is a fictional municipality. This site shows how a municipality can show the Dialogporten inbox in its own portal.',
    'footer.orgNo': 'Org. no.',
  },
};

function readStoredLanguage() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(value) ? value : null;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame)
  }
}

function storeLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not fatal: the choice just is not remembered */
  }
}

function applyLanguage(lang) {
  const texts = TEXTS[lang] ?? TEXTS.nb;
  document.documentElement.lang = lang;
  for (const inbox of document.querySelectorAll('dialog-inbox')) inbox.setAttribute('lang', lang);
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const text = texts[el.dataset.i18n];
    if (text == null) continue;
    if (el.tagName === 'TITLE') document.title = text;
    else el.textContent = text;
  }
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) {
    const text = texts[el.dataset.i18nAriaLabel];
    if (text != null) el.setAttribute('aria-label', text);
  }
  for (const button of document.querySelectorAll('.lang-switch [data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

function setUpLanguageSwitch() {
  const initial = readStoredLanguage() ?? (LANGUAGES.includes(document.documentElement.lang) ? document.documentElement.lang : 'nb');
  applyLanguage(initial);
  for (const button of document.querySelectorAll('.lang-switch [data-lang]')) {
    button.addEventListener('click', () => {
      const lang = button.dataset.lang;
      applyLanguage(lang);
      storeLanguage(lang);
    });
  }
}

/** Keep `?dialog=<id>` in the address, so a reload reopens the same dialog. */
function setDialogParam(id) {
  const url = new URL(location.href);
  if (id) url.searchParams.set('dialog', id);
  else url.searchParams.delete('dialog');
  history.replaceState(null, '', url);
}

/** The id from a `dialog-select` event, whatever shape its detail has. */
function selectedDialogId(event) {
  const detail = event.detail;
  if (typeof detail === 'string') return detail;
  return detail?.dialogId ?? detail?.id ?? detail?.dialog?.id ?? null;
}

function showDialog(view, id, { focus }) {
  if (!id) return;
  view.setAttribute('dialog-id', id);
  setDialogParam(id);
  if (focus) {
    // On narrow screens the view sits below the list: bring it into view.
    const region = document.getElementById('dialog-view-region');
    if (region && region.getBoundingClientRect().top > window.innerHeight * 0.5) {
      region.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  }
}

function setUpSeparateLayout() {
  const view = document.querySelector('dialog-view');
  if (!view || !document.querySelector('dialog-list')) return;
  // Listen on the list and the root: works whether or not the event bubbles.
  const handled = new WeakSet();
  const onSelect = (event) => {
    if (handled.has(event)) return;
    handled.add(event);
    showDialog(view, selectedDialogId(event), { focus: true });
  };
  // The view was left ("back", or the dialog was deleted): clear our selection too.
  const onClose = (event) => {
    if (handled.has(event)) return;
    handled.add(event);
    view.removeAttribute('dialog-id');
    setDialogParam(null);
  };
  for (const el of document.querySelectorAll('dialog-list, dialog-inbox')) el.addEventListener('dialog-select', onSelect);
  for (const el of document.querySelectorAll('dialog-view, dialog-inbox')) el.addEventListener('dialog-close', onClose);
  const fromUrl = new URL(location.href).searchParams.get('dialog');
  if (fromUrl && /^[0-9a-f-]{36}$/i.test(fromUrl)) showDialog(view, fromUrl, { focus: false });
}

/**
 * The colour scheme follows the system setting: the page (brand.css and portal.css read it from <html>) and the
 * inbox elements, whose own dark scheme needs the attribute on them (a shadow root cannot see the page's).
 */
function setUpColorScheme() {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    document.documentElement.dataset.colorScheme = dark.matches ? 'dark' : 'light';
    for (const el of document.querySelectorAll('dialog-inbox, dialog-list, dialog-view, dialog-party-picker')) {
      if (dark.matches) el.setAttribute('data-color-scheme', 'dark');
      else el.removeAttribute('data-color-scheme');
    }
  };
  dark.addEventListener('change', apply);
  apply();
}

setUpColorScheme();
setUpLanguageSwitch();
setUpSeparateLayout();
