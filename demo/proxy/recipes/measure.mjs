// By hand, not part of npm test: how fast the live stream comes through a proxy in front of the demo portal.
//   node demo/start.js --portal-port 18080 --api-port 18081 --platform-port 18082
//   nginx -c "$PWD/demo/proxy/recipes/nginx.conf" -p /tmp/nginx-recipe/   (or: caddy run --config …/Caddyfile)
//   node demo/proxy/recipes/measure.mjs http://127.0.0.1:18090 [http://127.0.0.1:18081]
// Gets a dialog (and its dialog token) through the proxy, POSTs the widget's subscription to /graphql/stream as the
// widget does (a browser asks for gzip), and reports the time to the answer's headers, to its first byte (the demo sends ": stream open" at
// once), and to the event for a change made on the local Dialogporten 1 s after the stream opened.
const [base = 'http://127.0.0.1:18090', api = 'http://127.0.0.1:18081'] = process.argv.slice(2);
const waitMs = Number(process.env.WAIT_MS ?? 20_000);

const json = async (url, init) => {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
};
const { authorizedParties } = await json(`${base}/api/v1/enduser/parties`);
const query = new URLSearchParams({ limit: '1' });
query.append('party', authorizedParties[0].party);
const [item] = (await json(`${base}/api/v1/enduser/dialogs?${query}`)).items;
const dialog = await json(`${base}/api/v1/enduser/dialogs/${item.id}`);

const t0 = performance.now();
const ms = () => Math.round(performance.now() - t0);
const controller = new AbortController();
const stop = setTimeout(() => controller.abort(), waitMs);
const response = await fetch(`${base}/graphql/stream`, {
  method: 'POST',
  headers: { Accept: 'text/event-stream', 'Accept-Encoding': 'gzip', 'Content-Type': 'application/json', Authorization: `Bearer ${dialog.dialogToken}` },
  body: JSON.stringify({
    query: 'subscription sub($dialogId: UUID!) { dialogEvents(dialogId: $dialogId) { id type } }',
    operationName: 'sub',
    variables: { dialogId: dialog.id },
  }),
  signal: controller.signal,
}).catch((error) => ({ error }));
if (response.error) {
  console.log(`no headers within ${waitMs} ms`);
  process.exit(0);
}
const headersAt = ms();
let firstByteAt = null;
let eventAt = null;
let changedAt = null;
setTimeout(async () => {
  changedAt = ms();
  await fetch(`${api}/__demo/dialogs/${dialog.id}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: `Measured ${Date.now()}` }) });
}, 1000);
let text = '';
try {
  for await (const chunk of response.body) {
    firstByteAt ??= ms();
    text += Buffer.from(chunk).toString();
    if (text.includes('event: next')) {
      eventAt = ms();
      break;
    }
  }
} catch {
  // Aborted at waitMs.
}
clearTimeout(stop);
controller.abort();
console.log(JSON.stringify({
  status: response.status,
  contentType: response.headers.get('content-type'),
  xAccelBuffering: response.headers.get('x-accel-buffering'),
  contentEncoding: response.headers.get('content-encoding'),
  headersMs: headersAt,
  firstByteMs: firstByteAt ?? `none within ${waitMs}`,
  eventAfterChangeMs: eventAt !== null && changedAt !== null ? eventAt - changedAt : `none within ${waitMs}`,
}));
process.exit(0);
