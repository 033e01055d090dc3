// The filters of <dialog-list> (status, sender, service, read, updated date), their chips, reset, attribute and
// event, against the local Dialogporten.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { dateRange } from '../../src/state/list-query.js';
import { apiUrl, personParty, resetDemo, search, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const ids = (el: Element) => rows(el).map((r) => r.dataset.dialogId!);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const NON_DRAFT = ['RequiresAttention', 'InProgress', 'Awaiting', 'Completed', 'NotApplicable'];

async function list(filters = '') {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()}
    filters=${filters} page-size="100" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
  await until(() => el.shadowRoot!.querySelector('[part="list"], [part="empty"]'), 'the list');
  return el;
}

/** The Inbox as the API answers it, with more parameters. */
async function inbox(params: Record<string, string | string[]> = {}): Promise<string[]> {
  const q = new URLSearchParams({ party: await personParty(), excludeApiOnly: 'true', limit: '100', systemLabel: 'Default' });
  const status = params.status ? [params.status].flat() : NON_DRAFT;
  for (const s of status) q.append('status', s);
  for (const [key, value] of Object.entries(params)) if (key !== 'status') for (const v of [value].flat()) q.append(key, v);
  return (await search(q.toString())).items.map((i) => i.id!);
}

async function openFilters(el: DialogListElement) {
  $(el, '[part="filters-button"]')!.click();
  // The panel's fields are a chunk of their own: the first opening waits for it.
  await until(() => Boolean(el.shadowRoot!.querySelector('#f-org')), 'the filter panel');
  await el.updateComplete;
}

function choose(el: DialogListElement, id: string, value: string) {
  const select = $(el, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<dialog-list> filters', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('filters by status, shows it as a removable chip, fires dialog-filter-change and reflects the attribute', async () => {
    const el = await list();
    await openFilters(el);
    expect($(el, '[part="filters-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    const labels = Array.from(el.shadowRoot!.querySelectorAll('fieldset label')).map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Krever handling', 'Under arbeid', 'Venter på svar', 'Fullført', 'Ingen status']); // no Draft in the Inbox
    const changed = oneEvent(el, 'dialog-filter-change');
    el.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
    const event = await changed;
    expect(event.detail.value).to.equal('status=RequiresAttention');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    const want = await inbox({ status: 'RequiresAttention' });
    await until(() => ids(el).join() === want.join(), 'the filtered rows');
    expect(el.getAttribute('filters')).to.equal('status=RequiresAttention');
    const chip = $(el, '[part="active-filter"]')!;
    expect(chip.textContent).to.contain('Status: Krever handling');
    expect(chip.getAttribute('aria-label')).to.equal('Fjern filteret Status: Krever handling');
    await expect(el).to.be.accessible();
    chip.click();
    await until(() => !$(el, '[part="active-filter"]'), 'the chip to go');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="filters-button"]'));
    await until(async () => ids(el).join() === (await inbox()).join(), 'all rows again');
  });

  it('offers senders and services by name from the service-resource endpoint, and filters by them', async () => {
    const el = await list();
    await openFilters(el);
    await until(() => (el.shadowRoot!.querySelectorAll('#f-org option').length ?? 0) > 2, 'sender names');
    const orgs = Array.from(el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-org option')).map((o) => [o.value, o.textContent]);
    expect(orgs).to.deep.include(['skd', 'Skatteetaten']);
    // Sorted by the language's collation (æ, ø, å after z in Norwegian), and again in the new language's names.
    const labels = (id: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`#${id} option`)).filter((o) => o.value).map((o) => o.textContent!.trim());
    for (const id of ['f-org', 'f-service']) expect(labels(id)).to.deep.equal([...labels(id)].sort(new Intl.Collator('nb').compare));
    el.lang = 'en';
    await until(() => labels('f-org').includes('The Norwegian Tax Administration'), 'the senders in English');
    expect(labels('f-org')).to.deep.equal([...labels('f-org')].sort(new Intl.Collator('en').compare));
    el.lang = 'nb';
    await until(() => labels('f-org').includes('Skatteetaten'), 'the senders in bokmål again');
    choose(el, 'f-org', 'skd');
    const want = await inbox({ org: 'skd' });
    await until(() => ids(el).join() === want.join(), 'Skatteetaten rows');
    const services = Array.from(el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#f-service option')).map((o) => o.value).filter(Boolean);
    expect(services.length).to.be.greaterThan(0);
    expect(services.every((s) => s.startsWith('urn:altinn:resource:skd'))).to.equal(true);
    choose(el, 'f-service', services[0]);
    const narrowed = await inbox({ org: 'skd', serviceResource: services[0] });
    await until(() => ids(el).join() === narrowed.join(), 'one service');
    const chips = Array.from(el.shadowRoot!.querySelectorAll('[part="active-filter"]')).map((c) => c.textContent!.replace('✕', '').trim());
    expect(chips[0]).to.equal('Avsender: Skatteetaten');
    expect(chips[1]).to.match(/^Tjeneste: [^u]/); // a name, not the URN
    $(el, '[part="reset-filters"]')!.click();
    await until(() => el.getAttribute('filters') === null, 'no filters');
    await until(async () => ids(el).join() === (await inbox()).join(), 'all rows again');
  });

  it('filters by read state', async () => {
    const el = await list();
    await openFilters(el);
    choose(el, 'f-seen', 'unread');
    const want = await inbox({ isContentSeen: 'false' });
    await until(() => ids(el).join() === want.join() && rows(el).length > 0, 'unread rows');
    expect(rows(el).every((r) => r.classList.contains('unread'))).to.equal(true);
    choose(el, 'f-seen', 'read');
    const read = await inbox({ isContentSeen: 'true' });
    await until(() => ids(el).join() === read.join(), 'read rows');
    expect(rows(el).some((r) => r.classList.contains('unread'))).to.equal(false);
  });

  it('filters by updated date: presets split the list, a custom range works', async () => {
    const el = await list();
    await openFilters(el);
    const all = await inbox();
    choose(el, 'f-updated', '12m');
    const recent = await inbox({ contentUpdatedAfter: dateRange({ updated: '12m' }).after! });
    await until(() => ids(el).join() === recent.join(), 'the last 12 months');
    choose(el, 'f-updated', 'older');
    const older = await inbox({ contentUpdatedBefore: dateRange({ updated: 'older' }).before! });
    expect(older.length).to.be.greaterThan(0);
    await until(() => ids(el).join() === older.join(), 'older');
    expect(recent.length + older.length).to.equal(all.length);
    choose(el, 'f-updated', 'custom');
    await el.updateComplete;
    const from = $(el, '#f-from') as HTMLInputElement;
    const to = $(el, '#f-to') as HTMLInputElement;
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const start = new Date(Date.now() - 20 * 864e5);
    const end = new Date(Date.now() - 5 * 864e5);
    from.value = day(start);
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    to.value = day(end);
    to.dispatchEvent(new Event('change'));
    const range = dateRange({ updated: 'custom', from: day(start), to: day(end) });
    const custom = await inbox({ contentUpdatedAfter: range.after!, contentUpdatedBefore: range.before! });
    expect(custom.length).to.be.greaterThan(0);
    await until(() => ids(el).join() === custom.join(), 'the custom range');
    expect(el.getAttribute('filters')).to.equal(`updated=custom&from=${day(start)}&to=${day(end)}`);
    expect($(el, '[part="active-filter"]')!.textContent).to.contain(`Oppdatert: ${day(start)} – ${day(end)}`);
    await expect(el).to.be.accessible();
  });

  it('can be set from outside (attribute or property) without firing an event; a cancelled change is not applied', async () => {
    const el = await list('seen=unread&status=RequiresAttention');
    const want = await inbox({ status: 'RequiresAttention', isContentSeen: 'false' });
    await until(() => ids(el).join() === want.join(), 'filtered from the attribute');
    expect(el.shadowRoot!.querySelectorAll('[part="active-filter"]').length).to.equal(2);
    let fired = 0;
    el.addEventListener('dialog-filter-change', () => fired++);
    el.filters = {};
    await until(async () => ids(el).join() === (await inbox()).join(), 'unfiltered');
    expect(fired).to.equal(0);
    el.addEventListener('dialog-filter-change', (e) => e.preventDefault());
    await openFilters(el);
    choose(el, 'f-seen', 'unread');
    await el.updateComplete;
    expect(fired).to.equal(1);
    expect(el.filters).to.deep.equal({});
    expect(el.getAttribute('filters')).to.equal(null);
    expect(($(el, '#f-seen') as HTMLSelectElement).value, 'the cancelled choice is undone on screen').to.equal('');
    // The sort order: one option per order (no empty "any" that repeats the default), and a cancel is undone too.
    const sort = $(el, '#sort') as HTMLSelectElement;
    const labels = Array.from(sort.options).map((o) => o.textContent!.trim());
    expect(new Set(labels).size, labels.join(' | ')).to.equal(labels.length);
    expect(sort.value).to.equal('contentUpdatedAt_desc');
    choose(el, 'sort', 'createdAt_desc');
    await el.updateComplete;
    expect(fired).to.equal(2);
    expect(el.orderBy).to.equal('contentUpdatedAt_desc');
    expect(sort.value).to.equal('contentUpdatedAt_desc');
  });

  it('shows an empty state that says the filters exclude everything (and mentions no search)', async () => {
    const el = await list('status=Draft');
    await until(() => $(el, '[part="empty"]'), 'empty');
    expect($(el, '[part="empty"] h2')!.textContent!.trim()).to.equal('Ingenting passer med filtrene');
    expect($(el, '[part="empty-reset"]')!.textContent!.trim(), 'the one action that helps').to.equal('Nullstill filtre');
    await expect(el).to.be.accessible();
    $(el, '[part="empty-reset"]')!.click();
    await until(() => el.shadowRoot!.querySelectorAll('li[part="row"]').length > 0, 'rows once the filters are reset');
  });

  it('a search without hits names its text, and its button clears the search and focuses the field', async () => {
    const el = await list();
    el.setAttribute('search', 'zzqxv');
    await until(() => $(el, '[part="empty"]'), 'empty');
    expect($(el, '[part="empty"] h2')!.textContent).to.equal('Ingen treff på «zzqxv»');
    expect($(el, '[part="empty"]')!.textContent).not.to.contain('filtre');
    await expect(el).to.be.accessible();
    const clear = $(el, '[part="empty"] button')!;
    clear.focus(); // as a click or Enter would
    clear.click();
    await until(() => $(el, '[part="list"]'), 'the rows again');
    expect(el.getAttribute('search') ?? '').to.equal('');
    await until(() => el.shadowRoot!.activeElement?.id === 'q', 'focus in the search field');
  });
});
