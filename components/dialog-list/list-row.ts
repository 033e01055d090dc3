import { html, nothing, render } from 'lit';
import { fill, type Lang, type Messages } from '../../src/i18n/index.js';
import { formatDateTime, formatShort, parseDate } from '../../src/i18n/format.js';
import { folderOf } from '../../src/state/list-query.js';
import { highlight, rowDate, type Row } from '../../src/state/rows.js';
import { dueState, isOrgCode } from '../../src/state/dialog-rules.js';
import { dueLabel, seenByText, statusTag } from '../shared/dialog-bits.js';

/** What a row needs from the list, besides the row itself. */
export interface RowContext {
  lang: Lang;
  t: Messages;
  now: Date;
  orderBy: string;
  /** The search text in effect: matches are marked, and each row shows its folder. */
  search: string;
  selectedId: string | null;
  picked: ReadonlySet<string>;
  /** No more rows can be picked (the bulk limit is reached). */
  pickFull: boolean;
  /** Names of the recipients, when the list shows more than one party. */
  recipients: Map<string, string> | null;
  /** Organisation names by code, once known: they replace a code shown for want of a sender name. */
  orgNames?: Map<string, string> | null;
}

const DAY = 24 * 3600 * 1000; // for the sample row

let prepared = false;
/**
 * Renders one row with every part off-screen, once a page, so that the row templates are compiled (and the code
 * warm) before the first answer: the list calls this while its first request is on the network.
 */
/** The row button of a dialog, when its row is rendered. */
export const rowButton = (root: ParentNode, dialogId: string) =>
  root.querySelector<HTMLElement>(`[data-dialog-id="${CSS.escape(dialogId)}"] .row-button`);

export function prepareRows(c: RowContext): void {
  if (prepared) return;
  prepared = true;
  const day = (offset: number) => new Date(c.now.getTime() + offset * DAY).toISOString();
  const sample: Row = {
    id: 'sample', party: 'urn:sample:0', org: 'sample', status: 'InProgress', title: 'sample', summary: 'sample',
    sender: 'sample', extended: 'sample', contentUpdatedAt: day(-1), createdAt: day(-2), dueAt: day(1), seen: false,
    labels: [], rev: null, seenByYou: true, seenByOthers: 1, attachments: 1, transmissions: 1,
  };
  render(rowItem(sample, undefined, rowContent(sample, { ...c, recipients: new Map() })), document.createDocumentFragment());
}

/** Text with each search match in a <mark> (as text nodes: never parsed as HTML). */
export function marked(text: string, search: string) {
  if (!search) return text;
  return highlight(text, search).map((part) => (part.hit ? html`<mark>${part.text}</mark>` : part.text));
}

/** Words a screen reader says and the eye does not see, inline in the box before them (see renderRow). */
const join = (text: string) => html`<span class="join">${text}</span>`;

/** The status's words, as statusTag shows them. */
const statusText = (status: string, t: Messages) =>
  Object.hasOwn(t.status, status) && status !== 'unknown' ? t.status[status] : fill(t.status.unknown, { status: status.slice(0, 40) });

/** The due badge (dueState decides): overdue (danger) or within 14 days (warning) stands out. */
export function dueBadge(row: Row, c: RowContext) {
  const due = dueState(row.dueAt, row.status, c.now);
  if (!due) return nothing;
  const text = dueLabel(due, c.lang, c.t);
  return due.tone === 'later'
    ? html`<span class="due" part="due">${text}</span>`
    : html`<span class="ds-tag due" part="due" data-color=${due.tone === 'overdue' ? 'danger' : 'warning'} data-size="sm" data-due=${due.tone}>${text}</span>`;
}

/**
 * A row's list item around its content. Its place in its month (windowed lists) changes whenever a page adds rows to
 * that month: then only these attributes are set again, not the content rendered again (at the windowing's start,
 * 225 rows' content under a phone's CPU).
 */
export const rowItem = (row: Row, place: readonly [position: number, size: number] | undefined, content: unknown) =>
  html`<li part="row" class=${row.seen ? 'row' : 'row unread'} data-dialog-id=${row.id} aria-posinset=${place?.[0] ?? nothing} aria-setsize=${place?.[1] ?? nothing}>${content}</li>`;

/**
 * One dialog row's content. The checkbox is always there and shown only while selecting (CSS), so starting to select
 * does not render thousands of rows again. Buttons and the checkbox carry `data-act` (the list handles clicks for all
 * rows at once) and `tabindex="-1"` (the roving focus controller puts one of them in the tab order).
 */
export function rowContent(row: Row, c: RowContext) {
  const { t, lang, search } = c;
  // The API often gives only the organisation's code ("politiet"); its name is as the organisation writes it.
  if (isOrgCode(row.sender, row.org) && c.orgNames?.has(row.org)) row = { ...row, sender: c.orgNames.get(row.org)! };
  const unread = !row.seen;
  const title = row.title || t.noTitle;
  const created = c.orderBy.startsWith('createdAt');
  const date = parseDate(created ? row.createdAt : rowDate(row, 'contentUpdatedAt'));
  const picked = c.picked.has(row.id);
  // Only when someone else has seen it (that you have is what unread does not say), as the official inbox does.
  const seenText = row.seenByOthers ? seenByText({ byYou: row.seenByYou, others: row.seenByOthers }, t) : '';
  const recipient = c.recipients ? c.recipients.get(row.party) ?? row.party.split(':').pop() : '';
  const [toBefore, toAfter = ''] = t.recipient.split('{name}');
  const status = statusTag(row.status, t);
  // Short and absolute on screen ("2. des.", the time today); the name says the day too ("Oppdatert i dag 09:07").
  // Sorted by creation, the date says it is that one ("Opprettet 1. des.").
  const dateText = date ? (created ? fill(t.created, { date: formatShort(date, lang, c.now) }) : formatShort(date, lang, c.now)) : '';
  const spokenDate = date ? fill(created ? t.created : t.updated, created ? { date: formatShort(date, lang, c.now, true) } : { time: formatShort(date, lang, c.now, true) }) : '';
  // The button's name is its content in DOM order, read as a sentence: "title, from sender, to recipient, status,
  // date." and then the summary and the meta line. The joining words are unseen text (.join) at the end of the box
  // before them: in a box of their own the browser would put a space before the comma. The status and the date are
  // seen elsewhere (aria-hidden there) and said at the end of the sender line's last box.
  const end = `${status === nothing ? '' : `, ${statusText(row.status, t)}`}${spokenDate && `, ${spokenDate}`}`.replace(/\.?$/, '.'); // one full stop, also after "des."
  const from = `, ${t.rowFrom} `;
  const to = `, ${t.rowTo} `;
  return html`<input type="checkbox" class="pick" data-act="pick" tabindex="-1" .checked=${picked}
      aria-disabled=${!picked && c.pickFull ? 'true' : 'false'} aria-label=${fill(t.selectRow, { title })} />
    <button class="row-button" part="row-button" data-act="open" tabindex="-1" aria-current=${c.selectedId === row.id ? 'true' : 'false'}>
      <span class="title" part="title" lang=${row.lang ?? nothing}>${picked ? html`<span class="visually-hidden">${t.picked}: </span>` : nothing}${unread ? html`<span class="dot" aria-hidden="true"></span><span class="visually-hidden">${t.unread}: </span>` : nothing}${marked(title, search)}${join(row.sender ? from : recipient ? to : end)}</span>
      <span class="row-top">
        ${row.sender ? html`<span class="initial" part="initial" aria-hidden="true">${[...row.sender][0]}</span>` : nothing}
        <span class="sender">${marked(row.sender, search)}${row.sender ? join(recipient ? to : end) : nothing}</span>
        ${recipient ? html`<span class="recipient" part="recipient"><span aria-hidden="true">${toBefore}</span>${recipient}${toAfter}${join(end)}</span>` : nothing}
        ${date ? html`<time datetime=${date.toISOString()} title=${formatDateTime(date, lang)} aria-hidden="true">${dateText}</time>` : nothing}
      </span>
      ${row.summary ? html`<span class="summary" lang=${row.lang ?? nothing}>${marked(row.summary, search)}</span>` : nothing}
      <span class="meta">
        ${search ? html`<span class="ds-tag" part="folder" data-color="info" data-size="sm">${t.folder[folderOf(row.labels, row.status)]}</span>` : nothing}
        ${status === nothing ? nothing : html`<span class="status" aria-hidden="true">${status}</span>`}
        ${row.extended ? html`<span class="ds-tag" data-color="neutral" data-size="sm">${marked(row.extended, search)}</span>` : nothing}
        ${dueBadge(row, c)}
        ${row.attachments ? html`<span class="count">${t.attachmentCount(row.attachments)}</span>` : nothing}
        ${row.transmissions ? html`<span class="count">${t.messageCount(row.transmissions)}</span>` : nothing}
        ${seenText ? html`<span class="seen" part="seen">${seenText}</span>` : nothing}
      </span>
    </button>
    <button class="ds-button menu-button" part="row-menu-button" data-act="menu" data-variant="tertiary" data-size="sm"
      tabindex="-1" aria-haspopup="true" aria-expanded="false" aria-label=${fill(t.rowMenu, { title })}>⋯</button>`;
}
