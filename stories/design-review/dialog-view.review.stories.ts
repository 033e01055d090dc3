import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/define.js';
import { framed, longRows, statusRows } from '../fixtures/review.js';
import { seedId } from '../fixtures/seed.js';
import { fixtureArgs, withFixtures, type FixtureArgs } from '../fixtures/story.js';
import view from '../dialog-view.stories.js';

interface Args extends FixtureArgs {
  'dialog-id'?: string;
  'stream-url'?: string;
}

const statuses = statusRows();
const long = longRows();
/** The review's own dialogs are served beside the seed's. */
const extra = { fixtures: { extraDialogs: [...statuses, ...long] } };

const meta: Meta<Args> = {
  title: 'Design review/dialog-view',
  component: 'dialog-view',
  decorators: [withFixtures],
  args: { ...fixtureArgs, 'dialog-id': statuses[0].id, 'stream-url': 'off' },
  parameters: { layout: 'padded', ...extra, docs: { description: { component: 'Each state at 320, 768 and 1280 px, in bokmål: the sign-off page of the dialog view.' } } },
  render: framed(view.render),
};
export default meta;

type Story = StoryObj<Args>;

/** Requires attention, due in two days: the header, the content with a table of amounts, the actions. */
export const RequiresAttention: Story = {};
/** In progress. */
export const InProgress: Story = { args: { 'dialog-id': statuses[1].id } };
/** Awaiting the sender, overdue. */
export const Awaiting: Story = { args: { 'dialog-id': statuses[2].id } };
/** A draft. */
export const Draft: Story = { args: { 'dialog-id': statuses[3].id } };
/** Completed. */
export const Completed: Story = { args: { 'dialog-id': statuses[4].id } };
/** No status (information only). */
export const NotApplicable: Story = { args: { 'dialog-id': statuses[5].id } };
/** A long compound in the title, a long sender, an extended status. */
export const LongTexts: Story = { args: { 'dialog-id': long[0].id } };
/** A title that is one long word, and no summary. */
export const NoSummary: Story = { args: { 'dialog-id': long[1].id } };
/** Attachments as rows: icon, name, type. */
export const Attachments: Story = { args: { 'dialog-id': seedId('bergen-municipal-fees') } };
/** A conversation: messages both ways, with "who has seen it". */
export const Conversation: Story = { args: { 'dialog-id': seedId('nav-follow-up-conversations') } };
/** An action the user may not take: disabled, with the reason. */
export const UnauthorizedAction: Story = { args: { 'dialog-id': seedId('fjordvik-lease-signing') } };
/** The skeleton while the API has not answered. */
export const Loading: Story = { args: { latencyMs: -1 }, parameters: { settle: 'busy' } };
/** An unknown dialog (404), with the way back. */
export const NotFound: Story = { args: { 'dialog-id': '0197f000-0000-4000-8000-999999999999' } };
/** The API failed (500): the alert and a retry. */
export const ServerError: Story = { args: { errorStatus: 500, errorOn: 'dialog' } };
