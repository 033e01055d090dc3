import { expect } from '@open-wc/testing';
import { DialogportenClient, acceptLanguage, searchParams, retryAfterMs } from '../../src/api/client.js';
import { Task } from '../../src/state/task.js';
import { ApiError, InvalidResponseError, NetworkError, errorKind } from '../../src/api/errors.js';
import { echoLog, echoReset, testEnv } from './helpers.js';

async function clientAt(path: string, options: Partial<ConstructorParameters<typeof DialogportenClient>[0]> = {}) {
  const { echoUrl } = await testEnv();
  return new DialogportenClient({ baseUrl: `${echoUrl}${path}`, lang: 'nn', ...options });
}

describe('DialogportenClient', () => {
  beforeEach(echoReset);

  it('builds search URLs with repeated parameters, the token and Accept-Language', async () => {
    const client = await clientAt('/status/200/json', { tokenProvider: async () => 'end-user-token' });
    await client.searchDialogs({
      party: ['urn:a', 'urn:b'],
      excludeApiOnly: true,
      orderBy: 'createdAt_asc',
      limit: 5,
      search: undefined,
    });
    const [request] = await echoLog();
    expect(request.method).to.equal('GET');
    expect(request.path).to.equal(
      '/status/200/json/api/v1/enduser/dialogs?party=urn%3Aa&party=urn%3Ab&excludeApiOnly=true&orderBy=createdAt_asc&limit=5',
    );
    expect(request.headers.authorization).to.equal('Bearer end-user-token');
    expect(request.headers['accept-language']).to.equal('nn, nb;q=0.8, en;q=0.6');
    expect(request.headers.cookie).to.equal(undefined);
  });

  it('retries 503 after the Retry-After delay, a bounded number of times', async () => {
    const client = await clientAt('/status/503/ra1/text', { retryLimit: 2 });
    const started = performance.now();
    let error: unknown;
    try {
      await client.getDialog('x');
    } catch (e) {
      error = e;
    }
    const elapsed = performance.now() - started;
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(503);
    expect(errorKind(error)).to.equal('unavailable');
    expect((await echoLog()).length).to.equal(3);
    expect(elapsed).to.be.greaterThan(1900); // two waits of Retry-After: 1
  });

  it('reads Retry-After as seconds or an HTTP date; anything broken or past counts as no wait', () => {
    const failed = (value?: string) => ({ response: new Response(null, { status: 503, headers: value === undefined ? {} : { 'Retry-After': value } }) });
    expect(retryAfterMs(failed('2'))).to.equal(2000);
    expect(retryAfterMs(failed(new Date(Date.now() + 60_000).toUTCString()))).to.be.within(55_000, 60_000);
    for (const broken of [undefined, '', 'soon', '-5', '1e400', 'Infinity', new Date(Date.now() - 60_000).toUTCString(), '<script>']) {
      expect(retryAfterMs(failed(broken)), String(broken)).to.equal(0);
    }
    expect(retryAfterMs(null)).to.equal(0);
    expect(retryAfterMs(new Error('no response'))).to.equal(0);
  });

  it('does not wait out a long Retry-After behind a skeleton: one request, the error at once', async () => {
    const client = await clientAt('/status/503/ra30/text', { retryLimit: 2 });
    const started = performance.now();
    const error = await client.getDialog('x').then(() => null, (e: unknown) => e);
    expect(performance.now() - started).to.be.lessThan(3000);
    expect(errorKind(error)).to.equal('unavailable');
    expect((await echoLog()).length).to.equal(1);
  });

  it('retries 500 with backoff, then gives up with the ProblemDetails as a typed error', async () => {
    const client = await clientAt('/status/500/problem', { retryLimit: 1 });
    const error = await client.getDialog('x').catch((e) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect(error.status).to.equal(500);
    expect(error.title).to.equal('One or more validation errors occurred.');
    expect(error.detail).to.equal('The party parameter is required.');
    expect(error.traceId).to.equal('00-echo-trace-01');
    expect(errorKind(error)).to.equal('server');
    expect((await echoLog()).length).to.equal(2);
  });

  it('does not retry a 400 and exposes validation errors', async () => {
    const client = await clientAt('/status/400/problem');
    const error = await client.searchDialogs({}).catch((e) => e);
    expect(error.status).to.equal(400);
    expect(error.errors).to.deep.equal({ party: ['Required'] });
    expect((await echoLog()).length).to.equal(1);
  });

  it('asks the token provider again once after a 401', async () => {
    let asked = 0;
    const client = await clientAt('/status/401', { tokenProvider: async () => `token-${++asked}` });
    const error = await client.getParties().catch((e) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect(errorKind(error)).to.equal('unauthorized');
    expect(asked).to.equal(2);
    const log = await echoLog();
    expect(log.map((r) => r.headers.authorization)).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('reuses the token between requests', async () => {
    let asked = 0;
    const client = await clientAt('/status/200/json', { tokenProvider: async () => `token-${++asked}` });
    await client.getParties();
    await client.getLimits();
    expect(asked).to.equal(1);
  });

  it('turns malformed JSON into an InvalidResponseError', async () => {
    const client = await clientAt('/status/200/badjson');
    const error = await client.getDialog('x').catch((e) => e);
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect(errorKind(error)).to.equal('invalidResponse');
  });

  it('turns a dropped connection into a NetworkError', async () => {
    const client = await clientAt('/drop', { retryLimit: 0 });
    const error = await client.getDialog('x').catch((e) => e);
    expect(error).to.be.instanceOf(NetworkError);
    expect(errorKind(error)).to.equal('network');
  });

  it('times out', async () => {
    const client = await clientAt('/hang', { retryLimit: 0, timeoutMs: 300 });
    const error = await client.getDialog('x').catch((e) => e);
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.timedOut).to.equal(true);
  });

  it('a task aborts a superseded request, so a late answer never wins', async () => {
    const { echoUrl } = await testEnv();
    const slow = new DialogportenClient({ baseUrl: `${echoUrl}/delay/400` });
    const fast = new DialogportenClient({ baseUrl: `${echoUrl}/delay/10` });
    const signals: AbortSignal[] = [];
    const task = new Task(([client]: readonly [DialogportenClient], signal) => (signals.push(signal), client.searchDialogs({ party: ['a'] }, { signal })));
    const first = task.run([slow]);
    const second = task.run([fast]);
    const [firstResult, secondResult] = await Promise.all([first, second]);
    expect(firstResult, 'the superseded run gives nothing').to.equal(undefined);
    expect(signals[0].aborted, 'and its request was aborted').to.equal(true);
    expect((secondResult as unknown as { path: string }).path).to.equal('/delay/10/api/v1/enduser/dialogs');
    expect(task.status).to.equal('complete');
    expect(task.value).to.equal(secondResult);
  });
});

describe('client helpers', () => {
  it('orders Accept-Language like the localization fallback', () => {
    expect(acceptLanguage('en')).to.equal('en, nb;q=0.8, nn;q=0.6');
    expect(acceptLanguage('nb')).to.equal('nb, nn;q=0.8, en;q=0.6');
  });
  it('skips empty values in search parameters', () => {
    expect(searchParams({ party: [], search: '', limit: 3 }).toString()).to.equal('limit=3');
  });
});
