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
});
