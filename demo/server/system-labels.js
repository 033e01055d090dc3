/**
 * The end-user system label rules of Dialogporten:
 * `Default`, `Archive`, `Bin` are mutually exclusive (exactly one is always set),
 * `MarkedAsUnopened` is an add-on, `Sent` is set by the system only.
 */

export const SYSTEM_LABELS = ['Default', 'Bin', 'Archive', 'MarkedAsUnopened', 'Sent'];
export const EXCLUSIVE_LABELS = ['Default', 'Bin', 'Archive'];

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

/**
 * Applies a validated change to a label list.
 * @param {string[]} current
 * @param {string[]} add
 * @param {string[]} remove
 * @returns {string[]} the new labels, in canonical order
 */
export function applyLabelChange(current, add, remove) {
  const set = new Set(current || []);
  for (const l of remove) set.delete(l);
  for (const l of add) {
    if (EXCLUSIVE_LABELS.includes(l)) for (const x of EXCLUSIVE_LABELS) set.delete(x);
    set.add(l);
  }
  // Removing Archive/Bin moves the dialog back to the inbox.
  if (!EXCLUSIVE_LABELS.some((l) => set.has(l))) set.add('Default');
  return SYSTEM_LABELS.filter((l) => set.has(l));
}

/** The deprecated single `systemLabel` field, derived from the list. */
export function primaryLabel(labels) {
  return EXCLUSIVE_LABELS.find((l) => (labels || []).includes(l)) ?? 'Default';
}
