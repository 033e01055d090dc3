import { html, nothing, type TemplateResult } from 'lit';
import type { ContentValue, DialogStatus } from '../../src/api/types.js';
import { errorKind, ApiError } from '../../src/api/errors.js';
import { fill, type Lang, type Messages } from '../../src/i18n/index.js';
import { formatDate } from '../../src/i18n/format.js';
import { contentText } from '../../src/localize.js';
import type { DueState, SeenSummary } from '../../src/state/dialog-rules.js';
import { DialogAuthRequiredEvent } from './events.js';

const STATUS_COLOR: Record<string, string> = {
  RequiresAttention: 'warning',
  InProgress: 'info',
  Awaiting: 'neutral',
  Draft: 'neutral',
  Completed: 'success',
};

/** A status tag; unknown future statuses render neutrally with their raw name as text. */
export function statusTag(status: DialogStatus | string | null | undefined, t: Messages): TemplateResult | typeof nothing {
  if (!status || typeof status !== 'string' || status === 'NotApplicable') return nothing;
  const known = Object.hasOwn(t.status, status) && status !== 'unknown';
  const label = known ? t.status[status] : fill(t.status.unknown, { status: String(status).slice(0, 40) });
  return html`<span class="ds-tag" part="status" data-status=${known ? status : 'unknown'} data-color=${STATUS_COLOR[status] ?? 'neutral'} data-size="sm">${label}</span>`;
}

export function titleOf(item: { content?: { title?: ContentValue | null } | null }, lang: Lang, t: Messages): string {
  return contentText(item.content?.title, lang) || t.noTitle;
}

/** "Due 3 Dec" or "Overdue since 1 Nov" (the rule of what is shown: dueState). */
export function dueLabel(due: DueState, lang: Lang, t: Messages): string {
  return fill(due.tone === 'overdue' ? t.overdue : t.due, { date: formatDate(due.date, lang) });
}

/** "Seen by you + 2"; null when nobody has seen it. */
export function seenByText(seen: SeenSummary, t: Messages): string | null {
  if (seen.byYou) return seen.others > 0 ? t.seenByYouAndOthers(seen.others) : t.seenByYou;
  return seen.others > 0 ? t.seenByOthers(seen.others) : null;
}

/**
 * The alert for a failed request, with a retry. When the user is not logged in (401) and `host` is given, also a
 * "Log in again" button that fires `dialog-auth-required` (reason `session`) from `host` for the portal to act on.
 */
export function errorAlert(error: unknown, t: Messages, retry?: () => void, host?: HTMLElement): TemplateResult {
  const kind = errorKind(error);
  const login = kind === 'unauthorized' && host
    ? html`<button class="ds-button" data-variant="primary" data-size="sm" part="login"
        @click=${() => host.dispatchEvent(new DialogAuthRequiredEvent(null, 'session'))}>${t.loginAgain}</button>`
    : nothing;
  const traceId = error instanceof ApiError ? error.traceId : undefined;
  return html`<div class="ds-alert" data-color="danger" role="alert" part="error">
    <h2 class="ds-heading" data-size="xs">${t.errorTitle}</h2>
    <p class="ds-paragraph">${t.errors[kind] ?? t.errors.generic}</p>
    ${traceId ? html`<p class="ds-paragraph trace" data-size="sm">${fill(t.errorReference, { traceId })}</p>` : nothing}
    ${login}${retry ? html`<button class="ds-button" data-variant="secondary" data-size="sm" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}
