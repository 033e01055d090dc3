// Acting on many dialogs: selection, bulkset with end-user-context revisions, optimistic update with rollback,
// stale revisions (412) refetched and retried once, per-row menu; against the local Dialogporten.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { ApiError } from '../../src/api/errors.js';
import type { DialogListItem } from '../../src/api/types.js';
import { applyLabelChange, bulkSetLabels, chunks, labelChange, StaleRevisionError, type BulkApi } from '../../src/state/bulk-labels.js';
import { api, apiUrl, personParty, resetDemo, search, setFaults, tokenProvider } from './demo-api.js';
import { until, untilAllRows } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const ids = (el: Element) => rows(el).map((r) => r.dataset.dialogId!);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function list(folder = 'inbox') {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()} folder=${folder}
    page-size="100" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
  await untilAllRows(el);
  return el;
}

/** The dialog as the API has it now (labels, revision). */
async function item(id: string): Promise<DialogListItem> {
  const all = await search(`party=${encodeURIComponent(await personParty())}&limit=1000`);
  return all.items.find((i) => i.id === id)!;
}

/** Starts selecting; the bulk bar shows once its code (the list's extras chunk) is here. */
async function startSelecting(el: DialogListElement) {
  $(el, '[part="select-button"]')!.click();
  await until(() => $(el, '[part="bulk-bar"]'), 'the bulk bar');
}

function pick(el: DialogListElement, id: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`[data-dialog-id="${id}"] input[data-act="pick"]`)!.click();
}

const message = (el: Element) => $(el, '[part="message"]')!.textContent!.trim();

describe('bulk label changes (logic)', () => {
  it('follows the label rules and sends at most 100 dialogs per request', async () => {
    expect(applyLabelChange(['Default', 'Sent'], labelChange('archive'))).to.deep.equal(['Archive', 'Sent']);
    expect(applyLabelChange(['Bin'], labelChange('restore'))).to.deep.equal(['Default']);
    expect(applyLabelChange(['Archive'], labelChange('unread'))).to.deep.equal(['Archive', 'MarkedAsUnopened']);
    expect(chunks(Array.from({ length: 250 }, (_, i) => i)).map((c) => c.length)).to.deep.equal([100, 100, 50]);
    const sent: number[] = [];
    const fake: BulkApi = { bulkSetSystemLabels: async (dialogs) => void sent.push(dialogs.length) };
    const targets = Array.from({ length: 150 }, (_, i) => ({ id: `d${i}`, rev: `r${i}` }));
    const result = await bulkSetLabels(fake, targets, labelChange('bin'), async () => new Map());
    expect(sent).to.deep.equal([100, 50]);
    expect(result.done.length).to.equal(150);
  });

  it('refetches revisions after a 412 and retries once; a second 412 is a StaleRevisionError', async () => {
    const calls: string[][] = [];
    let failures = 1;
    const fake: BulkApi = {
      bulkSetSystemLabels: async (dialogs) => {
        calls.push(dialogs.map((d) => `${d.dialogId}@${d.endUserContextRevision ?? '-'}`));
        if (failures-- > 0) throw new ApiError(412);
      },
    };
    const refetch = async () => new Map([['a', 'a2']]); // b is gone
    const result = await bulkSetLabels(fake, [{ id: 'a', rev: 'a1' }, { id: 'b', rev: 'b1' }], labelChange('archive'), refetch);
    expect(calls).to.deep.equal([['a@a1', 'b@b1'], ['a@a2']]);
    expect(result).to.deep.equal({ done: ['a'], gone: ['b'] });
    failures = 2;
    let error: unknown;
    await bulkSetLabels(fake, [{ id: 'a', rev: 'a1' }], labelChange('archive'), refetch).catch((e) => (error = e));
    expect(error).to.be.instanceOf(StaleRevisionError);
  });
});

describe('<dialog-list> bulk actions against the local Dialogporten', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('a new language keeps the rows shown (after "Show more") and the rows picked further down', async () => {
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()}
      page-size="5" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
    await untilAllRows(el);
    const first = rows(el).length;
    $(el, '[part="load-more"]')!.click();
    await until(() => rows(el).length > first, 'more rows');
    await el.updateComplete;
    const shown = ids(el);
    await startSelecting(el);
    const last = shown.at(-1)!;
    pick(el, last);
    await el.updateComplete;
    expect($(el, '[part="selected-count"]')!.textContent!.trim()).to.equal('1 valgt');
    el.lang = 'en';
    await until(() => $(el, '[part="selected-count"]')?.textContent!.trim() === '1 selected' && !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'English, one still picked');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(shown);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>(`[data-dialog-id="${last}"] input[data-act="pick"]`)!.checked).to.equal(true);
  });

  it('fires a cancelable dialog-label-change first: cancelled, nothing is sent and the rows stay', async () => {
    const el = await list();
    const id = ids(el)[0];
    const labelsBefore = (await item(id)).endUserContext?.systemLabels;
    const seen: unknown[] = [];
    el.addEventListener('dialog-label-change', (e) => {
      seen.push(e.detail);
      e.preventDefault();
    });
    await startSelecting(el);
    pick(el, id);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[part="bulk-action"][data-action="archive"]')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([{ action: 'archive', dialogIds: [id] }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ids(el)).to.include(id);
    expect((await item(id)).endUserContext?.systemLabels).to.deep.equal(labelsBefore);
  });

  it('selects rows, moves them to the archive with their revisions, announces it, and the server agrees', async () => {
    const el = await list();
    await startSelecting(el);
    await expect(el).to.be.accessible();
    const [a, b] = ids(el);
    pick(el, a);
    pick(el, b);
    await el.updateComplete;
    expect($(el, '[part="selected-count"]')!.textContent).to.equal('2 valgt');
    const requests: string[] = [];
    const original = window.fetch;
    // A spy, not a fake: it records the body before the real request goes out.
    window.fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.includes('bulkset')) requests.push(await request.clone().text());
      return original(request);
    };
    try {
      $(el, '[part="bulk-action"][data-action="archive"]')!.click();
      await el.updateComplete;
      expect(ids(el)).not.to.include(a); // optimistic: gone at once
      await until(() => message(el).startsWith('Flytt til arkiv: utført for 2 saker'), 'the announcement');
    } finally {
      window.fetch = original;
    }
    const body = JSON.parse(requests[0]);
    expect(body.addLabels).to.deep.equal(['Archive']);
    expect(body.dialogs.map((d: { dialogId: string }) => d.dialogId)).to.have.members([a, b]);
    expect(body.dialogs.every((d: { endUserContextRevision?: string }) => /^[0-9a-f-]{36}$/.test(d.endUserContextRevision ?? ''))).to.equal(true);
    expect((await item(a)).endUserContext!.systemLabels).to.include('Archive');
    expect((await item(b)).endUserContext!.systemLabels).to.include('Archive');
    expect($(el, '[part="message"]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('select all picks every shown row; restore from the bin brings them back to the inbox', async () => {
    const el = await list('bin');
    await startSelecting(el);
    const binIds = ids(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('[part="bulk-bar"] input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="selected-count"]')!.textContent).to.equal(`${binIds.length} valgt`);
    expect(Array.from(el.shadowRoot!.querySelectorAll('[part="bulk-action"]')).map((b) => (b as HTMLElement).dataset.action)).to.include('restore');
    $(el, '[part="bulk-action"][data-action="restore"]')!.click();
    await until(() => message(el).includes('Gjenopprett: utført'), 'restored');
    expect(rows(el).length).to.equal(0);
    for (const id of binIds) expect((await item(id)).endUserContext!.systemLabels).to.include('Default');
  });

  it('marks a row as unread from its menu (the row stays, now unread)', async () => {
    const el = await list();
    const read = rows(el).find((r) => !r.classList.contains('unread'))!;
    const id = read.dataset.dialogId!;
    read.querySelector<HTMLElement>('[data-act="menu"]')!.click();
    await el.updateComplete;
    const menu = $(el, '[part="row-menu"]')!;
    expect(menu.matches(':popover-open')).to.equal(true);
    await expect(el).to.be.accessible();
    menu.querySelector<HTMLElement>('[data-action="unread"]')!.click();
    await until(() => message(el).includes('Merk som ulest: utført for 1 sak'), 'done');
    expect(el.shadowRoot!.querySelector(`[data-dialog-id="${id}"]`)!.classList.contains('unread')).to.equal(true);
    const now = await item(id);
    expect(now.endUserContext!.systemLabels).to.include('MarkedAsUnopened');
    expect(now.isContentSeen).to.equal(false);
  });

  it('a stale revision (changed elsewhere) is refetched and the action retried once', async () => {
    const el = await list();
    await startSelecting(el);
    const [a, b] = ids(el);
    const before = await item(a);
    // Another tab marks a as unread: its revision changes behind this list's back.
    await api(`/api/v1/enduser/dialogs/${a}/context/systemlabels`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': before.endUserContext!.revision! },
      body: JSON.stringify({ addLabels: ['MarkedAsUnopened'] }),
    });
    pick(el, a);
    pick(el, b);
    await el.updateComplete;
    $(el, '[part="bulk-action"][data-action="bin"]')!.click();
    await until(() => message(el).includes('utført for 2 saker'), 'done after a retry').catch((e) => { throw new Error(e.message + ': ' + message(el)); });
    expect((await item(a)).endUserContext!.systemLabels).to.include('Bin');
    expect((await item(b)).endUserContext!.systemLabels).to.include('Bin');
  });

  it('still stale after the retry: explains, reloads the list and keeps the selection', async () => {
    const el = await list();
    await startSelecting(el);
    const [a] = ids(el);
    pick(el, a);
    await el.updateComplete;
    const original = window.fetch;
    let bulkCalls = 0;
    // Every bulkset attempt races with a change elsewhere: the revision is stale again each time.
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('bulkset')) {
        bulkCalls++;
        const now = await item(a);
        await api(`/api/v1/enduser/dialogs/${a}/context/systemlabels`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(now.endUserContext!.systemLabels!.includes('MarkedAsUnopened') ? { removeLabels: ['MarkedAsUnopened'] } : { addLabels: ['MarkedAsUnopened'] }),
        });
      }
      return original(input, init);
    };
    try {
      $(el, '[part="bulk-action"][data-action="archive"]')!.click();
      await until(() => message(el).includes('endret et annet sted'), 'the explanation');
    } finally {
      window.fetch = original;
    }
    expect(bulkCalls).to.equal(2);
    await until(() => ids(el).includes(a), 'the row back after the reload');
    expect((await item(a)).endUserContext!.systemLabels).not.to.include('Archive');
    expect($(el, '[part="selected-count"]')!.textContent).to.equal('1 valgt');
    await expect(el).to.be.accessible();
  });

  it('a failed action rolls back, says so, and keeps the selection', async () => {
    const el = await list();
    await startSelecting(el);
    const before = ids(el);
    const [a, b] = before;
    pick(el, a);
    pick(el, b);
    await el.updateComplete;
    await setFaults({ errorRate: 1 });
    $(el, '[part="bulk-action"][data-action="archive"]')!.click();
    await until(() => message(el).includes('kunne ikke utføres'), 'the failure', 8000);
    await setFaults({});
    expect(ids(el)).to.deep.equal(before);
    expect($(el, '[part="selected-count"]')!.textContent).to.equal('2 valgt');
    expect(message(el)).to.contain('Ingenting ble endret');
    expect((await item(a)).endUserContext!.systemLabels).to.include('Default');
    await expect(el).to.be.accessible();
  });
});
