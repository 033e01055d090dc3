import type { OrderBy } from '../../src/api/types.js';
import type { BulkAction } from '../../src/state/bulk.js';
import { filtersToString, type Folder, type ListFilters } from '../../src/state/list-query.js';

const init = { bubbles: true, composed: true, cancelable: true };

/** The user chose another folder. Cancel it to keep the current one (e.g. to route first). */
export class DialogFolderChangeEvent extends Event {
  static readonly type = 'dialog-folder-change';
  constructor(readonly folder: Folder) {
    super(DialogFolderChangeEvent.type, init);
  }
  get detail() {
    return { folder: this.folder };
  }
}

/**
 * The user changed the filters, the search text or the sort order. `value` is the filters as a string
 * (`status=Completed&updated=week`) to keep in the portal's URL and give back through the `filters` attribute.
 * Cancel it to keep the current state.
 */
export class DialogFilterChangeEvent extends Event {
  static readonly type = 'dialog-filter-change';
  constructor(readonly filters: ListFilters, readonly search: string, readonly orderBy: OrderBy) {
    super(DialogFilterChangeEvent.type, init);
  }
  get value(): string {
    return filtersToString(this.filters);
  }
  get detail() {
    return { filters: this.filters, value: this.value, search: this.search, orderBy: this.orderBy };
  }
}

/**
 * The user is about to move dialogs (archive, bin, restore) or mark them read or unread, from the bulk bar or a
 * row's menu (`action`: `archive`, `bin`, `restore`, `read` or `unread`; `dialogIds`). Cancel it to ask first or
 * to do it yourself: nothing is sent.
 */
export class DialogLabelChangeEvent extends Event {
  static readonly type = 'dialog-label-change';
  constructor(readonly action: BulkAction, readonly dialogIds: readonly string[]) {
    super(DialogLabelChangeEvent.type, init);
  }
  get detail() {
    return { action: this.action, dialogIds: this.dialogIds };
  }
}

/** The user chose which parties' dialogs to show (`parties` empty = all). Cancel it to keep the current choice. */
export class DialogPartyChangeEvent extends Event {
  static readonly type = 'dialog-party-change';
  constructor(readonly parties: string[]) {
    super(DialogPartyChangeEvent.type, init);
  }
  get detail() {
    return { parties: this.parties, value: this.parties.join(' ') };
  }
}

declare global {
  // On elements, the document and the window alike (the events are composed and bubble).
  interface GlobalEventHandlersEventMap {
    'dialog-folder-change': DialogFolderChangeEvent;
    'dialog-filter-change': DialogFilterChangeEvent;
    'dialog-party-change': DialogPartyChangeEvent;
    'dialog-label-change': DialogLabelChangeEvent;
  }
}
