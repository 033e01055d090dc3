// Rendering rows by time (issue "Fast on a citizen's phone"): the chunk after each yield holds as many rows as the
// measured time per row lets fit in the budget. A fake clock stands for a fast and a 4x slower CPU.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHUNK_BUDGET_MS, ListChunks, firstRows } from '../../components/dialog-list/list-chunks.js';

/** A host that "renders" each requested update at once: each row costs `msPerRow` on the fake clock. */
function fakeList(total: number, msPerRow: number) {
  let clock = 0;
  const controllers: ReactiveController[] = [];
  const steps: number[] = [];
  let rendered = 0;
  const update = () => {
    chunks.plan();
    controllers.forEach((c) => c.hostUpdate?.());
    clock += (chunks.shown - rendered) * msPerRow; // the rows this update adds
    rendered = chunks.shown;
    steps.push(rendered);
    controllers.forEach((c) => c.hostUpdated?.());
  };
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => queueMicrotask(update),
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost;
  const chunks = new ListChunks(host, () => total, () => {}, () => clock);
  return { chunks, steps, start: () => update(), again: () => update(), done: () => chunks.done(async () => true) };
}

describe('ListChunks: rows in chunks by time', () => {
  for (const msPerRow of [0.1, 0.4, 2]) {
    it(`at ${msPerRow} ms a row, every chunk after the first keeps to the budget (${CHUNK_BUDGET_MS} ms) and all rows come`, async () => {
      const list = fakeList(1000, msPerRow);
      list.start();
      await list.done();
      expect(list.steps[0]).to.equal(firstRows());
      expect(list.steps.at(-1)).to.equal(1000);
      const sizes = list.steps.slice(1).map((n, i) => n - list.steps[i]);
      // After the first measured chunk the sizes follow the cost: a slower CPU, smaller chunks.
      const learnt = sizes.slice(2, -1);
      for (const size of learnt) expect(size * msPerRow, `chunk of ${size} rows`).to.be.at.most(CHUNK_BUDGET_MS + msPerRow * 4);
      // Once learnt, a chunk is what fits the budget (± 2 rows: the average approaches the cost from its first guess).
      const fits = Math.max(4, Math.min(100, Math.floor(CHUNK_BUDGET_MS / msPerRow)));
      expect(Math.abs(sizes.at(-2)! - fits), `chunks: ${sizes.join(', ')}`).to.be.at.most(2);
    });
  }

  it('a new page shows a screenful first: rows are at least 96 px tall', () => {
    expect(firstRows()).to.equal(Math.ceil(screen.height / 96) + 1);
    expect(screen.height, 'the screen holds the window').to.be.at.least(innerHeight);
    const list = fakeList(30, 1);
    list.start();
    expect(list.steps).to.deep.equal([firstRows()]);
  });

  it('rows that change before the next chunk wait for it: the first screenful stays alone in its task', async () => {
    const list = fakeList(30, 1);
    list.start();
    list.again(); // the same rows again (e.g. with the parties' names), in the same task
    expect(list.steps).to.deep.equal([firstRows(), firstRows()]);
    await list.done();
    expect(list.steps.at(-1)).to.equal(30);
  });

  it('a few rows more than shown render at once, without a yield', () => {
    const list = fakeList(10, 1);
    list.start();
    expect(list.steps).to.deep.equal([10]);
  });
});
