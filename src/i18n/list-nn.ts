import type { listEn } from './list-en.js';
import { plural } from './plural.js';

/**
 * UI texts of the list's finding and bulk features (folders, filters, search, bulk actions, parties) in nynorsk, kept
 * apart from the core catalog. Every key must exist in all three languages.
 */
export const listNn: typeof listEn = {
  folders: 'Mapper',
  folder: { inbox: 'Innboks', drafts: 'Utkast', sent: 'Sendt', archive: 'Arkiv', bin: 'Papirkorg' },
  search: 'Søk',
  searchLabel: 'Søk i sakene dine',
  searchPlaceholder: 'Søk i innboksen',
  searchHint: 'Skriv minst 3 teikn.',
  searchAllFolders: 'Treff frå alle mapper',
  clearSearch: 'Tøm søket',
  searchTooBroad: 'Søket etter «{q}» gav for mange treff til å bli ferdig. Bruk fleire eller meir presise ord, eller legg til filter.',
  filters: 'Filter',
  filterStatus: 'Status',
  filterOrg: 'Avsendar',
  filterService: 'Teneste',
  filterUpdated: 'Oppdatert',
  seen: { read: 'Lesen', unread: 'Ulesen' },
  dates: {
    today: 'I dag',
    week: 'Denne veka',
    month: 'Denne månaden',
    '6m': 'Siste 6 månader',
    '12m': 'Siste 12 månader',
    older: 'Eldre enn 12 månader',
    custom: 'Vel datoar',
  },
  activeFilters: 'Aktive filter',
  removeFilter: 'Fjern filteret {filter}',
  resetFilters: 'Nullstill filter',
  sortBy: 'Sorter',
  sort: {
    contentUpdatedAt_desc: 'Nyaste først',
    contentUpdatedAt_asc: 'Eldste først',
    createdAt_desc: 'Sist oppretta',
    dueAt_asc: 'Frist',
  },
  noDate: 'Utan dato',
  resultCount: plural('{n} sak', '{n} saker'),
  resultCountMore: plural('{n} sak blir vist, fleire finst', '{n} saker blir viste, fleire finst'),
  partiesNotSearched: plural(
    'Sakene til {n} part kunne ikkje hentast, så nokre kan mangle nedanfor: {names}.',
    'Sakene til {n} partar kunne ikkje hentast, så nokre kan mangle nedanfor: {names}.',
  ),
  partiesNoAccess: plural('Du har ikkje lenger tilgang til {n} part: {names}.', 'Du har ikkje lenger tilgang til {n} partar: {names}.'),
  emptyFiltered: 'Ingenting passar med filtera',
  emptyFilteredBody: 'Fjern eit filter, eller nullstill alle.',
  noHitsBody: 'Søket gjeld alle mappene. Prøv andre ord.',
  noHits: 'Ingen treff på «{q}»',
  attachmentCount: plural('{n} vedlegg', '{n} vedlegg'),
  messageCount: plural('{n} melding', '{n} meldingar'),
  recipient: 'til {name}',
  select: 'Vel',
  selectDone: 'Ferdig med å velje',
  selectRow: 'Vel «{title}»',
  picked: 'Vald',
  rowMenu: 'Handlingar for «{title}»',
  parties: 'Partar',
  persons: 'Personar',
  partFailed: 'Denne delen av innboksen kunne ikkje lastast. Sjekk nettsambandet og prøv igjen, eller last inn sida på nytt.',
  // The list's own refresh: news announced above the rows, not shuffled in.
};
