// The entry's early requests can be aborted: the client that gives up on an answer (its timeout, see
// early-requests-hang) asks the entry to abort that request, so a server that hangs does not keep one of the browser's
// few connections to it. The built entry (dist/, `npx vite build` first) with the search's answer held.
import { expect } from '@open-wc/testing';
import type { EarlyRequests } from '../../src/api/early-answer.js';
import { personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { interceptedEntry } from './page-inbox.js';

const KEY = Symbol.for('dialog-inbox.early-requests');
const globals = globalThis as unknown as Record<symbol, EarlyRequests | undefined>;

describe('aborting an early request', () => {
  let entry: Awaited<ReturnType<typeof interceptedEntry>>;
  const held: { url: string; signal: AbortSignal | null | undefined }[] = [];

  before(async () => {
    await resetDemo();
    const party = await personParty();
    entry = await interceptedEntry((url, init) => {
      if (!url.includes('/__portal/api/v1/enduser/dialogs?')) return undefined;
      held.push({ url, signal: init?.signal });
      // An answer that never comes, as from a server that hangs; aborting rejects it, as fetch does.
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }, { party });
  });
  after(() => entry.close());

  it('aborts the request for the URL it is given, and only that one', async () => {
    await until(() => held.length > 0, 'the entry’s search sent');
    const [search] = held;
    expect(search.signal?.aborted, 'not aborted before it is asked to').to.equal(false);
    globals[KEY]!.cancel!(`${search.url}&other`);
    expect(search.signal!.aborted, 'another URL leaves it alone').to.equal(false);
    globals[KEY]!.cancel!(search.url);
    expect(search.signal!.aborted, 'aborted').to.equal(true);
    expect(entry.page.errors, 'nothing thrown').to.deep.equal([]);
  });
});
