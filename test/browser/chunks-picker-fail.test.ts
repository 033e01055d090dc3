// The built bundle (dist/, `npx vite build` first) when the list's extras chunk, which holds the party picker,
// answers 404 on a page whose inbox has several parties: the line kept for the picker says, without anything asked
// of the user, that the part could not be loaded, with a retry (it stayed an empty line before); the rows stay; the
// retry brings the picker once the chunk is back. (A page of its own: the elements are the first bundle's.)
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { until } from './helpers.js';
import { closeCdnInbox, pickerCdnInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('picker-404');

describe('dist/ with the party picker’s chunk missing (404)', () => {
  let inbox: PageInbox | undefined;
  after(() => closeCdnInbox(key, ...(inbox ? [inbox] : [])));

  it('the picker’s line says so with a retry, the rows stay, and the retry brings the picker', async () => {
    const { inbox: shown, list, picker } = await pickerCdnInbox(key, { 'list-extras': '404' });
    inbox = shown; // removed after the test
    expect(picker.hasAttribute('data-coming'), 'the picker is expected').to.equal(true);
    const alert = await until(() => picker.shadowRoot?.querySelector<HTMLElement>('[part="chunk-error"]'), 'the message in the picker’s line');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('p')!.textContent).to.equal(en.partFailed);
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal(en.retry);
    expect(picker.getBoundingClientRect().height, 'the line grows to hold the message').to.be.at.least(alert.getBoundingClientRect().height);
    expect(list.shadowRoot!.querySelectorAll('li[part="row"]').length, 'the rows stay').to.be.greaterThan(1);

    await setChunkFaults(key, {});
    retry.click();
    await until(() => picker.shadowRoot?.querySelector('[part="toggle"]'), 'the picker, from the chunk');
    expect(picker.shadowRoot!.querySelector('[part="chunk-error"]'), 'its message gone').to.equal(null);
  });
});
