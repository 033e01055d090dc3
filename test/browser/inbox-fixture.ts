/** A <dialog-inbox> on the local Dialogporten, in a box of `width` px, once its list shows rows. */
import { fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { apiUrl, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

export async function openInbox(party = '', { width = 1100, pageSize }: { width?: number; pageSize?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><dialog-inbox api-base-url=${await apiUrl()}
    party=${party} lang="nb" .tokenProvider=${tokenProvider}></dialog-inbox></div>`);
  const el = wrapper.querySelector<DialogInboxElement>('dialog-inbox')!;
  const list = await until(() => el.shadowRoot!.querySelector('dialog-list'), 'the list');
  if (pageSize) list.setAttribute('page-size', String(pageSize));
  const rows = () => list.shadowRoot!.querySelectorAll('li[part="row"]').length;
  await until(() => rows() > 0 && (!pageSize || rows() <= pageSize), 'rows');
  await (list as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete; // the rows after the first screenful
  return { el, list, view: el.shadowRoot!.querySelector('dialog-view')! };
}
