// The built bundle (dist/, `npx vite build` first) when the client's ky chunk answers 404, on a page whose first
// requests the entry sends itself (no token provider: the portal's proxy adds the token): the first rows come
// without ky; opening a dialog, which needs it, says the service could not be reached, with a retry; once the chunk
// is back the retry brings the dialog (asked for under a new URL: Chromium keeps a failed module fetch).
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf } from './page-inbox.js';

const key = cdnKey('ky-404');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the client’s ky chunk missing (404), first requests sent by the entry', () => {
  let inbox: HTMLElement;
  let list: HTMLElement;
  const view = () => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
  const error = () => view().shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;
  const asked = async () => chunkRequests(await cdnLog(key), 'ky-code').length;

  before(async () => {
    await resetDemo();
    ({ inbox } = await cdnInbox(key, { 'ky-code': '404' }, 'en', { proxy: true }));
    list = await listOf(inbox);
  });
  after(() => closeCdnInbox(key, inbox));

  it('shows the first rows without it', async () => {
    await until(() => rows(list).length > 1, 'rows');
    expect(list.shadowRoot!.querySelector('[part="error"]') === null, 'no error in the list').to.equal(true);
  });

  it('opening a dialog says the service could not be reached, with a retry', async () => {
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    const alert = await until(error, 'the message in the view', 15_000);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('p')!.textContent).to.equal(en.errors.network);
    expect(alert.querySelector('button')!.textContent).to.equal(en.retry);
    expect(await asked(), 'the chunk was asked for').to.be.greaterThan(0);
    expect(rows(list).length, 'the rows stay').to.be.greaterThan(1);
  });

  it('once the chunk is back, Retry brings the dialog', async () => {
    const before = await asked();
    await setChunkFaults(key, {});
    error()!.querySelector('button')!.click();
    await until(() => view().shadowRoot?.querySelector('article'), 'the dialog');
    expect(error() === null, 'the message is gone').to.equal(true);
    expect(await asked(), 'the chunk was asked for again').to.be.greaterThan(before);
  });
});
