import { expect } from '@open-wc/testing';
import { DialogportenClient, acceptLanguage, searchParams, retryAfterMs } from '../../src/api/client.js';
import { CHUNK_TIMEOUT_MS } from '../../src/chunk-loading.js';
import { Task } from '../../src/state/task.js';
import { ApiError, InvalidResponseError, NetworkError, errorKind } from '../../src/api/errors.js';
import { echoLog, echoReset, testEnv } from './helpers.js';

async function clientAt(path: string, options: Partial<ConstructorParameters<typeof DialogportenClient>[0]> = {}) {
  const { echoUrl } = await testEnv();
  return new DialogportenClient({ baseUrl: `${echoUrl}${path}`, lang: 'nn', ...options });
}

/** The request timeout the timer tests give the client, so that its timer is told apart from a wait. */
const TIMEOUT_MS = 19_999;

/**
 * Records the timers the page asks for from now until `restore` (they still run as asked): `waits()` are the
 * delays of 100 ms or more other than the request timeout, i.e. the pauses before a retry. A controllable view of
 * the clock: the test sees what the client waits for instead of timing it.
 */
function recordTimers() {
  const real = window.setTimeout;
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    delays.push(Number(delay ?? 0));
    return real(handler, delay, ...args);
  }) as typeof window.setTimeout;
  return {
    restore: () => {
      window.setTimeout = real;
    },
    // Not the request timeout, nor the wait for ky's chunk (a client's first request, when the page has not loaded it).
    waits: () => delays.filter((ms) => ms >= 100 && ms !== TIMEOUT_MS && ms !== CHUNK_TIMEOUT_MS),
  };
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
    const client = await clientAt('/status/503/ra1/text', { retryLimit: 2, timeoutMs: TIMEOUT_MS });
    const timers = recordTimers();
    const started = performance.now();
    let error: unknown;
    try {
      await client.getDialog('x');
    } catch (e) {
      error = e;
    } finally {
      timers.restore();
    }
    const elapsed = performance.now() - started;
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(503);
    expect(errorKind(error)).to.equal('unavailable');
    expect((await echoLog()).length).to.equal(3);
    expect(timers.waits(), 'two waits of Retry-After: 1').to.deep.equal([1000, 1000]);
    expect(elapsed).to.be.greaterThan(1900); // a slow machine only waits longer
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
    const client = await clientAt('/status/503/ra30/text', { retryLimit: 2, timeoutMs: TIMEOUT_MS });
    const timers = recordTimers();
    const error = await client.getDialog('x').then(() => null, (e: unknown) => e).finally(timers.restore);
    expect(errorKind(error)).to.equal('unavailable');
    expect((await echoLog()).length).to.equal(1);
    // "At once" without a stopwatch: the client asked the clock for no wait at all (not the 30 s, not a capped 5 s).
    expect(timers.waits()).to.deep.equal([]);
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

describe('answers the script-tag entry asked for early (components/early-requests.ts)', () => {
  const KEY = Symbol.for('dialog-inbox.early-requests');
  const slot = globalThis as unknown as Record<symbol, unknown>;
  afterEach(() => delete slot[KEY]);

  /** An early answer for the client's URL of GET /metadata/limits, and how many times the network was asked. */
  async function setUp(body: unknown, status = 200) {
    const client = await clientAt('/early', { lang: 'nb' });
    const answers = new Map([[`${client.baseUrl}/api/v1/metadata/limits`, Promise.resolve(new Response(JSON.stringify(body), { status }))]]);
    slot[KEY] = { language: acceptLanguage('nb'), credentials: 'omit', answers };
    await echoReset();
    return { client, answers };
  }

  it('takes one for the same URL, language and credentials, once; the next request goes to the network', async () => {
    const { client, answers } = await setUp({ endUser: { search: { maxPartyFilterValues: 7 } } });
    expect(JSON.stringify(await client.getLimits())).to.contain('"maxPartyFilterValues":7');
    expect(answers.size, 'taken').to.equal(0);
    expect((await echoLog()).length, 'no request').to.equal(0);
    await client.getLimits().catch(() => undefined);
    expect((await echoLog()).length, 'the next one asks').to.equal(1);
  });

  it('asks the network itself with a token provider, in another language, or when the early answer failed', async () => {
    for (const [options, status] of [[{ tokenProvider: async () => 't' }, 200], [{ lang: 'en' }, 200], [{}, 503]] as const) {
      const { answers } = await setUp({}, status);
      const client = await clientAt('/early', { lang: 'nb', ...options });
      await client.getLimits().catch(() => undefined);
      expect((await echoLog()).length, JSON.stringify(options)).to.be.greaterThan(0);
      answers.clear();
    }
  });
});
