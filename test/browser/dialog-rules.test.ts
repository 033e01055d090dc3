// The rules a row and the dialog view share (src/state/dialog-rules.ts): one function each, a case per status.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { dueBadge, type RowContext } from '../../components/dialog-list/list-row.js';
import { loadCatalog, messagesFor } from '../../src/i18n/index.js';
import { dueState, isOrgCode, seenSummary, senderName } from '../../src/state/dialog-rules.js';
import type { Row } from '../../src/state/rows.js';
// Nynorsk and English are chunks of their own: load them before reading their texts.
await Promise.all([loadCatalog('nn'), loadCatalog('en')]);

const now = new Date('2026-06-15T12:00:00Z');
const past = '2026-06-01T12:00:00Z';
const soon = '2026-06-20T12:00:00Z';
const later = '2026-09-01T12:00:00Z';

describe('the due-date rule (row and view)', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    // status, tone when past, when in 5 days, when in 2.5 months
    ['RequiresAttention', 'overdue', 'soon', 'later'],
    ['InProgress', 'overdue', 'soon', 'later'],
    ['Draft', 'overdue', 'soon', 'later'],
    ['NotApplicable', null, null, null], // finished
    ['Completed', null, null, null], // finished
    ['Awaiting', null, null, null], // the agency's turn: nothing is due from the user
    ['SomeFutureStatus', 'overdue', 'soon', 'later'], // unknown statuses are treated as open
  ];
  for (const [status, whenPast, whenSoon, whenLater] of cases) {
    it(`${status}: ${whenPast ?? 'nothing shown'}`, () => {
      expect(dueState(past, status, now)?.tone ?? null).to.equal(whenPast);
      expect(dueState(soon, status, now)?.tone ?? null).to.equal(whenSoon);
      expect(dueState(later, status, now)?.tone ?? null).to.equal(whenLater);
    });
  }

  it('no date, an invalid one, or hostile input shows nothing', () => {
    for (const value of [null, undefined, '', 'not a date', '<script>']) expect(dueState(value, 'InProgress', now)).to.equal(null);
  });

  it("the row's badge follows the rule: overdue danger, soon warning, nothing for finished or awaiting", () => {
    const t = messagesFor('en');
    const context = { lang: 'en', t, now } as RowContext;
    const badge = (status: string, dueAt: string) => {
      const host = document.createElement('div');
      render(dueBadge({ status, dueAt } as Row, context), host);
      return host.querySelector<HTMLElement>('[part="due"]');
    };
    expect(badge('InProgress', past)!.dataset.color).to.equal('danger');
    expect(badge('InProgress', past)!.textContent).to.match(/^Overdue/);
    expect(badge('InProgress', soon)!.dataset.color).to.equal('warning');
    expect(badge('InProgress', later)!.classList.contains('ds-tag')).to.equal(false);
    for (const status of ['Completed', 'NotApplicable', 'Awaiting']) expect(badge(status, past)?.textContent ?? null, status).to.equal(null);
  });
});

describe('seen by, and the sender', () => {
  it('counts you and distinct others; hostile entries are skipped', () => {
    const log = [
      { isCurrentEndUser: true, seenBy: { actorId: 'me' } },
      { isCurrentEndUser: false, seenBy: { actorId: 'a' } },
      { isCurrentEndUser: false, seenBy: { actorId: 'a' } },
      { isCurrentEndUser: false, seenBy: { actorName: 'B' } },
      null,
      'junk',
    ] as never;
    expect(seenSummary(log)).to.deep.equal({ byYou: true, others: 2 });
    expect(seenSummary(undefined)).to.deep.equal({ byYou: false, others: 0 });
  });

  it('the sender is senderName in the language, else the org code in capitals', () => {
    const named = { org: 'skd', content: { senderName: { value: [{ languageCode: 'nb', value: 'Skatteetaten' }] } } };
    expect(senderName(named as never, 'nb')).to.equal('Skatteetaten');
    expect(senderName({ org: 'skd' }, 'nb')).to.equal('SKD');
    expect(senderName({ org: 42 } as never, 'nb')).to.equal('');
  });

  it('a sender is the org code only when it is the code in capitals; an org of another type is no code', () => {
    expect(isOrgCode('SKD', 'skd')).to.equal(true);
    expect(isOrgCode('Skatteetaten', 'skd')).to.equal(false);
    expect(isOrgCode('', '')).to.equal(false);
    for (const org of [{ toUpperCase: 1 }, ['skd'], 42, null, undefined]) expect(isOrgCode('SKD', org), String(org)).to.equal(false);
  });
});
