import { html, nothing, type TemplateResult } from 'lit';
import { isUnavailableUrn, safeHttpUrl } from '../../src/content/url.js';
import { fill } from '../../src/i18n/index.js';
import { formatDateTime, parseDate } from '../../src/i18n/format.js';
import { contentText, pickLocalization, pickText, textLang } from '../../src/localize.js';
import { buildThreads } from '../../src/state/transmission-threads.js';
import { renderAttachments } from './attachments.js';
import type { EmbedContext, EmbedLoader } from './embed-loader.js';
import { actorName } from './history.js';
import type { Dialog, DialogTransmission, Lang, Messages, NavigationalAction } from './view-types.js';

/** Threads shown before "show more". */
export const THREADS_SHOWN = 3;

export interface TransmissionsContext {
  dialog: Dialog;
  lang: Lang;
  t: Messages;
  expanded: Set<string>;
  toggle: (id: string) => void;
  showAllThreads: boolean;
  showMoreThreads: () => void;
  embeds: EmbedLoader;
  embedContext: EmbedContext;
}

/** The transmissions as a timeline of threads, newest thread first, replies under their first message. */
export function renderTransmissions(ctx: TransmissionsContext): TemplateResult | typeof nothing {
  const threads = buildThreads(ctx.dialog.transmissions);
  if (threads.length === 0) return nothing;
  const shown = ctx.showAllThreads ? threads : threads.slice(0, THREADS_SHOWN);
  const hidden = threads.length - shown.length;
  return html`<section part="transmissions" aria-labelledby="transmissions-heading">
    <h3 class="ds-heading" data-size="xs" id="transmissions-heading">${ctx.t.transmissions}</h3>
    <ol class="threads">
      ${shown.map(
        (thread) => html`<li class="thread">
          ${renderTransmission(thread.root, ctx)}
          ${thread.replies.length
            ? html`<ol class="replies" aria-label=${ctx.t.replies(thread.replies.length)}>
                ${thread.replies.map((reply) => html`<li>${renderTransmission(reply, ctx)}</li>`)}
              </ol>`
            : nothing}
        </li>`,
      )}
    </ol>
    ${hidden > 0
      ? html`<button class="ds-button" part="more-threads" data-variant="secondary" data-size="sm" @click=${ctx.showMoreThreads}>
          ${ctx.t.showMoreThreads(hidden)}
        </button>`
      : nothing}
  </section>`;
}

function renderTransmission(transmission: DialogTransmission, ctx: TransmissionsContext): TemplateResult {
  const { t, lang, dialog } = ctx;
  const id = typeof transmission.id === 'string' ? transmission.id : '';
  const type = String(transmission.type ?? '');
  const typeLabel = Object.hasOwn(t.transmissionType, type) && type !== 'unknown' ? t.transmissionType[type] : t.transmissionType.unknown;
  const fromParty = transmission.sender?.actorType === 'PartyRepresentative';
  const isNew = !fromParty && transmission.isOpened === false;
  const at = parseDate(transmission.createdAt);
  const ownTitle = contentText(transmission.content?.title, lang);
  const title = ownTitle || typeLabel;
  const summary = contentText(transmission.content?.summary, lang);
  const reference = transmission.content?.contentReference;
  const referenceValue = pickLocalization(reference?.value, lang)?.value;
  const unauthorized = transmission.isAuthorized === false || referenceValue?.trim() === 'urn:dialogporten:unauthorized';
  const expired = referenceValue?.trim() === 'urn:dialogporten:expired';
  const hasEmbed = !unauthorized && !expired && !!safeHttpUrl(referenceValue);
  const expanded = hasEmbed && ctx.expanded.has(id);
  const attachments = unauthorized ? nothing : renderAttachments(transmission.attachments, lang, t, 'transmission-attachments', false);
  const links = unauthorized ? nothing : renderNavigationalActions(transmission.navigationalActions, lang, t);
  const headingId = `transmission-${id}`;
  const bodyId = `transmission-body-${id}`;
  // Only the type label and the sender would show: say so, rather than leave an empty card.
  const nothingVisible = !unauthorized && !expired && !ownTitle && !summary && !hasEmbed && attachments === nothing && links === nothing;
  return html`<article class="transmission" part="transmission" data-transmission-id=${id} data-type=${type}
    ?data-unread=${isNew} ?data-unauthorized=${unauthorized} aria-labelledby=${headingId}>
    <div class="transmission-top">
      <span class="ds-tag" data-size="sm" data-color=${type === 'Alert' || type === 'Rejection' ? 'danger' : fromParty ? 'neutral' : 'info'}>${typeLabel}</span>
      ${isNew ? html`<span class="ds-tag" data-size="sm" data-color="warning">${t.transmissionNew}</span>` : nothing}
      <span class="transmission-meta">
        ${fromParty ? t.transmissionFromYou : actorName(transmission.sender, dialog, lang, t)}
        ${at ? html`· <time datetime=${at.toISOString()}>${formatDateTime(at, lang)}</time>` : nothing}
      </span>
    </div>
    <h4 class="ds-heading transmission-title" data-size="2xs" id=${headingId} lang=${(ownTitle && textLang(transmission.content?.title?.value, lang)) || nothing}>${title}</h4>
    ${unauthorized
      ? html`<p class="reason">${t.transmissionUnauthorized}</p>`
      : html`
          ${summary ? html`<p class="ds-paragraph transmission-summary">${summary}</p>` : nothing}
          ${expired ? html`<p class="reason">${t.attachmentExpired}</p>` : nothing}
          ${hasEmbed
            ? html`<button class="ds-button toggle" data-variant="tertiary" data-size="sm" aria-expanded=${expanded ? 'true' : 'false'}
                  aria-controls=${bodyId} @click=${() => ctx.toggle(id)}>${expanded ? t.hideContent : t.showContent}</button>
                <div id=${bodyId} ?hidden=${!expanded}>
                  ${expanded ? ctx.embeds.render(reference, ctx.embedContext, 'transmission-content', 5) : nothing}
                </div>`
            : nothing}
          ${attachments} ${links}
          ${nothingVisible ? html`<p class="reason">${t.transmissionNothingVisible}</p>` : nothing}
        `}
  </article>`;
}

function renderNavigationalActions(list: NavigationalAction[] | null | undefined, lang: Lang, t: Messages) {
  const now = Date.now();
  const items = (Array.isArray(list) ? list : []).flatMap((action) => {
    if (!action || typeof action !== 'object') return [];
    const title = pickText(action.title, lang) || '…';
    const expired = (parseDate(action.expiresAt)?.getTime() ?? Infinity) < now;
    const href = expired || isUnavailableUrn(action.url) ? null : safeHttpUrl(action.url);
    return [
      href
        ? html`<li><a class="ds-link" href=${href} target="_blank" rel="noreferrer">${title}</a></li>`
        : html`<li class="attachment-unavailable" aria-disabled="true"><span class="name">${title}</span> — <span>${expired ? t.attachmentExpired : t.actionUnsafeUrl}</span></li>`,
    ];
  });
  if (items.length === 0) return nothing;
  return html`<ul class="attachments nav-actions" aria-label=${fill(t.links)}>${items}</ul>`;
}
