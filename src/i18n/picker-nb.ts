import { plural } from './plural.js';
import type { pickerEn } from './picker-en.js';

/** UI texts that only the party picker reads, in bokmål (see ./picker-en.ts). */
export const pickerNb: typeof pickerEn = {
  partyButton: 'Viser: {names}',
  organisations: 'Virksomheter',
  partyParentOnly: 'Du kan bare velge enhetene under',
  partyLimit: 'Du kan velge opptil {max} parter om gangen.',
  showParties: 'Vis',
  selectAllParties: 'Velg alle ({n})',
  selectNone: 'Velg ingen',
  partyChosen: 'Valgt: {n} av {total}',
  partyBatches: '{n} parter søkes i {rounds} omganger, så den første siden kan ta litt lengre tid.',
  allParties: 'Alle parter',
  partyCount: plural('{n} part', '{n} parter'),
  searchParties: 'Søk etter en person eller virksomhet',
  partyDeleted: 'Slettet',
  noPartyMatch: 'Ingen passer med søket.',
  partyMatches: plural('{n} treff', '{n} treff'),
};
