// An answer the entry asked for early that never comes (a server that hangs): the client that takes it fails as
// timed out after its own timeout, as its own request would, instead of waiting for good; asked again, it sends the
// request itself. The client from src/ with the entry's global set up as the entry leaves it.
import { expect } from '@open-wc/testing';
import { DialogportenClient, acceptLanguage } from '../../src/api/client.js';
import type { SearchQuery } from '../../src/api/types.js';
import type { EarlyRequests } from '../../src/api/early-answer.js';
import { NetworkError } from '../../src/api/errors.js';
import { personParty, resetDemo } from './demo-api.js';
import { interceptFetch } from './page-inbox.js';

const KEY = Symbol.for('dialog-inbox.early-requests');
const globals = globalThis as unknown as Record<symbol, EarlyRequests | undefined>;

describe('an early answer that never comes', () => {
  let party: string;
  before(async () => {
    await resetDemo();
    party = await personParty();
  });
  afterEach(() => {
    delete globals[KEY];
  });

  /** A client of the portal's proxy (no token: the proxy adds it) and the URL its first search asks for. */
  async function setUp(ready?: Promise<unknown>) {
    const client = new DialogportenClient({ baseUrl: '/__portal', lang: 'nb', timeoutMs: 400 });
    const query: SearchQuery = { party: [party], systemLabel: ['Default'], excludeApiOnly: true, orderBy: 'contentUpdatedAt_desc', limit: 5 };
    const hanging = new Promise<Response>(() => {});
    // The URL the client will ask for: taken from the request it sends itself when no early answer is there.
    const urls: string[] = [];
    const restoreFetch = interceptFetch((url) => void urls.push(url));
    try {
      await client.searchDialogs(query);
    } finally {
      restoreFetch();
    }
    globals[KEY] = { language: acceptLanguage('nb'), credentials: 'omit', answers: new Map([[urls[0], hanging]]), ready };
    return { client, query, url: urls[0] };
  }

  it('the search fails as timed out after the client’s timeout; asked again, the client sends it itself', async () => {
    const { client, query } = await setUp();
    const started = performance.now();
    const error = await client.searchDialogs(query).then(() => null, (e: unknown) => e);
    expect(error, String(error)).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).timedOut, 'timed out').to.equal(true);
    expect(performance.now() - started, 'after the timeout, not long after').to.be.within(350, 5_000);
    const again = await client.searchDialogs(query);
    expect(again.items?.length ?? 0, 'rows, asked again').to.be.greaterThan(0);
  });

  it('a search that waits for the entry’s parties, which never come, times out the same way', async () => {
    const { client, query } = await setUp(new Promise(() => {}));
    const error = await client.searchDialogs(query).then(() => null, (e: unknown) => e);
    expect((error as NetworkError | null)?.timedOut, String(error)).to.equal(true);
  });

  it('the client that gives up asks the entry to abort that request', async () => {
    const { client, query, url } = await setUp();
    const cancelled: string[] = [];
    globals[KEY]!.cancel = (u) => void cancelled.push(u);
    await client.searchDialogs(query).then(() => null, (e: unknown) => e);
    expect(cancelled, 'the URL the client waited for').to.deep.equal([url]);
  });

  it('an early answer that comes in time is taken (the client sends nothing itself)', async () => {
    const { client, query, url } = await setUp();
    const answer = fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage('nb') } });
    globals[KEY]!.answers.set(url, answer);
    let sent = 0;
    const restoreFetch = interceptFetch(() => void sent++);
    try {
      const result = await client.searchDialogs(query);
      expect(result.items?.length ?? 0).to.be.greaterThan(0);
      expect(sent, 'requests the client sent').to.equal(0);
    } finally {
      restoreFetch();
    }
  });
});
