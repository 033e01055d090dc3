// Keyboard alone: roving tabindex over the rows, Enter opens, Escape returns from the dialog to its row, the row
// menu and selection; with real key presses against the local Dialogporten.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedRow = (el: Element) => focused(el)?.closest<HTMLElement>('li[part="row"]')?.dataset.dialogId;

async function list() {
  const el = await fixture<DialogListElement>(html`<dialog-list api-base-url=${await apiUrl()} party=${await personParty()}
    page-size="100" lang="nb" .tokenProvider=${tokenProvider}></dialog-list>`);
  await until(() => rows(el).length > 5, 'rows');
  return el;
}

/** Tabs until focus is on a row of the list (the toolbar comes first). */
async function tabToRows(el: Element) {
  for (let i = 0; i < 30 && !focusedRow(el); i++) await sendKeys({ press: 'Tab' });
  expect(focusedRow(el), 'Tab reaches the rows').to.exist;
}

describe('<dialog-list> keyboard', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('puts one row in the tab order and moves with the arrow keys, Home, End and Page keys', async () => {
    const el = await list();
    const buttons = () => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.row-button'));
    expect(buttons().filter((b) => b.tabIndex === 0).length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('[data-act][tabindex="0"]').length).to.equal(1);
    await tabToRows(el);
    const ids = rows(el).map((r) => r.dataset.dialogId);
    expect(focusedRow(el)).to.equal(ids[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRow(el)).to.equal(ids[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedRow(el)).to.equal(ids[1]);
    await sendKeys({ press: 'End' });
    expect(focusedRow(el)).to.equal(ids[ids.length - 1]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'PageDown' });
    expect(focusedRow(el)).to.equal(ids[10]);
    // Leaving and coming back lands on the same row.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedRow(el)).to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    expect(focusedRow(el)).to.equal(ids[10]);
    expect(buttons().filter((b) => b.tabIndex === 0).length).to.equal(1);
    // ArrowRight reaches the row's menu; Enter opens it.
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.dataset.act).to.equal('menu');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('[part="row-menu"]:popover-open button'), 'the menu');
    await until(() => (focused(el)?.closest('[part="row-menu"]') ?? null) !== null, 'focus in the menu');
    await sendKeys({ press: 'Escape' });
    await until(() => focused(el)?.dataset.act === 'menu', 'focus back on the menu button');
    await expect(el).to.be.accessible();
  });

  it('Enter opens the row; while selecting, Space picks it', async () => {
    const el = await list();
    let opened = '';
    el.addEventListener('dialog-select', (e) => (opened = e.detail.dialogId));
    await tabToRows(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(rows(el)[1].dataset.dialogId);
    el.shadowRoot!.querySelector<HTMLElement>('[part="select-button"]')!.click();
    await el.updateComplete;
    rows(el)[1].querySelector<HTMLElement>('.row-button')!.focus();
    opened = '';
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(opened).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="selected-count"]')!.textContent).to.equal('1 valgt');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)!.dataset.act).to.equal('pick');
  });

  it('in the inbox: Enter opens the dialog and moves focus there; Escape returns to its row; keyboard-only filters', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <dialog-inbox api-base-url=${await apiUrl()} party=${await personParty()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
    const inbox = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
    const el = inbox.shadowRoot!.querySelector<DialogListElement>('dialog-list')!;
    const view = inbox.shadowRoot!.querySelector('dialog-view')!;
    await until(() => rows(el).length > 5, 'rows');
    await tabToRows(el);
    await sendKeys({ press: 'ArrowDown' });
    const id = focusedRow(el);
    await sendKeys({ press: 'Enter' });
    await until(() => view.shadowRoot!.activeElement, 'focus in the dialog', 5000);
    await sendKeys({ press: 'Escape' });
    await until(() => focusedRow(el) === id && inbox.shadowRoot!.activeElement === el, 'focus back on the row');
    // The filters, by keyboard alone: Escape in the panel closes it and returns to "Filters"; from there, to the rows.
    const filters = el.shadowRoot!.querySelector<HTMLElement>('[part="filters-button"]')!;
    filters.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('#f-org'), 'the filter panel (a chunk)');
    expect(filters.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' }); // the panel follows its button: the first status
    await sendKeys({ press: 'Space' });
    await until(() => el.getAttribute('filters') === 'status=RequiresAttention', 'the status filter');
    await until(() => rows(el).length > 0 && rows(el).every((r) => r.querySelector('[data-status="RequiresAttention"]')), 'the filtered rows');
    await sendKeys({ press: 'Escape' });
    await until(() => el.shadowRoot!.activeElement === filters && filters.getAttribute('aria-expanded') === 'false', 'the panel closed, focus on "Filters"');
    await sendKeys({ press: 'Escape' });
    await until(() => focusedRow(el), 'focus on the rows');
    await expect(inbox).to.be.accessible();
  });
});
