/**
 * What the local Dialogporten adds to the shared system label rules (src/state/system-labels.js, which the
 * widget uses too): reading labels from a request, and the 400s for changes the API refuses
 * (docs/contract.md, "System labels and folders").
 */
import { EXCLUSIVE_LABELS, SYSTEM_LABELS } from '../../src/state/system-labels.js';

/** Case-insensitive lookup of the canonical label name (ASP.NET binds enums case-insensitively). */
export function canonicalLabel(value) {
  if (typeof value !== 'string') return null;
  return SYSTEM_LABELS.find((l) => l.toLowerCase() === value.toLowerCase()) ?? null;
}

/**
 * Validates an add/remove request. Returns `{ errors }` (for a 400) or the canonical lists.
 * @param {unknown} addLabels
 * @param {unknown} removeLabels
 * @returns {{ errors: Record<string,string[]> } | { add: string[], remove: string[] }}
 */
export function validateLabelChange(addLabels, removeLabels) {
  const errors = {};
  const norm = (value, field) => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      errors[field] = ['Must be an array of system labels.'];
      return [];
    }
    const out = [];
    for (const v of value) {
      const c = canonicalLabel(v);
      if (!c) (errors[field] ||= []).push(`'${String(v).slice(0, 50)}' is not a valid system label (${SYSTEM_LABELS.join(', ')}).`);
      else if (!out.includes(c)) out.push(c);
    }
    return out;
  };
  const add = norm(addLabels, 'addLabels');
  const remove = norm(removeLabels, 'removeLabels');
  if (Object.keys(errors).length) return { errors };
  if (add.includes('Sent')) (errors.addLabels ||= []).push("The 'Sent' label is set by the system and cannot be added.");
  if (remove.includes('Sent')) (errors.removeLabels ||= []).push("The 'Sent' label is set by the system and cannot be removed.");
  if (add.filter((l) => EXCLUSIVE_LABELS.includes(l)).length > 1) {
    (errors.addLabels ||= []).push('Only one of Default, Archive and Bin can be added; they are mutually exclusive.');
  }
  const both = add.filter((l) => remove.includes(l));
  if (both.length) (errors.removeLabels ||= []).push(`A label cannot be both added and removed: ${both.join(', ')}.`);
  if (remove.includes('Default') && !add.some((l) => l === 'Archive' || l === 'Bin')) {
    (errors.removeLabels ||= []).push("'Default' cannot be removed; add 'Archive' or 'Bin' instead.");
  }
  if (!add.length && !remove.length) errors.addLabels = ['At least one label must be added or removed.'];
  return Object.keys(errors).length ? { errors } : { add, remove };
}
