// Runs last (files run in name order, one at a time): every request any earlier test file made to the local
// Dialogporten must fit the OpenAPI parameter definitions.
import { expect } from '@open-wc/testing';

describe('requests to the local Dialogporten', () => {
  it('all fit the OpenAPI parameter definitions', async () => {
    const violations = await (await fetch('/__request-violations.json')).json();
    expect(violations, JSON.stringify(violations.slice(0, 5), null, 2)).to.deep.equal([]);
  });
});
