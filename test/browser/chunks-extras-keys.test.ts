// The built bundle (dist/, `npx vite build` first) with the list's extras chunk held, then released: the rows' keys
// and the party picker come with it. Until then one row is in the tab order and an arrow pressed on a row moves
// once the chunk is here; the picker's line is kept, so the rows do not move when it arrives.
// (A page of its own: the elements are the first bundle's for the rest of a page.)
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cdnKey, setChunkFaults } from '../support/chunk-cdn-client.js';
import { until } from './helpers.js';
import { closeCdnInbox, pickerCdnInbox, type PageInbox } from './page-inbox.js';

const key = cdnKey('extras-keys');
const rowButtons = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('.row-button'));
const active = (list: Element) => list.shadowRoot!.activeElement;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('dist/: the rows’ keys and the party picker come with the list’s extras', () => {
  let inbox: PageInbox | undefined;
  after(() => closeCdnInbox(key, ...(inbox ? [inbox] : [])));

  it('one row in the tab order and the picker’s line kept while the chunk is held; then the arrow moves and the rows stay put', async () => {
    const { inbox: shown, list, picker } = await pickerCdnInbox(key, { 'list-extras': 'hang' });
    inbox = shown; // removed after the test
    expect(customElements.get('dialog-party-picker'), 'no picker while the chunk is held').to.equal(undefined);
    expect(picker.hasAttribute('data-coming'), 'the picker is expected').to.equal(true);
    const kept = picker.getBoundingClientRect().height;
    // Where the list starts below the picker (End scrolls the page later on).
    const listBelow = () => list.getBoundingClientRect().top - picker.getBoundingClientRect().top;
    const before = listBelow();
    expect(kept, 'its line is kept').to.be.greaterThan(20);

    expect(rowButtons(list).map((b) => b.tabIndex).filter((t) => t === 0).length, 'one row in the tab order').to.equal(1);
    expect(rowButtons(list)[0].tabIndex, 'the first').to.equal(0);
    expect((list as unknown as { focusList(): boolean }).focusList(), 'focusList').to.equal(true);
    expect(active(list)).to.equal(rowButtons(list)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await pause(200);
    expect(active(list), 'the arrow waits for the chunk').to.equal(rowButtons(list)[0]);
    expect(document.scrollingElement!.scrollTop, 'and does not scroll the page').to.equal(0);

    await setChunkFaults(key, {});
    await until(() => active(list) === rowButtons(list)[1], 'the second row focused once the chunk is here');
    expect(rowButtons(list).map((b) => b.tabIndex).filter((t) => t === 0).length, 'still one row in the tab order').to.equal(1);
    await sendKeys({ press: 'End' });
    expect(active(list), 'End: the keys work on').to.equal(rowButtons(list).at(-1));

    await until(() => picker.shadowRoot?.querySelector('[part="toggle"]'), 'the picker, from the chunk');
    expect(Math.abs(picker.getBoundingClientRect().height - kept), 'the picker fills the line kept for it').to.be.at.most(1);
    expect(Math.abs(listBelow() - before), 'the rows did not move').to.be.at.most(1);
  });
});
