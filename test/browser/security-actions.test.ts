/**
 * Security gate (issue 7), in-browser part: <dialog-actions> with in-memory dialogs carrying the hostile
 * corpus (test/fixtures/hostile-components-corpus.mjs) in action URLs, titles and prompts. Every action is
 * rendered, every button clicked (confirmations accepted): nothing executes (`window.__xss`, alert/confirm),
 * nothing that is not absolute http(s) becomes a link, and no request goes out (PerformanceObserver).
 * The whole inbox over HTTP is covered by test/node/security-render.test.js.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/dialog-actions/define.js';
import type { DialogActionsElement } from '../../components/dialog-actions/dialog-actions.js';
import type { Dialog, DialogGuiAction } from '../../src/api/types.js';
import { TEXT, URLS, isHttpUrlPayload } from '../fixtures/hostile-components-corpus.mjs';

declare global {
  interface Window {
    __xss: number;
  }
}

const FORBIDDEN = 'script,iframe,frame,object,embed,img,image,style,link,meta,base,svg script,video,audio,source,picture';
const loc = (value: string) => [{ languageCode: 'nb', value }];
const pick = <T,>(list: T[], i: number) => list[i % list.length];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function scan(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll(FORBIDDEN)) problems.push(`forbidden <${el.localName}>`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler ${name} on <${el.localName}>`);
      if (name === 'href' && !/^https?:\/\/[^/]/i.test(attr.value)) problems.push(`href ${JSON.stringify(attr.value)}`);
      if (['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data'].includes(name)) problems.push(`${name}=${JSON.stringify(attr.value)}`);
    }
  }
  return problems;
}

describe('<dialog-actions> with the hostile corpus', () => {
  const requests: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requests.push(entry.name);
  });
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(() => {
    window.__xss = 0;
    window.alert = () => void window.__xss++;
    window.confirm = () => (window.__xss++, false);
    window.prompt = () => (window.__xss++, null);
    observer.observe({ type: 'resource' });
  });
  after(() => {
    observer.disconnect();
    Object.assign(window, originals);
  });

  it(`renders ${URLS.length} hostile action URLs with ${TEXT.length} hostile titles and prompts: no script, no unsafe link, no request`, async function () {
    this.timeout(60_000);
    const problems: string[] = [];
    let refused = 0;
    let links = 0;
    for (let i = 0; i < URLS.length; i++) {
      const url = URLS[i];
      const actions: DialogGuiAction[] = [
        { id: `g${i}`, action: 'read', url, httpMethod: 'GET', isAuthorized: true, isDeleteDialogAction: false, priority: 'Primary', title: loc(pick(TEXT, i)), prompt: loc(pick(TEXT, i + 3)) },
        { id: `p${i}`, action: 'submit', url, httpMethod: 'POST', isAuthorized: true, isDeleteDialogAction: false, priority: 'Secondary', title: loc(pick(TEXT, i + 1)), prompt: loc(pick(TEXT, i + 4)) },
        { id: `d${i}`, action: 'delete', url, httpMethod: 'DELETE', isAuthorized: true, isDeleteDialogAction: true, priority: 'Tertiary', title: loc(pick(TEXT, i + 2)), prompt: loc(pick(TEXT, i + 5)) },
        { id: `x${i}`, action: 'x', url, httpMethod: pick(['PATCH', 'get', 'Post', ''] as DialogGuiAction['httpMethod'][], i), isAuthorized: true, isDeleteDialogAction: false, priority: 'Tertiary', title: loc(pick(TEXT, i + 6)) },
        { id: `u${i}`, action: 'x', url, httpMethod: 'POST', isAuthorized: false, isDeleteDialogAction: false, priority: 'Tertiary', title: loc(pick(TEXT, i + 7)) },
      ];
      const dialog = { id: `0195f0a4-0000-7000-8000-${String(i).padStart(12, '0')}`, dialogToken: 'dialog-token', guiActions: actions } as Dialog;
      const el = await fixture<DialogActionsElement>(html`<dialog-actions lang="nb" .dialog=${dialog}></dialog-actions>`);
      const root = el.shadowRoot!;
      const http = isHttpUrlPayload(url);
      links += root.querySelectorAll('a[href]').length;
      if (!http && root.querySelector('a[href]')) problems.push(`#${i} ${JSON.stringify(url)} became a link`);
      // Open the menu; click every button that is not an http(s) action (those would really run).
      root.querySelector<HTMLElement>('[part="menu-button"]')?.click();
      if (!http) {
        for (const button of root.querySelectorAll<HTMLButtonElement>('button[part="action"]')) {
          button.click();
          await el.updateComplete;
          const confirm = root.querySelector<HTMLDialogElement>('dialog[open]');
          if (confirm) {
            confirm.querySelector<HTMLButtonElement>('button[value="ok"]')?.click();
            await el.updateComplete;
          }
          await sleep(5);
        }
        const message = root.querySelector('[part="message"]')?.textContent?.trim() ?? '';
        if (message) refused++;
        else problems.push(`#${i} ${JSON.stringify(url)}: clicking gave no message`);
      }
      problems.push(...scan(root).map((p) => `#${i} ${JSON.stringify(url)}: ${p}`));
      const titles = Array.from(root.querySelectorAll('[part="action"]')).map((a) => a.textContent ?? '');
      if (pick(TEXT, i).startsWith('<script>') && !titles.some((t) => t.includes('<script>'))) problems.push(`#${i} script title not shown as text`);
    }
    await sleep(500); // onerror/onload timers
    expect(problems.slice(0, 20)).to.deep.equal([]);
    expect(window.__xss, 'no payload executed').to.equal(0);
    expect(requests.filter((name) => !name.startsWith(location.origin)), 'no request left the page').to.deep.equal([]);
    expect(refused, 'unsafe actions were refused with a message').to.be.greaterThan(URLS.length / 2);
    expect(links, 'http(s) actions are still links').to.be.greaterThan(0);
  });
});
