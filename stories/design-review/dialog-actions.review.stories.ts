import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/define.js';
import { ACTION_SETS } from '../fixtures/dialogs.js';
import { framed, inEachFrame } from '../fixtures/review.js';
import { waitFor, withFixtures } from '../fixtures/story.js';
import actions from '../dialog-actions.stories.js';

type SetName = keyof typeof ACTION_SETS;
interface Args {
  actions: SetName;
  /** How long the fixture service platform takes to answer (ms). */
  actionDelayMs: number;
}

/** Clicks the primary action in every frame and waits for each outcome message. */
async function runPrimary(canvas: HTMLElement, text?: string): Promise<void> {
  const elements = await inEachFrame(canvas, 'dialog-actions', (root) => root.querySelector('[part="action"]'));
  for (const element of elements) {
    const root = element.shadowRoot!;
    const target = text
      ? [...root.querySelectorAll<HTMLElement>('[part="action"]')].find((a) => a.textContent?.includes(text))
      : root.querySelector<HTMLElement>('[part="action"][data-variant="primary"]');
    if (target?.closest('[popover]')) root.querySelector<HTMLElement>('[part="menu-button"]')?.click();
    target?.click();
    await waitFor(() => root.querySelector('[part="message"]'), 'the message');
  }
}

const meta: Meta<Args> = {
  title: 'Design review/dialog-actions',
  component: 'dialog-actions',
  decorators: [withFixtures],
  args: { actions: 'priorities', actionDelayMs: 100 },
  parameters: { layout: 'padded', docs: { description: { component: 'Each state at 320, 768 and 1280 px, in bokmål: the sign-off page of the actions.' } } },
  render: framed(actions.render),
};
export default meta;

type Story = StoryObj<Args>;

/** One Primary and one Secondary as buttons; the Tertiary ones behind "More actions" with its chevron. */
export const Priorities: Story = {};
/** Links only. */
export const Links: Story = { args: { actions: 'links' } };
/** Actions the user may not take: disabled, with a lock and the reason. */
export const Unauthorized: Story = { args: { actions: 'unauthorized' } };
/** Long action titles wrap. */
export const LongTitles: Story = { args: { actions: 'long' } };
/** Done (204): the success message under the buttons. */
export const Done: Story = { args: { actions: 'outcomes' }, play: ({ canvasElement }) => runPrimary(canvasElement) };
/** The service failed (500): the message; the action stays available. */
export const Failed: Story = { args: { actions: 'outcomes' }, play: ({ canvasElement }) => runPrimary(canvasElement, '500') };
