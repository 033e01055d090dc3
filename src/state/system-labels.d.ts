// Types of system-labels.js, written by hand: tsconfig has no allowJs, so this file is what TypeScript reads.
// Keep it in step with the JSDoc there. SystemLabel is the same union as the contract's (src/api/types.ts).

/** Every system label, in the order the API lists them. */
export declare const SYSTEM_LABELS: readonly ['Default', 'Bin', 'Archive', 'MarkedAsUnopened', 'Sent'];

/** The folder labels: exactly one is set on every dialog; adding one takes the others away. */
export declare const EXCLUSIVE_LABELS: readonly ['Default', 'Bin', 'Archive'];

export type SystemLabel = (typeof SYSTEM_LABELS)[number];
export type FolderLabel = (typeof EXCLUSIVE_LABELS)[number];

/** The labels after a change, by the API's rules, in the order of SYSTEM_LABELS. */
export declare function applyLabelChange(
  labels: readonly SystemLabel[] | null | undefined,
  change: { readonly addLabels?: readonly SystemLabel[] | null; readonly removeLabels?: readonly SystemLabel[] | null },
): SystemLabel[];

/** The folder label of a label list (the deprecated single `systemLabel`): `Default` when none is set. */
export declare function folderLabel(labels: readonly SystemLabel[] | null | undefined): FolderLabel;
