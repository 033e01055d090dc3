import { plural } from './plural.js';
import type { extrasEn } from './extras-en.js';

/** UI texts that only the list's extras chunk reads, in bokmål (see ./extras-en.ts). */
export const extrasNb: typeof extrasEn = {
  filterSeen: 'Lest',
  anyValue: 'Alle',
  dateFrom: 'Fra dato',
  dateTo: 'Til dato',
  selectAll: 'Velg alle som vises',
  bulkMore: 'Handlinger',
  selectedCount: plural('{n} valgt', '{n} valgt'),
  selectMax: 'Du kan velge opptil {max} saker om gangen.',
  bulkWorking: 'Arbeider …',
  bulkDone: (action: string, n: number) => `${action}: utført for ${n === 1 ? '1 sak' : `${n} saker`}.`,
  bulkStale: 'Sakene ble endret et annet sted i mellomtiden. Listen er oppdatert nå: se over og prøv igjen.',
  bulkGone: plural('1 sak finnes ikke lenger og ble hoppet over.', '{n} saker finnes ikke lenger og ble hoppet over.'),
  filterRecipient: 'Mottaker',
  // A part of the inbox whose code (a chunk) could not be loaded.
  refreshNew: plural('{n} ny melding', '{n} nye meldinger'),
  refreshChanged: plural('{n} oppdatert melding', '{n} oppdaterte meldinger'),
  refreshShow: 'Vis',
  bulk: {
    archive: 'Flytt til arkiv',
    bin: 'Flytt til papirkurv',
    inbox: 'Flytt til innboks',
    restore: 'Gjenopprett',
    unread: 'Merk som ulest',
    read: 'Merk som lest',
  },
  bulkFailed: '{action} kunne ikke utføres. Ingenting ble endret, og valget ditt er beholdt.',
  rowActionFailed: '{action} kunne ikke utføres. Ingenting ble endret.',
};
