import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../components/define.js';
import { fixtureApi, type FixtureOptions } from './fixtures/responder.js';
import { PARTIES, seedId } from './fixtures/seed.js';
import { fixtureArgs, fixtureArgTypes, fixtureOptions, waitFor, withFixtures, type FixtureArgs } from './fixtures/story.js';

interface InboxArgs extends FixtureArgs {
  party?: string;
  folder?: string;
  filters?: string;
  search?: string;
  /** Width of the box the inbox sits in (it lays itself out by its container's width). */
  width?: string;
}

/** The list inside the inbox, once it shows rows (or a final state). */
async function listReady(canvas: HTMLElement): Promise<ShadowRoot> {
  const inbox = await waitFor(() => canvas.querySelector('dialog-inbox'), '<dialog-inbox>');
  const list = await waitFor(() => inbox.shadowRoot?.querySelector('dialog-list'), 'the list');
  await waitFor(() => list.shadowRoot?.querySelector('.row-button, [part="empty"], [part="error"]'), 'rows');
  return list.shadowRoot!;
}

/** Opens a seed dialog by clicking its row, and waits until the view shows it. */
async function open(canvas: HTMLElement, key: string): Promise<void> {
  const list = await listReady(canvas);
  const row = await waitFor(() => list.querySelector<HTMLElement>(`[data-dialog-id="${seedId(key)}"] .row-button`), `the row of ${key}`);
  row.click();
  const view = canvas.querySelector('dialog-inbox')!.shadowRoot!.querySelector('dialog-view')!;
  await waitFor(() => view.shadowRoot?.querySelector('[part="article"]'), 'the dialog');
}

const meta: Meta<InboxArgs> = {
  title: 'Elements/dialog-inbox',
  component: 'dialog-inbox',
  decorators: [withFixtures],
  args: { ...fixtureArgs, party: PARTIES.person, width: '100%' },
  argTypes: {
    ...fixtureArgTypes,
    party: { control: 'select', options: ['', ...Object.values(PARTIES)], description: 'Space-separated party URNs; empty: every party from GET /parties' },
    folder: { control: 'inline-radio', options: ['inbox', 'drafts', 'sent', 'archive', 'bin'] },
    filters: { control: 'text' },
    search: { control: 'text' },
    width: { control: 'text', description: 'Width of the surrounding box', table: { category: 'Fixtures (Storybook only)' } },
  },
  render: (args, { parameters }) => html`<div style="max-inline-size: ${args.width ?? '100%'}">
    <dialog-inbox
      api-base-url=${fixtureApi(fixtureOptions(args, parameters.fixtures as FixtureOptions | undefined))}
      party=${args.party || nothing}
      folder=${ifDefined(args.folder)}
      filters=${ifDefined(args.filters)}
      search=${ifDefined(args.search)}
    ></dialog-inbox>
  </div>`,
};
export default meta;

type Story = StoryObj<InboxArgs>;

/** The complete inbox of one person: list and dialog side by side on a wide container. */
export const Person: Story = {};

/** A dialog chosen: it opens beside the list, and its row is marked (and read). */
export const DialogOpen: Story = {
  play: async ({ canvasElement }) => open(canvasElement, 'skd-tax-return-2025'),
};

/** On a narrow container one pane at a time, with the way back. */
export const Narrow: Story = {
  args: { width: '24rem' },
  play: async ({ canvasElement }) => open(canvasElement, 'nav-unemployment-benefit'),
};

/** Every party the user may act for: the party picker appears above the list, and rows name their recipient. */
export const Parties: Story = { args: { party: '' } };

/** The party picker open: persons and organisations, sub-units under their main unit, a deleted sub-unit marked. */
export const PartyPickerOpen: Story = {
  args: { party: '' },
  play: async ({ canvasElement }) => {
    await listReady(canvasElement);
    const picker = await waitFor(() => canvasElement.querySelector('dialog-inbox')!.shadowRoot!.querySelector('dialog-party-picker'), 'the picker');
    (await waitFor(() => picker.shadowRoot?.querySelector<HTMLElement>('[part="toggle"]'), 'the picker button')).click();
    await waitFor(() => picker.shadowRoot?.querySelector('[part="panel"]:not([hidden])'), 'the panel');
  },
};

/** An organisation's inbox. */
export const Organisation: Story = { args: { party: `${PARTIES.bakery} ${PARTIES.bakerySentrum}` } };

/** Folders and filters given by the portal (e.g. from its URL): the archive, completed dialogs only. */
export const FolderAndFilters: Story = { args: { folder: 'archive', filters: 'status=Completed' } };

/** A search across all folders. */
export const Search: Story = { args: { search: 'vedtak' } };

/** Waiting for the API (here: forever). */
export const Loading: Story = { args: { party: '', latencyMs: -1 }, parameters: { settle: 'busy' } };

/** A party without dialogs. */
export const Empty: Story = { args: { party: '', emptyParty: true } };

/** GET /parties failed: the list explains it and offers a retry. */
export const PartiesError: Story = { args: { party: '', errorStatus: 500, errorOn: 'parties' } };

/** The portal arranges the elements itself; the inbox only gives them its configuration. */
export const OwnLayout: Story = {
  render: (args, { parameters }) => html`<dialog-inbox
    api-base-url=${fixtureApi(fixtureOptions(args, parameters.fixtures as FixtureOptions | undefined))}
    party=${args.party || nothing}
  >
    <div style="display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); gap: 1.5rem">
      <div><dialog-list page-size="8"></dialog-list></div>
      <div><dialog-view></dialog-view></div>
    </div>
  </dialog-inbox>`,
};

/** English. */
export const English: Story = { globals: { locale: 'en' }, play: DialogOpen.play };

/** Nynorsk. */
export const Nynorsk: Story = { globals: { locale: 'nn' }, play: DialogOpen.play };
