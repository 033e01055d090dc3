import type { ActionOutcome } from '../../src/actions/run-action.js';
import type { Dialog, DialogGuiAction } from '../../src/api/types.js';

const init = (cancelable: boolean) => ({ bubbles: true, composed: true, cancelable });

/** A frozen deep copy: what the page gets can neither change what the widget runs nor be read back changed. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (node: unknown): void => {
    if (node && typeof node === 'object' && !Object.isFrozen(node)) Object.values(Object.freeze(node)).forEach(freeze);
  };
  freeze(copy);
  return copy;
}

/**
 * The dialog as events carry it to the page: a frozen copy without its dialog token (the token goes only to the
 * dialog's own service, never to the page's scripts: docs/contract.md, "The dialog token").
 */
const forPage = (dialog: Dialog): Dialog => {
  const { dialogToken: _token, ...rest } = dialog;
  return frozen(rest as Dialog);
};

/** A row was chosen. Cancel it to handle opening yourself (SPA routing). */
export class DialogSelectEvent extends Event {
  static readonly type = 'dialog-select';
  constructor(readonly dialogId: string) {
    super(DialogSelectEvent.type, init(true));
  }
  get detail() {
    return { dialogId: this.dialogId };
  }
}

/** The open dialog is closed (back to the list, or it was deleted). Cancel it to keep it open. */
export class DialogCloseEvent extends Event {
  static readonly type = 'dialog-close';
  constructor(readonly dialogId: string, readonly reason: 'back' | 'deleted') {
    super(DialogCloseEvent.type, init(true));
  }
  get detail() {
    return { dialogId: this.dialogId, reason: this.reason };
  }
}

/** What the three action events share: frozen copies of the action and of the dialog (without its token). */
abstract class ActionEventBase extends Event {
  readonly action: DialogGuiAction;
  readonly dialog: Dialog;
  constructor(type: string, cancelable: boolean, action: DialogGuiAction, dialog: Dialog) {
    super(type, init(cancelable));
    this.action = frozen(action);
    this.dialog = forPage(dialog);
  }
}

/** About to run a GUI action (GET navigation included). Cancel it to intercept: own confirm, SPA routing. */
export class DialogActionEvent extends ActionEventBase {
  static readonly type = 'dialog-action';
  constructor(action: DialogGuiAction, dialog: Dialog) {
    super(DialogActionEvent.type, true, action, dialog);
  }
  get detail() {
    return { action: this.action, dialog: this.dialog };
  }
}

/** A background action succeeded (`outcome.kind` is `done` for 2xx, `accepted` for 202). */
export class DialogActionCompleteEvent extends ActionEventBase {
  static readonly type = 'dialog-action-complete';
  constructor(action: DialogGuiAction, dialog: Dialog, readonly outcome: ActionOutcome) {
    super(DialogActionCompleteEvent.type, false, action, dialog);
  }
  get detail() {
    return { action: this.action, dialog: this.dialog, outcome: this.outcome };
  }
}

/** A background action failed; the user was told why. */
export class DialogActionErrorEvent extends ActionEventBase {
  static readonly type = 'dialog-action-error';
  constructor(action: DialogGuiAction, dialog: Dialog, readonly error: unknown) {
    super(DialogActionErrorEvent.type, false, action, dialog);
  }
  get detail() {
    return { action: this.action, dialog: this.dialog, error: this.error };
  }
}

/**
 * The user must log in again: at a higher authentication level (`auth-level`, the API answered 403 for it), or at
 * all (`session`, after a 401, when the user chose "Log in again").
 */
export class DialogAuthRequiredEvent extends Event {
  static readonly type = 'dialog-auth-required';
  /** `auth-level`: a higher authentication level is needed (403); `session`: the user is not logged in (401). */
  constructor(readonly dialogId: string | null, readonly reason: 'auth-level' | 'session') {
    super(DialogAuthRequiredEvent.type, init(false));
  }
  get detail() {
    return { dialogId: this.dialogId, reason: this.reason };
  }
}

declare global {
  // On elements, the document and the window alike (the events are composed and bubble).
  interface GlobalEventHandlersEventMap {
    'dialog-select': DialogSelectEvent;
    'dialog-close': DialogCloseEvent;
    'dialog-action': DialogActionEvent;
    'dialog-action-complete': DialogActionCompleteEvent;
    'dialog-action-error': DialogActionErrorEvent;
    'dialog-auth-required': DialogAuthRequiredEvent;
  }
}
