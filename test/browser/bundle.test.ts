// The script-tag bundle alone (dist/dialog-inbox.js and its chunks, built by `npm test` before this runs): a portal
// page with only that module and <dialog-inbox> lists, opens, and runs a GET and a POST action for real.
import { expect } from '@open-wc/testing';
import type { Dialog } from '../../src/api/types.js';
import { api, apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { deep, until } from './helpers.js';

const BUNDLE = '/dist/dialog-inbox.js';
/** The elements whose code is a chunk, and that chunk's name (the view and its actions share one; the picker is in the list's extras). */
const LAZY = { 'dialog-view': 'dialog-code', 'dialog-actions': 'dialog-code', 'dialog-party-picker': 'list-extras' };
const rows = (listEl: Element) => Array.from(listEl.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));

describe('dist/dialog-inbox.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });
  beforeEach(resetDemo);
  after(resetDemo);

  it('registers the inbox and the list at once, and the other elements from their chunks in dist/chunks/', async () => {
    for (const tag of ['dialog-inbox', 'dialog-list']) expect(customElements.get(tag), tag).to.be.a('function');
    // A page with no inbox yet (this one): the chunks are loaded at once, not when the browser is idle.
    await until(() => Object.keys(LAZY).every((tag) => customElements.get(tag)), 'the elements in chunks');
    const chunks = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.includes('/dist/chunks/'));
    for (const [tag, chunk] of Object.entries(LAZY)) {
      expect(chunks.some((url) => new RegExp(`/dist/chunks/${chunk}-[\\w-]+\\.js$`).test(url)), `${tag} from its chunk: ${chunks.join(' ')}`).to.equal(true);
    }
  });

  it('survives being loaded twice', async () => {
    // The entry again under another URL: it starts its requests again and takes the same chunks (already loaded,
    // not run again); its exports are the same classes, and the elements stay defined.
    const first = await import(/* @vite-ignore */ BUNDLE);
    const again = await import(/* @vite-ignore */ `${BUNDLE}?again`);
    expect(again.DialogInboxElement === first.DialogInboxElement && customElements.get('dialog-inbox') === first.DialogInboxElement).to.equal(true);
    // A second copy of the code (another deploy, another path) meets the guard: a warning, no error
    // (bundle-iife.test.ts loads the classic script beside this one).
  });

  it('lists, opens a dialog, offers a real GET link and runs a POST action against the service platform', async () => {
    const host = document.createElement('div');
    host.style.width = '1100px';
    host.innerHTML = `<dialog-inbox api-base-url="${await apiUrl()}" party="${await personParty()}" lang="nb"></dialog-inbox>`;
    const inbox = host.firstElementChild as HTMLElement & { tokenProvider?: () => Promise<string> };
    inbox.tokenProvider = tokenProvider;
    document.body.append(host);
    try {
      const list = await until(() => inbox.shadowRoot?.querySelector('dialog-list'), 'the list');
      await until(() => rows(list).length > 0, 'rows');
      // A dialog with a GET link and a background confirm action.
      let target: HTMLElement | undefined;
      let dialog: Dialog | undefined;
      for (const row of rows(list)) {
        const candidate = await api<Dialog>(`/api/v1/enduser/dialogs/${row.dataset.dialogId}`);
        const methods = (candidate.guiActions ?? []).filter((a) => a.isAuthorized && a.priority !== 'Tertiary');
        if (methods.some((a) => a.httpMethod === 'GET') && methods.some((a) => a.url?.endsWith('/confirm'))) {
          target = row;
          dialog = candidate;
          break;
        }
      }
      expect(target, 'a seed dialog with a GET and a POST action').to.exist;
      target!.querySelector('button')!.click();
      const view = inbox.shadowRoot!.querySelector('dialog-view')!;
      const actions = await until(() => deep(view, 'dialog-actions'), 'the actions');
      const link = await until(() => actions.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="action"]'), 'the GET link');
      const page = await fetch(link.href);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.contain('<html');
      const confirmAction = dialog!.guiActions!.find((a) => a.url?.endsWith('/confirm'))!;
      const title = confirmAction.title!.find((t) => t.languageCode === 'nb')!.value!;
      const button = Array.from(actions.shadowRoot!.querySelectorAll<HTMLElement>('button[part="action"]')).find((b) => b.textContent!.trim() === title)!;
      button.click();
      const confirm = actions.shadowRoot!.querySelector<HTMLDialogElement>('dialog');
      await new Promise((r) => setTimeout(r, 50));
      if (confirm?.open) confirm.querySelector<HTMLButtonElement>('button[value="ok"]')!.click();
      await until(async () => (await api<Dialog>(`/api/v1/enduser/dialogs/${dialog!.id}`)).status === 'Completed', 'the platform to complete the dialog', 8000);
      await until(() => deep(view, '[part="status"]')?.textContent === 'Fullført', 'the view to refresh');
    } finally {
      host.remove();
    }
  });
});
