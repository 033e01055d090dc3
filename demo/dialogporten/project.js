/**
 * Projects stored objects onto a response schema of the OpenAPI contract: keeps only
 * the properties the schema declares (all schemas there use additionalProperties:false),
 * recursively. This is how one stored Dialog yields Dialog, DialogTransmissionSearchItem,
 * DialogActivityDetails … without hand-written copies that drift from the contract.
 */
import { spec } from './openapi-check.js';

const schemas = spec.components.schemas;

function resolve(schema) {
  let s = schema;
  for (let i = 0; i < 5 && s; i++) {
    if (s.$ref) s = schemas[s.$ref.replace('#/components/schemas/', '')];
    else if (s.oneOf?.length === 1) s = s.oneOf[0];
    else break;
  }
  return s;
}

function projectWith(value, schema) {
  if (value === null || value === undefined) return value;
  const s = resolve(schema);
  if (!s) return value;
  if (s.type === 'array' && Array.isArray(value)) return value.map((v) => projectWith(v, s.items));
  if ((s.type === 'object' || s.properties) && typeof value === 'object' && !Array.isArray(value)) {
    if (!s.properties || s.additionalProperties !== false) return value;
    const out = {};
    for (const [k, sub] of Object.entries(s.properties)) {
      if (k in value && value[k] !== undefined) out[k] = projectWith(value[k], sub);
    }
    return out;
  }
  return value;
}

/**
 * @param {any} value
 * @param {string} schemaName a key of components.schemas, e.g. 'DialogTransmissionSearchItem'
 */
export function project(value, schemaName) {
  return projectWith(value, { $ref: `#/components/schemas/${schemaName}` });
}
