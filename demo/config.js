/**
 * Turns command-line flags and environment variables into startDemo() options.
 * Flags win over environment variables. See demo/README.md for the list.
 */
import { parseArgs } from 'node:util';
import { faultsFromEnv } from './dialogporten/faults.js';

export const USAGE = `Usage: node demo/start.js [options]
  --host HOST               bind address (127.0.0.1)              env DEMO_HOST
  --portal-port N           portal port (8080; 0 = random)         env PORTAL_PORT
  --api-port N              API port (8081)                        env API_PORT
  --platform-port N         service platform port (8082)           env PLATFORM_PORT
  --data FILE               load dialogs from a JSON file          env DEMO_DATA
  --scale N                 add N generated dialogs to the seed    env DEMO_SCALE
  --parties N               accountant persona: N client orgs      env DEMO_PARTIES
                            (1..5000, ~2 dialogs each; 0 = off)
  --latency MS              added latency per API request          env DEMO_LATENCY_MS
  --error-rate R            share of API requests failing with 500 env DEMO_ERROR_RATE
  --unavailable             API answers 503 + Retry-After          env DEMO_UNAVAILABLE=1
  --retry-after S           Retry-After seconds for 503 (30)       env DEMO_RETRY_AFTER
  --cors-origins LIST       API CORS origins, comma list or '*'    env DEMO_CORS_ORIGINS
  --platform-origins LIST   platform CORS origins, comma list      env DEMO_PLATFORM_ORIGINS
  --required-token TOKEN    API accepts only this bearer token     env DEMO_REQUIRED_TOKEN
  --submit-delay MS         delay of the 'submit' action (3000)    env DEMO_SUBMIT_DELAY_MS
  --max-party-filter N      parties one search may name (100)      env DEMO_MAX_PARTY_FILTER
  --quiet                   less logging
  --help
Upstream mode: DIALOGPORTEN_URL + DIALOGPORTEN_TOKEN make the portal proxy to a real Dialogporten.`;

const int = (v, name) => {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535 * 1000) throw new Error(`${name}: '${v}' is not a non-negative integer`);
  return n;
};

const MAX_PARTIES = 5000; // = MAX_CLIENT_PARTIES of demo/seed/clients.js
const parties = (v) => {
  const n = int(v, 'parties') ?? 0;
  if (n > MAX_PARTIES) throw new Error(`parties: '${v}' is more than ${MAX_PARTIES}`);
  return n;
};

/**
 * @param {string[]} argv process.argv.slice(2)
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ help: boolean, options: object }}
 */
export function configFromArgs(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      host: { type: 'string' },
      'portal-port': { type: 'string' },
      'api-port': { type: 'string' },
      'platform-port': { type: 'string' },
      data: { type: 'string' },
      scale: { type: 'string' },
      parties: { type: 'string' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      unavailable: { type: 'boolean' },
      'retry-after': { type: 'string' },
      'cors-origins': { type: 'string' },
      'platform-origins': { type: 'string' },
      'required-token': { type: 'string' },
      'submit-delay': { type: 'string' },
      'max-party-filter': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const faults = faultsFromEnv(env);
  if (values.latency !== undefined) faults.latencyMs = values.latency;
  if (values['error-rate'] !== undefined) faults.errorRate = values['error-rate'];
  if (values.unavailable) faults.unavailable = true;
  if (values['retry-after'] !== undefined) faults.retryAfterSeconds = values['retry-after'];

  const list = (v) => (v === undefined || v === '' ? undefined : v.trim() === '*' ? '*' : v.split(',').map((s) => s.trim()).filter(Boolean));
  const options = {
    host: values.host ?? env.DEMO_HOST ?? '127.0.0.1',
    portalPort: int(values['portal-port'] ?? env.PORTAL_PORT, 'portal port') ?? 8080,
    apiPort: int(values['api-port'] ?? env.API_PORT, 'API port') ?? 8081,
    platformPort: int(values['platform-port'] ?? env.PLATFORM_PORT, 'platform port') ?? 8082,
    dataFile: values.data ?? (env.DEMO_DATA || undefined),
    scale: int(values.scale ?? env.DEMO_SCALE, 'scale') ?? 0,
    parties: parties(values.parties ?? env.DEMO_PARTIES),
    faults,
    corsOrigins: list(values['cors-origins'] ?? env.DEMO_CORS_ORIGINS),
    platformOrigins: list(values['platform-origins'] ?? env.DEMO_PLATFORM_ORIGINS),
    requiredToken: values['required-token'] ?? (env.DEMO_REQUIRED_TOKEN || undefined),
    submitDelayMs: int(values['submit-delay'] ?? env.DEMO_SUBMIT_DELAY_MS, 'submit delay'),
    maxPartyFilter: int(values['max-party-filter'] ?? env.DEMO_MAX_PARTY_FILTER, 'max party filter'),
    upstream: env.DIALOGPORTEN_URL ? { url: env.DIALOGPORTEN_URL.replace(/\/+$/, ''), token: env.DIALOGPORTEN_TOKEN ?? '' } : null,
    quiet: Boolean(values.quiet),
  };
  return { help: Boolean(values.help), options };
}
