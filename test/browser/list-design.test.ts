// The list's layout, measured in Chromium with the demo's data (issue "Looks right"): compact rows, enough titles on
// the first screen, a short toolbar, nothing overlapping and the dates on one edge. The figures are logged.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import type { DialogListElement } from '../../components/dialog-list/dialog-list.js';
import { apiUrl, personParty, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

const rowsOf = (list: Element) => Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('li[part="row"]'));
const box = (el: Element) => el.getBoundingClientRect();

async function listIn(width: number, party: string | null, dir = 'ltr'): Promise<DialogListElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style=${`width: ${width}px`}>
    <dialog-list api-base-url=${await apiUrl()} party=${party ?? ''} lang="nb" page-size="30" .tokenProvider=${tokenProvider}></dialog-list>
  </div>`);
  const list = wrapper.querySelector<DialogListElement>('dialog-list')!;
  await until(() => rowsOf(list).length > 5, 'rows');
  await list.updateComplete;
  return list;
}

/** An inbox at the top of the viewport (no page margin), as on a portal page that scrolled to it. */
async function inboxAtTop(width: number, height: number): Promise<DialogListElement> {
  await setViewport({ width, height });
  document.body.style.margin = '0';
  const inbox = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox>`);
  const list = await until(() => inbox.shadowRoot!.querySelector<DialogListElement>('dialog-list'));
  await until(() => rowsOf(list).length > 5, 'rows');
  await list.updateComplete;
  window.scrollTo(0, 0);
  return list;
}

/** A row with a one-line title, a one-line summary and at most two chips: the common case. */
function typical(row: HTMLElement): boolean {
  const title = row.querySelector<HTMLElement>('.title')!;
  const line = parseFloat(getComputedStyle(title).lineHeight);
  const chips = row.querySelectorAll('.meta > *').length;
  return box(title).height < line * 1.5 && Boolean(row.querySelector('.summary')) && chips <= 2 + 2; // + counts/seen text
}

/** The boxes of a row's visible pieces, which must not overlap one another. */
function pieces(row: HTMLElement): [string, DOMRect][] {
  const sel = '.initial, .sender, .recipient, time, .title, .summary, .meta > *, .menu-button';
  return Array.from(row.querySelectorAll<HTMLElement>(sel))
    .map((el) => [el.className || el.localName, box(el)] as [string, DOMRect])
    .filter(([, r]) => r.width > 0 && r.height > 0);
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('list design: measured layout', () => {
  before(resetDemo);
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, max] of [
    [480, 120],
    [320, 170],
  ] as const) {
    it(`a typical row is at most ${max} px tall in a ${width} px column (every party shown, so rows name their recipient)`, async () => {
      const list = await listIn(width, null);
      const rows = rowsOf(list).filter(typical);
      expect(rows.length, 'typical rows').to.be.greaterThan(3);
      const heights = rows.map((r) => Math.round(box(r).height));
      console.log(`row heights at ${width} px (typical rows): ${heights.join(', ')}; max ${Math.max(...heights)}`);
      expect(Math.max(...heights)).to.be.at.most(max);
    });
  }

  it('no piece of a row overlaps another, and every date ends at the row content edge (± 1 px), left to right and right to left', async () => {
    for (const dir of ['ltr', 'rtl']) {
      for (const width of [320, 480]) {
        const list = await listIn(width, null, dir);
        for (const row of rowsOf(list)) {
          const parts = pieces(row);
          for (let i = 0; i < parts.length; i++) {
            for (let j = i + 1; j < parts.length; j++) {
              expect(overlap(parts[i][1], parts[j][1]), `${dir} ${width}: ${parts[i][0]} and ${parts[j][0]} of row ${row.dataset.dialogId}`).to.equal(false);
            }
          }
          const time = row.querySelector('time');
          if (!time) continue;
          const button = row.querySelector<HTMLElement>('.row-button')!;
          const style = getComputedStyle(button);
          const edge = dir === 'ltr' ? box(button).right - parseFloat(style.paddingRight) : box(button).left + parseFloat(style.paddingLeft);
          const end = dir === 'ltr' ? box(time).right : box(time).left;
          expect(Math.abs(end - edge), `${dir} ${width}: the date of row ${row.dataset.dialogId}`).to.be.at.most(1);
        }
      }
    }
  });

  for (const [width, height, want] of [
    [320, 640, 3],
    [1280, 900, 5],
  ] as const) {
    it(`at ${width} × ${height} at least ${want} row titles are fully visible on the first screen`, async () => {
      const list = await inboxAtTop(width, height);
      const visible = rowsOf(list).filter((row) => {
        const r = box(row.querySelector('.title')!);
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      console.log(`titles fully visible at ${width} × ${height}: ${visible.length}`);
      expect(visible.length).to.be.at.least(want);
    });
  }

  it('the toolbar (folders, search, filters, sort, select) is at most 130 px tall at 320 px', async () => {
    const list = await inboxAtTop(320, 640);
    const root = list.shadowRoot!;
    const top = box(root.querySelector('[part="folders"]')!).top;
    const bottom = box(root.querySelector('[part="toolbar"]')!).bottom;
    console.log(`toolbar at 320 px: ${Math.round(bottom - top)} px`);
    expect(bottom - top).to.be.at.most(130);
  });

  it('with the folders in the side navigation (a list 64rem wide) the toolbar is one row, at most 60 px', async () => {
    await setViewport({ width: 1280, height: 900 });
    const list = await listIn(1024, await personParty());
    const root = list.shadowRoot!;
    const folders = box(root.querySelector('[part="folders"]')!);
    const toolbar = box(root.querySelector('[part="toolbar"]')!);
    console.log(`toolbar beside the side navigation: ${Math.round(toolbar.height)} px`);
    expect(folders.right, 'the folders sit beside the rows').to.be.lessThan(box(rowsOf(list)[0]).left);
    expect(folders.height, 'stacked vertically').to.be.greaterThan(folders.width / 2);
    expect(toolbar.height).to.be.at.most(60);
  });

  it('the current folder is marked by more than colour: bold, and a bar (or a frame in forced colours)', async () => {
    const list = await listIn(480, await personParty());
    const current = list.shadowRoot!.querySelector<HTMLElement>('[part="folder"][aria-current="page"]')!;
    const other = list.shadowRoot!.querySelector<HTMLElement>('[part="folder"]:not([aria-current="page"])')!;
    expect(Number(getComputedStyle(current).fontWeight)).to.be.greaterThan(Number(getComputedStyle(other).fontWeight));
    expect(getComputedStyle(current).boxShadow).to.not.equal('none');
  });

  it('the folders never wrap: one strip that scrolls sideways when narrow', async () => {
    const list = await listIn(280, await personParty());
    const folders = Array.from(list.shadowRoot!.querySelectorAll('[part="folder"]')).map(box);
    expect(new Set(folders.map((r) => Math.round(r.top))).size).to.equal(1);
    const strip = list.shadowRoot!.querySelector<HTMLElement>('[part="folders"]')!;
    expect(getComputedStyle(strip).overflowX).to.equal('auto');
  });

  it('bulk mode: each checkbox sits in its row, centred on the first line; the bar is one sticky line (a menu when narrow)', async () => {
    for (const width of [320, 480, 800]) {
      const list = await listIn(width, null);
      const root = list.shadowRoot!;
      root.querySelector<HTMLElement>('[part="select-button"]')!.click();
      await until(() => root.querySelector('[part="bulk-bar"]'), 'the bulk bar');
      const picks = rowsOf(list).slice(0, 10).map((row) => [row, row.querySelector<HTMLInputElement>('.pick')!] as const);
      picks[0][1].click();
      await list.updateComplete;
      for (const [row, pick] of picks) {
        const line = box(row.querySelector('.row-top')!);
        const mid = (r: DOMRect) => r.top + r.height / 2;
        expect(box(pick).left >= box(row).left && box(pick).right <= box(row).right, `${width}: the checkbox inside its row`).to.equal(true);
        expect(Math.abs(mid(box(pick)) - mid(line)), `${width}: the checkbox on the first line of row ${row.dataset.dialogId}`).to.be.at.most(2);
      }
      const bar = root.querySelector<HTMLElement>('[part="bulk-bar"]')!;
      expect(getComputedStyle(bar).position).to.equal('sticky');
      const items = Array.from(bar.children).filter((c) => c.checkVisibility() && !c.matches('[popover]')).map(box);
      expect(new Set(items.map((r) => Math.round(r.top + r.height / 2))).size, `${width}: one line`).to.equal(1);
      const inline = root.querySelector('.bulk-actions')!.checkVisibility();
      expect(inline, `${width}: actions inline only when wide`).to.equal(width >= 800);
      expect(root.querySelector('[part="bulk-more"]')!.checkVisibility(), `${width}: the menu when narrow`).to.equal(width < 800);
      console.log(`bulk bar at ${width} px: ${Math.round(box(bar).height)} px tall`);
    }
  });

  it('the filter panel (its styles come with its chunk): statuses are toggle chips, and it fits a 320 px column', async () => {
    const list = await listIn(320, null);
    const root = list.shadowRoot!;
    root.querySelector<HTMLElement>('[part="filters-button"]')!.click();
    const toggle = await until(() => root.querySelector<HTMLElement>('[part="filters"] .toggle'), 'the status toggles');
    const input = toggle.querySelector('input')!;
    expect(getComputedStyle(toggle).position, 'a chip holds its checkbox').to.equal('relative');
    expect(getComputedStyle(input).opacity, 'the checkbox is the whole chip, unseen').to.equal('0');
    expect(parseFloat(getComputedStyle(toggle).borderTopLeftRadius), 'a pill').to.be.greaterThan(8);
    const panel = box(root.querySelector('[part="filters"]')!);
    for (const el of root.querySelectorAll<HTMLElement>('[part="filters"] *')) {
      if (el.checkVisibility()) expect(box(el).right, `${el.localName}.${el.className} inside the panel`).to.be.at.most(panel.right + 1);
    }
  });

  it('on a phone with a dialog open, "Back to the list" starts at the dialog text edge (± 1 px)', async () => {
    await setViewport({ width: 320, height: 640 });
    const inbox = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} party=${await personParty()} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox>`);
    const list = await until(() => inbox.shadowRoot!.querySelector<DialogListElement>('dialog-list'));
    await until(() => rowsOf(list).length > 0, 'rows');
    rowsOf(list)[0].querySelector<HTMLElement>('.row-button')!.click();
    const back = await until(() => inbox.shadowRoot!.querySelector<HTMLElement>('[part="back"]'), 'the back button');
    const view = inbox.shadowRoot!.querySelector('dialog-view')!;
    const title = await until(() => view.shadowRoot!.querySelector('h1, h2'), 'the dialog title');
    const textStart = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return Math.min(...Array.from(range.getClientRects()).map((r) => r.left));
    };
    expect(Math.abs(textStart(back) - textStart(title)), 'back vs title').to.be.at.most(1);
  });

  // A change inside a row, or a row moving (rows added or dropped above it), is then laid out, pre-painted and painted
  // as one box: measured on a 233-row list under a phone's CPU, a frame that moves every row took 33 → 6 ms of
  // pre-paint and 23 → 5 ms of paint. Paint containment would clip what a row draws outside its box (the focus ring).
  it('each row contains its own layout and style, not its paint (the focus ring is drawn outside the row)', async () => {
    const list = await listIn(400, null);
    for (const row of rowsOf(list).slice(0, 5)) {
      const contain = getComputedStyle(row).contain.split(' ');
      expect(contain, 'contain').to.include.members(['layout', 'style']);
      expect(contain, 'contain').not.to.include.oneOf(['paint', 'strict', 'content', 'size']);
    }
  });
});

// Rows are spaced without a sibling rule (`.row + .row`): with one, every row put into a month's list (the windowing
// adds a few a frame while it grows) made Chromium restyle every row of that list, traced under a phone's CPU: 260–840
// elements a frame instead of 35–45.
describe('row spacing', () => {
  const rulesOf = (sheets: Iterable<CSSStyleSheet>) => {
    const out: CSSStyleRule[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) out.push(rule);
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of sheets) walk(sheet.cssRules);
    return out;
  };

  it('keeps the gap between the rows of a month, none before the first, with no sibling rule on rows', async () => {
    const list = await listIn(400, null);
    list.style.setProperty('--dialog-row-gap', '13px');
    await list.updateComplete;
    const months = Array.from(list.shadowRoot!.querySelectorAll('ul.rows'));
    expect(months.length, 'months').to.be.greaterThan(0);
    let pairs = 0;
    for (const month of months) {
      const rows = Array.from(month.children) as HTMLElement[];
      expect(getComputedStyle(rows[0]).marginTop, 'first row of a month').to.equal('0px');
      for (let i = 1; i < rows.length; i++, pairs++) {
        expect(box(rows[i]).top - box(rows[i - 1]).bottom, `gap before row ${i}`).to.be.closeTo(13, 0.5);
      }
    }
    expect(pairs, 'rows with a row before them').to.be.greaterThan(3);
    const sheets = [...list.shadowRoot!.adoptedStyleSheets, ...Array.from(list.shadowRoot!.querySelectorAll('style'), (s) => s.sheet!)];
    const sibling = rulesOf(sheets)
      .map((rule) => rule.selectorText)
      .filter((selector) => /(\.row|\[part="?row"?\]|\bli)\s*[+~]|[+~]\s*(\.row|\[part="?row"?\]|li\b)/.test(selector));
    expect(sibling, 'sibling rules on rows').to.deep.equal([]);
  });
});
