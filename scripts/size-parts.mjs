// What each large part costs in the script-tag bundle, for decisions about the 50 KiB target (issue 6):
// `node scripts/size-parts.mjs`. Builds dist/dialog-inbox.js in memory (vite.config.ts, nothing written) with
// parts taken out, and prints bytes gzip (level 6, as scripts/size.mjs) and the change. The variants are
// measurements only, not builds to ship: the ky stand-in below is a bare fetch wrapper with retry, Retry-After and
// a timeout, and "no markdown" shows markdown as plain text.
import { gzipSync } from 'node:zlib';
import { BUDGET_LEVEL, bundle } from './size.mjs';
const KY_SHIM = `
export class HTTPError extends Error { constructor(r){ super('HTTP ' + r.status); this.response = r; } }
export class TimeoutError extends Error {}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
function create(d) {
  return async (path, o = {}) => {
    const url = new URL(d.prefixUrl + '/' + path); if (o.searchParams) url.search = String(o.searchParams);
    for (let attempt = 0; ; attempt++) {
      const ctl = new AbortController(); const t = setTimeout(() => ctl.abort(new TimeoutError('timeout')), d.timeout);
      o.signal?.addEventListener('abort', () => ctl.abort(o.signal.reason));
      try {
        const r = await fetch(url, { method: o.method || 'GET', headers: { ...d.headers, ...o.headers }, body: o.body, credentials: d.credentials, cache: d.cache, signal: ctl.signal });
        if (r.ok) return r;
        const retry = d.retry; const m = (o.method || 'get').toLowerCase();
        if (attempt < retry.limit && retry.methods.includes(m) && retry.statusCodes.includes(r.status)) {
          const after = Number(r.headers.get('Retry-After')) * 1000 || retry.delay(attempt + 1);
          if (after <= retry.maxRetryAfter) { await wait(retry.jitter(Math.min(after, retry.backoffLimit))); continue; }
        }
        throw new HTTPError(r);
      } catch (e) { if (ctl.signal.reason instanceof TimeoutError) throw ctl.signal.reason; throw e; } finally { clearTimeout(t); }
    }
  };
}
export default { create };`;
const variants = {
  'as built': {},
  'ky → 30-line fetch wrapper': { ky: KY_SHIM },
  'no markdown (plain text)': { markdown: true },
  'no nn/en catalogs': { catalogs: true },
  'no fallback theme': { theme: true },
  'ky + markdown + theme': { ky: KY_SHIM, markdown: true, theme: true },
  'all four': { ky: KY_SHIM, markdown: true, theme: true, catalogs: true },
};
function plugin(v) {
  return {
    name: 'variant', enforce: 'pre',
    resolveId(id) { if (v.ky && id === 'ky') return '\0ky-shim'; return null; },
    load(id) { if (id === '\0ky-shim') return v.ky; return null; },
    transform(code, id) {
      if (v.markdown && id.endsWith('src/content/markdown.ts')) return `export function renderMarkdown(m, doc = document) { const f = doc.createDocumentFragment(); f.append(String(m ?? '')); return f; }`;
      if (v.catalogs && id.endsWith('src/i18n/index.ts')) return code.replace("import { en, type Messages } from './en.js';", "import { nb as en } from './nb.js'; import type { Messages } from './en.js';").replace("import { nn } from './nn.js';", 'const nn = nb;');
      if (v.theme && id.endsWith('ds-css.gen.ts')) return code.replace(/(export const dsThemeCss = )"(?:[^"\\]|\\.)*"/, '$1""');
      return null;
    },
  };
}
const results = [];
for (const [name, v] of Object.entries(variants)) {
  const code = (await bundle({ plugins: [plugin(v)], formats: ['es'] }))['dialog-inbox.js'];
  results.push([name, code.length, gzipSync(code, { level: BUDGET_LEVEL }).length]);
}
const base = results[0][2];
for (const [n, raw, gz] of results) console.log(n.padEnd(30), String(raw).padStart(7), String(gz).padStart(6), (gz - base).toString().padStart(6));
