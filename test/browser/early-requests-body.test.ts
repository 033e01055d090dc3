// The entry reads the bodies of its early answers as soon as they are in (components/early-requests.ts), while the
// rest of the code is still on its way: the client's `json()` on such an answer then resolves at once. Reading it only
// when the client asked took a task of its own, after the elements had upgraded (on a phone, between the code and
// the first rows). The elements are not defined on this page: only the entry's requests run, against the demo
// portal's proxy (/__portal: it adds the token).
import { expect } from '@open-wc/testing';
import { startEarlyRequests } from '../../components/early-requests.js';
import type { EarlyRequests } from '../../src/api/early-answer.js';
import { parties, resetDemo } from './demo-api.js';
import { until } from './helpers.js';
import { proxyInbox } from './page-inbox.js';

const early = () => (globalThis as Record<symbol, EarlyRequests | undefined>)[Symbol.for('dialog-inbox.early-requests')]!;
/** 'json' when the body resolves before the next task, 'task' when it waits for one. */
const firstOf = (response: Response) =>
  Promise.race([response.json().then(() => 'json'), new Promise<string>((resolve) => setTimeout(() => resolve('task'), 0))]);

describe('the entry reads its early answers', () => {
  let inbox: HTMLElement;
  let ownSearch = 0;
  before(async () => {
    await resetDemo();
    const [person, father] = await parties();
    inbox = proxyInbox({ party: `${person} ${father}`, lang: 'nb' });
    startEarlyRequests(() => ownSearch++);
    await until(() => early().answers.size === 2, 'the limits and the search asked for');
  });
  after(() => inbox.remove());

  it('the search and the limits: the client gets their bodies without waiting for a task, the same as the API sent', async () => {
    expect(ownSearch, 'the entry sent the search itself').to.equal(0);
    for (const [url, answer] of early().answers) {
      const response = await answer;
      expect(response.ok, url).to.equal(true);
      expect(await firstOf(response), url).to.equal('json');
      const fresh = await (await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': 'nb' } })).json();
      expect(await response.json(), url).to.deep.equal(fresh);
    }
  });
});

describe('the entry reads its early answers, unless they fail', () => {
  let inbox: HTMLElement;
  let ownSearch = 0;
  before(async () => {
    // The proxy answers 404 for an API base it does not know: the answers are not OK.
    inbox = proxyInbox({ party: 'urn:altinn:person:identifier-no:1', lang: 'nb' });
    inbox.setAttribute('api-base-url', '/__portal/nothing-here');
    startEarlyRequests(() => ownSearch++);
    await until(() => ownSearch > 0, 'the failed search handed to the client');
  });
  after(() => inbox.remove());

  it('a failed answer keeps its body for the client to read (the problem details), unread', async () => {
    for (const [url, answer] of early().answers) {
      const response = await answer;
      expect(response.ok, url).to.equal(false);
      expect(response.bodyUsed, url).to.equal(false);
      expect(Object.hasOwn(response, 'json'), url).to.equal(false);
    }
  });
});
