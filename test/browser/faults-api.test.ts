/**
 * Robustness gate (issue 7): API faults as the COMPONENTS meet them. Timeouts, 5xx, 429 with Retry-After,
 * malformed and truncated JSON, a dropped connection (echo server), and faults of the local Dialogporten
 * (its fault switches) while the user is in the middle of something: bounded retries, a clear localized
 * message with a way forward, and the user's selection and place kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { loadCatalog, messagesFor } from '../../src/i18n/index.js';
import { apiUrl, personParty, resetDemo, setFaults, tokenProvider } from './demo-api.js';
import { echoLog, echoReset, testEnv, until } from './helpers.js';
import { setRequestTimeout } from '../../src/api/client.js';
// Nynorsk and English are chunks of their own: load them before reading their texts.
await Promise.all([loadCatalog('nn'), loadCatalog('en')]);

const en = messagesFor('en');
const PARTY = 'urn:altinn:person:identifier-no:12448510075';
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

/** A standalone list whose API is the echo server answering as `path` says. */
async function listAt(path: string): Promise<DialogListElement> {
  const { echoUrl } = await testEnv();
  return fixture<DialogListElement>(html`<dialog-list api-base-url=${`${echoUrl}${path}`} party=${PARTY} lang="en" stream-url="off"
    .tokenProvider=${tokenProvider}></dialog-list>`);
}

/**
 * `listAt`, watched from its first render: `states()` lists what it showed, in order, each change once: 'loading'
 * (the skeleton), 'error', 'rows'.
 */
async function watchedListAt(path: string) {
  const { echoUrl } = await testEnv();
  const el = document.createElement('dialog-list') as DialogListElement;
  for (const [name, value] of Object.entries({ 'api-base-url': `${echoUrl}${path}`, party: PARTY, lang: 'en', 'stream-url': 'off' })) {
    el.setAttribute(name, value);
  }
  el.tokenProvider = tokenProvider;
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const state = $(el, '[part="error"]') ? 'error' : $(el, '[part="loading"]') ? 'loading' : rows(el).length ? 'rows' : null;
    if (state && state !== seen.at(-1)) seen.push(state);
  });
  // fixture() would wait for the first render; the observer must be there before it.
  document.body.append(el);
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  watched.push(() => (observer.disconnect(), el.remove()));
  return { el, states: () => [...seen] };
}
const watched: Array<() => void> = [];
afterEach(() => watched.splice(0).forEach((stop) => stop()));

async function searchRequests() {
  return (await echoLog()).filter((r) => r.path.includes('/api/v1/enduser/dialogs'));
}

/** The error alert: its text, and a retry button. */
async function errorShown(el: Element, timeout = 10_000) {
  const alert = await until(() => $(el, '[part="error"]'), 'the error alert', timeout);
  expect(alert.getAttribute('role')).to.equal('alert');
  const text = alert.textContent!.replace(/\s+/g, ' ');
  expect(text).not.to.match(/undefined|null|\[object|Error:|NaN/);
  return { alert, text, retry: alert.querySelector<HTMLButtonElement>('button') };
}


describe('API faults through the components', () => {
  beforeEach(echoReset);
  after(resetDemo);

  // The waits are timed from below only (a slow machine only waits longer); how soon the message comes after them is
  // not timed: what the user sees is checked instead, the skeleton while the retries wait, then the message.
  it('503 with Retry-After: retried after the delay, twice at most, then a clear message with a retry', async () => {
    const started = performance.now();
    const { el, states } = await watchedListAt('/status/503/ra1/text');
    const { text, retry } = await errorShown(el);
    const elapsed = performance.now() - started;
    expect(text).to.contain(en.errors.unavailable);
    expect(retry, 'a retry button').to.exist;
    expect(await searchRequests()).to.have.length(3);
    expect(elapsed, 'waited Retry-After (1 s) twice').to.be.greaterThan(1900);
    expect(states(), 'the skeleton while waiting, then the message').to.deep.equal(['loading', 'error']);
  });

  it('429 with Retry-After: bounded retries that honour the delay, then "busy"', async () => {
    const started = performance.now();
    const { el, states } = await watchedListAt('/status/429/ra1/problem');
    const { text } = await errorShown(el);
    expect(performance.now() - started).to.be.greaterThan(1900);
    expect(text).to.contain(en.errors.unavailable);
    expect(await searchRequests()).to.have.length(3);
    expect(states(), 'the skeleton while waiting, then the message').to.deep.equal(['loading', 'error']);
  });

  it('500 ProblemDetails: retried with backoff, then "the service had a problem" with the trace id', async () => {
    const el = await listAt('/status/500/problem');
    const { text } = await errorShown(el);
    expect(text).to.contain(en.errors.server);
    expect(text).to.contain('00-echo-trace-01');
    expect(await searchRequests()).to.have.length(3);
  });

  it('malformed JSON: no retry, "could not read the answer"', async () => {
    const el = await listAt('/status/200/badjson');
    const { text } = await errorShown(el);
    expect(text).to.contain(en.errors.invalidResponse);
    expect(await searchRequests()).to.have.length(1);
  });

  it('a 200 answer that is not JSON: "could not read the answer"', async () => {
    // A 200 with a text/plain body: not JSON at all.
    const el = await listAt('/status/200/text');
    const { text } = await errorShown(el);
    expect(text).to.contain(en.errors.invalidResponse);
  });

  it('a dropped connection: a bounded number of attempts, then "could not reach the service"', async () => {
    const el = await listAt('/drop');
    const { text, retry } = await errorShown(el);
    expect(text).to.contain(en.errors.network);
    expect(retry).to.exist;
    // At most 3 attempts by the client; Chromium itself resends a request once when a reused keep-alive
    // connection closes without an answer, so the server may see up to twice that.
    expect((await searchRequests()).length).to.be.within(1, 6);
  });

  it('a server that never answers: the request times out with "took too long" (the client timeout, 20 s; 2 s here)', async function () {
    this.timeout(20_000);
    setRequestTimeout(2_000);
    try {
      const el = await listAt('/hang');
      expect($(el, '[aria-busy="true"]'), 'loading while waiting').to.exist;
      const { text } = await errorShown(el, 15_000);
      expect(text).to.contain(en.errors.timeout);
      expect((await searchRequests()).length).to.be.within(1, 3);
    } finally {
      setRequestTimeout(20_000);
    }
  });

  it('401 (the session is gone): "log in again" with a button that asks the portal to (dialog-auth-required, session)', async () => {
    const el = await listAt('/status/401');
    const { text, alert } = await errorShown(el);
    expect(text).to.contain(en.errors.unauthorized);
    const login = alert.querySelector<HTMLButtonElement>('[part="login"]')!;
    expect(login.textContent).to.equal(en.loginAgain);
    let reason = '';
    el.addEventListener('dialog-auth-required', (e) => (reason = e.detail.reason), { once: true });
    login.click();
    expect(reason).to.equal('session');
  });

  it('a retry after the fault is over works', async () => {
    const el = await listAt('/status/200/badjson');
    await errorShown(el);
    // The echo server's JSON answer is an empty page: the list recovers to its empty state.
    const { echoUrl } = await testEnv();
    el.setAttribute('api-base-url', `${echoUrl}/status/200/json`);
    await until(() => $(el, '[part="empty"]'), 'the empty state after recovery');
    expect($(el, '[part="error"]')).to.equal(null);
  });
});

describe('faults of the local Dialogporten while the user is busy', () => {
  beforeEach(resetDemo);
  afterEach(() => setFaults({}));
  after(resetDemo);

  async function inbox() {
    const base = await apiUrl();
    const party = await personParty();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <div style="height: 400px"></div>
      <dialog-inbox api-base-url=${base} party=${party} lang="en" stream-url="off" .tokenProvider=${tokenProvider}>
        <dialog-list page-size="5"></dialog-list>
        <dialog-view></dialog-view>
      </dialog-inbox>
      <div style="height: 3000px"></div>
    </div>`);
    const el = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
    const list = el.querySelector<DialogListElement>('dialog-list')!;
    const view = el.querySelector('dialog-view')!;
    // A page may show fewer rows than its size: the Inbox leaves drafts out.
    await until(() => rows(list).length >= 3 && list.shadowRoot!.querySelector('[part="load-more"]'), 'the first page');
    return { el, list, view };
  }

  const selectedIds = (list: Element) => rows(list).filter((r) => r.querySelector('[aria-current="true"]')).map((r) => r.dataset.dialogId);
  const viewDialogId = (view: Element) => (view as unknown as { dialog?: { id?: string } | null }).dialog?.id ?? null;

  it('"Show more" failing (500s) keeps the rows, the chosen dialog and the scroll position; retry then loads the page', async () => {
    const { list, view } = await inbox();
    const firstCount = rows(list).length;
    const chosen = rows(list)[2];
    const chosenId = chosen.dataset.dialogId!;
    chosen.querySelector<HTMLElement>('[part="row-button"], button')!.click();
    await until(() => viewDialogId(view) === chosenId && $(view, '[part="article"]'), 'the chosen dialog');
    window.scrollTo(0, 250);
    const scrolled = window.scrollY;

    await setFaults({ errorRate: 1 });
    $(list, '[part="load-more"]')!.click();
    const { text, retry } = await errorShown(list);
    expect(text).to.contain(en.errors.server);
    expect(rows(list)).to.have.length(firstCount, 'the rows already shown stay');
    expect(selectedIds(list)).to.deep.equal([chosenId], 'the chosen row stays marked');
    expect(viewDialogId(view)).to.equal(chosenId, 'the open dialog stays open');
    expect($(view, '[part="article"]')).to.exist;
    expect(window.scrollY).to.equal(scrolled, 'the place on the page is kept');

    await setFaults({});
    retry!.click();
    await until(() => rows(list).length > firstCount, 'the next page after retry');
    expect(rows(list).slice(0, firstCount).map((r) => r.dataset.dialogId)).to.include(chosenId);
    expect(selectedIds(list)).to.deep.equal([chosenId]);
    expect($(list, '[part="error"]')).to.equal(null);
  });

  it('opening a dialog during maintenance (503 + Retry-After) explains it; the list and its selection are kept; retry opens it', async () => {
    const { list, view } = await inbox();
    const shown = rows(list).length;
    await setFaults({ unavailable: true, retryAfterSeconds: 1 });
    const target = rows(list)[1];
    const targetId = target.dataset.dialogId!;
    target.querySelector<HTMLElement>('[part="row-button"], button')!.click();
    const { text, retry } = await errorShown(view, 10_000);
    expect(text).to.contain(en.errors.unavailable);
    expect(rows(list)).to.have.length(shown, 'the rows stay');
    expect(selectedIds(list)).to.deep.equal([targetId]);
    await setFaults({});
    expect(retry, 'the view offers a retry').to.exist;
    retry!.click();
    await until(() => viewDialogId(view) === targetId && $(view, '[part="article"]'), 'the dialog after retry');
    expect(selectedIds(list)).to.deep.equal([targetId]);
  });

  it('a slow API (latency) shows loading, never an error, and then the content', async () => {
    const { list, view } = await inbox();
    await setFaults({ latencyMs: 1500 });
    const target = rows(list)[3];
    target.querySelector<HTMLElement>('[part="row-button"], button')!.click();
    await until(() => $(view, '[aria-busy="true"]'), 'loading');
    expect($(view, '[part="error"]')).to.equal(null);
    await until(() => viewDialogId(view) === target.dataset.dialogId && $(view, '[part="article"]'), 'the dialog', 8000);
  });
});
