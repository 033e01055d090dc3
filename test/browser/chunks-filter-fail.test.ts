// The built bundle (dist/, `npx vite build` first) when the list's extras chunk (the filter panel's fields, the
// list's refresh, windowing, the bulk bar, the label runner) answers 404: opening the filters, or selecting, says in
// the page's language that the part could not be loaded, with a retry; so does a row's ⋯ (the rows' menu is in the
// chunk), which changes nothing, and an arrow on a row (every row is then in the tab order); the list keeps working; once the chunk is back the retry shows the panel (asked for under a new
// URL: Chromium keeps a failed module fetch).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/i18n/en.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('filters-404');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the list’s extras chunk missing (404)', () => {
  let inbox: PageInbox;
  let list: HTMLElement;
  const panel = () => list.shadowRoot!.querySelector<HTMLElement>('#filters');
  const chunkError = () => panel()?.querySelector<HTMLElement>('[part="chunk-error"]') ?? null;
  const asked = async () => chunkRequests(await cdnLog(key), 'list-extras').length;

  before(async () => {
    await resetDemo();
    ({ inbox } = await cdnInbox(key, { 'list-extras': '404' }, 'en'));
    list = await listOf(inbox);
  });
  after(() => closeCdnInbox(key, inbox));

  it('opening the filters shows the message with a retry in the panel’s place; the list keeps working', async () => {
    await until(() => rows(list).length > 1, 'rows');
    // The quiet prefetch when the browser is idle after the first rows fails first, and says nothing.
    await until(async () => (await asked()) > 0, 'the prefetch of the panel’s chunk');
    expect(chunkError() === null, 'no message before the user opens the filters').to.equal(true);
    list.shadowRoot!.querySelector<HTMLElement>('[part="filters-button"]')!.click();
    const alert = await until(chunkError, 'the message in the panel’s place');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('p')!.textContent).to.equal(en.partFailed);
    expect(alert.querySelector('button')!.textContent).to.equal(en.retry);
    expect(rows(list).length, 'the rows stay').to.be.greaterThan(1);
  });

  it('a row’s ⋯ (its menu is in the chunk) says the part could not be loaded, announces nothing and changes nothing', async () => {
    const changes: unknown[] = [];
    list.addEventListener('dialog-label-change', (e) => changes.push(e.type));
    const before = rows(list).map((r) => r.dataset.dialogId);
    rows(list)[0].querySelector<HTMLElement>('[data-act="menu"]')!.click();
    const message = () => list.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();
    await until(() => message().length > 0, 'the message');
    expect(message()).to.equal(en.partFailed);
    expect(list.shadowRoot!.querySelector('[part="row-menu"]'), 'no menu').to.equal(null);
    expect(changes, 'no dialog-label-change').to.deep.equal([]);
    expect(rows(list).map((r) => r.dataset.dialogId)).to.deep.equal(before);
  });

  it('an arrow on a row (the rows’ keys are in the chunk) puts every row in the tab order, and says why', async () => {
    const buttons = () => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('.row-button'));
    expect(buttons().filter((b) => b.tabIndex === 0).length, 'one row in the tab order before').to.equal(1);
    expect((list as unknown as { focusList(): boolean }).focusList()).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => buttons().every((b) => b.tabIndex === 0), 'every row in the tab order');
    expect(list.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal(en.partFailed);
  });

  it('selecting shows the message with a retry in the bulk bar’s place; the rows can still be picked', async () => {
    list.shadowRoot!.querySelector<HTMLElement>('[part="select-button"]')!.click();
    const alert = await until(() => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="chunk-error"]')].find((e) => !panel()!.contains(e)), 'the message in the bar’s place');
    expect(alert.querySelector('p')!.textContent).to.equal(en.partFailed);
    expect(rows(list)[0].querySelector('input[data-act="pick"]'), 'a row’s checkbox').to.not.equal(null);
    list.shadowRoot!.querySelector<HTMLElement>('[part="select-button"]')!.click(); // done selecting
    await until(() => ![...list.shadowRoot!.querySelectorAll('[part="chunk-error"]')].some((e) => !panel()!.contains(e)), 'the bar’s place gone');
  });

  it('once the chunk is back, Retry shows the panel’s fields', async () => {
    const before = await asked();
    await setChunkFaults(key, {});
    chunkError()!.querySelector('button')!.click();
    await until(() => panel()!.querySelectorAll('input, select').length > 0, 'the panel’s fields');
    expect(chunkError() === null, 'the message is gone').to.equal(true);
    expect(await asked(), 'the chunk was asked for again').to.be.greaterThan(before);
  });

  it('then a row’s ⋯ opens its menu', async () => {
    rows(list)[0].querySelector<HTMLElement>('[data-act="menu"]')!.click();
    const menu = await until(() => list.shadowRoot!.querySelector<HTMLElement>('[part="row-menu"]:popover-open'), 'the row’s menu');
    expect(menu.querySelectorAll('[data-action]').length, 'with its actions').to.be.greaterThan(0);
  });
});
