import { html, nothing } from 'lit';
import { isUnavailableUrn, safeHttpUrl } from '../../src/content/url.js';
import { parseDate } from '../../src/i18n/format.js';
import { pickText } from '../../src/localize.js';
import { icon } from '../shared/icons.js';
import { FILE } from './icons.gen.js';
import type { DialogAttachment, Lang, Messages } from './view-types.js';

/** A short file type from a media type ("application/pdf" → "PDF"); '' when it says little (a long vendor type). */
const fileType = (mediaType: unknown): string => (/\/([a-z0-9]{2,4})(;|$)/i.exec(String(mediaType))?.[1] ?? '').toUpperCase();

/**
 * Attachments for people: only `Gui` URLs; expired or unauthorized ones are listed disabled with the reason.
 * Links open in a new tab without the referrer; no token is ever sent with them.
 */
export function renderAttachments(list: DialogAttachment[] | null | undefined, lang: Lang, t: Messages, part = 'attachments', heading = true) {
  const now = Date.now();
  const rows = (Array.isArray(list) ? list : []).flatMap((attachment) => {
    if (!attachment || typeof attachment !== 'object') return [];
    const name = pickText(attachment.displayName, lang) || (typeof attachment.name === 'string' && attachment.name) || '…';
    const expired = (parseDate(attachment.expiresAt)?.getTime() ?? Infinity) < now;
    const urls = (Array.isArray(attachment.urls) ? attachment.urls : []).filter((u) => u && u.consumerType === 'Gui');
    return urls.map((u) => {
      const raw = typeof u.url === 'string' ? u.url.trim() : '';
      const unauthorized = raw === 'urn:dialogporten:unauthorized';
      const gone = expired || raw === 'urn:dialogporten:expired';
      const href = gone || unauthorized || isUnavailableUrn(raw) ? null : safeHttpUrl(raw);
      // Its type where the API says it, and that it opens in a new tab (said, not only shown by the browser).
      const type = fileType(u.mediaType);
      if (href) {
        // A row: icon, name (the link), type. The API gives no size, so none is shown.
        return html`<li class="attachment">${icon(FILE)}<a class="ds-link" href=${href} target="_blank" rel="noreferrer">${name}<span class="visually-hidden">${type ? `, ${type}` : ''}, ${t.newTab}</span><span aria-hidden="true"> ↗</span></a>${type ? html`<span class="type" aria-hidden="true">${type}</span>` : nothing}</li>`;
      }
      const reason = unauthorized ? t.attachmentUnauthorized : gone ? t.attachmentExpired : t.actionUnsafeUrl;
      return html`<li class="attachment attachment-unavailable" aria-disabled="true">${icon(FILE)}<span class="name">${name}</span> — <span>${reason}</span></li>`;
    });
  });
  if (rows.length === 0) return nothing;
  return html`<section part=${part}>
    ${heading ? html`<h3 class="ds-heading" data-size="xs">${t.attachments}</h3>` : nothing}
    <ul class="attachments">${rows}</ul>
  </section>`;
}
