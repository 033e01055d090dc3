import { html, nothing } from 'lit';
import type { Actor, Dialog, Lang, Messages } from './view-types.js';
import { fill } from '../../src/i18n/index.js';
import { formatDateTime, parseDate } from '../../src/i18n/format.js';
import { contentText, pickText } from '../../src/localize.js';
import { senderName } from '../../src/state/dialog-rules.js';
import { icon } from '../shared/icons.js';
import { CHEVRON } from './icons.gen.js';

interface Entry {
  at: Date;
  text: string;
  kind: string;
}

/** Who did it, in words: their name, else the sender for the service owner, else "someone". */
export function actorName(actor: Actor | null | undefined, dialog: Dialog, lang: Lang, t: Messages): string {
  if (typeof actor?.actorName === 'string' && actor.actorName.trim()) return actor.actorName;
  if (actor?.actorType === 'ServiceOwner') return senderName(dialog, lang) || t.someone;
  return t.someone;
}

/** Every activity as a sentence, merged with the transmissions, newest first. */
export function historyEntries(dialog: Dialog, lang: Lang, t: Messages): Entry[] {
  const transmissions = Array.isArray(dialog.transmissions) ? dialog.transmissions : [];
  const activities = Array.isArray(dialog.activities) ? dialog.activities : [];
  const titles = new Map(
    transmissions.filter((x) => typeof x?.id === 'string').map((x) => [x.id as string, contentText(x.content?.title, lang)]),
  );
  const entries: Entry[] = [];
  for (const activity of activities) {
    const at = parseDate(activity?.createdAt);
    if (!activity || !at) continue;
    const type = String(activity.type ?? '');
    const template = Object.hasOwn(t.activity, type) && type !== 'unknown' ? t.activity[type] : t.activity.unknown;
    const text = fill(template, {
      actor: actorName(activity.performedBy, dialog, lang, t),
      description: pickText(activity.description, lang) || activity.extendedType || '',
      title: (activity.transmissionId && titles.get(activity.transmissionId)) || t.aMessage,
      type: type.slice(0, 40),
    });
    entries.push({ at, text, kind: type });
  }
  for (const transmission of transmissions) {
    const at = parseDate(transmission?.createdAt);
    if (!transmission || !at) continue;
    const title = contentText(transmission.content?.title, lang) || t.aMessage;
    entries.push({ at, kind: 'transmission', text: fill(t.transmissionSent, { actor: actorName(transmission.sender, dialog, lang, t), title }) });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}

export function renderHistory(dialog: Dialog, lang: Lang, t: Messages) {
  const entries = historyEntries(dialog, lang, t);
  if (entries.length === 0) return nothing;
  return html`<details class="ds-details history" part="history">
    <summary>${icon(CHEVRON)}${t.history} (${entries.length})</summary>
    <div>
      <ol class="history-list">
        ${entries.map(
          (entry) => html`<li data-kind=${entry.kind}>
            <time datetime=${entry.at.toISOString()}>${formatDateTime(entry.at, lang)}</time>
            <span>${entry.text}</span>
          </li>`,
        )}
      </ol>
    </div>
  </details>`;
}
