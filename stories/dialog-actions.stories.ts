import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../components/define.js';
import { ACTION_SETS, actionsDialog } from './fixtures/dialogs.js';
import { dialogToken, fixtureServer } from './fixtures/responder.js';
import { waitFor, withFixtures } from './fixtures/story.js';

type SetName = keyof typeof ACTION_SETS | 'none';

interface ActionsArgs {
  /** Which GUI actions the in-memory dialog has. */
  actions: SetName;
  /** How long the service platform takes to answer an action (ms); -1: never. */
  actionDelayMs: number;
}

const SETS = Object.keys(ACTION_SETS) as (keyof typeof ACTION_SETS)[];

/** An in-memory dialog per action set (the seed's kindergarten offer with other actions). */
const dialogs = Object.fromEntries([...SETS, 'none'].map((name, i) => [name, actionsDialog(i, name === 'none' ? () => [] : ACTION_SETS[name as keyof typeof ACTION_SETS])]));

/** The element's shadow root once it has rendered its buttons. */
async function ready(canvas: HTMLElement): Promise<ShadowRoot> {
  const element = await waitFor(() => canvas.querySelector('dialog-actions'), '<dialog-actions>');
  await waitFor(() => element.shadowRoot?.querySelector('[part="action"]'), 'the actions');
  return element.shadowRoot!;
}

/** Clicks the action whose text contains `text` (buttons, links and menu items alike). */
async function clickAction(root: ShadowRoot, text: string): Promise<void> {
  const target = await waitFor(() => [...root.querySelectorAll<HTMLElement>('[part="action"]')].find((a) => a.textContent?.includes(text)), text);
  if (target.closest('[popover]')) root.querySelector<HTMLElement>('[part="menu-button"]')?.click();
  target.click();
}

const meta: Meta<ActionsArgs> = {
  title: 'Elements/dialog-actions',
  component: 'dialog-actions',
  decorators: [withFixtures],
  args: { actions: 'priorities', actionDelayMs: 600 },
  argTypes: {
    actions: { control: 'select', options: [...SETS, 'none'], description: 'The GUI actions of the in-memory dialog', table: { category: 'Fixtures (Storybook only)' } },
    actionDelayMs: { control: { type: 'number', min: -1, step: 100 }, description: 'Answer time of the service platform (ms); -1: never', table: { category: 'Fixtures (Storybook only)' } },
  },
  parameters: {
    docs: {
      description: {
        story: 'The `dialog` property is set to an in-memory dialog; its action URLs go to the fixture service platform, which answers by the kind of action (204, 202, 422 or 500).',
      },
    },
  },
  render: (args) => {
    const base = dialogs[args.actions] ?? dialogs.priorities;
    const server = fixtureServer({ dialogs: [base], actionDelayMs: args.actionDelayMs < 0 ? Infinity : args.actionDelayMs });
    const dialog = { ...base, dialogToken: dialogToken(server.id, base.id!) };
    return html`<dialog-actions .dialog=${dialog}></dialog-actions>`;
  },
};
export default meta;

type Story = StoryObj<ActionsArgs>;

/** One Primary and one Secondary as buttons; the Tertiary ones (a destructive one among them) behind "More". */
export const Priorities: Story = {};

/** The "More" menu open. */
export const MenuOpen: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="menu-button"]')!.click();
    await waitFor(() => root.querySelector('[part="menu"]:popover-open'), 'the menu');
  },
};

/** GET actions: real links (no token is sent). */
export const Links: Story = { args: { actions: 'links' } };

/** Actions the user may not take: disabled, with a lock and the reason. */
export const Unauthorized: Story = { args: { actions: 'unauthorized' } };

/** A URL that is not http(s) is never followed. */
export const UnsafeUrl: Story = { args: { actions: 'unsafe' } };

/** The action's prompt, asked before it runs. */
export const Prompt: Story = {
  args: { actions: 'prompt' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="action"][data-variant="primary"]')!.click();
    await waitFor(() => root.querySelector('dialog[open]'), 'the confirmation');
  },
};

/** Deleting asks first, with a destructive button. */
export const DeletePrompt: Story = {
  args: { actions: 'delete' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="menu-button"]')!.click();
    (await waitFor(() => root.querySelector<HTMLElement>('[part="menu"] [data-color="danger"]'), 'delete')).click();
    await waitFor(() => root.querySelector('dialog[open]'), 'the confirmation');
  },
};

/** While the service works on it, the action is busy and no other can start. */
export const Busy: Story = {
  args: { actions: 'outcomes', actionDelayMs: -1 },
  parameters: { settle: 'busy' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="action"][data-variant="primary"]')!.click();
    await waitFor(() => root.querySelector('[aria-busy="true"]'), 'the busy button');
  },
};

/** Done (204): a success message. */
export const Done: Story = {
  args: { actions: 'outcomes', actionDelayMs: 200 },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="action"][data-variant="primary"]')!.click();
    await waitFor(() => root.querySelector('[part="message"] [data-color="success"]'), 'the message');
  },
};

/** Accepted (202): the action stays busy until the dialog changes (at most 10 s; standalone, nothing changes it). */
export const Accepted: Story = {
  args: { actions: 'outcomes', actionDelayMs: 200 },
  parameters: { settle: 'busy' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="action"][data-variant="secondary"]')!.click();
    await waitFor(() => root.querySelector('[part="message"] [data-color="info"]'), 'the message');
  },
};

/** The service failed (500): a localized message; the action stays available. */
export const Failed: Story = {
  args: { actions: 'outcomes', actionDelayMs: 200 },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await clickAction(root, '500');
    await waitFor(() => root.querySelector('[part="message"] [data-color="danger"]'), 'the message');
  },
};

/** Deletion refused during a retention period (422 with `deletionAllowedAt`): the date is explained. */
export const RetentionPeriod: Story = {
  args: { actions: 'outcomes', actionDelayMs: 200 },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLElement>('[part="menu-button"]')!.click();
    (await waitFor(() => root.querySelector<HTMLElement>('[part="menu"] [data-color="danger"]'), 'delete')).click();
    const ok = await waitFor(() => root.querySelector<HTMLButtonElement>('dialog[open] button[value="ok"]'), 'the confirmation');
    ok.click();
    await waitFor(() => root.querySelector('[part="message"] [data-color="danger"]'), 'the message');
  },
};

/** Long action titles wrap. */
export const LongTitles: Story = { args: { actions: 'long' } };

/** A dialog without actions renders nothing. */
export const NoActions: Story = { args: { actions: 'none' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Nynorsk. */
export const Nynorsk: Story = { globals: { locale: 'nn' } };
