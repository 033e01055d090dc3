// The built bundle (dist/, `npx vite build` first) on a page without a Designsystemet theme, when the fallback theme's
// chunk answers 404: the inbox still shows its rows (its own styles, unthemed) and warns on the console; an element
// that comes up once the chunk is back gets the theme (asked for under a new URL: Chromium keeps a failed module
// fetch).
import { expect } from '@open-wc/testing';
import { cdnKey, cdnLog, chunkRequests, setChunkFaults } from '../support/chunk-cdn-client.js';
import { resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { pageInbox, cdnInbox, closeCdnInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('theme-404');
const rows = (inbox: Element) => inbox.shadowRoot?.querySelector('dialog-list')?.shadowRoot?.querySelectorAll('li[part="row"]').length ?? 0;
const themed = (el: Element) => getComputedStyle(el).getPropertyValue('--ds-color-base-default').trim() !== '';

describe('dist/ with the fallback theme missing (404), on a page without a theme', () => {
  const inboxes: PageInbox[] = [];
  const warnings: string[] = [];
  const warn = console.warn;
  const asked = async () => chunkRequests(await cdnLog(key), 'fallback-theme').length;

  before(async () => {
    await resetDemo();
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    inboxes.push((await cdnInbox(key, { 'fallback-theme': '404' }, 'en')).inbox);
  });
  after(async () => {
    console.warn = warn;
    await closeCdnInbox(key, ...inboxes);
  });

  it('shows the rows unthemed and warns', async () => {
    await until(() => rows(inboxes[0]) > 1, 'rows');
    expect(themed(inboxes[0]), 'no theme reached the inbox').to.equal(false);
    expect(warnings.some((w) => w.includes('fallback theme')), 'a warning on the console').to.equal(true);
    expect(await asked(), 'the chunk was asked for').to.be.greaterThan(0);
  });

  it('an inbox that comes up once the chunk is back is themed', async () => {
    const before = await asked();
    await setChunkFaults(key, {});
    inboxes.push(await pageInbox('en'));
    await until(() => rows(inboxes[1]) > 1, 'rows of the second inbox');
    expect(themed(inboxes[1]), 'the fallback theme reached the second inbox').to.equal(true);
    expect(await asked(), 'the chunk was asked for again').to.be.greaterThan(before);
  });
});
