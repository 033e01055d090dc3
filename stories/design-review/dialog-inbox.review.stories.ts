import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/define.js';
import { framed, inEachFrame } from '../fixtures/review.js';
import { PARTIES, seedId } from '../fixtures/seed.js';
import { fixtureArgs, waitFor, withFixtures, type FixtureArgs } from '../fixtures/story.js';
import inbox from '../dialog-inbox.stories.js';

interface Args extends FixtureArgs {
  party?: string;
  /** Width of the box inside the frame (the element story's own arg). */
  width?: string;
}

/** Opens the same dialog in every inbox on the page. */
async function openAll(canvas: HTMLElement, key: string): Promise<void> {
  const inboxes = await inEachFrame(canvas, 'dialog-inbox', (root) => root.querySelector('dialog-list')?.shadowRoot?.querySelector('.row-button'));
  for (const inbox of inboxes) {
    const list = inbox.shadowRoot!.querySelector('dialog-list')!.shadowRoot!;
    (await waitFor(() => list.querySelector<HTMLElement>(`[data-dialog-id="${seedId(key)}"] .row-button`), `the row of ${key}`)).click();
    await waitFor(() => inbox.shadowRoot!.querySelector('dialog-view')?.shadowRoot?.querySelector('[part="article"]'), 'the dialog');
  }
}

const meta: Meta<Args> = {
  title: 'Design review/dialog-inbox',
  component: 'dialog-inbox',
  decorators: [withFixtures],
  args: { ...fixtureArgs, party: PARTIES.person, width: '100%' },
  parameters: { layout: 'padded', docs: { description: { component: 'The whole inbox at 320, 768 and 1280 px, in bokmål: folders in a strip or beside the list, one toolbar row.' } } },
  render: framed(inbox.render),
};
export default meta;

type Story = StoryObj<Args>;

/** One person's inbox. */
export const Person: Story = {};
/** A dialog open: beside the list when wide, alone with the way back when narrow. */
export const DialogOpen: Story = { play: ({ canvasElement }) => openAll(canvasElement, 'skd-tax-return-2025') };
/** Every party: the picker above the list, rows name their recipient. */
export const Parties: Story = { args: { party: '' } };
/** Waiting for the API. */
export const Loading: Story = { args: { party: '', latencyMs: -1 }, parameters: { settle: 'busy' } };
/** A party without dialogs. */
export const Empty: Story = { args: { party: '', emptyParty: true } };
/** GET /parties failed: explained, with a retry. */
export const PartiesError: Story = { args: { party: '', errorStatus: 500, errorOn: 'parties' } };
