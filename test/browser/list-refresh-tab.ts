/**
 * One "tab" of list-refresh.test.ts: loaded in a same-origin iframe, it holds a <dialog-list> of its own (its own
 * modules, its own document), a visibility the test sets (`setVisible`), and a count of the searches it sent.
 */
import '../../components/dialog-list/define.js';
import { setRefreshFloor } from '../../src/state/refresh-policy.js';

interface Tab extends Window {
  searches: number;
  setVisible(visible: boolean): void;
  list: HTMLElement;
}

const tab = window as unknown as Tab;
const params = (window.frameElement as HTMLElement).dataset;
setRefreshFloor(0.05);

let state: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
tab.setVisible = (visible) => {
  state = visible ? 'visible' : 'hidden';
  document.dispatchEvent(new Event('visibilitychange'));
};

tab.searches = 0;
const fetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof Request ? input.url : String(input);
  if (/\/enduser\/dialogs\?/.test(url)) tab.searches++;
  return fetch(input, init);
};

const list = document.createElement('dialog-list') as HTMLElement & { tokenProvider?: () => Promise<string> };
list.setAttribute('api-base-url', params.api!);
list.setAttribute('party', params.party!);
list.setAttribute('refresh-interval', params.interval!);
list.tokenProvider = async () => params.token!;
document.body.append(list);
tab.list = list;
