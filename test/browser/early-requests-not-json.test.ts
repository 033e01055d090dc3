// GET /parties answering a page that is not JSON (a portal's proxy serving its login or error page with 200) on a
// page that names no party: the entry sends no search of its own, nothing is thrown, the list says the parties could
// not be read with a retry, and the retry brings the rows once the answer is right again.
import { expect } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { interceptedEntry } from './page-inbox.js';

describe('the entry when GET /parties answers a page that is not JSON', () => {
  let entry: Awaited<ReturnType<typeof interceptedEntry>>;
  let broken = true;
  const searches: string[] = [];

  before(async () => {
    await resetDemo();
    entry = await interceptedEntry((url) => {
      if (broken && url.endsWith('/__portal/api/v1/enduser/parties')) {
        return Promise.resolve(new Response('<!doctype html><title>Logg inn</title><h1>Logg inn</h1>', { headers: { 'Content-Type': 'text/html' } }));
      }
      if (url.includes('/__portal/api/v1/enduser/dialogs?')) searches.push(url);
      return undefined;
    }, { lang: 'nb' });
  });
  after(() => entry.close());

  it('sends no search, throws nothing, says so with a retry; the retry brings the rows', async () => {
    const list = entry.inbox.querySelector('dialog-list')!;
    const error = await until(() => list.shadowRoot?.querySelector<HTMLElement>('[part="error"]'), 'the error', 10_000);
    expect(error.textContent, 'the answer could not be read').to.include(nb.errors.invalidResponse);
    expect(list.shadowRoot!.querySelector('li[part="row"]') === null, 'no rows').to.equal(true);
    expect(searches, 'no search without the parties').to.deep.equal([]);
    expect(entry.page.errors, 'nothing thrown').to.deep.equal([]);
    broken = false;
    const retry = await until(() => error.querySelector<HTMLButtonElement>('button'), 'a retry');
    retry.click();
    await until(() => list.shadowRoot?.querySelector('li[part="row"]'), 'rows after the retry', 10_000);
    expect(searches.length, 'one search after the retry').to.equal(1);
    expect(entry.page.errors, 'nothing thrown').to.deep.equal([]);
  });
});
