/** After 202 Accepted the dialog changes within about this long (the contract's ~10 s); then tell the user. */
export const ACCEPTED_WAIT_MS = 10_000;

/**
 * The dialog token lives 10 minutes: a dialog loaded longer ago than this is fetched again before its token is used
 * (the view refreshes on this timer; the actions check the age before a request).
 */
export const TOKEN_REFRESH_MS = 8 * 60_000;
