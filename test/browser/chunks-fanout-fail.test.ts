// The built bundle (dist/, `npx vite build` first) when the chunk that searches in batches (fan-out) answers 404, on
// a page whose parties are over the API's cap: the list says so with a retry; once the chunk is back the retry
// brings the rows (the chunk asked for under a new URL: Chromium keeps a failed module fetch).
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { parties, resetDemo, setCap } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf, type PageInbox } from './page-inbox.js';

const key = cdnKey('fanout-404');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the fan-out chunk missing (404), two parties over a cap of one', () => {
  let inbox: PageInbox;
  let list: HTMLElement;
  const error = () => list.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
  const asked = async () => chunkRequests(await cdnLog(key), 'fan-out').length;

  before(async () => {
    await resetDemo();
    await setCap(1);
    ({ inbox } = await cdnInbox(key, { 'fan-out': '404' }, 'en', { party: (await parties()).slice(0, 2).join(' ') }));
    list = await listOf(inbox);
  });
  after(() => closeCdnInbox(key, inbox));

  it('says in the list that something went wrong, with a retry', async () => {
    const alert = await until(error, 'the message in the list');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('p')!.textContent).to.equal(en.errors.generic);
    expect(alert.querySelector('button')!.textContent).to.equal(en.retry);
    expect(rows(list).length).to.equal(0);
    expect(await asked(), 'the chunk was asked for').to.be.greaterThan(0);
  });

  it('once the chunk is back, Retry brings the rows of both parties', async () => {
    const before = await asked();
    await setChunkFaults(key, {});
    error()!.querySelector('button')!.click();
    await until(() => rows(list).length > 1, 'rows');
    expect(error() === null, 'the message is gone').to.equal(true);
    expect(await asked(), 'the chunk was asked for again').to.be.greaterThan(before);
  });
});
