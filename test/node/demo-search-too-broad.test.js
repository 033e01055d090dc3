// A too broad free-text search answers 422 ProblemDetails, as the real service does when it times out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, validateResponse } from '../../demo/index.js';

test('short search words over a large data set answer 422; specific ones and small data sets do not', async () => {
  const big = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true, scale: 1000 });
  const small = await startDemo({ apiPort: 0, platformPort: 0, portalPort: 0, quiet: true });
  try {
    const headers = { Authorization: 'Bearer t' };
    const party = (await (await fetch(`${big.apiUrl}/api/v1/enduser/parties`, { headers })).json()).authorizedParties[0].party;
    const path = (search) => `/api/v1/enduser/dialogs?party=${encodeURIComponent(party)}&search=${encodeURIComponent(search)}`;
    const broad = await fetch(`${big.apiUrl}${path('nav om')}`, { headers });
    assert.equal(broad.status, 422);
    assert.match(broad.headers.get('content-type'), /problem\+json/);
    const body = await broad.json();
    assert.equal(body.status, 422);
    assert.ok(validateResponse('GET', path('nav om'), 422, body).valid);
    assert.equal((await fetch(`${big.apiUrl}${path('meldekort')}`, { headers })).status, 200);
    assert.equal((await fetch(`${small.apiUrl}${path('nav om')}`, { headers })).status, 200);
  } finally {
    await big.close();
    await small.close();
  }
});
