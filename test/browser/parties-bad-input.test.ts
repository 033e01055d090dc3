// GET /parties answers an inbox must survive: duplicate URNs, sub-units that repeat their main unit, thousands of
// sub-units, names of 10,000 characters, empty names, deleted units; and "all parties" built from them.
import { expect } from '@open-wc/testing';
import type { AuthorizedParty, Parties } from '../../src/api/types.js';
import { batchFilters, filterCaps } from '../../src/state/fan-out.js';
import { partyUrns } from '../../src/state/parties.js';
import { partyNames } from '../../src/state/party-tree.js';

const org = (n: number) => `urn:altinn:organization:identifier-no:${String(300000000 + n)}`;
const unit = (n: number, extra: Partial<AuthorizedParty> = {}): AuthorizedParty => ({ party: org(n), name: `Unit ${n}`, partyType: 'Organization', ...extra }) as AuthorizedParty;

describe('parties from GET /parties, hostile or huge', () => {
  it('duplicates, a sub-unit repeating its parent, empty and 10,000-character names, deleted units: each usable party once', () => {
    const long = 'Å'.repeat(10_000);
    const parties: Parties = {
      authorizedParties: [
        unit(1, { subParties: [unit(1), unit(2, { name: '' }), unit(3, { isDeleted: true })] }),
        unit(1),
        unit(4, { name: long }),
        unit(5, { hasOnlyAccessToSubParties: true, subParties: [unit(6)] }),
        unit(7, { isDeleted: true, subParties: [unit(8)] }),
        null as unknown as AuthorizedParty,
        { name: 'no urn' } as AuthorizedParty,
      ],
    };
    const urns = partyUrns(parties);
    expect(urns).to.deep.equal([org(1), org(2), org(4), org(6)]);
    const names = partyNames(parties);
    expect(names.get(org(4))).to.equal(long);
    expect(names.get(org(2))!.length).to.be.greaterThan(0); // an empty name falls back to something readable
    expect(names.get(org(6))).to.equal('Unit 6, Unit 5');
  });

  it('5,000 organisations with 3 sub-units each: every unit searched once, in batches within the cap', () => {
    const parties: Parties = {
      authorizedParties: Array.from({ length: 5000 }, (_, i) => unit(i * 4, { subParties: [1, 2, 3].map((j) => unit(i * 4 + j)) })),
    };
    const urns = partyUrns(parties);
    expect(urns.length).to.equal(20_000);
    const batches = batchFilters({ party: urns }, filterCaps({ endUserSearch: { maxPartyFilterValues: 20 } }));
    expect(batches.length).to.equal(1000);
    expect(batches.every((b) => b.party!.length <= 20)).to.equal(true);
    expect(new Set(batches.flatMap((b) => b.party!)).size).to.equal(20_000);
  });
});
