import { plural } from './plural.js';
import type { extrasEn } from './extras-en.js';

/** UI texts that only the list's extras chunk reads, in nynorsk (see ./extras-en.ts). */
export const extrasNn: typeof extrasEn = {
  filterSeen: 'Lesen',
  anyValue: 'Alle',
  dateFrom: 'Frå dato',
  dateTo: 'Til dato',
  bulkMore: 'Handlingar',
  selectAll: 'Vel alle som blir viste',
  selectedCount: plural('{n} vald', '{n} valde'),
  selectMax: 'Du kan velje opptil {max} saker om gongen.',
  bulkWorking: 'Arbeider …',
  bulkDone: (action: string, n: number) => `${action}: utført for ${n === 1 ? '1 sak' : `${n} saker`}.`,
  bulkStale: 'Sakene vart endra ein annan stad i mellomtida. Lista er oppdatert no: sjå over og prøv igjen.',
  bulkGone: plural('1 sak finst ikkje lenger og vart hoppa over.', '{n} saker finst ikkje lenger og vart hoppa over.'),
  filterRecipient: 'Mottakar',
  // A part of the inbox whose code (a chunk) could not be loaded.
  refreshNew: plural('{n} ny melding', '{n} nye meldingar'),
  refreshChanged: plural('{n} oppdatert melding', '{n} oppdaterte meldingar'),
  refreshShow: 'Vis',
  bulk: {
    archive: 'Flytt til arkiv',
    bin: 'Flytt til papirkorg',
    inbox: 'Flytt til innboks',
    restore: 'Gjenopprett',
    unread: 'Merk som ulesen',
    read: 'Merk som lesen',
  },
  bulkFailed: '{action} kunne ikkje utførast. Ingenting vart endra, og valet ditt er teke vare på.',
  rowActionFailed: '{action} kunne ikkje utførast. Ingenting vart endra.',
};
