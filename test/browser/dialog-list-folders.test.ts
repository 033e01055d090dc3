// Folders, free-text search and sort order of <dialog-list>, against the local Dialogporten (and the echo
// server for a 422 the demo cannot produce).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { apiUrl, personParty, resetDemo, search, tokenProvider } from './demo-api.js';
import { testEnv, until, untilAllRows } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const ids = (el: Element) => rows(el).map((r) => r.dataset.dialogId!);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const NON_DRAFT = ['RequiresAttention', 'InProgress', 'Awaiting', 'Completed', 'NotApplicable'];

async function list(attrs: { folder?: string; search?: string; lang?: string; pageSize?: number; orderBy?: string; base?: string } = {}) {
  return fixture<DialogListElement>(html`<dialog-list api-base-url=${attrs.base ?? (await apiUrl())} party=${await personParty()}
    folder=${attrs.folder ?? 'inbox'} search=${attrs.search ?? ''} lang=${attrs.lang ?? 'nb'} page-size=${attrs.pageSize ?? 100}
    order-by=${attrs.orderBy ?? 'contentUpdatedAt_desc'} .tokenProvider=${tokenProvider}></dialog-list>`);
}

/** The API's answer for a hand-written query of the person's dialogs (excluding API-only ones). */
async function expected(params: Record<string, string | string[]>, limit = 100, dropDrafts = false): Promise<string[]> {
  const q = new URLSearchParams({ party: await personParty(), excludeApiOnly: 'true', limit: String(limit) });
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) q.append(key, v);
  return (await search(q.toString())).items.filter((i) => !dropDrafts || i.status !== 'Draft').map((i) => i.id!);
}

async function settled(el: DialogListElement) {
  await until(() => el.shadowRoot!.querySelector('[part="list"], [part="empty"], [part="error"]'), 'the list to settle');
  await el.updateComplete;
}

describe('<dialog-list> folders', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  const FOLDERS: [string, Record<string, string | string[]>][] = [
    ['inbox', { systemLabel: 'Default', status: NON_DRAFT }],
    ['drafts', { systemLabel: 'Default', status: 'Draft' }],
    ['sent', { systemLabel: 'Sent' }],
    ['archive', { systemLabel: 'Archive' }],
    ['bin', { systemLabel: 'Bin' }],
  ];
  for (const [folder, params] of FOLDERS) {
    it(`shows the ${folder} folder by the contract's rules`, async () => {
      const want = await expected(params);
      expect(want.length, 'the seed has dialogs in every folder').to.be.greaterThan(0);
      const el = await list({ folder });
      await untilAllRows(el);
      await el.updateComplete; // the rows after the first screenful
      expect(ids(el)).to.deep.equal(want);
      expect($(el, `[data-folder="${folder}"]`)!.getAttribute('aria-current')).to.equal('page');
    });
  }

  it('Sent includes archived sent dialogs (labels AND-ed), the Inbox has no drafts', async () => {
    const sent = await expected({ systemLabel: 'Sent' });
    const archivedSent = await expected({ systemLabel: ['Sent', 'Archive'] });
    expect(archivedSent.length).to.be.greaterThan(0);
    expect(sent).to.include.members(archivedSent);
    const el = await list();
    await untilAllRows(el);
    const drafts = await expected({ systemLabel: 'Default', status: 'Draft' });
    expect(ids(el)).not.to.include.members(drafts.slice(0, 1));
  });

  it('fires a cancelable dialog-folder-change, reflects the folder attribute, and follows it from outside', async () => {
    const el = await list();
    await untilAllRows(el);
    const changed = oneEvent(el, 'dialog-folder-change');
    $(el, '[data-folder="archive"]')!.click();
    const event = await changed;
    expect(event.detail.folder).to.equal('archive');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    const archive = await expected({ systemLabel: 'Archive' });
    await until(() => ids(el).join() === archive.join(), 'the archive');
    expect(el.getAttribute('folder')).to.equal('archive');
    el.addEventListener('dialog-folder-change', (e) => e.preventDefault(), { once: true });
    $(el, '[data-folder="bin"]')!.click();
    await el.updateComplete;
    expect(el.folder).to.equal('archive');
    el.setAttribute('folder', 'bin');
    const bin = await expected({ systemLabel: 'Bin' });
    await until(() => ids(el).join() === bin.join(), 'the bin');
    await expect(el).to.be.accessible();
  });
});

describe('<dialog-list> search and sort', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('needs 3 characters, searches every folder in the UI language, marks matches and shows each folder', async () => {
    const el = await list();
    await untilAllRows(el);
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      requests.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    try {
      const box = $(el, 'input[type="search"]') as HTMLInputElement;
      box.value = 'sk';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect($(el, '[part="search-hint"]')!.textContent).to.equal('Skriv minst 3 tegn.');
      expect(box.getAttribute('aria-describedby')).to.equal('q-hint');
      await new Promise((r) => setTimeout(r, 500));
      expect(requests.filter((u) => u.includes('search='))).to.deep.equal([]);
      box.value = 'skatt';
      box.dispatchEvent(new Event('input'));
      const changed = await oneEvent(el, 'dialog-filter-change');
      expect(changed.detail.search).to.equal('skatt');
      await until(() => el.shadowRoot!.querySelector('mark'), 'the results');
    } finally {
      window.fetch = original;
    }
    const want = await expected({ search: 'skatt', searchLanguageCode: 'nb' });
    expect(ids(el)).to.deep.equal(want);
    const sent = new URL(requests.find((u) => u.includes('search='))!);
    expect(sent.searchParams.get('searchLanguageCode')).to.equal('nb');
    expect(sent.searchParams.getAll('systemLabel')).to.deep.equal([]);
    expect(el.getAttribute('search')).to.equal('skatt');
    const marks = Array.from(el.shadowRoot!.querySelectorAll('mark')).map((m) => m.textContent!.toLowerCase());
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.every((m) => m === 'skatt')).to.equal(true);
    const folders = rows(el).map((r) => r.querySelector('[part="folder"]')!.textContent);
    expect(folders).to.include('Arkiv');
    expect(folders).to.include('Innboks');
    expect($(el, '[data-folder="inbox"]')!.getAttribute('aria-current')).to.equal('false');
    await expect(el).to.be.accessible();
    // Choosing a folder ends the search.
    $(el, '[data-folder="inbox"]')!.click();
    await until(() => !el.search && !el.shadowRoot!.querySelector('mark'), 'the folder again');
  });

  it('searches in English texts when the UI is English', async () => {
    const want = await expected({ search: 'tax', searchLanguageCode: 'en' });
    expect(want.length).to.be.greaterThan(0);
    const el = await list({ search: 'tax', lang: 'en' });
    await until(() => ids(el).join() === want.join(), 'English results');
    expect(rows(el)[0].querySelector('mark')!.textContent!.toLowerCase()).to.equal('tax');
  });

  it('explains a search that is too broad (422) and keeps the search box', async () => {
    const { echoUrl } = await testEnv();
    const el = await list({ base: `${echoUrl}/status/422/problem`, search: 'a b c' });
    const alert = await until(() => $(el, '[part="error"]'), 'the explanation', 8000);
    expect(alert.textContent).to.contain('Søket etter «a b c» ga for mange treff');
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('a b c');
    await expect(el).to.be.accessible();
  });

  it('sorts by the chosen order and pages with the same orderBy', async () => {
    // The Inbox asks for every status and leaves drafts out of each page itself.
    const firstPage = await expected({ systemLabel: 'Default', orderBy: 'createdAt_desc' }, 5, true);
    const want = await expected({ systemLabel: 'Default', orderBy: 'createdAt_desc' }, 10, true);
    const el = await list({ pageSize: 5 });
    await untilAllRows(el);
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      requests.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    try {
      const select = $(el, '#sort') as HTMLSelectElement;
      select.value = 'createdAt_desc';
      select.dispatchEvent(new Event('change'));
      await until(() => ids(el).join() === firstPage.join(), 'the new order');
      expect(el.getAttribute('order-by')).to.equal('createdAt_desc');
      $(el, '[part="load-more"]')!.click();
      await until(() => rows(el).length === want.length, 'two pages');
    } finally {
      window.fetch = original;
    }
    expect(ids(el)).to.deep.equal(want);
    const paged = new URL(requests.find((u) => u.includes('continuationToken='))!);
    expect(paged.searchParams.get('orderBy')).to.equal('createdAt_desc');
    expect(rows(el)[0].querySelector('time')!.textContent).to.match(/^Opprettet /);
    await settled(el);
  });
});
