// What the list does beyond its first rows, in one chunk (the list's extras), loaded when it is first needed or when
// the browser is idle after the first rows: the filter panel's fields, the list's own refresh, windowing of long
// lists, the bulk bar, the label runner, the rows' menu and keys, the senders' and services' names, the channel to the other
// tabs, the party picker, and their styles. One module that the list imports, not one per part: each part imported on its own was a small chunk
// that only re-exported from this one (three of them, 256 B gzip together).
export { extrasStyles } from './list-extras.styles.js'; // first: the chunk holds its modules in this order
export { renderFilterPanel } from './list-filter-panel.js';
export { RecipientChoice } from './list-recipient-filter.js';
export { ListRefresh, refreshIntervalMs } from './list-refresh.js';
export { ListWindow } from './list-window.js';
export { renderBulkBar } from './list-bulk-bar.js';
export { runLabels } from './list-label-run.js';
export { RowMenu } from './list-row-menu.js';
export { ListKeyboard } from './list-keyboard.js';
export { ServiceNames } from './list-service-names.js';
export { CrossTab } from '../../src/state/cross-tab.js';
// The party picker: it shares the party search with the recipient filter and the rows' keys with the list.
export { DialogPartyPickerElement } from '../dialog-party-picker/dialog-party-picker.js';
// Bokmål's texts of what this chunk renders come with it; the list adds them when the chunk is here (see src/i18n/index.ts).
export { extrasNb } from '../../src/i18n/extras-nb.js';
export { pickerNb } from '../../src/i18n/picker-nb.js';
