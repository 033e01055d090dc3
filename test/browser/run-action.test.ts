import { expect } from '@open-wc/testing';
import { ActionError, runAction } from '../../src/actions/run-action.js';
import type { DialogGuiAction } from '../../src/api/types.js';
import { echoLog, echoReset, testEnv } from './helpers.js';

async function action(path: string, extra: Partial<DialogGuiAction> = {}): Promise<DialogGuiAction> {
  const { echoUrl } = await testEnv();
  return { id: 'a1', action: 'submit', httpMethod: 'POST', isAuthorized: true, priority: 'Primary', url: `${echoUrl}${path}`, ...extra };
}

describe('runAction against real HTTP', () => {
  beforeEach(async () => {
    await echoReset();
    document.cookie = 'portal-session=secret; path=/';
  });

  it('POSTs with the dialog token, Accept JSON, no body and no cookies; 204 is done', async () => {
    const outcome = await runAction(await action('/status/204'), { dialogToken: 'dialog.jwt.token' });
    expect(outcome).to.deep.equal({ kind: 'done', status: 204 });
    const [request] = await echoLog();
    expect(request.method).to.equal('POST');
    expect(request.headers.authorization).to.equal('Bearer dialog.jwt.token');
    expect(request.headers.accept).to.equal('application/json');
    expect(request.headers.cookie).to.equal(undefined);
    expect(request.headers['content-type']).to.equal(undefined);
    expect(request.body).to.equal('');
  });

  it('refuses an action into the Dialogporten API (its /api/ and /graphql paths, however spelled); the rest of its origin is fine', async () => {
    const { echoUrl } = await testEnv();
    const base = `${echoUrl}/portal`; // the API (through a portal proxy) under /portal on the echo origin
    for (const path of ['/portal/api/v1/enduser/dialogs', '/portal/API/v1/enduser/dialogs', '/portal//api/v1', '/portal/x/../api/v1', '/portal/x/%2e%2e/api/v1', '/portal/api', '/portal/graphql/stream', '/portal/GraphQL']) {
      const error = await runAction(await action(path), { dialogToken: 't', apiBase: base }).catch((e: unknown) => e);
      expect(error, path).to.be.instanceOf(ActionError);
      expect((error as ActionError).kind, path).to.equal('unsafe-url');
    }
    expect(await echoLog()).to.have.length(0);
    // The same origin outside the API (a municipality's own service beside its portal), and another origin: fine.
    expect((await runAction(await action('/status/204'), { dialogToken: 't', apiBase: base })).kind).to.equal('done');
    expect((await runAction(await action('/portal/apiary/status'), { dialogToken: 't', apiBase: base }).catch((e: ActionError) => e)).kind).not.to.equal('unsafe-url');
    expect((await runAction(await action('/status/204'), { dialogToken: 't', apiBase: 'https://api.example.no' })).kind).to.equal('done');
    expect((await echoLog()).map((r) => r.path)).to.include('/status/204');
  });

  it('uses the action method (DELETE)', async () => {
    await runAction(await action('/status/204', { httpMethod: 'DELETE' }), { dialogToken: 't' });
    const [request] = await echoLog();
    expect(request.method).to.equal('DELETE');
  });

  it('202 is accepted', async () => {
    const outcome = await runAction(await action('/status/202'), { dialogToken: 't' });
    expect(outcome.kind).to.equal('accepted');
  });

  it('422 carries the retention period', async () => {
    const error = await runAction(await action('/status/422/problem', { httpMethod: 'DELETE' }), { dialogToken: 't' }).catch((e) => e);
    expect(error).to.be.instanceOf(ActionError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(422);
    expect(error.deletionAllowedAt).to.equal('2027-01-15T10:00:00+01:00');
    expect(error.gracePeriodDays).to.equal(30);
  });

  for (const status of [400, 401, 403, 404, 500, 503]) {
    it(`${status} is an http failure, not retried`, async () => {
      const error = await runAction(await action(`/status/${status}`), { dialogToken: 't' }).catch((e) => e);
      expect(error).to.be.instanceOf(ActionError);
      expect(error.status).to.equal(status);
      expect((await echoLog()).length).to.equal(1);
    });
  }

  it('a dropped connection is a network failure', async () => {
    const error = await runAction(await action('/drop'), { dialogToken: 't' }).catch((e) => e);
    expect(error.kind).to.equal('network');
  });

  it('a service that never answers times out', async () => {
    const error = await runAction(await action('/hang'), { dialogToken: 't', timeoutMs: 300 }).catch((e) => e);
    expect(error.kind).to.equal('timeout');
  });

  it('GET navigates and sends nothing', async () => {
    const outcome = await runAction(await action('/status/200', { httpMethod: 'GET' }), { dialogToken: 't' });
    expect(outcome.kind).to.equal('navigate');
    expect(await echoLog()).to.have.length(0);
  });

  for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'urn:dialogporten:unauthorized', 'ftp://x.no/a']) {
    it(`refuses ${url} without a request`, async () => {
      const error = await runAction({ ...(await action('')), url }, { dialogToken: 't' }).catch((e) => e);
      expect(error.kind).to.equal('unsafe-url');
      expect(await echoLog()).to.have.length(0);
    });
  }

  it('refuses an unauthorized action without a request', async () => {
    const error = await runAction(await action('/status/204', { isAuthorized: false }), { dialogToken: 't' }).catch((e) => e);
    expect(error.kind).to.equal('unauthorized-action');
    expect(await echoLog()).to.have.length(0);
  });

  it('refuses to run without a dialog token', async () => {
    const error = await runAction(await action('/status/204'), {}).catch((e) => e);
    expect(error.kind).to.equal('no-token');
    expect(await echoLog()).to.have.length(0);
  });
});
