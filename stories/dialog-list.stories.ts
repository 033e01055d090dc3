import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../components/define.js';
import { longTextDialogs, statusDialogs } from './fixtures/dialogs.js';
import { fixtureApi, fixtureServer, type FixtureOptions, type FixtureServer } from './fixtures/responder.js';
import { setRefreshFloor } from '../src/state/refresh-policy.js';
import { extras } from '../components/dialog-list/list-extras-part.js';
import { PARTIES } from './fixtures/seed.js';
import { clickWhenReady, deepAll, fixtureArgs, fixtureArgTypes, fixtureOptions, waitFor, withFixtures, type FixtureArgs } from './fixtures/story.js';

interface ListArgs extends FixtureArgs {
  party?: string;
  folder?: string;
  filters?: string;
  search?: string;
  'order-by'?: string;
  'page-size'?: number;
}

/** Waits for the list's rows (or its empty state) and returns the list's shadow root. */
async function ready(canvas: HTMLElement): Promise<ShadowRoot> {
  const list = await waitFor(() => canvas.querySelector('dialog-list'), '<dialog-list>');
  await waitFor(() => list.shadowRoot?.querySelector('.row-button, [part="empty"], [part="error"]'), 'rows');
  return list.shadowRoot!;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/dialog-list',
  component: 'dialog-list',
  decorators: [withFixtures],
  args: { ...fixtureArgs, party: PARTIES.person },
  argTypes: {
    ...fixtureArgTypes,
    party: { control: 'select', options: ['', ...Object.values(PARTIES)], description: 'Space-separated party URNs; empty: every party from GET /parties' },
    folder: { control: 'inline-radio', options: ['inbox', 'drafts', 'sent', 'archive', 'bin'] },
    'order-by': { control: 'select', options: ['contentUpdatedAt_desc', 'contentUpdatedAt_asc', 'createdAt_desc', 'dueAt_asc', 'updatedAt_desc'] },
    'page-size': { control: { type: 'number', min: 1, max: 1000 } },
    filters: { control: 'text' },
    search: { control: 'text' },
  },
  render: (args, { parameters }) => html`<dialog-list
    api-base-url=${fixtureApi(fixtureOptions(args, parameters.fixtures as FixtureOptions | undefined))}
    party=${args.party || nothing}
    folder=${ifDefined(args.folder)}
    filters=${ifDefined(args.filters)}
    search=${ifDefined(args.search)}
    order-by=${ifDefined(args['order-by'])}
    page-size=${ifDefined(args['page-size'])}
  ></dialog-list>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The inbox of the person: unread rows stand out, month headings, each status, due dates, counts and "seen by". */
export const Inbox: Story = {};

/** Every party the user may act for (from GET /parties): each row names its recipient. */
export const AllParties: Story = { args: { party: '' } };

/** An organisation with its sub-units named explicitly. */
export const Organisation: Story = { args: { party: `${PARTIES.bakery} ${PARTIES.bakerySentrum}` } };

/** The skeleton while the API has not answered (here: never). */
/** More parties than one search may name (here 1 per search): searched in batches, merged into one list in order. */
export const PartiesInBatches: Story = { args: { party: '' }, parameters: { fixtures: { partyCap: 1 } } };

/** One batch failing: the rows of the others, and a notice naming the party that could not be searched, with a retry. */
export const SomePartiesNotSearched: Story = {
  args: { party: '' },
  parameters: { fixtures: { partyCap: 1, failParties: [PARTIES.bakery] } },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => root.querySelector('[part="error"]'), 'the notice');
  },
};

export const Loading: Story = { args: { latencyMs: -1 }, parameters: { settle: 'busy' } };

/** A party without dialogs. */
export const Empty: Story = { args: { party: '', emptyParty: true } };

/** The search failed (500, after the client's retries): an alert with the trace id and a retry. */
export const ServerError: Story = { args: { errorStatus: 500, errorOn: 'search' } };

/** The API refused the session (401, also after a fresh token): "Log in again" fires `dialog-auth-required` (`session`). */
export const SessionExpired: Story = { args: { errorStatus: 401, errorOn: 'search' } };

/** The API could not list the parties (standalone list without `party`). */
export const PartiesError: Story = { args: { party: '', errorStatus: 503, errorOn: 'parties' } };

/** A text search that is too broad for the server (422): a warning, not an error. */
export const SearchTooBroad: Story = { args: { search: 'skatt', errorStatus: 422, errorOn: 'search' } };

/** Free-text search: every folder, matches marked, each row tagged with its folder. */
export const Search: Story = { args: { search: 'dagpenger' } };

/** Drafts (status Draft in the Default label). */
export const Drafts: Story = { args: { folder: 'drafts' } };

/** Sent: dialogs the user has sent something in. */
export const Sent: Story = { args: { folder: 'sent' } };

/** Archive. */
export const Archive: Story = { args: { folder: 'archive' } };

/** Bin. */
export const Bin: Story = { args: { folder: 'bin' } };

/** Filters from the `filters` attribute (status OR status, AND unread), shown as removable chips; the panel open. */
export const Filters: Story = {
  args: { filters: 'status=RequiresAttention,InProgress&seen=unread' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    (await waitFor(() => root.querySelector<HTMLElement>('[part="filters-button"]'), 'filters button')).click();
    await waitFor(() => root.querySelector('[part="filters"]:not([hidden]) #f-org'), 'filter panel');
  },
};

/**
 * The filter panel when its code (a chunk of the script-tag build) could not be loaded: after a deploy removed it,
 * or on a failed network. A message with a retry in the panel's place; the rows, search and folders keep working.
 * Shown by hiding the loaded chunk from the list while the panel opens (Retry loads it and shows the fields).
 */
export const FilterPanelNotLoaded: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    const loaded = await extras.load();
    extras.module = undefined;
    extras.failed = true;
    try {
      (await waitFor(() => root.querySelector<HTMLElement>('[part="filters-button"]'), 'filters button')).click();
      await waitFor(() => root.querySelector('[part="filters"]:not([hidden]) [part="chunk-error"] button'), 'the message with its retry');
    } finally {
      // The other stories of this page find the chunk again; this one keeps its message until Retry renders anew.
      extras.module ??= loaded;
    }
  },
};

/**
 * The recipient filter (for a user with several parties): a search over the parties as you type, a page of them at
 * a time in a select; choosing one shows its dialogs (a cancelable dialog-party-change), "All parties" goes back.
 */
export const RecipientFilter: Story = {
  args: { party: '' },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    (await waitFor(() => root.querySelector<HTMLElement>('[part="filters-button"]'), 'filters button')).click();
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('#f-recipient-q'), 'the recipient filter');
    input.value = 'bakeri';
    input.dispatchEvent(new Event('input'));
  },
};

/** Filters that match nothing. */
export const FiltersMatchNothing: Story = { args: { filters: 'status=Completed&seen=unread&updated=today' } };

/** One dialog of each status (a search finds them in every folder, Draft included). */
export const EachStatus: Story = {
  args: { search: 'status-demo' },
  parameters: { fixtures: { extraDialogs: statusDialogs() } },
};

/** Sorted by due date, soonest first (rows without a due date last). */
export const SortedByDueDate: Story = { args: { 'order-by': 'dueAt_asc' } };

/** Five rows per page: "Show more" pages with the continuation token and the same order. */
export const Paged: Story = { args: { 'page-size': 5 } };

/** Long titles, summaries, sender names and an unbroken word wrap instead of overflowing. */
export const LongTexts: Story = {
  args: { search: 'eiendomsskatteomregningsgrunnlagsdokumentasjonsinnhentingsprosess' },
  parameters: { fixtures: { extraDialogs: longTextDialogs() } },
};

/** Selection mode: a checkbox per row, the count and the bulk actions that apply to the picked rows. */
export const BulkMode: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    (await waitFor(() => root.querySelector<HTMLElement>('[part="select-button"]'), 'select button')).click();
    const boxes = await waitFor(() => (root.querySelectorAll('.pick').length ? [...root.querySelectorAll<HTMLInputElement>('.pick')] : null), 'checkboxes');
    boxes.slice(0, 3).forEach((box) => box.click());
    await waitFor(() => root.querySelector('[part="bulk-action"]'), 'bulk actions');
  },
};

/** A bulk action carried out: three rows archived (optimistically, then confirmed by the API). */
export const BulkArchived: Story = {
  play: async (context) => {
    await BulkMode.play!(context);
    const root = await ready(context.canvasElement);
    (await waitFor(() => root.querySelector<HTMLElement>('[part="bulk-action"][data-action="archive"]'), 'archive button')).click();
    await waitFor(() => root.querySelector('[part="message"] .ds-alert'), 'bulk result');
  },
};

/** A row's menu (the same actions for one row). */
export const RowMenu: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await clickWhenReady(canvasElement, 'dialog-list', '[part="row-menu-button"]');
    await waitFor(() => deepAll(canvasElement, '[part="row-menu"]:popover-open').length, 'row menu');
  },
};

/** The servers of the News story, by canvas: its play function changes their dialogs. */
const newsServers = new WeakMap<HTMLElement, FixtureServer>();

/**
 * News found by the list's own refresh (the tab shown again, or its interval): a dialog that arrived and one whose
 * content was updated are announced in a polite banner with "Vis", not shuffled in under the pointer.
 */
export const News: Story = {
  render: (args, { parameters, canvasElement }) => {
    const server = fixtureServer(fixtureOptions(args, parameters.fixtures as FixtureOptions | undefined));
    if (canvasElement) newsServers.set(canvasElement, server);
    return html`<dialog-list api-base-url=${server.baseUrl} party=${args.party || nothing}></dialog-list>`;
  },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => root.querySelector('.refresh'), 'the refresh (a chunk)');
    const server = newsServers.get(canvasElement);
    if (!server) return;
    const shown = [...root.querySelectorAll<HTMLElement>('li[part="row"]')].map((row) => row.dataset.dialogId);
    const party = canvasElement.querySelector('dialog-list')!.getAttribute('party');
    // An archived dialog of the party comes back to the Inbox with new content: to the list, a new one.
    const arrived = server.dialogs.find((d) => d.party === party && d.endUserContext?.systemLabels?.includes('Archive'));
    if (arrived) server.update(arrived.id!, (d) => void (d.endUserContext = { ...d.endUserContext!, systemLabels: ['Default'] }), { content: true });
    if (shown[1]) server.update(shown[1], () => {}, { content: true });
    setRefreshFloor(0.05); // the refresh asks at once when the tab is shown again, not only 30 s after the last ask
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => root.querySelector('.refresh-banner'), 'the banner');
    } finally {
      setRefreshFloor(30);
    }
  },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Nynorsk. */
export const Nynorsk: Story = { globals: { locale: 'nn' } };
