import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/define.js';
import { framed, inEachFrame } from '../fixtures/review.js';
import { PARTIES } from '../fixtures/seed.js';
import { fixtureArgs, waitFor, withFixtures, type FixtureArgs } from '../fixtures/story.js';
import picker from '../dialog-party-picker.stories.js';

interface Args extends FixtureArgs {
  value?: string;
  max?: number;
}

/** Opens the panel of every picker on the page. */
async function openAll(canvas: HTMLElement): Promise<void> {
  const pickers = await inEachFrame(canvas, 'dialog-party-picker', (root) => root.querySelector('[part="toggle"]'));
  for (const picker of pickers) {
    picker.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await waitFor(() => picker.shadowRoot!.querySelector('[part="panel"]:not([hidden])'), 'the panel');
  }
}

const meta: Meta<Args> = {
  title: 'Design review/dialog-party-picker',
  component: 'dialog-party-picker',
  decorators: [withFixtures],
  args: { ...fixtureArgs },
  parameters: { layout: 'padded', docs: { description: { component: 'Each state at 320, 768 and 1280 px, in bokmål: the sign-off page of the party picker.' } } },
  render: framed(picker.render),
};
export default meta;

type Story = StoryObj<Args>;

/** Closed, all parties chosen. */
export const Closed: Story = {};
/** Open: persons, organisations with sub-units (long names wrap beside the box), "Deleted" inline, a main unit that cannot be chosen says why. */
export const Open: Story = { play: ({ canvasElement }) => openAll(canvasElement) };
/** Two parties chosen. */
export const Chosen: Story = { args: { value: `${PARTIES.bakery} ${PARTIES.bakerySentrum}` } };
/** The limit reached, explained. */
export const Limit: Story = { args: { value: `${PARTIES.person} ${PARTIES.father}`, max: 2 }, play: ({ canvasElement }) => openAll(canvasElement) };
/** An accountant's clients: a page at a time, "Select all". */
export const ManyParties: Story = { parameters: { fixtures: { clientParties: 300 } }, play: ({ canvasElement }) => openAll(canvasElement) };
/** GET /parties failed. */
export const ServerError: Story = { args: { errorStatus: 500, errorOn: 'parties' } };
