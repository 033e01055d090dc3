// When deferred work runs: the helpers the elements use to keep tasks short.
import { expect } from '@open-wc/testing';
import { afterNextPaint, nextTask } from '../../components/shared/scheduling.js';

describe('scheduling', () => {
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState; // the own property the test set
  });

  it('afterNextPaint runs in the next task in a hidden tab (no frames come; timers are throttled)', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    let ran = false;
    afterNextPaint(() => (ran = true));
    await nextTask();
    await nextTask();
    expect(ran).to.equal(true);
  });
});
