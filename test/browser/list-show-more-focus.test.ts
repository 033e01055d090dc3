// "Show more" from the keyboard: focus goes on to the first row it brought, also when the button goes away with
// the last page (it used to fall to <body>). Against the local Dialogporten, real key presses.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { apiUrl, inboxItems, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const rowIds = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]')).map((r) => r.dataset.dialogId!);
const focusedRow = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[part="row"]')?.dataset.dialogId;

describe('<dialog-list> "Show more" and focus', () => {
  before(resetDemo);

  it('focus moves to the first new row, page after page, and after the last page too', async () => {
    const total = (await inboxItems(await personParty())).length;
    const size = 4;
    expect(total).to.be.greaterThan(size * 2);
    const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()}
      page-size=${size} lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
    await until(() => rowIds(el).length > 0 && el.shadowRoot!.querySelector('[part="load-more"]'), 'the first page');
    for (let page = 1; page < 50; page++) {
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]');
      if (!button) break;
      const before = rowIds(el).length;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => focusedRow(el) !== undefined, `focus on a row after page ${page}`);
      expect(focusedRow(el)).to.equal(rowIds(el)[before]);
    }
    expect(rowIds(el).length).to.equal(total);
    expect(el.shadowRoot!.querySelector('[part="load-more"]') === null, 'the last page is in').to.equal(true);
    expect(document.activeElement === el).to.equal(true);
  });
});
