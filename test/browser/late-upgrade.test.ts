// A portal that registers the children before the root (or loads scripts in another order) still gets a
// working inbox: the children find the root's configuration once it upgrades.
import { expect } from '@open-wc/testing';
import { apiUrl, personParty, resetDemo } from './demo-api.js';
import { until } from './helpers.js';

describe('elements upgraded before their <dialog-inbox>', () => {
  before(resetDemo);

  it('the list still gets the inbox configuration', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<dialog-inbox api-base-url="${await apiUrl()}" party="${await personParty()}"><section><dialog-list></dialog-list></section></dialog-inbox>`;
    document.body.append(host);
    (host.firstElementChild as HTMLElement & { tokenProvider: () => Promise<string> }).tokenProvider = async () => 'late-token';
    await import('../../components/dialog-list/define.js');
    const list = host.querySelector('dialog-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('li')).to.equal(null);
    await import('../../components/dialog-inbox/define.js');
    await until(() => list.shadowRoot!.querySelectorAll('li[part="row"]').length > 0, 'rows via the late context');
    host.remove();
  });
});
