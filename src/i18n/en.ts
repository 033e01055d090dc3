import { listEn } from './list-en.js';
import { extrasEn } from './extras-en.js';
import { pickerEn } from './picker-en.js';
import { viewEn } from './view-en.js';

/** English UI texts. The other catalogs follow this shape (see ./index.ts). */
export const en = {
  inbox: 'Inbox',
  loading: 'Loading…',
  loadingDialogs: 'Loading cases',
  retry: 'Try again',
  backToList: 'Back to the list',
  loadMore: 'Show more',
  loadingMore: 'Loading more…',
  emptyTitle: 'Nothing here yet',
  emptyBody: 'When a public agency sends you something, it shows up here.',
  noTitle: '(No title)',
  unread: 'Unread',
  status: {
    InProgress: 'In progress',
    Draft: 'Draft',
    Awaiting: 'Awaiting',
    RequiresAttention: 'Requires attention',
    Completed: 'Completed',
    NotApplicable: 'No status',
    unknown: 'Status: {status}',
  } as Record<string, string>,
  updated: 'Updated {time}',
  created: 'Created {date}',
  due: 'Due {date}',
  overdue: 'Overdue since {date}',
  from: 'From',
  // Connecting words of a row's accessible name: “{title}, from {sender}, to {recipient}, {status}, {date}”.
  rowFrom: 'from',
  rowTo: 'to',
  seenByYou: 'Seen by you',
  seenByYouAndOthers: (n: number) => (n === 1 ? 'Seen by you + 1 other' : `Seen by you + ${n} others`),
  seenByOthers: (n: number) => (n === 1 ? 'Seen by 1 person' : `Seen by ${n} people`),
  attachments: 'Attachments',
  actions: 'Actions',
  cancel: 'Cancel',
  close: 'Close',
  transmissions: 'Messages',
  replies: (n: number) => (n === 1 ? '1 reply' : `${n} replies`),
  loginAgain: 'Log in again',
  errorTitle: 'Something went wrong',
  errors: {
    network: 'We could not reach the service. Check your connection and try again.',
    timeout: 'The service took too long to answer. Try again.',
    unauthorized: 'You are not logged in, or your session has expired. Log in again and try once more.',
    authLevel: 'This needs a higher security level. Log in again, for example with BankID, to continue.',
    forbidden: 'You do not have access to this.',
    notFound: 'We could not find this case. It may have expired or not be available yet.',
    gone: 'This case has been deleted.',
    tooBroad: 'The search was too broad. Add more words or filters and try again.',
    unavailable: 'The service is busy or down for maintenance. Try again in a little while.',
    server: 'The service had a problem. Try again in a little while.',
    invalidResponse: 'The service sent an answer we could not read. Try again later.',
    generic: 'Something unexpected happened. Try again.',
  } as Record<string, string>,
  errorReference: 'Reference: {traceId}',
  ...listEn,
  ...viewEn,
  ...extrasEn,
  ...pickerEn,
};

export type Messages = typeof en;
