import { plural } from './plural.js';

/**
 * UI texts that only the list's extras chunk reads (the filter panel's fields, the bulk bar, the label runner, the
 * refresh banner), in English, kept apart from the core catalog: bokmål's are in that chunk, not in the code the first
 * row waits for (see ./index.ts). Every key must exist in all three languages.
 */
export const extrasEn = {
  filterSeen: 'Read',
  anyValue: 'All',
  dateFrom: 'From date',
  dateTo: 'To date',
  bulkMore: 'Actions',
  selectAll: 'Select all shown',
  selectedCount: plural('{n} selected', '{n} selected'),
  selectMax: 'You can select up to {max} cases at a time.',
  bulkWorking: 'Working…',
  bulkDone: (action: string, n: number) => `${action}: done for ${n === 1 ? '1 case' : `${n} cases`}.`,
  bulkStale: 'The cases were changed somewhere else in the meantime. The list is up to date now: check it and try again.',
  bulkGone: plural('1 case no longer exists and was skipped.', '{n} cases no longer exist and were skipped.'),
  filterRecipient: 'Recipient',
  // A part of the inbox whose code (a chunk) could not be loaded.
  refreshNew: plural('{n} new message', '{n} new messages'),
  refreshChanged: plural('{n} updated message', '{n} updated messages'),
  refreshShow: 'Show',
  bulk: {
    archive: 'Move to archive',
    bin: 'Move to bin',
    inbox: 'Move to inbox',
    restore: 'Restore',
    unread: 'Mark as unread',
    read: 'Mark as read',
  } as Record<string, string>,
  bulkFailed: '{action} could not be done. Nothing was changed and your selection is kept.',
  rowActionFailed: '{action} could not be done. Nothing was changed.',
};
