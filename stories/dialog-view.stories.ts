import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../components/define.js';
import { lazyElement, loadElement } from '../components/shared/lazy.js';
import { futureStatusDialog, longTextDialogs } from './fixtures/dialogs.js';
import { fixtureApi, type FixtureOptions } from './fixtures/responder.js';
import { seedId } from './fixtures/seed.js';
import { fixtureArgs, fixtureArgTypes, fixtureOptions, waitFor, withFixtures, type FixtureArgs } from './fixtures/story.js';

interface ViewArgs extends FixtureArgs {
  'dialog-id'?: string;
  'stream-url'?: string;
}

/** Seed dialogs worth a look, by their key in demo/seed. */
const DIALOGS = [
  'skd-tax-return-2025',
  'nav-follow-up-conversations',
  'nav-unemployment-benefit',
  'oslo-building-application',
  'arbeidstilsynet-inspection',
  'husbanken-housing-allowance',
  'brg-registration-change',
  'digdir-empty-embed',
  'digdir-escaping-test',
  'bergen-municipal-fees',
  'fjordvik-lease-signing',
  'lanekassen-application-draft',
  'oslo-kindergarten-offer',
  'svv-roadworthiness-overdue',
  'politiet-firearms-licence',
  'oslo-property-tax-2026',
];

/** Waits until the view has shown its dialog (or an error) and returns its shadow root. */
async function ready(canvas: HTMLElement): Promise<ShadowRoot> {
  const view = await waitFor(() => canvas.querySelector('dialog-view'), '<dialog-view>');
  await waitFor(() => view.shadowRoot?.querySelector('[part="article"], [part="error"], [part="placeholder"]'), 'the dialog');
  return view.shadowRoot!;
}

async function click(root: ShadowRoot, selector: string, what: string): Promise<void> {
  (await waitFor(() => root.querySelector<HTMLElement>(selector), what)).click();
}

const meta: Meta<ViewArgs> = {
  title: 'Elements/dialog-view',
  component: 'dialog-view',
  decorators: [withFixtures],
  args: { ...fixtureArgs, 'dialog-id': seedId('skd-tax-return-2025') },
  argTypes: {
    ...fixtureArgTypes,
    'dialog-id': {
      control: { type: 'select', labels: Object.fromEntries(DIALOGS.map((key) => [seedId(key), key])) },
      options: DIALOGS.map(seedId),
    },
    'stream-url': { control: 'text', description: '`off` turns live updates off' },
  },
  render: (args, { parameters }) => html`<dialog-view
    api-base-url=${fixtureApi(fixtureOptions(args, parameters.fixtures as FixtureOptions | undefined))}
    dialog-id=${args['dialog-id'] || nothing}
    stream-url=${ifDefined(args['stream-url'] || undefined)}
  ></dialog-view>`,
};
export default meta;

type Story = StoryObj<ViewArgs>;

/** Requires attention: status, sender, dates, due date, summary, the main content embedded (markdown), markdown additional information, actions. */
export const RequiresAttention: Story = {};

/** Many conversations: threads newest first, replies under their first message, all shown ("show more"), one message's embedded content opened. */
export const Threads: Story = {
  args: { 'dialog-id': seedId('nav-follow-up-conversations') },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await click(root, '[part="more-threads"]', 'the "show more" button');
    await click(root, '[part="transmission"] .toggle', 'a message with content');
    await waitFor(() => root.querySelector('[part="transmission-content"]:not([aria-busy="true"])'), 'the message content');
  },
};

/** Messages with replies, attachments and links, a decision; history; delete with a retention period. */
export const RepliesAndAttachments: Story = { args: { 'dialog-id': seedId('nav-unemployment-benefit') } };

/** The history (every activity as a sentence, with messages) and who has seen the dialog, both opened. */
export const HistoryAndSeenLog: Story = {
  args: { 'dialog-id': seedId('oslo-building-application') },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const history = await waitFor(() => root.querySelector<HTMLDetailsElement>('[part="history"]'), 'history');
    history.open = true;
    await click(root, 'button[aria-controls="seen-log"]', 'the seen log button');
    await waitFor(() => root.querySelector('ul[part="seen-log"]'), 'the seen log');
  },
};

/** A message the user may not read (collapsed, with the reason, no links) among ones they may. */
export const UnauthorizedMessage: Story = { args: { 'dialog-id': seedId('arbeidstilsynet-inspection') } };

/** Main content embedded as HTML (sanitised). */
export const HtmlEmbed: Story = { args: { 'dialog-id': seedId('husbanken-housing-allowance') } };

/** Main content through the deprecated `frontchannelembed+json` media type. */
export const LegacyEmbed: Story = { args: { 'dialog-id': seedId('brg-registration-change') } };

/** An embed that answers 204: nothing to show. */
export const EmptyEmbed: Story = { args: { 'dialog-id': seedId('digdir-empty-embed') } };

/** Hostile texts and markup from a sender, shown as text or sanitised. */
export const HostileContent: Story = { args: { 'dialog-id': seedId('digdir-escaping-test') } };

/** Attachments: usable ones as links, an expired one disabled with the reason. */
export const ExpiredAttachment: Story = { args: { 'dialog-id': seedId('bergen-municipal-fees') } };

/** An action the user may not take (disabled with the reason). */
export const UnauthorizedAction: Story = { args: { 'dialog-id': seedId('fjordvik-lease-signing') } };

/** Overdue. */
export const Overdue: Story = { args: { 'dialog-id': seedId('svv-roadworthiness-overdue') } };

/** Awaiting the service owner. */
export const Awaiting: Story = { args: { 'dialog-id': seedId('politiet-firearms-licence') } };

/** A draft. */
export const Draft: Story = { args: { 'dialog-id': seedId('lanekassen-application-draft') } };

/** Plain-text additional information, no status tag (NotApplicable). */
export const NotApplicable: Story = { args: { 'dialog-id': seedId('oslo-property-tax-2026') } };

/** A status the contract may add later: neutral, with its raw name. */
export const FutureStatus: Story = {
  args: { 'dialog-id': futureStatusDialog().id },
  parameters: { fixtures: { extraDialogs: [futureStatusDialog()] } },
};

/** Long title, summary, sender, action titles and an unbroken word. */
export const LongTexts: Story = {
  args: { 'dialog-id': longTextDialogs()[0].id },
  parameters: { fixtures: { extraDialogs: longTextDialogs() } },
};

/** The skeleton while the API has not answered (here: never). */
export const Loading: Story = { args: { latencyMs: -1 }, parameters: { settle: 'busy' } };

/** No dialog chosen. */
export const Placeholder: Story = { args: { 'dialog-id': '' } };

/**
 * The view's place when its code (a chunk of the script-tag build) cannot be loaded: after a deploy removed it, or
 * on a failed network. A message with a retry, in the element's own place; the rest of the inbox keeps working.
 * Shown with an element whose chunk always fails (the message is the same for every lazily loaded element).
 */
export const PartNotLoaded: Story = {
  render: () => html`<dialog-part-not-loaded></dialog-part-not-loaded>`,
  parameters: { standIn: 'dialog-part-not-loaded' },
  play: async ({ canvasElement }) => {
    lazyElement('dialog-part-not-loaded', () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await loadElement('dialog-part-not-loaded').catch(() => {});
    await waitFor(() => canvasElement.querySelector('dialog-part-not-loaded')?.shadowRoot?.querySelector('[part="chunk-error"] button'), 'the message with its retry');
  },
};

/** An unknown dialog (404): explained, with the way back. */
export const NotFound: Story = { args: { 'dialog-id': '0197f000-0000-4000-8000-999999999999' } };

/** A deleted dialog (410). */
export const Deleted: Story = { args: { errorStatus: 410, errorOn: 'dialog' } };

/** The API wants a higher authentication level (403): log in again. */
export const AuthenticationLevel: Story = {
  args: { errorStatus: 403, errorOn: 'dialog', errorDetail: 'The authentication level is too low. Log in with ID-porten at level 4 (substantial) or higher.' },
};

/** The API refused the session (401): "Log in again" fires `dialog-auth-required` (`session`), and a retry. */
export const SessionExpired: Story = { args: { errorStatus: 401, errorOn: 'dialog' } };

/** No access to the dialog (403). */
export const Forbidden: Story = { args: { errorStatus: 403, errorOn: 'dialog' } };

/** The API failed (500, after the client's retries): an alert with the trace id and a retry. */
export const ServerError: Story = { args: { errorStatus: 500, errorOn: 'dialog' } };

/**
 * A quiet refresh failed (after an action, or to renew the dialog token): what the user is reading stays, under
 * an alert with a retry; the view also tries again by itself later.
 */
export const RefreshFailed: Story = {
  args: { errorStatus: 500, errorOn: 'dialog' },
  parameters: { fixtures: { errorAfter: 1 } },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    void canvasElement.querySelector('dialog-view')!.reload();
    await waitFor(() => root.querySelector('[part="error"]') && root.querySelector('[part="article"]'), 'the alert above the dialog', 10_000);
  },
};

/**
 * A background action answered 202: the button stays busy until the live update (GraphQL over SSE) brings
 * the change — status Awaiting and the submission in the messages.
 */
export const AcceptedAndLiveUpdate: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const actions = await waitFor(() => root.querySelector('dialog-actions')?.shadowRoot, '<dialog-actions>');
    const submit = await waitFor(
      () => [...actions.querySelectorAll<HTMLButtonElement>('button[part="action"]')].find((b) => b.dataset.variant === 'secondary'),
      'the submit button',
    );
    submit.click();
    await waitFor(() => root.querySelector('[part="status"][data-status="Awaiting"]'), 'the live update', 10_000);
  },
};

/** Deleting asks first, with a destructive button. */
export const DeletePrompt: Story = {
  args: { 'dialog-id': seedId('lanekassen-application-draft') },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const actions = await waitFor(() => root.querySelector('dialog-actions')?.shadowRoot, '<dialog-actions>');
    (await waitFor(() => actions.querySelector<HTMLElement>('[part="menu-button"]'), 'the menu button')).click();
    (await waitFor(() => actions.querySelector<HTMLElement>('[part="menu"] [data-color="danger"]'), 'delete')).click();
    await waitFor(() => actions.querySelector('dialog[open]'), 'the confirmation');
  },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Nynorsk. */
export const Nynorsk: Story = { globals: { locale: 'nn' } };
