import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { DialogEventStream, backoffDelay, parseMessage } from '../../src/live/dialog-events.js';
import type { Dialog } from '../../src/api/types.js';
import { api, apiUrl, findDialog, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { echoLog, echoReset, testEnv, until } from './helpers.js';

// The browser keeps 250 resource timings by default: with every source module of the elements that fills up.
performance.setResourceTimingBufferSize(100_000);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const dialogGets = (id: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/api/v1/enduser/dialogs/${id}`)).length;

/**
 * Counts the live streams the page opens from now on whose answer has come (the local Dialogporten subscribes a
 * stream before it answers): "the stream is connected", observed instead of slept for. `stop` (also after each
 * test) puts fetch back.
 */
function watchStreams() {
  const real = window.fetch;
  let opened = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const response = real(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/graphql/stream')) void response.then((r) => void (r.ok && opened++), () => {});
    return response;
  };
  const stop = () => {
    window.fetch = real;
  };
  stopWatching.push(stop);
  return { opened: () => opened, stop };
}
const stopWatching: Array<() => void> = [];
afterEach(() => stopWatching.splice(0).reverse().forEach((stop) => stop()));

describe('live updates: the stream client', () => {
  beforeEach(echoReset);

  it('parses GraphQL-over-SSE messages and ignores anything else', () => {
    expect(parseMessage('event: next\ndata: {"data":{"dialogEvents":{"id":"a","type":"DIALOG_UPDATED"}}}')).to.equal('DIALOG_UPDATED');
    expect(parseMessage('event: next\ndata: {"data":{"dialogEvents":{"type":"DIALOG_DELETED"}}}')).to.equal('DIALOG_DELETED');
    expect(parseMessage(': keep-alive')).to.equal(null);
    expect(parseMessage('event: complete\ndata:')).to.equal(null);
    expect(parseMessage('event: next\ndata: {"data":{"dialogEvents":{"type":"SOMETHING_NEW"}}}')).to.equal(null);
    expect(parseMessage('event: next\ndata: {not json')).to.equal(null);
  });

  it('backs off exponentially between 1 and 30 seconds, with jitter', () => {
    expect(backoffDelay(0, 1000, 30000, () => 1)).to.equal(1000);
    expect(backoffDelay(3, 1000, 30000, () => 1)).to.equal(8000);
    expect(backoffDelay(10, 1000, 30000, () => 1)).to.equal(30000);
    expect(backoffDelay(10, 1000, 30000, () => 0)).to.equal(15000);
    expect(backoffDelay(0, 1000, 30000, () => 0)).to.equal(1000);
  });

  it('subscribes with the dialog token, and reconnects after the stream drops', async () => {
    const { echoUrl } = await testEnv();
    const events: string[] = [];
    let tokens = 0;
    const stream = new DialogEventStream({
      url: `${echoUrl}/sse/DIALOG_UPDATED`,
      dialogId: '0195f0a4-0000-7000-8000-000000000001',
      token: async () => `token-${++tokens}`,
      onEvent: (type) => events.push(type),
      minDelayMs: 30,
      maxDelayMs: 60,
    });
    stream.start();
    await until(() => events.length >= 2, 'two events over two connections');
    stream.stop();
    const log = (await echoLog()).filter((r) => r.path.startsWith('/sse/'));
    expect(log.length).to.be.at.least(2);
    expect(log[0].method).to.equal('POST');
    expect(log[0].headers.accept).to.equal('text/event-stream');
    expect(log[1].headers.authorization).to.equal('Bearer token-2');
    const body = JSON.parse(log[0].body);
    expect(body.variables).to.deep.equal({ dialogId: '0195f0a4-0000-7000-8000-000000000001' });
    expect(body.query).to.contain('dialogEvents(dialogId: $dialogId)');
  });

  it('retries a failing endpoint and stops for good after DIALOG_DELETED', async () => {
    const { echoUrl } = await testEnv();
    const failing = new DialogEventStream({ url: `${echoUrl}/status/503`, dialogId: '0195f0a4-0000-7000-8000-000000000001', token: async () => 't', onEvent: () => {}, minDelayMs: 20, maxDelayMs: 40 });
    failing.start();
    await until(async () => (await echoLog()).length >= 3, 'three attempts');
    failing.stop();
    await echoReset();
    const events: string[] = [];
    const deleted = new DialogEventStream({ url: `${echoUrl}/sse/DIALOG_DELETED`, dialogId: '0195f0a4-0000-7000-8000-000000000001', token: async () => 't', onEvent: (e) => events.push(e), minDelayMs: 20 });
    deleted.start();
    await until(() => events.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(deleted.running).to.equal(false);
    expect((await echoLog()).length).to.equal(1);
  });

  it('never subscribes for an id that is not a UUID', async () => {
    const { echoUrl } = await testEnv();
    const stream = new DialogEventStream({ url: `${echoUrl}/sse/X`, dialogId: '") { hack }', token: async () => 't', onEvent: () => {} });
    stream.start();
    expect(stream.running).to.equal(false);
  });
});

describe('live updates against the local Dialogporten', () => {
  beforeEach(resetDemo);
  after(resetDemo);

  async function openView(dialog: Dialog) {
    const el = await fixture<DialogViewElement>(html`<dialog-view api-base-url=${await apiUrl()} dialog-id=${dialog.id!} .tokenProvider=${tokenProvider}></dialog-view>`);
    await until(() => $(el, 'article'), 'the dialog');
    return el;
  }

  it('keeps a 202 action busy until the live update lands, without polling', async function () {
    // The platform acts 3 s after the 202; on a busy machine the rest may take long too. Not timed from above: the
    // action itself gives up waiting after ACCEPTED_WAIT_MS, which the order of states below would show.
    this.timeout(40_000);
    const dialog = await findDialog((d) => d.status !== 'Awaiting' && (d.guiActions ?? []).some((a) => a.url?.endsWith('/submit') && a.priority !== 'Tertiary'));
    const streams = watchStreams();
    const el = await openView(dialog);
    await until(() => streams.opened() > 0, 'the live stream');
    const actions = $(el, 'dialog-actions')!;
    const title = dialog.guiActions!.find((a) => a.url?.endsWith('/submit'))!.title!.find((t) => t.languageCode === 'nb')!.value!;
    const button = Array.from(actions.shadowRoot!.querySelectorAll<HTMLElement>('[part="action"]')).find((b) => b.textContent!.trim() === title)!;
    const getsBefore = dialogGets(dialog.id!);
    const started = performance.now();
    button.click();
    const dialogEl = await until(() => actions.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]') ?? (button.getAttribute('aria-busy') === 'true' ? 'busy' : null));
    if (dialogEl !== 'busy') (dialogEl as HTMLDialogElement).querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
    await until(() => actions.shadowRoot!.querySelector('[aria-busy="true"]'), 'the busy state');
    // Until the update shows, the action stays busy; the first poll that finds it free ends the wait (a failure).
    const first = await until(() => {
      if ($(el, '[part="status"]')?.textContent === 'Venter på svar') return 'the update';
      return actions.shadowRoot!.querySelector('[aria-busy="true"]') ? null : 'the action free';
    }, 'the live update or the action free', 30_000);
    const elapsed = Math.round(performance.now() - started);
    expect(first, 'busy until the live update lands').to.equal('the update');
    expect(elapsed, 'the platform acts 3000 ms after the 202; nothing shows it sooner').to.be.at.least(2900);
    await until(() => !actions.shadowRoot!.querySelector('[aria-busy="true"]'), 'the action to be free');
    expect(actions.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('er utført');
    expect(dialogGets(dialog.id!) - getsBefore).to.be.at.most(2); // one refetch per live event, no polling
  });

  it('leaves the dialog when it is deleted elsewhere (DIALOG_DELETED)', async () => {
    const dialog = await findDialog((d) => (d.guiActions ?? []).some((a) => a.url?.endsWith('/delete')));
    const streams = watchStreams();
    const el = await openView(dialog);
    await until(() => streams.opened() > 0, 'the live stream');
    const closed = oneEvent(el, 'dialog-close');
    const fresh = await api<Dialog>(`/api/v1/enduser/dialogs/${dialog.id}`);
    const url = fresh.guiActions!.find((a) => a.url?.endsWith('/delete'))!.url!;
    expect((await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${fresh.dialogToken}` } })).status).to.equal(204);
    expect((await closed).detail.reason).to.equal('deleted');
    await until(() => $(el, '[part="notice"]')?.textContent === 'Saken ble slettet.', 'the notice');
  });

  it('refreshes the list row when another client changes the dialog (DIALOG_UPDATED)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><dialog-inbox api-base-url=${await apiUrl()}
      party=${await personParty()} .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
    const inbox = wrapper.firstElementChild as DialogInboxElement;
    const list = await until(() => inbox.shadowRoot!.querySelector('dialog-list'));
    const row = await until(() => list.shadowRoot!.querySelector<HTMLElement>('li[part="row"]'), 'rows');
    const id = row.dataset.dialogId!;
    const streams = watchStreams();
    row.querySelector('button')!.click();
    const view = inbox.shadowRoot!.querySelector('dialog-view')!;
    await until(() => $(view, 'article'), 'the dialog');
    await until(() => streams.opened() > 0, 'the live stream');
    const fresh = await api<Dialog>(`/api/v1/enduser/dialogs/${id}`);
    await api(`/api/v1/enduser/dialogs/${id}/context/systemlabels`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': fresh.endUserContext!.revision! },
      body: JSON.stringify({ addLabels: ['Archive'], removeLabels: [] }),
    });
    await until(() => !list.shadowRoot!.querySelector(`[data-dialog-id="${id}"]`), 'the archived row to leave the inbox list');
  });

  it('closes the stream while the tab is hidden and refetches when it is visible again', async () => {
    const dialog = await findDialog((d) => d.status === 'RequiresAttention');
    const streams = watchStreams();
    const el = await openView(dialog);
    await until(() => streams.opened() > 0, 'the live stream');
    const state = { hidden: false };
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (state.hidden ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state.hidden });
    try {
      state.hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      const before = dialogGets(dialog.id!);
      const fresh = await api<Dialog>(`/api/v1/enduser/dialogs/${dialog.id}`);
      await api(`/api/v1/enduser/dialogs/${dialog.id}/context/systemlabels`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': fresh.endUserContext!.revision! },
        body: JSON.stringify({ addLabels: ['Archive'], removeLabels: [] }),
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(dialogGets(dialog.id!) - before, 'no live refetch while hidden (only the test’s own GET)').to.equal(1);
      state.hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => dialogGets(dialog.id!) - before >= 2, 'a refetch on return');
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      delete (document as unknown as Record<string, unknown>).hidden;
    }
    expect(el.isConnected).to.equal(true);
  });
});
