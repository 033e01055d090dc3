/**
 * The parts each element exposes, as its JSDoc lists them (test/node/parts.test.js checks both against the
 * templates). An element inside another's shadow root passes its parts on with `exportparts`, under a prefix,
 * so a page can still style them: `dialog-view::part(actions-action)`, `dialog-inbox::part(list-row)`.
 */
export const PARTS = {
  list: 'toolbar folders folder search search-hint filters-button filters-count filters active-filters active-filter reset-filters select-button bulk-bar bulk-action bulk-more bulk-menu bulk-menu-action selected-count message list group group-heading row row-button row-menu-button row-menu title status due seen recipient initial load-more loading empty empty-reset error lost-parties login chunk-error refresh refresh-show',
  view: 'article header title status summary main-content additional-info attachments actions transmissions transmission transmission-content more-threads history seen-log notice placeholder error login',
  actions: 'actions action menu-button menu message confirm',
  picker: 'toggle panel search select-matching select-none count batches party deleted more-parties limit apply all error login',
} as const;

/** `exportparts` for an element with these parts: each under `prefix-` (`row:list-row,…`). */
const exportParts = (prefix: string, parts: string): string =>
  parts
    .split(' ')
    .map((part) => `${part}:${prefix}-${part}`)
    .join();

/** Built once: the `exportparts` of the elements inside another's shadow root. */
export const EXPORTS = {
  list: exportParts('list', PARTS.list),
  picker: exportParts('picker', PARTS.picker),
  actions: exportParts('actions', PARTS.actions),
  // The view's own parts, and its actions' (already `actions-…` inside the view) under the same names.
  view: `${exportParts('view', PARTS.view)},${PARTS.actions.split(' ').map((part) => `actions-${part}`).join()}`,
};
