// A row's content is rendered again only when the row or what it shows changes. Its place in its month (a windowed
// list's aria-posinset/-setsize) changes whenever a page adds rows to that month, and for every row when the
// windowing starts: then only those attributes are set again (a step count: how often each row's title is read).
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderRows } from '../../components/dialog-list/list-body.js';
import type { RowContext } from '../../components/dialog-list/list-row.js';
import { messagesFor } from '../../src/i18n/index.js';
import type { Row } from '../../src/state/rows.js';

const reads = new Map<string, number>();

/** A row of November 2026 whose title counts its reads. */
function row(i: number): Row {
  const id = `d${i}`;
  const base = {
    id, party: 'urn:altinn:person:identifier-no:1', org: 'skd', status: 'InProgress', summary: `Summary ${i}`, sender: 'Skatteetaten',
    extended: '', contentUpdatedAt: `2026-11-${String(20 - (i % 10)).padStart(2, '0')}T10:00:00Z`, seen: i % 2 === 0, labels: [],
    rev: null, seenByYou: true, seenByOthers: 0, attachments: 0, transmissions: 0,
  };
  return Object.defineProperty(base, 'title', { enumerable: true, get: () => (reads.set(id, (reads.get(id) ?? 0) + 1), `Dialog ${i}`) }) as unknown as Row;
}

describe('rows rendered again only when they change', () => {
  it('a windowing that starts, and a page that grows the month, set the rows\' places without rendering their content again', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const context: RowContext = {
      lang: 'nb', t: messagesFor('nb'), now, orderBy: 'contentUpdatedAt_desc', search: '', selectedId: null, picked: new Set(),
      pickFull: false, recipients: null, orgNames: null,
    };
    const first = Array.from({ length: 10 }, (_, i) => row(i));
    const host = document.createElement('div');
    document.body.append(host);
    const items = () => Array.from(host.querySelectorAll<HTMLElement>('li[part="row"]'));
    const readsOfFirst = () => first.map((r) => reads.get(r.id) ?? 0);

    render(renderRows(first, 0, 10, context, now, false), host);
    const rendered = readsOfFirst();
    expect(rendered.every((n) => n > 0), 'each row rendered').to.equal(true);
    expect(items()[0].hasAttribute('aria-setsize'), 'no places before the windowing').to.equal(false);

    // The windowing starts: every row gets its place in its month.
    render(renderRows(first, 0, 10, context, now, true), host);
    expect(items().map((li) => li.getAttribute('aria-posinset'))).to.deep.equal(first.map((_, i) => String(i + 1)));
    expect(items().every((li) => li.getAttribute('aria-setsize') === '10')).to.equal(true);
    expect(readsOfFirst(), 'titles read again').to.deep.equal(rendered);

    // A page adds two rows to the same month: the month has 12 rows now.
    const more = [...first, row(10), row(11)];
    render(renderRows(more, 0, 12, context, now, true), host);
    expect(items()).to.have.length(12);
    expect(items().every((li) => li.getAttribute('aria-setsize') === '12')).to.equal(true);
    expect(readsOfFirst(), 'titles read again').to.deep.equal(rendered);

    // A row that changes is rendered again (its content shows the change).
    const changed = { ...more[3], title: 'Changed title' };
    render(renderRows(more.map((r, i) => (i === 3 ? changed : r)), 0, 12, context, now, true), host);
    expect(items()[3].querySelector('.title')!.textContent).to.contain('Changed title');
    host.remove();
  });

  // A window step adds or drops a few rows at one end: the other months' rows are not gone over at all (each step went
  // over every rendered row; a step count: how often each row's id is read).
  it('a step that changes the rows rendered in one month does not go over the other months\' rows', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const context: RowContext = {
      lang: 'nb', t: messagesFor('nb'), now, orderBy: 'contentUpdatedAt_desc', search: '', selectedId: null, picked: new Set(),
      pickFull: false, recipients: null, orgNames: null,
    };
    const idReads = new Map<string, number>();
    // November's rows first, then October's (newest first).
    const rows = Array.from({ length: 20 }, (_, i) => {
      const r = { ...row(100 + i), contentUpdatedAt: `2026-${i < 10 ? '11' : '10'}-${String(20 - (i % 10)).padStart(2, '0')}T10:00:00Z` };
      const id = r.id;
      return Object.defineProperty(r, 'id', { enumerable: true, get: () => (idReads.set(id, (idReads.get(id) ?? 0) + 1), id) }) as Row;
    });
    const host = document.createElement('div');
    document.body.append(host);
    render(renderRows(rows, 0, 18, context, now, true), host);
    expect(host.querySelectorAll('ul.rows')).to.have.length(2);
    const novemberIds = Array.from({ length: 10 }, (_, i) => `d${100 + i}`);
    const november = () => novemberIds.reduce((sum, id) => sum + (idReads.get(id) ?? 0), 0);
    const before = november();
    expect(before, 'November rows read in the first render').to.be.greaterThan(0);
    // October grows by two rows (the window's next step), then loses one at the end.
    render(renderRows(rows, 0, 20, context, now, true), host);
    render(renderRows(rows, 0, 19, context, now, true), host);
    expect(host.querySelectorAll('li[part="row"]')).to.have.length(19);
    expect(november() - before, 'November rows read again').to.equal(0);
    // A change that every row shows (another search) goes over both months again.
    render(renderRows(rows, 0, 19, { ...context, search: 'Dialog' }, now, true), host);
    expect(november() - before, 'November rows read after a new search').to.be.greaterThan(0);
    host.remove();
  });
});
