import { plural } from './plural.js';

/**
 * UI texts that only the party picker reads, in English, kept apart from the core catalog: bokmål's are in that chunk,
 * not in the code the first row waits for (see ./index.ts). Every key must exist in all three languages.
 */
export const pickerEn = {
  partyButton: 'Showing: {names}',
  organisations: 'Organisations',
  partyParentOnly: 'Only the units below can be chosen',
  partyLimit: 'You can choose up to {max} parties at a time.',
  showParties: 'Show',
  selectAllParties: 'Select all ({n})',
  selectNone: 'Select none',
  partyChosen: 'Chosen: {n} of {total}',
  partyBatches: '{n} parties are searched in {rounds} rounds, so the first page may take a little longer.',
  allParties: 'All parties',
  partyCount: plural('{n} party', '{n} parties'),
  searchParties: 'Search for a person or organisation',
  partyDeleted: 'Deleted',
  noPartyMatch: 'No one matches the search.',
  partyMatches: plural('{n} match', '{n} matches'),
};
