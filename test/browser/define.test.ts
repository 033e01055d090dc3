// defineElement: a tag the page has taken is kept, with one warning however many entries register it.
import { expect } from '@open-wc/testing';
import { defineElement } from '../../components/shared/define.js';

describe('defineElement', () => {
  it('keeps a taken tag and warns once per tag', () => {
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('taken-by-portal', Theirs);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('taken-by-portal', Ours); // the element's own define entry
      defineElement('taken-by-portal', Ours); // the inbox's, which registers all five again
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('taken-by-portal') === Theirs).to.equal(true);
    expect(warnings).to.have.length(1);
    defineElement('free-tag-of-ours', Ours);
    expect(customElements.get('free-tag-of-ours') === Ours).to.equal(true);
  });
});
