// Text overrides (`messages`): a single entry of a group replaces only that entry; a wrong kind of value is
// ignored, not rendered or called. A nested override used to replace the whole group and break the list.
import { expect } from '@open-wc/testing';
import { loadCatalog, messagesFor, withOverrides, type MessageOverrides } from '../../src/i18n/index.js';
import { findDialog, inboxItems, personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { openInbox } from './inbox-fixture.js';
// Nynorsk and English are chunks of their own: load them before reading their texts.
await Promise.all([loadCatalog('nn'), loadCatalog('en')]);

describe('messages overrides', () => {
  after(resetDemo);

  it('merges group by group and ignores values of the wrong kind', () => {
    const nb = messagesFor('nb');
    const t = withOverrides(nb, { emptyTitle: 'Tomt', status: { Completed: 'Ferdig!' }, selectedCount: 'x', errors: 5 } as unknown as MessageOverrides);
    expect(t.emptyTitle).to.equal('Tomt');
    expect(t.status.Completed).to.equal('Ferdig!');
    expect(t.status.InProgress).to.equal(nb.status.InProgress);
    expect(t.selectedCount, 'a string where a function belongs').to.equal(nb.selectedCount);
    expect(t.errors).to.deep.equal(nb.errors);
    expect(nb.status.Completed, 'the catalog itself is untouched').to.equal('Fullført');
    expect(withOverrides(nb, null)).to.equal(nb);
  });

  it('no UI text says "dialog" (API jargon): the words people use, "sak" and "case"', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'function' ? [String(value(2)), String(value(1))] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const t = messagesFor(lang) as unknown as Record<string, unknown>;
      const all = Object.entries(t).flatMap(([key, value]) => (key === 'bulkDone' ? [(value as (a: string, n: number) => string)('X', 2)] : texts(value)));
      expect(all.length, lang).to.be.greaterThan(100);
      expect(all.filter((text) => /dialog/i.test(text)), lang).to.deep.equal([]);
    }
    expect(messagesFor('nb').dialogDeleted).to.equal('Saken ble slettet.');
    expect(messagesFor('en').resultCount(2)).to.equal('2 cases');
  });

  it('a retention period of one day is singular, in every language', () => {
    expect(messagesFor('nb').retentionDays(1)).to.contain(' 1 dag før');
    expect(messagesFor('nb').retentionDays(30)).to.contain(' 30 dager før');
    expect(messagesFor('nn').retentionDays(1)).to.contain(' 1 dag før');
    expect(messagesFor('nn').retentionDays(2)).to.contain(' 2 dagar før');
    expect(messagesFor('en').retentionDays(1)).to.contain(' 1 day before');
    expect(messagesFor('en').retentionDays(7)).to.contain(' 7 days before');
  });

  it('an inbox with one status renamed shows it, and every other text as before', async () => {
    await resetDemo();
    const party = await personParty();
    const { el, list } = await openInbox(party);
    expect((await inboxItems(party)).some((i) => i.status === 'Completed'), 'the person has a completed dialog').to.equal(true);
    el.messages = { status: { Completed: 'Ferdig!' } };
    const tags = () => Array.from(list.shadowRoot!.querySelectorAll('[part="status"]')).map((s) => s.textContent!.trim());
    await until(() => tags().includes('Ferdig!'), 'the renamed status');
    await el.updateComplete;
    expect(tags().length).to.be.greaterThan(0);
    expect(tags().every((text) => text.length > 0 && !text.includes('undefined'))).to.equal(true);
    expect(list.shadowRoot!.querySelector('[part="search"] input, #q')).to.not.equal(null);
  });

  it('reach the actions inside the inbox\'s view', async () => {
    await resetDemo();
    const dialog = await findDialog((d) => (d.guiActions ?? []).filter((a) => a.priority === 'Tertiary').length > 0);
    await resetDemo();
    const { el, view } = await openInbox(dialog.party!);
    el.messages = { moreActions: 'Mer her' };
    el.state.select(dialog.id!);
    const actions = await until(() => view.shadowRoot!.querySelector('dialog-actions')?.shadowRoot, 'the actions');
    const button = await until(() => actions.querySelector<HTMLElement>('[part="menu-button"]'), 'the "More actions" button');
    expect(button.textContent!.trim()).to.equal('Mer her');
  });
});
