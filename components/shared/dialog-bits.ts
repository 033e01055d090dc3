import { html, nothing, type TemplateResult } from 'lit';
import type { ContentValue, DialogSeenLog, DialogStatus } from '../../src/api/types.js';
import { errorKind, ApiError } from '../../src/api/errors.js';
import { fill, type Lang, type Messages } from '../../src/i18n/index.js';
import { formatDate, parseDate } from '../../src/i18n/format.js';
import { contentText } from '../../src/localize.js';
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

/** senderName in the UI language, else the organisation code. */
export function senderOf(item: { content?: { senderName?: ContentValue | null } | null; org?: string }, lang: Lang): string {
  return contentText(item.content?.senderName, lang) || (typeof item.org === 'string' ? item.org.toUpperCase() : '');
}

export function titleOf(item: { content?: { title?: ContentValue | null } | null }, lang: Lang, t: Messages): string {
  return contentText(item.content?.title, lang) || t.noTitle;
}

const FINISHED = new Set(['Completed', 'Awaiting', 'NotApplicable']);

/** "Due 3 Dec" or "Overdue since 1 Nov"; nothing when there is no (valid) due date. */
export function dueText(dueAt: string | null | undefined, status: string | undefined, lang: Lang, t: Messages, now = new Date()) {
  const due = parseDate(dueAt);
  if (!due) return null;
  const overdue = due.getTime() < now.getTime() && !FINISHED.has(status ?? '');
  return { overdue, text: fill(overdue ? t.overdue : t.due, { date: formatDate(due, lang) }) };
}

/** "Seen by you + 2" from a seen log. */
export function seenText(log: DialogSeenLog[] | null | undefined, t: Messages): string | null {
  if (!Array.isArray(log) || log.length === 0) return null;
  const byYou = log.some((entry) => entry?.isCurrentEndUser);
  const others = log.filter((entry) => !entry?.isCurrentEndUser).length;
  if (byYou) return others > 0 ? t.seenByYouAndOthers(others) : t.seenByYou;
  return t.seenByOthers(others);
}

/** A localized error alert with a way forward (retry) and the server's trace id for support. */
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
