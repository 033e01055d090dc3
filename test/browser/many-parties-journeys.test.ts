// The inbox over every party in batches of one party each (the local Dialogporten's cap set to 1): search text,
// filters, folders, counts, bulk label changes, other tabs and live updates work exactly as with one search.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogListItem, Parties } from '../../src/api/types.js';
import { partyUrns } from '../../src/state/parties.js';
import { api, apiUrl, resetDemo, search, tokenProvider, setCap } from './demo-api.js';
import { until } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const ids = (el: Element) => rows(el).map((r) => r.dataset.dialogId!);
const row = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-dialog-id="${id}"]`);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const status = (el: Element) => $(el, '[role="status"].visually-hidden')!.textContent!.trim();

/** A list over every party (none named), settled: rows (or the empty text) shown and no page pending. */
async function allParties(attrs: { folder?: string; filters?: string; search?: string } = {}): Promise<DialogListElement> {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} folder=${attrs.folder ?? 'inbox'}
    filters=${attrs.filters ?? ''} search=${attrs.search ?? ''} page-size="1000" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
  await until(() => (rows(el).length > 0 || $(el, '[part="empty"]')) && !$(el, '[part="loading"]'), 'the list');
  await el.updateComplete;
  return el;
}

/** Every dialog of every party (the cap raised for it), by id. */
async function everything(): Promise<Map<string, DialogListItem>> {
  const all = partyUrns(await api<Parties>('/api/v1/enduser/parties'));
  await setCap(100);
  const q = new URLSearchParams({ limit: '1000' });
  for (const p of all) q.append('party', p);
  return new Map((await search(q.toString())).items.map((i) => [i.id!, i]));
}

describe('an inbox over every party, in batches of one: every journey works as with one search', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('search text, folders and filters give the rows and the count that one search gives', async () => {
    const items = await everything();
    const word = [...items.values()].map((i) => i.content?.title?.value?.[0]?.value ?? '').join(' ').split(/\s+/).find((w) => /^\p{L}{5,}$/u.test(w))!;
    const cases = [{ search: word }, { folder: 'archive' }, { folder: 'bin' }, { folder: 'sent' }, { filters: 'status=RequiresAttention,Awaiting' }, { filters: 'seen=unread' }, { folder: 'drafts' }];
    const one: { ids: string[]; status: string }[] = [];
    await setCap(100); // one search each
    for (const attrs of cases) {
      const el = await allParties(attrs);
      one.push({ ids: ids(el), status: status(el) });
      el.remove();
    }
    expect(one.some((c) => c.ids.length > 1), 'the cases find dialogs').to.equal(true);
    await setCap(1); // a search per party
    for (const [i, attrs] of cases.entries()) {
      const el = await allParties(attrs);
      expect(ids(el), JSON.stringify(attrs)).to.deep.equal(one[i].ids);
      expect(status(el), JSON.stringify(attrs)).to.equal(one[i].status);
      expect(Boolean($(el, '[part="error"]'))).to.equal(false);
      el.remove();
    }
  });

  it('archives rows of two parties at once, each with its own revision, and the server agrees', async () => {
    const items = await everything();
    await setCap(1);
    const el = await allParties();
    const first = ids(el)[0];
    const second = ids(el).find((id) => items.get(id)!.party !== items.get(first)!.party)!;
    expect(Boolean(second), 'rows of two parties').to.equal(true);
    $(el, '[part="select-button"]')!.click();
    await el.updateComplete;
    for (const id of [first, second]) el.shadowRoot!.querySelector<HTMLInputElement>(`[data-dialog-id="${id}"] input[data-act="pick"]`)!.click();
    await el.updateComplete;
    const bodies: string[] = [];
    const original = window.fetch;
    window.fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.includes('bulkset')) bodies.push(await request.clone().text());
      return original(request);
    };
    try {
      $(el, '[part="bulk-action"][data-action="archive"]')!.click();
      await until(() => $(el, '[part="message"]')!.textContent!.includes('utført for 2'), 'the announcement');
    } finally {
      window.fetch = original;
    }
    const sent = bodies.flatMap((b) => JSON.parse(b).dialogs as { dialogId: string; endUserContextRevision?: string }[]);
    expect(sent.map((d) => d.dialogId)).to.have.members([first, second]);
    for (const d of sent) expect(d.endUserContextRevision).to.equal(items.get(d.dialogId)!.endUserContext!.revision);
    const after = await everything();
    expect(after.get(first)!.endUserContext!.systemLabels).to.include('Archive');
    expect(after.get(second)!.endUserContext!.systemLabels).to.include('Archive');
  });

  it('a change in one list reaches another list over every party (another tab), whatever batch the row came from', async () => {
    await setCap(1);
    const [a, b] = [await allParties(), await allParties()];
    const last = ids(a).at(-1)!; // from the last batches
    expect(ids(b)).to.include(last);
    row(a, last)!.querySelector<HTMLElement>('[data-act="menu"]')!.click();
    await a.updateComplete;
    $(a, '[part="row-menu"] [data-action="archive"]')!.click();
    await until(() => !row(b, last), 'gone from the other list');
  });

  it('a dialog changed elsewhere while open (live update) leaves the Inbox list, from a later batch too', async () => {
    await setCap(1);
    // "The stream is connected" is observed, not slept for: the local Dialogporten answers once it has subscribed.
    const real = window.fetch;
    let streams = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const response = real(input, init);
      if (String(input instanceof Request ? input.url : input).includes('/graphql/stream')) void response.then((r) => void (r.ok && streams++), () => {});
      return response;
    };
    try {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><dialog-inbox api-base-url=${await apiUrl()}
      lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
    const inbox = wrapper.firstElementChild!;
    const list = await until(() => inbox.shadowRoot!.querySelector('dialog-list'), 'the list');
    await until(() => rows(list).length > 5, 'rows');
    const id = ids(list).at(-1)!;
    row(list, id)!.querySelector('button')!.click();
    const view = inbox.shadowRoot!.querySelector('dialog-view')!;
    await until(() => $(view, 'article'), 'the dialog');
    await until(() => streams > 0, 'the live stream');
    const fresh = await api<{ endUserContext: { revision: string } }>(`/api/v1/enduser/dialogs/${id}`);
    await api(`/api/v1/enduser/dialogs/${id}/context/systemlabels`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': fresh.endUserContext.revision },
      body: JSON.stringify({ addLabels: ['Archive'], removeLabels: [] }),
    });
    await until(() => !row(list, id), 'the archived row to leave the Inbox list');
    } finally {
      window.fetch = real;
    }
  });
});
