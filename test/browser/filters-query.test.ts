// Framework-free list logic: folder rules, filters ↔ string, date ranges, query building, grouping, highlighting.
import { expect } from '@open-wc/testing';
import {
  activeFilters,
  buildQuery,
  dateRange,
  filtersToString,
  folderOf,
  inFolder,
  parseFilters,
  removeFilter,
  usableSearch,
} from '../../src/state/list-query.js';
import { groupByMonth, monthKey, monthLabel } from '../../src/state/grouping.js';
import { highlight, toRow } from '../../src/state/rows.js';
import { filterEntries } from '../../src/state/party-search.js';
import { partyEntries, partyNames } from '../../src/state/party-tree.js';

const base = { parties: ['urn:p'], filters: {}, lang: 'nb', orderBy: 'contentUpdatedAt_desc' as const, limit: 30 };

describe('list query', () => {
  it('sends the contract folder rules (systemLabel AND-ed, Inbox without drafts)', () => {
    expect(buildQuery({ ...base, folder: 'inbox' })).to.include({ excludeApiOnly: true, orderBy: 'contentUpdatedAt_desc', limit: 30 });
    expect(buildQuery({ ...base, folder: 'inbox' })!.systemLabel).to.deep.equal(['Default']);
    expect(buildQuery({ ...base, folder: 'inbox', orderBy: 'dueAt_asc' })!.orderBy).to.equal('dueAt_asc');
    // A typo in order-by would get an empty answer from the API: the default order instead.
    expect(buildQuery({ ...base, folder: 'inbox', orderBy: 'bogus' as 'dueAt_asc' })!.orderBy).to.equal('contentUpdatedAt_desc');
    // No status list: future statuses must show; drafts are dropped from the rows (inFolder).
    expect(buildQuery({ ...base, folder: 'inbox' })!.status).to.equal(undefined);
    expect(inFolder('inbox', ['Default'], 'Draft')).to.equal(false);
    expect(inFolder('inbox', ['Default'], 'SomethingNew')).to.equal(true);
    expect(buildQuery({ ...base, folder: 'drafts' })).to.deep.include({ systemLabel: ['Default'], status: ['Draft'] });
    expect(buildQuery({ ...base, folder: 'sent' })!.systemLabel).to.deep.equal(['Sent']);
    expect(buildQuery({ ...base, folder: 'archive' })!.systemLabel).to.deep.equal(['Archive']);
    expect(buildQuery({ ...base, folder: 'bin' })).to.deep.include({ systemLabel: ['Bin'], status: undefined });
  });

  it('intersects a status filter with the folder, and needs no request when nothing can match', () => {
    expect(buildQuery({ ...base, folder: 'inbox', filters: { status: ['Completed', 'Draft'] } })!.status).to.deep.equal(['Completed']);
    expect(buildQuery({ ...base, folder: 'inbox', filters: { status: ['Draft'] } })).to.equal(null);
    expect(buildQuery({ ...base, folder: 'archive', filters: { status: ['Completed'] } })!.status).to.deep.equal(['Completed']);
    expect(buildQuery({ ...base, parties: [], folder: 'inbox' })).to.equal(null);
  });

  it('maps filters to parameters, and a search to all folders in the UI language', () => {
    const q = buildQuery({ ...base, folder: 'archive', filters: { org: ['skd'], service: ['urn:altinn:resource:x'], seen: 'unread' }, search: '  skatt   2025 ', lang: 'nn' })!;
    expect(q).to.deep.include({ org: ['skd'], serviceResource: ['urn:altinn:resource:x'], isContentSeen: false, search: 'skatt 2025', searchLanguageCode: 'nn' });
    expect(q.systemLabel).to.equal(undefined);
    expect(buildQuery({ ...base, folder: 'inbox', search: 'ab' })!.search).to.equal(undefined);
    expect(usableSearch(' ab ')).to.equal('');
  });

  it('turns date presets into ranges with an offset (local days, Monday weeks)', () => {
    const now = new Date(2026, 10, 26, 15, 30); // Thursday 26 November 2026
    const iso = (d: Date) => d.toISOString();
    expect(dateRange({ updated: 'today' }, now)).to.deep.equal({ after: iso(new Date(2026, 10, 26)), before: undefined });
    expect(dateRange({ updated: 'week' }, now).after).to.equal(iso(new Date(2026, 10, 23)));
    expect(dateRange({ updated: 'month' }, now).after).to.equal(iso(new Date(2026, 10, 1)));
    expect(dateRange({ updated: '6m' }, now).after).to.equal(iso(new Date(2026, 4, 26, 15, 30)));
    expect(dateRange({ updated: '12m' }, now).after).to.equal(iso(new Date(2025, 10, 26, 15, 30)));
    expect(dateRange({ updated: 'older' }, now)).to.deep.equal({ after: undefined, before: iso(new Date(2025, 10, 26, 15, 30)) });
    expect(dateRange({ updated: 'custom', from: '2026-01-02', to: '2026-01-03' }, now)).to.deep.equal({
      after: iso(new Date(2026, 0, 2)),
      before: iso(new Date(2026, 0, 3, 23, 59, 59, 999)),
    });
    expect(iso(new Date(2026, 0, 2))).to.match(/Z$/);
  });

  it('keeps filters in a URL-friendly string, ignores junk, and removes one value at a time', () => {
    const f = { status: ['Completed' as const, 'Awaiting' as const], org: ['skd'], seen: 'read' as const, updated: 'custom' as const, from: '2026-01-01' };
    const text = filtersToString(f);
    expect(text).to.equal('status=Completed%2CAwaiting&org=skd&seen=read&updated=custom&from=2026-01-01');
    expect(parseFilters(text)).to.deep.equal(f);
    expect(parseFilters('status=Nope,Completed&seen=maybe&updated=yesterday&from=2026-01-01&evil=<b>')).to.deep.equal({ status: ['Completed'] });
    expect(activeFilters(f).map((a) => a.key)).to.deep.equal(['status', 'status', 'org', 'seen', 'updated']);
    expect(removeFilter(f, 'status', 'Completed').status).to.deep.equal(['Awaiting']);
    expect(removeFilter(f, 'updated')).to.deep.equal({ status: ['Completed', 'Awaiting'], org: ['skd'], seen: 'read' });
  });

  it('knows which folder a dialog is in', () => {
    expect(folderOf(['Default', 'Sent'], 'Awaiting')).to.equal('inbox');
    expect(folderOf(['Archive', 'Sent'])).to.equal('archive');
    expect(folderOf(['Bin'])).to.equal('bin');
    expect(folderOf(['Default'], 'Draft')).to.equal('drafts');
    expect(inFolder('inbox', ['Default'], 'Draft')).to.equal(false);
    expect(inFolder('sent', ['Archive', 'Sent'])).to.equal(true);
    expect(inFolder('inbox', ['Archive'])).to.equal(false);
  });
});

describe('grouping, rows and parties', () => {
  it('groups consecutive rows by local month with month (and year) headings', () => {
    const items = ['2026-11-20T10:00:00Z', '2026-11-02T10:00:00Z', '2025-10-01T10:00:00Z', null].map((d, i) => ({ i, d }));
    const groups = groupByMonth(items, (x) => x.d);
    expect(groups.map((g) => [g.key, g.items.length])).to.deep.equal([['2026-11', 2], ['2025-10', 1], ['', 1]]);
    const now = new Date(2026, 10, 26);
    expect(monthLabel('2026-11', 'nb', now)).to.equal('November');
    expect(monthLabel('2025-10', 'en', now)).to.equal('October 2025');
    expect(monthLabel('', 'nb', now)).to.equal('');
    expect(monthKey('garbage')).to.equal('');
  });

  it('marks every search term case-insensitively, as text', () => {
    expect(highlight('Skattemelding for 2025', 'skatt 2025')).to.deep.equal([
      { text: 'Skatt', hit: true },
      { text: 'emelding for ', hit: false },
      { text: '2025', hit: true },
    ]);
    expect(highlight('<b>x</b>', 'b>')).to.deep.equal([{ text: '<', hit: false }, { text: 'b>', hit: true }, { text: 'x</', hit: false }, { text: 'b>', hit: true }]);
  });

  it('makes compact rows from untrusted items with "seen by you + N"', () => {
    expect(toRow({} as never, 'nb')).to.equal(null);
    const row = toRow(
      {
        id: 'a',
        party: 'urn:p',
        isContentSeen: false,
        guiAttachmentCount: 2,
        fromServiceOwnerTransmissionsCount: 1,
        fromPartyTransmissionsCount: 1,
        seenSinceLastContentUpdate: [
          { isCurrentEndUser: true, seenBy: { actorId: 'me' } },
          { isCurrentEndUser: false, seenBy: { actorId: 'x' } },
          { isCurrentEndUser: false, seenBy: { actorId: 'x' } },
          { isCurrentEndUser: false, seenBy: { actorId: 'y' } },
        ],
        endUserContext: { revision: 'r1', systemLabels: ['Default', 'MarkedAsUnopened'] },
        content: { title: { value: [{ languageCode: 'en', value: 'Hello' }, { languageCode: 'nb', value: 'Hei' }] } },
      },
      'nb',
    )!;
    expect(row).to.deep.include({ title: 'Hei', seen: false, attachments: 2, transmissions: 2, seenByYou: true, seenByOthers: 2, rev: 'r1' });
  });

  it('lists persons, then organisations with their sub-units; deleted marked; search keeps the parent', () => {
    const parties = {
      authorizedParties: [
        { party: 'urn:altinn:organization:identifier-no:1', name: 'ACME AS', partyType: 'Organization', subParties: [
          { party: 'urn:altinn:organization:identifier-no:2', name: 'ACME AVD NORD', isDeleted: true },
        ] },
        { party: 'urn:altinn:person:identifier-no:3', name: 'KARI', partyType: 'Person' },
        { party: 'urn:altinn:organization:identifier-no:4', name: 'ONLY SUBS AS', hasOnlyAccessToSubParties: true, subParties: [
          { party: 'urn:altinn:organization:identifier-no:5', name: 'SUB ONE' },
        ] },
        null as never,
      ],
    };
    const entries = partyEntries(parties);
    expect(entries.map((e) => [e.name, e.kind, e.depth, e.deleted, e.selectable])).to.deep.equal([
      ['KARI', 'person', 0, false, true],
      ['ACME AS', 'org', 0, false, true],
      ['ACME AVD NORD', 'org', 1, true, true],
      ['ONLY SUBS AS', 'org', 0, false, false],
      ['SUB ONE', 'org', 1, false, true],
    ]);
    expect(filterEntries(entries, 'nord').map((e) => e.name)).to.deep.equal(['ACME AS', 'ACME AVD NORD']);
    expect(filterEntries(entries, 'acme').map((e) => e.name)).to.deep.equal(['ACME AS', 'ACME AVD NORD']);
    // A row's recipient: a sub-unit says its main unit.
    const names = partyNames(parties);
    expect(names.get(entries.find((e) => e.name === 'ACME AVD NORD')!.urn)).to.equal('ACME AVD NORD, ACME AS');
    expect(names.get(entries.find((e) => e.name === 'ACME AS')!.urn)).to.equal('ACME AS');
  });
});
