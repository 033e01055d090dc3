// Text in another language than the UI's carries its own lang (WCAG 3.1.2), so a screen reader pronounces it
// right: a dialog only in bokmål, in an English UI, in the list and in the view.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/define.js';
import type { DialogViewElement } from '../../components/dialog-view/dialog-view.js';
import type { DialogInboxElement } from '../../components/dialog-inbox/dialog-inbox.js';
import { textLang } from '../../src/localize.js';
import { apiUrl, findDialog, resetDemo, tokenProvider } from './demo-api.js';
import { until } from './helpers.js';

/** A dialog view in English, on the local Dialogporten. */
async function englishView(id: string) {
  return fixture<DialogViewElement>(html`<dialog-view api-base-url=${await apiUrl()} dialog-id=${id} lang="en"
    stream-url="off" .tokenProvider=${tokenProvider}></dialog-view>`);
}

describe('lang of content', () => {
  after(resetDemo);

  it('textLang names the picked text\'s language only when it differs from the UI\'s', () => {
    const both = [{ languageCode: 'nb', value: 'Hei' }, { languageCode: 'en', value: 'Hi' }];
    expect(textLang(both, 'en')).to.equal(undefined);
    expect(textLang(both, 'nn')).to.equal('nb');
    expect(textLang([{ languageCode: 'EN-gb', value: 'Hi' }], 'nb')).to.equal('en');
    expect(textLang([{ languageCode: '"><x', value: 'Hi' }], 'nb'), 'not a language code').to.equal(undefined);
    expect(textLang(null, 'nb')).to.equal(undefined);
  });

  it('a dialog only in bokmål, in an English UI: its title and summary say lang="nb", in the list and in the view', async () => {
    await resetDemo();
    // The seed's dialog that exists only in bokmål ("Aktivitetsplanen din er oppdatert").
    const dialog = await findDialog((d) => d.content?.title?.value?.[0]?.value === 'Aktivitetsplanen din er oppdatert');
    await resetDemo();
    const view = await englishView(dialog.id!);
    const title = await until(() => view.shadowRoot!.querySelector('[part="title"]'), 'the title');
    expect(title.getAttribute('lang')).to.equal('nb');
    expect(view.shadowRoot!.querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('nb');
    expect(view.shadowRoot!.querySelector('[part="header"] .sender')!.closest('[lang]')?.getAttribute('lang') ?? 'en').to.equal('en');
    // Its action's title and its messages' titles too; the UI's own words on the button stay English.
    const actions = await until(() => view.shadowRoot!.querySelector('dialog-actions')?.shadowRoot?.querySelector('[part="action"]'), 'an action');
    expect(actions.querySelector('span[lang="nb"]')?.textContent?.trim(), 'the action title').to.equal('Gå til aktivitetsplanen');
    await view.updateComplete; // the threads come a frame after the rest
    const titles = Array.from(view.shadowRoot!.querySelectorAll('.transmission-title'));
    expect(titles.length).to.be.greaterThan(0);
    expect(titles.every((h) => h.getAttribute('lang') === 'nb'), titles.map((h) => `${h.getAttribute('lang')}:${h.textContent}`).join(' | ')).to.equal(true);

    const inbox = await fixture<DialogInboxElement>(html`<dialog-inbox api-base-url=${await apiUrl()} party=${dialog.party!} lang="en"
      stream-url="off" .tokenProvider=${tokenProvider}></dialog-inbox>`);
    const list = await until(() => inbox.shadowRoot!.querySelector('dialog-list'), 'the list');
    const row = await until(() => list.shadowRoot!.querySelector(`[data-dialog-id="${dialog.id}"]`), 'its row');
    expect(row.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('nb');
    const other = Array.from(list.shadowRoot!.querySelectorAll('li[part="row"]')).find((r) => r !== row && !r.querySelector('[part="title"][lang]'));
    expect(Boolean(other), 'rows in English carry no lang of their own').to.equal(true);
  });

  it('embedded content in bokmål only, in an English UI, says lang="nb" (from the service\'s Content-Language)', async () => {
    await resetDemo();
    const dialog = await findDialog((d) => d.content?.title?.value?.[0]?.value === 'Vedtak om praktisk bistand og trygghetsalarm');
    await resetDemo();
    const view = await englishView(dialog.id!);
    const embed = await until(() => view.shadowRoot!.querySelector('.embed.rich'), 'the embedded content');
    expect(embed.getAttribute('lang')).to.equal('nb');
  });
});
