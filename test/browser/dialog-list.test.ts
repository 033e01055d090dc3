import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { api, apiUrl, inboxItems, personParty, resetDemo, setFaults, tokenProvider } from './demo-api.js';
import { partyUrns } from '../../src/state/parties.js';
import type { Parties } from '../../src/api/types.js';
import { until, untilAllRows } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function list(options: { party?: string; pageSize?: number; lang?: string } = {}) {
  const base = await apiUrl();
  return fixture<DialogListElement>(html`<dialog-list api-base-url=${base} party=${options.party ?? (await personParty())}
    page-size=${options.pageSize ?? 30} lang=${options.lang ?? 'nb'} .tokenProvider=${tokenProvider}></dialog-list>`);
}

describe('<dialog-list> against the local Dialogporten', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('shows the inbox rows of the party in the API order, with title, sender, status and time', async () => {
    const party = await personParty();
    const expected = await inboxItems(party, 30);
    const el = await list({ party });
    // A screenful of rows first, the rest of the page after the paint (ListChunks): wait for the whole page.
    await until(() => rows(el).length >= expected.length, 'the first page’s rows');
    expect(rows(el).map((r) => r.dataset.dialogId)).to.deep.equal(expected.map((i) => i.id));
    const first = rows(el)[0];
    const title = expected[0].content?.title?.value?.find((v) => v.languageCode === 'nb')?.value;
    expect(first.querySelector('[part="title"]')!.textContent).to.contain(title);
    expect(first.querySelector('.sender')!.textContent!.trim()).not.to.equal('');
    // Short and absolute: the time today, else the day ("2. des."), with the year when not this year's.
    expect(first.querySelector('time')!.textContent).to.match(/^(\d{2}:\d{2}|\d{1,2}\. [a-zæøå]+\.?( \d{4})?)$/);
    await expect(el).to.be.accessible();
  });

  it('emphasises unread rows and renders hostile titles as text', async () => {
    const el = await list();
    await untilAllRows(el);
    const unread = rows(el).filter((r) => r.classList.contains('unread'));
    expect(unread.length).to.be.greaterThan(0);
    expect(unread[0].querySelector('.visually-hidden')!.textContent).to.equal('Ulest: ');
    const hostile = rows(el).find((r) => r.textContent!.includes('<script>alert(1)</script>'));
    expect(hostile, 'the seed has a title with a literal script tag').to.exist;
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('shows a loading skeleton while the API is slow', async () => {
    const party = await personParty();
    await setFaults({ latencyMs: 700 });
    const el = await list({ party });
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect($(el, '[role="status"]')!.textContent).to.equal('Laster saker');
    await until(() => rows(el).length > 0, 'rows', 5000);
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });

  it('shows the empty state for a party without dialogs', async () => {
    const el = await list({ party: 'urn:altinn:person:identifier-no:01010100000' });
    await until(() => $(el, '[part="empty"]'), 'the empty state');
    expect($(el, '[part="empty"]')!.textContent).to.contain('Ingenting her ennå');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that works', async () => {
    const party = await personParty();
    await setFaults({ errorRate: 1 });
    const el = await list({ party });
    const alert = await until(() => $(el, '[part="error"]'), 'the error', 10000);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Tjenesten fikk et problem');
    await expect(el).to.be.accessible();
    await setFaults({});
    alert.querySelector('button')!.click();
    await until(() => rows(el).length > 0, 'rows after retry');
  });

  it('loads more with the continuation token and the same order', async () => {
    const party = await personParty();
    const firstPage = await inboxItems(party, 5);
    const expected = await inboxItems(party, 10);
    const el = await list({ party, pageSize: 5 });
    await until(() => rows(el).length === firstPage.length, 'the first page');
    $(el, '[part="load-more"]')!.click();
    await until(() => rows(el).length === expected.length, 'two pages');
    expect(rows(el).map((r) => r.dataset.dialogId)).to.deep.equal(expected.map((i) => i.id));
  });

  it('fires a cancelable dialog-select and marks the chosen row', async () => {
    const el = await list();
    await until(() => rows(el).length > 1, 'rows');
    const [first, second] = rows(el);
    const selected = oneEvent(el, 'dialog-select');
    first.querySelector('button')!.click();
    const event = await selected;
    expect(event.detail.dialogId).to.equal(first.dataset.dialogId);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(first.querySelector('button')!.getAttribute('aria-current')).to.equal('true');
    el.addEventListener('dialog-select', (e) => e.preventDefault(), { once: true });
    second.querySelector('button')!.click();
    await el.updateComplete;
    expect(second.querySelector('button')!.getAttribute('aria-current')).to.equal('false');
  });

  it('uses the parties from GET /parties when none are given', async () => {
    const base = await apiUrl();
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${base} .tokenProvider=${tokenProvider}></dialog-list>`);
    await untilAllRows(el);
    const all = await api<Parties>('/api/v1/enduser/parties');
    const everyParty = await inboxItems(partyUrns(all), 30); // the widget's rule: usable parties and sub-units
    expect(rows(el).map((r) => r.dataset.dialogId)).to.deep.equal(everyParty.map((i) => i.id));
  });

  it('inside <dialog-inbox>, a failed GET /parties shows the error with a retry that works', async () => {
    await setFaults({ errorRate: 1 });
    const inbox = await fixture<HTMLElement>(html`<dialog-inbox api-base-url=${await apiUrl()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox>`);
    const el = await until(() => inbox.shadowRoot!.querySelector('dialog-list'), 'the list');
    const alert = await until(() => $(el, '[part="error"]'), 'the error', 10000);
    expect(alert.textContent).to.contain('Tjenesten fikk et problem');
    await setFaults({});
    alert.querySelector('button')!.click();
    await until(() => rows(el).length > 0, 'rows after retry', 10000);
  });

  it('speaks English when asked', async () => {
    const el = await list({ lang: 'en' });
    await untilAllRows(el);
    expect(rows(el)[0].querySelector('time')!.textContent).to.match(/^(\d{2}:\d{2}|\d{1,2} [A-Z][a-z]+( \d{4})?)$/);
  });
});
