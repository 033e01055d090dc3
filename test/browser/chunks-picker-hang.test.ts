// The built bundle (dist/, `npx vite build` first) when the list's extras chunk, which holds the party picker, never
// answers on a page whose inbox has several parties: after the chunk timeout (set short here with the entry's
// setChunkTimeout) the line kept for the picker says that the part could not be loaded, with a retry, and the rows
// stay; when the chunk arrives after all, the picker replaces the message with no retry. (A page of its own.)
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { until } from './helpers.js';
import { closeCdnInbox, pickerCdnInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('picker-hang');
const TIMEOUT_MS = 1000;

describe('dist/ with the party picker’s chunk hanging', () => {
  let inbox: PageInbox | undefined;
  after(() => closeCdnInbox(key, ...(inbox ? [inbox] : [])));

  it('the picker’s line says so after the timeout; the late chunk brings the picker', async () => {
    const { inbox: shown, list, picker } = await pickerCdnInbox(key, { 'list-extras': 'hang' }, TIMEOUT_MS);
    inbox = shown; // removed after the test
    const alert = await until(() => picker.shadowRoot?.querySelector<HTMLElement>('[part="chunk-error"]'), 'the message after the timeout', 10 * TIMEOUT_MS);
    expect(alert.querySelector('p')!.textContent).to.equal(en.partFailed);
    expect(alert.querySelector('button')!.textContent).to.equal(en.retry);
    expect(customElements.get('dialog-party-picker'), 'the picker is not defined').to.equal(undefined);
    expect(list.shadowRoot!.querySelectorAll('li[part="row"]').length, 'the rows stay').to.be.greaterThan(1);

    await setChunkFaults(key, {}); // the held request is answered now
    await until(() => picker.shadowRoot?.querySelector('[part="toggle"]'), 'the picker, from the late chunk');
    expect(picker.shadowRoot!.querySelector('[part="chunk-error"]'), 'its message gone').to.equal(null);
  });
});
