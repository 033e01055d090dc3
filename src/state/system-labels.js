/**
 * The end-user system labels of Dialogporten and how a change applies to them, as
 * docs/contract.md, "System labels and folders" describes. One copy for the widget (TypeScript reads
 * system-labels.d.ts) and the demo's local Dialogporten (Node imports this file as it is), so the two cannot
 * drift apart. Plain JavaScript, so Node needs no build step to import it.
 */

/**
 * Every system label, in the order the API lists them (a label list after a change comes back in this order).
 * @type {readonly ['Default', 'Bin', 'Archive', 'MarkedAsUnopened', 'Sent']}
 */
export const SYSTEM_LABELS = Object.freeze(/** @type {const} */ (['Default', 'Bin', 'Archive', 'MarkedAsUnopened', 'Sent']));

/**
 * The folder labels: exactly one of them is set on every dialog, so adding one takes the others away.
 * `MarkedAsUnopened` comes on top of any of them; `Sent` is set by the system only.
 * @type {readonly ['Default', 'Bin', 'Archive']}
 */
export const EXCLUSIVE_LABELS = Object.freeze(/** @type {const} */ (['Default', 'Bin', 'Archive']));

/** @typedef {(typeof SYSTEM_LABELS)[number]} SystemLabel */
/** @typedef {(typeof EXCLUSIVE_LABELS)[number]} FolderLabel */

/**
 * The labels after a change, as the API computes them: removals first, then additions (a folder label replaces
 * the other folder labels), and a dialog left without a folder label goes back to `Default` (removing `Archive`
 * or `Bin` restores it). Unknown labels are dropped. Does not judge whether the change is allowed (adding
 * `Sent`, two folder labels at once…): that is the API's 400, not a rule of the result.
 * @param {readonly SystemLabel[] | null | undefined} labels the current labels
 * @param {{ readonly addLabels?: readonly SystemLabel[] | null, readonly removeLabels?: readonly SystemLabel[] | null }} change
 * @returns {SystemLabel[]} the new labels, in the order of SYSTEM_LABELS
 */
export function applyLabelChange(labels, { addLabels, removeLabels }) {
  const set = new Set(labels ?? []);
  for (const label of removeLabels ?? []) set.delete(label);
  for (const label of addLabels ?? []) {
    if (isExclusive(label)) for (const other of EXCLUSIVE_LABELS) set.delete(other);
    set.add(label);
  }
  if (!EXCLUSIVE_LABELS.some((label) => set.has(label))) set.add('Default');
  return SYSTEM_LABELS.filter((label) => set.has(label));
}

/**
 * The folder label of a label list (what the deprecated single `systemLabel` field carries): `Default` when
 * none is set.
 * @param {readonly SystemLabel[] | null | undefined} labels
 * @returns {FolderLabel}
 */
export function folderLabel(labels) {
  return EXCLUSIVE_LABELS.find((label) => (labels ?? []).includes(label)) ?? 'Default';
}

/**
 * @param {string} label
 * @returns {label is FolderLabel}
 */
function isExclusive(label) {
  return /** @type {readonly string[]} */ (EXCLUSIVE_LABELS).includes(label);
}
