// The built bundle (dist/, `npx vite build` first) when the client's ky chunk never answers, on a page whose first
// requests the entry sends itself: the first rows come without it; opening a dialog says after the chunk timeout (set
// short here with the entry's setChunkTimeout) that the service took too long, with a retry; once the chunk has
// come after all, Retry brings the dialog.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, listOf } from './page-inbox.js';

const key = cdnKey('ky-hang');
const TIMEOUT_MS = 1000;
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the client’s ky chunk hanging, first requests sent by the entry', () => {
  let inbox: HTMLElement;
  let list: HTMLElement;
  const view = () => inbox.shadowRoot!.querySelector<HTMLElement>('dialog-view')!;
  const error = () => view().shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;

  before(async () => {
    await resetDemo();
    const page = await cdnInbox(key, { 'ky-code': 'hang' }, 'en', { proxy: true });
    inbox = page.inbox;
    page.entry.setChunkTimeout(TIMEOUT_MS);
    list = await listOf(inbox);
  });
  after(() => closeCdnInbox(key, inbox));

  it('shows the first rows; opening a dialog says after the chunk timeout that the service took too long', async () => {
    await until(() => rows(list).length > 1, 'rows');
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click();
    const alert = await until(error, 'the message in the view', 10_000);
    // The timeout's own message (no time is asserted: the chunk's time limit runs from the client's first request
    // that needed ky, which a request in the background may have made just before the click; seen: 941 ms after it).
    expect(alert.querySelector('p')!.textContent).to.equal(en.errors.timeout);
    expect(alert.querySelector('button')!.textContent).to.equal(en.retry);
    expect(rows(list).length, 'the rows stay').to.be.greaterThan(1);
  });

  it('once the chunk has come, Retry brings the dialog', async () => {
    await setChunkFaults(key, {});
    error()!.querySelector('button')!.click();
    await until(() => view().shadowRoot?.querySelector('article'), 'the dialog', 10_000);
    expect(error() === null, 'the message is gone').to.equal(true);
  });
});
