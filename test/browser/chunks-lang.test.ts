// The built bundle (dist/, `npx vite build` first) on a page that switches language after load, nb → en → nn → en
// → nb: bokmål is in the entry, English and nynorsk are chunks fetched once each when first used; while a language
// is on its way, the texts of the one before stay (not bokmål, not blank).
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import type { CoreMessages } from '../../src/i18n/index.js';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { pageInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('languages');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the language switched after load', () => {
  let inbox: PageInbox;
  let list: HTMLElement;
  // One text of the list and one of the inbox around it, different in all three languages.
  const texts = () => ({
    bin: list.shadowRoot!.querySelector('[data-folder="bin"]')!.textContent!.trim(),
    back: inbox.shadowRoot!.querySelector('[part="back"]')!.textContent!.replace('←', '').trim(),
  });
  const inLanguage = (t: CoreMessages) => ({ bin: t.folder.bin, back: t.backToList });
  const requests = async () => {
    const log = await cdnLog(key);
    return { en: chunkRequests(log, 'en').length, nn: chunkRequests(log, 'nn').length };
  };

  before(async () => {
    await resetDemo();
    expect(new Set([nb.folder.bin, nn.folder.bin, en.folder.bin]).size, 'the texts differ').to.equal(3);
    expect(new Set([nb.backToList, nn.backToList, en.backToList]).size, 'the texts differ').to.equal(3);
    inbox = await pageInbox('nb');
    await import(/* @vite-ignore */ `/__cdn/${key}/dialog-inbox.js`);
    list = await until(() => inbox.shadowRoot?.querySelector<HTMLElement>('dialog-list'), 'the list');
    await until(() => rows(list).length > 0, 'rows');
    rows(list)[0].querySelector<HTMLElement>('[part="row-button"]')!.click(); // the back button is a text of the inbox
    await until(() => inbox.shadowRoot!.querySelector('[part="back"]'), 'the back button');
  });
  after(async () => {
    inbox.remove();
    await setChunkFaults(key, {});
    await resetDemo();
  });

  it('speaks bokmål with no language chunk fetched', async () => {
    expect(texts()).to.deep.equal(inLanguage(nb));
    expect(await requests()).to.deep.equal({ en: 0, nn: 0 });
  });

  it('nb → en: English once its chunk is here', async () => {
    inbox.setAttribute('lang', 'en');
    await until(() => texts().bin === en.folder.bin && texts().back === en.backToList, 'English');
    expect(texts()).to.deep.equal(inLanguage(en));
    expect(await requests()).to.deep.equal({ en: 1, nn: 0 });
  });

  it('en → nn: English stays while nynorsk is on its way, then nynorsk', async () => {
    await setChunkFaults(key, { nn: 'hang' });
    inbox.setAttribute('lang', 'nn');
    await until(async () => (await requests()).nn === 1, 'the nynorsk chunk asked for');
    await new Promise((resolve) => setTimeout(resolve, 100)); // renders that would show another language, if any
    expect(texts(), 'the old texts until the new arrive').to.deep.equal(inLanguage(en));
    await setChunkFaults(key, {});
    await until(() => texts().bin === nn.folder.bin && texts().back === nn.backToList, 'nynorsk');
    expect(texts()).to.deep.equal(inLanguage(nn));
  });

  it('nn → en → nb: no chunk fetched again', async () => {
    inbox.setAttribute('lang', 'en');
    await until(() => texts().bin === en.folder.bin && texts().back === en.backToList, 'English again');
    inbox.setAttribute('lang', 'nb');
    await until(() => texts().bin === nb.folder.bin && texts().back === nb.backToList, 'bokmål again');
    expect(await requests()).to.deep.equal({ en: 1, nn: 1 });
  });
});
