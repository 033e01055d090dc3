import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { DialogportenClient } from '../../src/api/client.js';
import type { Dialog, DialogSeenLog } from '../../src/api/types.js';
import { fill, type Lang, type Messages } from '../../src/i18n/index.js';
import { formatDateTime, parseDate } from '../../src/i18n/format.js';
import { seenSummary } from '../../src/state/dialog-rules.js';
import { Task } from '../../src/state/task.js';
import { seenByText } from '../shared/dialog-bits.js';
import { actorName } from './history.js';

/**
 * "Seen by you + 2" in the dialog's header, and on demand the whole seen log (GET .../seenlog, asked again each
 * time it is opened: it changes as people read).
 */
export class SeenLog {
  open = false;
  #host: ReactiveControllerHost;
  #task: Task<readonly [DialogportenClient, string], DialogSeenLog[]>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    this.#task = new Task(([client, id], signal) => client.getSeenLog(id, { signal }), () => host.requestUpdate());
  }

  /** Another dialog: closed, and what was loaded is gone. */
  reset(): void {
    this.open = false;
    this.#task.reset();
  }

  toggle(client: DialogportenClient | null, id: string | undefined): void {
    if (!client || !id) return;
    this.open = !this.open;
    if (this.open) void this.#task.run([client, id]);
    this.#host.requestUpdate();
  }

  /** "Seen by you + 1"; nothing when nobody has seen the dialog since its last change. */
  #summary(dialog: Dialog, t: Messages): string | null {
    return seenByText(seenSummary(dialog.seenSinceLastContentUpdate ?? dialog.seenSinceLastUpdate), t);
  }

  /** The summary, in the meta line. */
  renderSummary(dialog: Dialog, t: Messages) {
    const text = this.#summary(dialog, t);
    return text ? html`<span>${text}</span>` : nothing;
  }

  /** The button that shows the log: on a line of its own, at the text edge (in the meta line it would wrap indented). */
  renderToggle(dialog: Dialog, t: Messages, toggle: () => void) {
    if (!this.#summary(dialog, t)) return nothing;
    const shown = this.open && this.#task.status === 'complete';
    return html`<button class="ds-button linkish" data-variant="tertiary" data-size="sm" aria-expanded=${shown ? 'true' : 'false'}
      aria-controls="seen-log" @click=${toggle}>${shown ? t.seenLogHide : t.seenLogShow}</button>`;
  }

  renderLog(dialog: Dialog, lang: Lang, t: Messages) {
    const task = this.#task;
    if (!this.open || task.status === 'initial') return nothing;
    if (task.status === 'pending') return html`<p id="seen-log" part="seen-log" role="status">${t.loading}</p>`;
    if (task.status === 'error' || !Array.isArray(task.value)) return html`<p id="seen-log" part="seen-log" role="alert">${t.errors.generic}</p>`;
    return html`<ul id="seen-log" part="seen-log" class="seen-log">
      ${task.value.map((entry) => {
        const at = parseDate(entry?.seenAt);
        const name = entry?.isCurrentEndUser ? t.you : actorName(entry?.seenBy, dialog, lang, t);
        return html`<li>${fill(t.seenLogEntry, { name, time: at ? formatDateTime(at, lang) : '' })}</li>`;
      })}
    </ul>`;
  }
}
