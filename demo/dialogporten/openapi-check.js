/**
 * Validation helpers built on the official end-user OpenAPI contract
 * (src/api/openapi.enduser.v1.json). Used by the demo server's tests and by the
 * lead's browser-test infrastructure to check the requests the widget makes.
 *
 *   validateResponse(method, pathTemplateOrUrl, status, body, contentType?)
 *   checkRequest(method, url, { headers, body }?)
 *
 * The file is OpenAPI 3.0 (`nullable`), so schemas are converted to JSON Schema
 * (type: [t, 'null'] / anyOf with null) before ajv 8 compiles them.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SPEC_URL = new URL('../../src/api/openapi.enduser.v1.json', import.meta.url);

/** The raw OpenAPI document. */
export const spec = JSON.parse(readFileSync(SPEC_URL, 'utf8'));

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCHEMA_ID = 'dialogporten-enduser';

/**
 * Converts an OpenAPI 3.0 schema (fragment) into JSON Schema draft-07 understood by ajv.
 * Refs `#/components/schemas/X` are rewritten to point into the registered document.
 * @param {any} node
 * @returns {any}
 */
export function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'x-enumNames' || key === 'deprecated') continue;
    if (key === 'x-deprecatedMessage' || key === 'description') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
      out.$ref = `${SCHEMA_ID}${value}`;
      continue;
    }
    // `properties` and `errors.additionalProperties` hold sub-schemas keyed by name.
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
      continue;
    }
    out[key] = toJsonSchema(value);
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else {
      // No `type` (e.g. nullable oneOf/$ref): allow null next to the original shape.
      return { anyOf: [{ type: 'null' }, out] };
    }
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
ajv.addFormat('guid', GUID_RE);
ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: toJsonSchema(spec.components.schemas) } });

const validatorCache = new Map();
/** @param {object} openApiSchema */
function compile(openApiSchema) {
  const key = JSON.stringify(openApiSchema);
  let v = validatorCache.get(key);
  if (!v) {
    v = ajv.compile(toJsonSchema(openApiSchema));
    validatorCache.set(key, v);
  }
  return v;
}

/**
 * Validates a value against a named component schema, e.g. 'Dialog'.
 * @returns {{ valid: boolean, errors: string[] }}
 */
export function validateSchema(name, value) {
  if (!spec.components.schemas[name]) return { valid: false, errors: [`unknown schema ${name}`] };
  const v = compile({ $ref: `#/components/schemas/${name}` });
  const valid = v(value);
  return { valid, errors: valid ? [] : formatErrors(v.errors) };
}

function formatErrors(errors) {
  return (errors || []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

/* ------------------------------------------------------------ path matching */

const templates = Object.keys(spec.paths).map((template) => {
  const names = [];
  const re = new RegExp(
    '^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, n) => {
      names.push(n);
      return '([^/]+)';
    }) + '$',
  );
  // Literal paths win over templated ones (…/dialogs/context/… vs …/dialogs/{dialogId}).
  return { template, re, names, literal: names.length === 0 };
});
templates.sort((a, b) => Number(b.literal) - Number(a.literal) || a.names.length - b.names.length);

/**
 * Finds the OpenAPI path template for a concrete path (or returns the template itself).
 * @param {string} path e.g. '/api/v1/enduser/dialogs/0190…'
 * @returns {{ template: string, params: Record<string,string> } | null}
 */
export function matchPath(path) {
  const clean = path.split('?')[0].replace(/\/+$/, '') || '/';
  if (spec.paths[clean]) return { template: clean, params: {} };
  for (const t of templates) {
    const m = t.re.exec(clean);
    if (m) {
      const params = {};
      t.names.forEach((n, i) => {
        try {
          params[n] = decodeURIComponent(m[i + 1]);
        } catch {
          params[n] = m[i + 1];
        }
      });
      return { template: t.template, params };
    }
  }
  return null;
}

function toPath(pathOrUrl) {
  if (/^https?:\/\//i.test(pathOrUrl)) return new URL(pathOrUrl).pathname;
  return pathOrUrl.split('?')[0];
}

/* ------------------------------------------------------------ responses */

/**
 * Validates a response against the contract.
 * Statuses the contract does not list (e.g. 400 on search, 410 on GET dialog) are
 * accepted when the body is a valid ProblemDetails; `documented` is then false.
 * @param {string} method
 * @param {string} pathTemplate a template ('/api/v1/enduser/dialogs/{dialogId}'), a path or a full URL
 * @param {number} status
 * @param {any} body parsed JSON (or text / undefined for empty bodies)
 * @param {string} [contentType] response Content-Type, when known
 * @returns {{ valid: boolean, errors: string[], documented: boolean, template: string|null }}
 */
export function validateResponse(method, pathTemplate, status, body, contentType) {
  const match = matchPath(toPath(pathTemplate));
  if (!match) return { valid: false, errors: [`no such path in the contract: ${pathTemplate}`], documented: false, template: null };
  const op = spec.paths[match.template][String(method).toLowerCase()];
  if (!op) return { valid: false, errors: [`${method} not in the contract for ${match.template}`], documented: false, template: match.template };
  const res = op.responses[String(status)];
  const empty = body === undefined || body === null || body === '';
  const mediaType = contentType ? contentType.split(';')[0].trim().toLowerCase() : null;
  const result = (errors, documented = true) => ({ valid: errors.length === 0, errors, documented, template: match.template });

  if (!res || !res.content) {
    // Undocumented status, or documented without a body (401, 403, 409, 410 …).
    if (empty) return result([], Boolean(res));
    if (status >= 400) {
      const v = validateSchema('ProblemDetails', body);
      if (mediaType && mediaType !== 'application/problem+json') v.errors.push(`content-type ${mediaType} is not application/problem+json`);
      return result(v.errors, Boolean(res));
    }
    return result([`status ${status} has no body in the contract but one was sent`], Boolean(res));
  }
  const types = Object.keys(res.content);
  if (mediaType && !types.includes(mediaType)) return result([`content-type ${mediaType} not in [${types.join(', ')}]`]);
  const media = res.content[mediaType || types[0]];
  if (media.schema?.type === 'string' && !media.schema.$ref) return result(typeof body === 'string' ? [] : ['expected a text body']);
  const v = compile(media.schema);
  return result(v(body) ? [] : formatErrors(v.errors));
}

/* ------------------------------------------------------------ requests */

function coerceScalar(schema, raw) {
  const s = schema.oneOf?.[0]?.$ref ? resolveRef(schema.oneOf[0].$ref) : schema.$ref ? resolveRef(schema.$ref) : schema;
  if (s.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (s.type === 'integer') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  return raw;
}

function resolveRef(ref) {
  return spec.components.schemas[ref.replace('#/components/schemas/', '')];
}

/**
 * Checks a request URL (and optionally body) against the contract's parameter definitions:
 * known path, method, path parameter formats, query parameter names and types, required ones.
 * Unknown query parameters are reported as errors (they usually mean a typo in the client).
 * @param {string} method
 * @param {string} url absolute URL or path with query
 * @param {{ headers?: Record<string,string>, body?: any }} [extra]
 * @returns {{ ok: boolean, errors: string[], template: string|null, operationId?: string }}
 */
export function checkRequest(method, url, extra = {}) {
  let parsed;
  try {
    parsed = new URL(url, 'http://x.invalid');
  } catch {
    return { ok: false, errors: [`unparsable URL ${url}`], template: null };
  }
  const match = matchPath(parsed.pathname);
  if (!match) return { ok: false, errors: [`no such path in the contract: ${parsed.pathname}`], template: null };
  const op = spec.paths[match.template][String(method).toLowerCase()];
  if (!op) return { ok: false, errors: [`${method} not allowed on ${match.template}`], template: match.template };
  const errors = [];
  const params = op.parameters || [];
  for (const p of params.filter((x) => x.in === 'path')) {
    const v = compile(p.schema);
    if (!v(match.params[p.name])) errors.push(`path ${p.name}: ${formatErrors(v.errors).join('; ')}`);
  }
  const query = params.filter((x) => x.in === 'query');
  const known = new Set(query.map((q) => q.name.toLowerCase()));
  for (const key of new Set(parsed.searchParams.keys())) {
    if (!known.has(key.toLowerCase())) errors.push(`query ${key}: not a parameter of ${match.template}`);
  }
  for (const q of query) {
    const values = [...parsed.searchParams.entries()].filter(([k]) => k.toLowerCase() === q.name.toLowerCase()).map(([, v]) => v);
    if (values.length === 0) {
      if (q.required) errors.push(`query ${q.name}: required`);
      continue;
    }
    let value;
    if (q.schema.type === 'array') value = values.map((raw) => coerceScalar(q.schema.items, raw));
    else if (values.length > 1) {
      errors.push(`query ${q.name}: given ${values.length} times but is not an array`);
      continue;
    } else value = coerceScalar(q.schema, values[0]);
    const v = compile(q.schema);
    if (!v(value)) errors.push(`query ${q.name}: ${formatErrors(v.errors).join('; ')}`);
  }
  if (op.requestBody) {
    const schema = op.requestBody.content?.['application/json']?.schema;
    if (extra.body === undefined) {
      if (op.requestBody.required) errors.push('request body: required');
    } else if (schema) {
      let body = extra.body;
      if (typeof body === 'string') {
        try {
          body = JSON.parse(body);
        } catch {
          errors.push('request body: not JSON');
          body = undefined;
        }
      }
      if (body !== undefined) {
        const v = compile(schema);
        if (!v(body)) errors.push(`request body: ${formatErrors(v.errors).join('; ')}`);
      }
    }
  }
  const headers = Object.fromEntries(Object.entries(extra.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
  const ifMatch = params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
  if (ifMatch && headers['if-match'] && !GUID_RE.test(String(headers['if-match']).replace(/^(W\/)?"|"$/g, ''))) {
    errors.push('header If-Match: not a guid');
  }
  return { ok: errors.length === 0, errors, template: match.template, operationId: op.operationId };
}
