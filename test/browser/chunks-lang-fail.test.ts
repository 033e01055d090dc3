// The built bundle (dist/, `npx vite build` first) on an English page whose English chunk cannot be loaded: the
// inbox still lists, in bokmål (the entry's language), and says why in the console, without asking for the chunk
// again and again; once the chunk is back, the next switch to English loads it (under a new URL: Chromium keeps a
// failed module fetch).
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { cdnInbox, closeCdnInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('english-404');
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/ with the English chunk missing (404)', () => {
  let inbox: PageInbox;
  const warnings: string[] = [];
  const warn = console.warn;

  before(async () => {
    await resetDemo();
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    ({ inbox } = await cdnInbox(key, { en: '404' }, 'en'));
  });
  after(async () => {
    console.warn = warn;
    await closeCdnInbox(key, inbox);
  });

  it('lists in bokmål and warns in the console', async () => {
    const list = await until(() => inbox.shadowRoot?.querySelector<HTMLElement>('dialog-list'), 'the list');
    await until(() => rows(list).length > 0, 'rows');
    expect(list.shadowRoot!.querySelector('[data-folder="bin"]')!.textContent).to.contain(nb.folder.bin);
    expect(chunkRequests(await cdnLog(key), 'en').length, 'the English chunk was asked for').to.be.greaterThan(0);
    expect(warnings.some((w) => w.includes('en') && /could not be loaded/i.test(w)), `a warning: ${JSON.stringify(warnings)}`).to.equal(true);
  });

  it('does not ask for the missing chunk again and again', async () => {
    const asked = chunkRequests(await cdnLog(key), 'en').length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(chunkRequests(await cdnLog(key), 'en').length, 'requests for the English chunk in 1.5 s').to.be.at.most(asked + 1);
    expect(warnings.length, 'warnings so far').to.be.at.most(3);
  });

  it('once the chunk is back, switching to nynorsk and back to English shows English', async () => {
    await setChunkFaults(key, {});
    const list = inbox.shadowRoot!.querySelector<HTMLElement>('dialog-list')!;
    const bin = () => list.shadowRoot!.querySelector('[data-folder="bin"]')!.textContent!.trim();
    inbox.setAttribute('lang', 'nn');
    await until(() => bin().includes(nn.folder.bin), 'nynorsk');
    const asked = chunkRequests(await cdnLog(key), 'en').length;
    inbox.setAttribute('lang', 'en');
    await until(() => bin().includes(en.folder.bin), 'English');
    expect(chunkRequests(await cdnLog(key), 'en').length, 'the English chunk asked for again').to.be.greaterThan(asked);
  });
});
