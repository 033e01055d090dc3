import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/define.js';
import { chipRows, framed, inEachFrame, longRows, statusRows } from '../fixtures/review.js';
import { PARTIES } from '../fixtures/seed.js';
import { fixtureArgs, waitFor, withFixtures, type FixtureArgs } from '../fixtures/story.js';
import list from '../dialog-list.stories.js';

interface Args extends FixtureArgs {
  party?: string;
  filters?: string;
  search?: string;
  'page-size'?: number;
}

/** Every list on the page, once each shows rows (or a final state). */
async function lists(canvas: HTMLElement): Promise<ShadowRoot[]> {
  const all = await inEachFrame(canvas, 'dialog-list', (root) => root.querySelector('.row-button, [part="empty"], [part="error"]'));
  return all.map((l) => l.shadowRoot!);
}

const meta: Meta<Args> = {
  title: 'Design review/dialog-list',
  component: 'dialog-list',
  decorators: [withFixtures],
  args: { ...fixtureArgs, party: PARTIES.person, 'page-size': 50 },
  parameters: { layout: 'padded', docs: { description: { component: 'Each state at 320, 768 and 1280 px, in bokmål: the sign-off page of the list.' } } },
  render: framed(list.render),
};
export default meta;

type Story = StoryObj<Args>;

/** One row per status, unread and read in turn; due dates soon, later and overdue. */
export const Statuses: Story = { parameters: { fixtures: { dialogs: statusRows() } } };

/** Every combination of extended status, due date, attachments, messages and "seen by others" (32 rows). */
export const ChipCombinations: Story = { parameters: { fixtures: { dialogs: chipRows() } } };

/** A long compound in a title, a long sender, no summary, a summary clamped to one line; two parties ("til …"). */
export const LongTexts: Story = {
  args: { party: `${PARTIES.person} ${PARTIES.father}` },
  parameters: { fixtures: { dialogs: longRows() } },
};

/** The demo's inbox of one person, as a citizen sees it. */
export const Typical: Story = {};

/** A search: the matches marked, each row says its folder. */
export const Searched: Story = { args: { search: 'skatt' } };

/** The filter panel open in each width. */
export const FiltersOpen: Story = {
  play: async ({ canvasElement }) => {
    const roots = await lists(canvasElement);
    for (const root of roots) root.querySelector<HTMLElement>('[part="filters-button"]')?.click();
    await waitFor(() => roots.every((root) => root.querySelector('[part="filters"]:not([hidden]) input, [part="filters"]:not([hidden]) select')), 'three filter panels');
  },
};

/** Bulk mode with two rows chosen: the checkbox on the first line, the bulk bar on one row. */
export const BulkMode: Story = {
  play: async ({ canvasElement }) => {
    for (const root of await lists(canvasElement)) {
      root.querySelector<HTMLElement>('[part="select-button"]')?.click();
      const boxes = root.querySelectorAll<HTMLInputElement>('.pick');
      boxes[0].click();
      boxes[1].click();
      await waitFor(() => root.querySelector('[part="bulk-bar"]'), 'the bulk bar');
    }
  },
};

/** The skeleton while the API has not answered. */
export const Loading: Story = { args: { latencyMs: -1 }, parameters: { settle: 'busy' } };

/** A party without dialogs. */
export const Empty: Story = { args: { party: '', emptyParty: true } };

/** Filters that match nothing: the empty state offers to reset them. */
export const NothingMatches: Story = { args: { filters: 'status=Completed&seen=unread&updated=today' } };

/** The search failed on the server: the message and a retry. */
export const ServerError: Story = { args: { errorStatus: 500, errorOn: 'search' } };
