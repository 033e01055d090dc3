/** Access to the local Dialogporten the test runner starts (demo/), for arranging and checking tests. */
import type { Dialog, DialogListItem } from '../../src/api/types.js';
import { testEnv } from './helpers.js';
import { forgetLimits } from '../../src/state/limits.js';

export const TOKEN = 'browser-test-end-user';
export const tokenProvider = async () => TOKEN;

export async function apiUrl(): Promise<string> {
  const { apiUrl } = await testEnv();
  if (!apiUrl) throw new Error('The local Dialogporten (demo/) is not running in this test run');
  return apiUrl;
}

/**
 * The harness's own requests to the local Dialogporten (arranging and checking, not the elements' requests): an
 * idempotent one is asked once more after a network error. Seen once in CI on a busy machine: "Failed to fetch" on a
 * plain GET between requests that worked (cause not found; a kept-alive socket closed as it was reused fits).
 */
async function harnessFetch(url: string, init?: RequestInit, idempotent = true): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError) || !idempotent) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return fetch(url, init);
  }
}

export async function api<T = unknown>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await harnessFetch(
    `${await apiUrl()}${path}`,
    { ...init, headers: { Authorization: `Bearer ${TOKEN}`, 'Accept-Language': 'nb', ...(init.headers ?? {}) } },
    /^(GET|HEAD|PUT|DELETE)$/i.test(init.method ?? 'GET'),
  );
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.status === 204 ? (undefined as T) : response.json();
}

export async function resetDemo(): Promise<void> {
  await setFaults({});
  await harnessFetch(`${await apiUrl()}/__demo/reset`, { method: 'POST' });
}

export async function setFaults(faults: {
  latencyMs?: number;
  errorRate?: number;
  unavailable?: boolean;
  retryAfterSeconds?: number;
  failParties?: string[];
  refuseParties?: string[];
}) {
  await harnessFetch(`${await apiUrl()}/__demo/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ latencyMs: 0, errorRate: 0, unavailable: false, failParties: [], refuseParties: [], ...faults }),
  });
}

export async function parties(): Promise<string[]> {
  const body = await api<{ authorizedParties: { party: string }[] }>('/api/v1/enduser/parties');
  return body.authorizedParties.map((p) => p.party);
}

/** The person who is the end user: the first party. */
export async function personParty(): Promise<string> {
  return (await parties())[0];
}

export async function search(query: string): Promise<{ items: DialogListItem[]; hasNextPage: boolean; continuationToken?: string }> {
  return api(`/api/v1/enduser/dialogs?${query}`);
}

/**
 * The Inbox rows the widget shows for one page of `limit`: it asks for `Default` dialogs of every status (the
 * API cannot exclude one status) and leaves drafts out itself.
 */
export async function inboxItems(party: string | string[], limit = 1000): Promise<DialogListItem[]> {
  const q = new URLSearchParams({ systemLabel: 'Default', excludeApiOnly: 'true', orderBy: 'contentUpdatedAt_desc', limit: String(limit) });
  for (const p of Array.isArray(party) ? party : [party]) q.append('party', p);
  return (await search(q.toString())).items.filter((item) => item.status !== 'Draft');
}

/** Finds a seed dialog of any party and folder that matches (fetching details marks them seen: reset afterwards). */
export async function findDialog(match: (dialog: Dialog) => boolean): Promise<Dialog> {
  const query = new URLSearchParams({ limit: '1000' });
  for (const party of await parties()) query.append('party', party);
  for (const item of (await search(query.toString())).items) {
    const dialog = await api<Dialog>(`/api/v1/enduser/dialogs/${item.id}`);
    if (match(dialog)) return dialog;
  }
  throw new Error('No seed dialog matches');
}

export const hasAction = (dialog: Dialog, test: (a: NonNullable<Dialog['guiActions']>[number]) => boolean) =>
  (dialog.guiActions ?? []).some(test);

/** Sets a search cap of the local Dialogporten (PUT /__demo/limits); the page forgets the limits it had read. */
export async function setCap(max: number, field = 'maxPartyFilterValues'): Promise<void> {
  const response = await harnessFetch(`${await apiUrl()}/__demo/limits`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ [field]: max }) });
  if (!response.ok) throw new Error(`limits: ${response.status}`);
  forgetLimits(); // the page keeps them for its life otherwise
}
