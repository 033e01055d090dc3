// Every row and month heading is in the accessibility tree, also far off-screen: a screen reader's browse mode
// and heading list reach the whole list. (With content-visibility: auto on the months, Chromium left the
// off-screen ones out: 1 of 10 month headings, 36 of 49 rows.)
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendMouse } from '@web/test-runner-commands';
import { resetDemo } from './demo-api.js';
import { until, walkAx, type AxNode } from './helpers.js';
import { openInbox } from './inbox-fixture.js';

const walk = walkAx;

describe('the accessibility tree', () => {
  before(resetDemo);

  it('holds every month heading and every row of a long list, on screen or not', async () => {
    const { list } = await openInbox('', { width: 900 });
    const rows = () => list.shadowRoot!.querySelectorAll('li[part="row"]').length;
    const before = rows();
    list.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!.click();
    await until(() => rows() > before, 'more rows');
    await list.updateComplete;
    window.scrollTo(0, 0);
    const months = Array.from(list.shadowRoot!.querySelectorAll('[part="group-heading"]')).map((h) => h.textContent!.trim());
    expect(months.length, 'several months').to.be.greaterThan(3);
    // Far below the viewport: the list is taller than the window.
    expect(list.getBoundingClientRect().height).to.be.greaterThan(window.innerHeight * 2);
    const tree = walk((await a11ySnapshot({})) as unknown as AxNode);
    const headings = tree.filter((n) => n.role === 'heading').map((n) => n.name);
    expect(months.filter((m) => !headings.includes(m)), 'month headings missing from the tree').to.deep.equal([]);
    const titles = Array.from(list.shadowRoot!.querySelectorAll('[part="row"] [part="title"]')).map((t) => t.textContent!.trim());
    const names = tree.map((n) => n.name ?? '').join('\n');
    expect(titles.filter((title) => !names.includes(title)).length, 'rows missing from the tree').to.equal(0);
  });
});

describe('the row menu in the accessibility tree', () => {
  before(resetDemo);

  it('only the ⋯ button that opened the shared menu is expanded', async () => {
    const { list } = await openInbox('', { width: 900 });
    const buttons = Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('[part="row-menu-button"]'));
    buttons[1].scrollIntoView({ block: 'center' });
    buttons[1].click();
    await until(() => list.shadowRoot!.querySelector('#row-menu:popover-open'), 'the menu');
    const expanded = (n: AxNode & { expanded?: boolean }) => n.expanded === true;
    const tree = walk((await a11ySnapshot({})) as unknown as AxNode) as (AxNode & { expanded?: boolean })[];
    const names = tree.filter((n) => n.role === 'button' && expanded(n)).map((n) => n.name);
    expect(names).to.deep.equal([buttons[1].getAttribute('aria-label')]);
    // A real click on that ⋯ again closes the menu (it reopened: focus leaving the menu closed it first).
    const box = buttons[1].getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(list.shadowRoot!.querySelector('#row-menu')!.matches(':popover-open')).to.equal(false);
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('false');
  });

  it('a row\'s name starts with its title; the sender line is still shown above it', async () => {
    const { list } = await openInbox('', { width: 900 });
    const row = list.shadowRoot!.querySelector<HTMLElement>('li[part="row"]')!;
    const title = row.querySelector('[part="title"]')!.textContent!.trim();
    const tree = walk((await a11ySnapshot({})) as unknown as AxNode);
    const button = tree.find((n) => n.role === 'button' && (n.name ?? '').includes(title));
    expect(button?.name?.startsWith(title) || button?.name?.replace(/^(Ulest|Unread|Valgt|Selected): /, '').startsWith(title), button?.name).to.equal(true);
    const top = row.querySelector('.row-top')!.getBoundingClientRect();
    expect(top.bottom <= row.querySelector('[part="title"]')!.getBoundingClientRect().top + 1, 'sender line above the title').to.equal(true);
  });
});
