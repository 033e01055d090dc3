import type { listEn } from './list-en.js';
import { plural } from './plural.js';

/**
 * UI texts of the list's finding and bulk features (folders, filters, search, bulk actions, parties) in bokmål, kept
 * apart from the core catalog. Every key must exist in all three languages.
 */
export const listNb: typeof listEn = {
  folders: 'Mapper',
  folder: { inbox: 'Innboks', drafts: 'Utkast', sent: 'Sendt', archive: 'Arkiv', bin: 'Papirkurv' },
  search: 'Søk',
  searchLabel: 'Søk i sakene dine',
  searchPlaceholder: 'Søk i innboksen',
  searchHint: 'Skriv minst 3 tegn.',
  searchAllFolders: 'Treff fra alle mapper',
  clearSearch: 'Tøm søket',
  searchTooBroad: 'Søket etter «{q}» ga for mange treff til å bli ferdig. Bruk flere eller mer presise ord, eller legg til filtre.',
  filters: 'Filtre',
  filterStatus: 'Status',
  filterOrg: 'Avsender',
  filterService: 'Tjeneste',
  filterUpdated: 'Oppdatert',
  seen: { read: 'Lest', unread: 'Ulest' },
  dates: {
    today: 'I dag',
    week: 'Denne uken',
    month: 'Denne måneden',
    '6m': 'Siste 6 måneder',
    '12m': 'Siste 12 måneder',
    older: 'Eldre enn 12 måneder',
    custom: 'Velg datoer',
  },
  activeFilters: 'Aktive filtre',
  removeFilter: 'Fjern filteret {filter}',
  resetFilters: 'Nullstill filtre',
  sortBy: 'Sorter',
  sort: {
    contentUpdatedAt_desc: 'Nyeste først',
    contentUpdatedAt_asc: 'Eldste først',
    createdAt_desc: 'Sist opprettet',
    dueAt_asc: 'Frist',
  },
  noDate: 'Uten dato',
  resultCount: plural('{n} sak', '{n} saker'),
  resultCountMore: plural('{n} sak vises, flere finnes', '{n} saker vises, flere finnes'),
  partiesNotSearched: plural(
    'Sakene til {n} part kunne ikke hentes, så noen kan mangle nedenfor: {names}.',
    'Sakene til {n} parter kunne ikke hentes, så noen kan mangle nedenfor: {names}.',
  ),
  partiesNoAccess: plural('Du har ikke lenger tilgang til {n} part: {names}.', 'Du har ikke lenger tilgang til {n} parter: {names}.'),
  emptyFiltered: 'Ingenting passer med filtrene',
  emptyFilteredBody: 'Fjern et filter, eller nullstill alle.',
  noHitsBody: 'Søket gjelder alle mappene. Prøv andre ord.',
  noHits: 'Ingen treff på «{q}»',
  attachmentCount: plural('{n} vedlegg', '{n} vedlegg'),
  messageCount: plural('{n} melding', '{n} meldinger'),
  recipient: 'til {name}',
  select: 'Velg',
  selectDone: 'Ferdig å velge',
  selectRow: 'Velg «{title}»',
  picked: 'Valgt',
  rowMenu: 'Handlinger for «{title}»',
  parties: 'Parter',
  persons: 'Personer',
  partFailed: 'Denne delen av innboksen kunne ikke lastes. Sjekk nettforbindelsen og prøv igjen, eller last inn siden på nytt.',
  // The list's own refresh: news announced above the rows, not shuffled in.
};
