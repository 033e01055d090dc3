// Elements defined in any order and inserted in any order behave the same, in every layout a portal may choose:
// the built-in one, its own inside <dialog-inbox> (slotted), and standalone pieces. Each case registers the
// classes under tags of its own (a portal may rename them), so the define order really varies per case.
import { expect } from '@open-wc/testing';
import { DialogActionsElement } from '../../components/dialog-actions/dialog-actions.js';
import { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import type { Dialog } from '../../src/api/types.js';
import { apiUrl, findDialog, personParty, resetDemo, search, TOKEN } from './demo-api.js';
import { until } from './helpers.js';

type Piece = 'inbox' | 'list' | 'view' | 'actions';
const CLASSES: Record<Piece, CustomElementConstructor> = {
  inbox: DialogInboxElement,
  list: DialogListElement,
  view: DialogViewElement,
  actions: DialogActionsElement,
};
let caseNo = 0;

/** Registers the pieces under fresh tags, in this order (a short wait between, so each upgrades on its own). */
async function define(prefix: string, order: Piece[]): Promise<void> {
  for (const piece of order) {
    customElements.define(`${prefix}-${piece}`, class extends (CLASSES[piece] as typeof HTMLElement) {});
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

const shadow = (el: Element | null) => el?.shadowRoot ?? null;
const rowIds = (list: Element) => Array.from(shadow(list)?.querySelectorAll<HTMLElement>('li[part="row"]') ?? []).map((r) => r.dataset.dialogId);
const currentFolder = (list: Element) => shadow(list)?.querySelector('[part="folder"][aria-current="page"]')?.getAttribute('data-folder');
const actionCount = (actions: Element | null) => shadow(actions)?.querySelectorAll('[part="action"]').length ?? 0;

let archived: string[] = [];
let withActions: Dialog;

async function archiveIds(party: string): Promise<string[]> {
  const q = new URLSearchParams({ party, systemLabel: 'Archive', excludeApiOnly: 'true', orderBy: 'contentUpdatedAt_desc', limit: '30' });
  return (await search(q.toString())).items.map((i) => i.id!);
}

describe('any define order × insertion order × layout', () => {
  before(async () => {
    await resetDemo();
    const party = await personParty();
    archived = await archiveIds(party);
    withActions = await findDialog((d) => d.party === party && (d.guiActions ?? []).filter((a) => a.isAuthorized !== false).length > 1);
    await resetDemo();
  });
  after(resetDemo);

  const defineOrders: { name: string; order: Piece[] }[] = [
    { name: 'inbox first', order: ['inbox', 'list', 'view', 'actions'] },
    { name: 'inbox last', order: ['actions', 'view', 'list', 'inbox'] },
    { name: 'actions never', order: ['list', 'inbox', 'view'] },
  ];

  for (const { name, order } of defineOrders) {
    for (const insert of ['inserted before the tags are defined', 'inserted after'] as const) {
      it(`slotted, ${name}, ${insert}: the inbox's folder, the open dialog and its actions reach its children`, async () => {
        const p = `slot${++caseNo}`;
        const host = document.createElement('div');
        host.innerHTML = `<${p}-inbox api-base-url="${await apiUrl()}" party="${await personParty()}" folder="archive" lang="nb">
          <section><${p}-list></${p}-list></section><aside><${p}-view></${p}-view><${p}-actions></${p}-actions></aside></${p}-inbox>`;
        const inbox = host.firstElementChild as DialogInboxElement;
        inbox.tokenProvider = async () => TOKEN;
        if (insert === 'inserted after') await define(p, order);
        document.body.append(host);
        if (insert !== 'inserted after') await define(p, order);
        const list = host.querySelector(`${p}-list`)!;
        await until(() => currentFolder(list) === 'archive', 'the archive folder chosen on the inbox');
        await until(() => rowIds(list).length === archived.length && rowIds(list).every((id, i) => id === archived[i]), 'the archived rows');
        inbox.state.select(withActions.id!);
        const view = host.querySelector(`${p}-view`)!;
        await until(() => shadow(view)?.querySelector('[part="title"]'), 'the dialog in the view');
        if (order.includes('actions')) {
          // Its own <dialog-actions> beside the view: it follows the open dialog of the inbox's store.
          await until(() => actionCount(host.querySelector(`${p}-actions`)) > 0, 'the actions of the open dialog');
          expect(actionCount(host.querySelector(`${p}-actions`))).to.equal(withActions.guiActions!.length);
        }
        // A folder chosen in the list goes back to the inbox's attribute.
        shadow(list)!.querySelector<HTMLElement>('[part="folder"][data-folder="inbox"]')!.click();
        await until(() => inbox.getAttribute('folder') === 'inbox', 'the inbox reflecting the folder');
        host.remove();
      });
    }
  }

  for (const insert of ['inserted before the tags are defined', 'inserted after'] as const) {
    it(`standalone pieces (no inbox defined), ${insert}: each works with its own attributes`, async () => {
      const p = `solo${++caseNo}`;
      const base = await apiUrl();
      const host = document.createElement('div');
      host.innerHTML = `<${p}-list api-base-url="${base}" party="${await personParty()}" folder="archive"></${p}-list>
        <${p}-view api-base-url="${base}" dialog-id="${withActions.id}"></${p}-view><${p}-actions api-base-url="${base}"></${p}-actions>`;
      for (const el of host.children) (el as DialogListElement).tokenProvider = async () => TOKEN;
      (host.querySelector(`${p}-actions`) as unknown as { dialog: Dialog }).dialog = withActions;
      if (insert === 'inserted after') await define(p, ['actions', 'view', 'list']);
      document.body.append(host);
      if (insert !== 'inserted after') await define(p, ['actions', 'view', 'list']);
      const list = host.querySelector(`${p}-list`)!;
      await until(() => rowIds(list).length === archived.length && rowIds(list).every((id, i) => id === archived[i]), 'the archived rows');
      await until(() => shadow(host.querySelector(`${p}-view`))?.querySelector('[part="title"]'), 'the dialog in the view');
      await until(() => actionCount(host.querySelector(`${p}-actions`)) > 0, 'the actions of the dialog');
      host.remove();
    });
  }

  it('the built-in layout, the inbox defined after it was inserted: its folder and its list agree', async () => {
    const host = document.createElement('div');
    const p = `deflt${++caseNo}`;
    host.innerHTML = `<${p}-inbox api-base-url="${await apiUrl()}" party="${await personParty()}" folder="archive"></${p}-inbox>`;
    (host.firstElementChild as DialogInboxElement).tokenProvider = async () => TOKEN;
    document.body.append(host);
    await import('../../components/define.js'); // the inner tags of the built-in layout
    await define(p, ['inbox']);
    const list = await until(() => shadow(host.firstElementChild)?.querySelector('dialog-list'), 'the built-in list');
    await until(() => rowIds(list).length === archived.length && rowIds(list).every((id, i) => id === archived[i]), 'the archived rows');
    host.remove();
  });
});
