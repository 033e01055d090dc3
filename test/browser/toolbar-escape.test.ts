// Escape in the list's toolbar, with real key presses: in the search field it first clears the text (and the
// search), then goes to the rows; in the filter panel it closes the panel and returns focus to "Filters".
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/dialog-list/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

async function list(): Promise<DialogListElement> {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()} lang="nb"
    .tokenProvider=${tokenProvider}></dialog-list>`);
  await until(() => el.shadowRoot!.querySelectorAll('li[part="row"]').length > 0, 'rows');
  return el;
}

describe('<dialog-list> Escape in the toolbar', () => {
  after(resetDemo);

  it('in the search field: the first Escape clears the text and the search, the next goes to the rows', async () => {
    const el = await list();
    const field = $(el, '#q') as HTMLInputElement;
    field.focus();
    await sendKeys({ type: 'skatt' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.getAttribute('search') === 'skatt', 'the search applied');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.getAttribute('search'), 'the search cleared');
    expect(field.value).to.equal('');
    expect(active(el) === field, 'focus stays in the field').to.equal(true);
    await until(() => el.shadowRoot!.querySelectorAll('li[part="row"]').length > 0 && !el.shadowRoot!.querySelector('[part="loading"]'), 'the rows again');
    await sendKeys({ press: 'Escape' });
    await until(() => active(el)?.matches('.row-button'), 'focus on the rows');
  });

  it('in the filter panel: Escape closes it and returns focus to "Filters"', async () => {
    const el = await list();
    const button = $(el, '[part="filters-button"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !$(el, '#filters').hidden, 'the panel open');
    for (let i = 0; i < 3 && !$(el, '#filters').contains(active(el)); i++) await sendKeys({ press: 'Tab' }); // past "Sort"
    expect($(el, '#filters').contains(active(el)), 'focus in the panel').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '#filters').hidden, 'the panel closed');
    expect(active(el) === button, 'focus back on "Filters"').to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});
