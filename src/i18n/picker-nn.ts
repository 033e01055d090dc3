import { plural } from './plural.js';
import type { pickerEn } from './picker-en.js';

/** UI texts that only the party picker reads, in nynorsk (see ./picker-en.ts). */
export const pickerNn: typeof pickerEn = {
  partyButton: 'Viser: {names}',
  organisations: 'Verksemder',
  partyParentOnly: 'Du kan berre velje einingane under',
  partyLimit: 'Du kan velje opptil {max} partar om gongen.',
  showParties: 'Vis',
  selectAllParties: 'Vel alle ({n})',
  selectNone: 'Vel ingen',
  partyChosen: 'Valde: {n} av {total}',
  partyBatches: '{n} partar blir søkte i {rounds} omgangar, så den første sida kan ta litt lengre tid.',
  allParties: 'Alle partar',
  partyCount: plural('{n} part', '{n} partar'),
  searchParties: 'Søk etter ein person eller ei verksemd',
  partyDeleted: 'Sletta',
  noPartyMatch: 'Ingen passar med søket.',
  partyMatches: plural('{n} treff', '{n} treff'),
};
