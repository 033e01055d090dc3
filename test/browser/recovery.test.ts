// Recovering from failures without losing what the user sees or did (found by an exploratory review): a dialog
// deleted in the meantime, a failed background refresh, an expired dialog token, a failed "Show more", and
// messages and selections across a change of language. Against the local Dialogporten and service platform.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Dialog } from '../../src/api/types.js';
import { findDialog, hasAction, personParty, resetDemo, setFaults } from './demo-api.js';
import { deepActive, until } from './helpers.js';
import { openInbox as inbox } from './inbox-fixture.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rows = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

/** Records the requests to `url` (and the dialog token each carried) while `run` runs. */
async function requestsTo(url: string, run: (tokens: string[]) => Promise<void>): Promise<string[]> {
  const tokens: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const target = input instanceof Request ? input.url : String(input);
    if (target === url) tokens.push(new Headers(input instanceof Request ? input.headers : init?.headers).get('Authorization') ?? '');
    return original(input, init);
  };
  try {
    await run(tokens);
  } finally {
    window.fetch = original;
  }
  return tokens;
}

/** A dialog whose primary action is a plain POST (no prompt), open in an inbox. */
async function openConfirmable() {
  const dialog = await findDialog((d) => hasAction(d, (a) => a.priority === 'Primary' && /\/confirm$/.test(a.url ?? '')) && !d.guiActions!.some((a) => a.prompt));
  await resetDemo();
  const { el, view } = await inbox(dialog.party!);
  el.state.select(dialog.id!);
  await until(() => $(view, '[part="article"]'), 'the dialog');
  // The threads and history come a frame after the rest: that render sets the actions' dialog again.
  await (view as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const actions = $(view, 'dialog-actions')!;
  // The actions render in a task of their own after the article (sooner or later on a busy machine).
  await until(() => $(actions, '[part="action"][data-variant="primary"]'), 'the actions');
  return { dialog, el, view, actions };
}

describe('recovery without loss', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  it('a dialog deleted in the meantime says so when opened', async () => {
    const dialog = await findDialog((d) => hasAction(d, (a) => Boolean(a.isDeleteDialogAction) && /\/delete$/.test(a.url ?? '')));
    await resetDemo();
    const { el, view } = await inbox(dialog.party!);
    const del = dialog.guiActions!.find((a) => a.isDeleteDialogAction)!;
    const deleted = await fetch(del.url!, { method: 'DELETE', headers: { Authorization: `Bearer ${dialog.dialogToken}` } });
    expect(deleted.ok, 'deleted on the service platform').to.equal(true);
    el.state.select(dialog.id!);
    await until(() => $(view, '[part="notice"]')?.textContent === 'Saken ble slettet.', 'the notice');
    expect(el.state.selectedId).to.equal(null);
  });

  it('a failed refresh after an action keeps the dialog on screen, with the error and a retry above it', async () => {
    const dialog = await findDialog((d) => hasAction(d, (a) => a.priority === 'Primary' && /\/confirm$/.test(a.url ?? '')));
    await resetDemo();
    const { el, view } = await inbox(dialog.party!);
    el.state.select(dialog.id!);
    await until(() => $(view, '[part="article"]'), 'the dialog');
    await setFaults({ errorRate: 1 }); // the API fails; the service platform does not
    const actions = $(view, 'dialog-actions')!;
    $(actions, '[part="action"][data-variant="primary"]')!.click();
    await until(() => actions.shadowRoot!.querySelector('dialog[open]'), 'the confirmation').catch(() => null);
    actions.shadowRoot!.querySelector<HTMLButtonElement>('dialog[open] button[value="ok"]')?.click();
    await until(() => $(view, '[part="error"]'), 'the refresh error', 10_000);
    expect($(view, '[part="article"]'), 'the dialog stays').to.exist;
    expect($(actions, '[part="message"]')!.textContent).to.contain('er utført');
    await setFaults({});
    $(view, '[part="error"] button')!.click();
    await until(() => !$(view, '[part="error"]'), 'the error gone after retry');
    expect($(view, '[part="status"]')!.textContent).to.equal('Fullført');
  });

  it('an action with a rejected (expired) dialog token gets a fresh token and runs once; an old token is renewed first', async () => {
    const { dialog, el, actions } = await openConfirmable();
    const button = $(actions, '[part="action"][data-variant="primary"]')!;
    const url = dialog.guiActions!.find((a) => a.priority === 'Primary')!.url!;
    // As after a laptop's sleep: the token the page holds is no longer accepted.
    (el.state.openDialog as Dialog).dialogToken = 'expired.token.value';
    (actions as unknown as { dialog?: Dialog }).dialog = { ...(el.state.openDialog as Dialog) };
    await (actions as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const done = () => $(actions, '[part="action"][data-variant="primary"]')!.getAttribute('aria-busy') === 'false' && /er utført/.test($(actions, '[part="message"]')!.textContent ?? '');
    const rejected = await requestsTo(url, async (tokens) => {
      button.click();
      await until(() => tokens.length === 2, 'the second request', 8000);
      await until(done, 'the action done', 8000);
    });
    expect(rejected, 'rejected once, then run with a fresh token').to.have.length(2);
    expect(rejected[0]).to.equal('Bearer expired.token.value');
    expect(rejected[1]).to.match(/^Bearer ey/);
    // A token older than 8 minutes is renewed before the request: one request only, with a fresh token.
    await resetDemo();
    const realNow = Date.now;
    Date.now = () => realNow() + 9 * 60_000;
    try {
      const renewed = await requestsTo(url, async (tokens) => {
        $(actions, '[part="action"][data-variant="primary"]')!.click();
        await until(() => tokens.length === 1, 'the request', 8000);
        await until(done, 'the action done again', 8000);
        await new Promise((resolve) => setTimeout(resolve, 300)); // and no second request
      });
      expect(renewed).to.have.length(1);
      expect(renewed[0]).to.match(/^Bearer ey/);
      expect(renewed[0]).not.to.equal(rejected[1]);
    } finally {
      Date.now = realNow;
    }
  });

  it('a rejected token whose renewal fails too ends in a clear message, and the action stays available', async () => {
    const { el, view, actions } = await openConfirmable();
    (actions as unknown as { dialog?: Dialog }).dialog = { ...(el.state.openDialog as Dialog), dialogToken: 'expired.token.value' };
    await (actions as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await setFaults({ errorRate: 1 }); // the API fails, so no fresh token
    $(actions, '[part="action"][data-variant="primary"]')!.click();
    await until(() => /kunne ikke utføres/.test($(actions, '[part="message"]')!.textContent ?? ''), 'the failure', 10_000);
    expect($(actions, '[part="message"]')!.textContent).to.contain('Logg inn på nytt');
    expect($(actions, '[part="action"][data-variant="primary"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect($(view, '[part="article"]'), 'the dialog stays').to.exist;
    await setFaults({});
  });

  it('a failed "Show more" hands focus to its retry; the rows stay', async () => {
    const { list } = await inbox(await personParty(), { pageSize: 5 });
    const shown = rows(list).length;
    const more = $(list, '[part="load-more"]')!;
    more.focus();
    await setFaults({ errorRate: 1 });
    await sendKeys({ press: 'Enter' });
    await until(() => $(list, '[part="error"] button'), 'the retry', 10_000);
    await until(() => deepActive()?.matches('[part="error"] button'), 'focus on the retry');
    expect(rows(list)).to.have.length(shown);
    await setFaults({});
    await sendKeys({ press: 'Enter' });
    await until(() => rows(list).length > shown, 'the next page');
  });

  it('a change of language keeps the selection and puts the list message in the new language', async () => {
    const { el, list } = await inbox(await personParty());
    $(list, '[part="select-button"]')!.click();
    await until(() => $(list, '[part="bulk-bar"]'), 'the bulk bar');
    const picked = rows(list).slice(0, 2).map((r) => r.dataset.dialogId!);
    for (const r of rows(list).slice(0, 2)) r.querySelector<HTMLInputElement>('input.pick')!.click();
    await until(() => $(list, '[part="selected-count"]')!.textContent === '2 valgt', 'two picked');
    await setFaults({ errorRate: 1 });
    $(list, '[part="bulk-action"][data-action="archive"]')!.click();
    await until(() => /kunne ikke utføres/.test($(list, '[part="message"]')!.textContent ?? ''), 'the failure', 10_000);
    await setFaults({});
    el.setAttribute('lang', 'en');
    await until(() => $(list, '[part="selected-count"]')?.textContent === '2 selected', 'the selection kept, in English');
    const checked = () => rows(list).filter((r) => r.querySelector<HTMLInputElement>('input.pick')!.checked).map((r) => r.dataset.dialogId);
    await until(() => $(list, '[part="list"]') && checked().length, 'the rows again, in English');
    expect(checked()).to.deep.equal(picked);
    expect($(list, '[part="selected-count"]')!.textContent).to.equal('2 selected');
    expect($(list, '[part="message"]')!.textContent).to.contain('could not be done');
  });

  it('a change of language keeps the rows on screen, and keyboard focus on the row it was on', async () => {
    const { el, list } = await inbox(await personParty());
    const second = rows(list)[1];
    second.querySelector<HTMLElement>('.row-button')!.focus();
    el.setAttribute('lang', 'en');
    await until(() => $(list, '[part="folder"][data-folder="inbox"]')?.textContent === 'Inbox', 'the list in English');
    expect(Boolean($(list, '[part="loading"]')), 'no skeleton while the same rows load again').to.equal(false);
    await list.updateComplete;
    expect(deepActive()?.closest('[data-dialog-id]')?.getAttribute('data-dialog-id')).to.equal(second.dataset.dialogId);
  });
});
