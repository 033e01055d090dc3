// Robustness gate (issue 7): the local Dialogporten under load. 200 concurrent clients on loopback for
// LOAD_SECONDS (default 5 s here; the gate's full run is LOAD_SECONDS=30) doing what an inbox does: searches
// (party filters, free text, orders, page sizes), opening dialogs, and setting system labels with If-Match.
// The server runs in a child process (test/support/load-server.mjs, --expose-gc) so its memory is its own.
// Passes when: no request failed (no 5xx, no network error, no unexpected 4xx), and memory stays bounded —
// heap growth per request is small (the store legitimately logs each opening and label change), and after a
// store reset the heap is back near where it started (nothing leaks outside the data).
// Prints requests/s, p50/p95/p99 latency, errors and RSS/heap before and after.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SECONDS = Number(process.env.LOAD_SECONDS || 5);
/** Steps every client takes however long they take (a slow machine loads longer rather than less). */
const MIN_STEPS = 5;
const CLIENTS = Number(process.env.LOAD_CLIENTS || 200);
const TOKEN = 'load-test-end-user';
const MB = 1024 * 1024;

let child;
let ready;
const pending = new Map();

function ask(type) {
  return new Promise((resolve) => {
    pending.set(type, resolve);
    child.send({ type });
  });
}

before(async () => {
  child = fork(fileURLToPath(new URL('../support/load-server.mjs', import.meta.url)), [], {
    execArgv: ['--expose-gc', '--max-old-space-size=2048'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  ready = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message) => {
      if (message.type === 'ready') resolve(message);
      else pending.get(message.type)?.(message), pending.delete(message.type);
    });
  });
});

after(async () => {
  if (child?.connected) child.send({ type: 'close' });
  await new Promise((resolve) => (child?.exitCode !== null ? resolve() : child.once('exit', resolve)));
});

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS, maxFreeSockets: CLIENTS });

function request(base, method, path, { body, headers = {} } = {}) {
  const url = new URL(path, base);
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          Accept: 'application/json',
          'Accept-Language': 'nb',
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms });
        });
        res.on('error', (error) => resolve({ status: 0, error, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      },
    );
    req.on('error', (error) => resolve({ status: 0, error, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(payload);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

test(`the local Dialogporten serves ${CLIENTS} concurrent clients for ${SECONDS} s without errors or unbounded memory growth`, { timeout: (SECONDS + 120) * 1000 }, async (t) => {
  const base = ready.apiUrl;
  // Arrange: every party, every inbox dialog (each client gets its own dialogs for openings and labels).
  const parties = JSON.parse((await request(base, 'GET', '/api/v1/enduser/parties')).text).authorizedParties;
  const urns = [];
  const visit = (list) => {
    for (const p of list ?? []) {
      if (!p.hasOnlyAccessToSubParties) urns.push(p.party);
      visit(p.subParties);
    }
  };
  visit(parties);
  const partyQuery = urns.map((u) => `party=${encodeURIComponent(u)}`).join('&');
  const ids = [];
  let token = null;
  do {
    const page = JSON.parse((await request(base, 'GET', `/api/v1/enduser/dialogs?${partyQuery}&systemLabel=Default&limit=1000${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`)).text);
    ids.push(...page.items.map((i) => i.id));
    token = page.hasNextPage ? page.continuationToken : null;
  } while (token);
  assert.ok(ids.length >= CLIENTS, `enough dialogs for ${CLIENTS} clients (${ids.length})`);

  const warm = await ask('mem');
  const latencies = { search: [], dialog: [], labels: [] };
  const failures = [];
  const statusCounts = {};
  let requests = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const SEARCHES = ['skatt', 'søknad', 'vedtak', 'melding', 'frist'];
  const ORDERS = ['contentUpdatedAt_desc', 'createdAt_asc', 'dueAt_asc', 'updatedAt_desc'];

  const record = (kind, result, expected) => {
    requests++;
    latencies[kind].push(result.ms);
    statusCounts[result.status] = (statusCounts[result.status] ?? 0) + 1;
    if (!expected.includes(result.status)) failures.push(`${kind}: ${result.status || result.error?.code || result.error?.message} ${result.text?.slice(0, 160) ?? ''}`);
  };

  async function client(k) {
    const own = ids.filter((_, i) => i % CLIENTS === k);
    const revisions = new Map(); // dialog → { revision, marked }
    let step = k;
    while (Date.now() < deadline || step - k < MIN_STEPS) {
      step++;
      const roll = step % 20;
      if (roll < 10) {
        const party = step % 3 === 0 ? partyQuery : `party=${encodeURIComponent(urns[step % urns.length])}`;
        const extra = step % 4 === 0 ? `&search=${encodeURIComponent(SEARCHES[step % SEARCHES.length])}` : '';
        const q = `${party}&systemLabel=Default&excludeApiOnly=true&orderBy=${ORDERS[step % ORDERS.length]}&limit=${[10, 30, 100][step % 3]}${extra}`;
        record('search', await request(base, 'GET', `/api/v1/enduser/dialogs?${q}`), [200]);
      } else if (roll < 16 || !revisions.size) {
        const id = own[step % own.length];
        const result = await request(base, 'GET', `/api/v1/enduser/dialogs/${id}`);
        record('dialog', result, [200]);
        if (result.status === 200) revisions.set(id, { revision: JSON.parse(result.text).endUserContext.revision, marked: false });
      } else {
        // Mark as unread / read again, with the endUserContext revision as If-Match.
        const [id, state] = [...revisions.entries()][step % revisions.size];
        const change = state.marked ? { addLabels: [], removeLabels: ['MarkedAsUnopened'] } : { addLabels: ['MarkedAsUnopened'], removeLabels: [] };
        const result = await request(base, 'PUT', `/api/v1/enduser/dialogs/${id}/context/systemlabels`, { body: change, headers: { 'If-Match': `"${state.revision}"` } });
        record('labels', result, [204]);
        if (result.status === 204) revisions.set(id, { revision: String(result.headers.etag).replace(/"/g, ''), marked: !state.marked });
      }
    }
  }

  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, k) => client(k)));
  const elapsed = (Date.now() - started) / 1000;
  const loaded = await ask('mem');
  await ask('reset');
  const reset = await ask('mem');

  const all = Object.values(latencies).flat().sort((a, b) => a - b);
  const figures = {
    clients: CLIENTS,
    seconds: Number(elapsed.toFixed(1)),
    dialogs: ready.dialogs,
    requests,
    requestsPerSecond: Math.round(requests / elapsed),
    p50ms: Number(percentile(all, 50).toFixed(1)),
    p95ms: Number(percentile(all, 95).toFixed(1)),
    p99ms: Number(percentile(all, 99).toFixed(1)),
    maxms: Number(all[all.length - 1].toFixed(1)),
    byKind: Object.fromEntries(Object.entries(latencies).map(([k, v]) => [k, { n: v.length, p95ms: Number(percentile([...v].sort((a, b) => a - b), 95).toFixed(1)) }])),
    statuses: statusCounts,
    errors: failures.length,
    rssMB: { start: +(ready.mem.rss / MB).toFixed(1), beforeLoad: +(warm.mem.rss / MB).toFixed(1), afterLoad: +(loaded.mem.rss / MB).toFixed(1), afterReset: +(reset.mem.rss / MB).toFixed(1) },
    heapMB: { beforeLoad: +(warm.mem.heapUsed / MB).toFixed(1), afterLoad: +(loaded.mem.heapUsed / MB).toFixed(1), afterReset: +(reset.mem.heapUsed / MB).toFixed(1) },
  };
  t.diagnostic(`load figures: ${JSON.stringify(figures)}`);
  if (process.env.LOAD_REPORT) console.log(JSON.stringify(figures, null, 2));

  assert.deepEqual([...new Set(failures)].slice(0, 10), [], `${failures.length} failed requests`);
  // The clients were busy: every kind of request was made (how many per second is not asserted: that is the machine's).
  for (const [kind, list] of Object.entries(latencies)) assert.ok(list.length >= CLIENTS / 10, `${list.length} ${kind} requests`);
  const growthPerRequest = (loaded.mem.heapUsed - warm.mem.heapUsed) / requests;
  assert.ok(growthPerRequest < 4096, `heap growth per request under 4 KB (was ${Math.round(growthPerRequest)} B)`);
  assert.ok(reset.mem.heapUsed - warm.mem.heapUsed < 32 * MB, `after a reset the heap is back within 32 MB of the start (+${((reset.mem.heapUsed - warm.mem.heapUsed) / MB).toFixed(1)} MB)`);
  assert.ok(loaded.mem.rss < 1536 * MB, `RSS stays under 1.5 GB (${(loaded.mem.rss / MB).toFixed(0)} MB)`);
});
