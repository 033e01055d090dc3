#!/usr/bin/env node
/**
 * `npm start`: runs the local demo stack (portal, Dialogporten-compatible API,
 * service platform) on 127.0.0.1. Options: `node demo/start.js --help`,
 * details in demo/README.md.
 */
import { startDemo } from './index.js';
import { USAGE, configFromArgs } from './config.js';

const t0 = performance.now();
// --buffering-proxy: a proxy in front of the portal that buffers answers as a default nginx does (see
// demo/proxy/buffering-proxy.js); the open dialog then keeps current by polling instead of its live stream.
const args = process.argv.slice(2);
const bufferingProxy = args.includes('--buffering-proxy');
const usage = `${USAGE}\n  --buffering-proxy         a proxy that buffers answers (as a default nginx) in front of the portal`;
let config;
try {
  config = configFromArgs(args.filter((arg) => arg !== '--buffering-proxy'));
} catch (err) {
  console.error(`${err.message}\n\n${usage}`);
  process.exit(2);
}
if (config.help) {
  console.log(usage);
  process.exit(0);
}

let demo;
try {
  demo = await startDemo({ ...config.options, bufferingProxy });
} catch (err) {
  console.error(`Could not start the demo: ${err.code === 'EADDRINUSE' ? `port already in use (${err.message})` : err.message}`);
  process.exit(1);
}
const ms = Math.round(performance.now() - t0);
const rssMb = (process.memoryUsage().rss / 1024 / 1024).toFixed(1);
console.log(`
  Dialog inbox demo is running.

  Open the portal:   ${demo.portalUrl}/
  Dialogporten API:  ${demo.apiUrl}/api/v1  (JWKS: ${demo.apiUrl}/api/v1/.well-known/jwks.json)
  Service platform:  ${demo.platformUrl}
  ${bufferingProxy ? 'The portal is behind a proxy that buffers answers: the open dialog updates by polling.\n  ' : ''}${config.options.upstream ? `Upstream mode: the portal proxies to ${config.options.upstream.url}\n  ` : ''}
  Started in ${ms} ms, RSS ${rssMb} MB, ${demo.store.records.size} dialogs. Press Ctrl+C to stop.
`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: shutting down…`);
  const force = setTimeout(() => process.exit(1), 5000);
  force.unref();
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
