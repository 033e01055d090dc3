import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../components/define.js';
import { fixtureApi, type FixtureOptions } from './fixtures/responder.js';
import { PARTIES } from './fixtures/seed.js';
import { fixtureArgs, fixtureArgTypes, fixtureOptions, waitFor, withFixtures, type FixtureArgs } from './fixtures/story.js';

interface PickerArgs extends FixtureArgs {
  value?: string;
  max?: number;
}

async function openPanel(canvas: HTMLElement): Promise<void> {
  const picker = await waitFor(() => canvas.querySelector('dialog-party-picker'), '<dialog-party-picker>');
  (await waitFor(() => picker.shadowRoot?.querySelector<HTMLElement>('[part="toggle"]'), 'the picker button')).click();
  await waitFor(() => picker.shadowRoot?.querySelector('[part="panel"]:not([hidden])'), 'the panel');
}

const meta: Meta<PickerArgs> = {
  title: 'Elements/dialog-party-picker',
  component: 'dialog-party-picker',
  decorators: [withFixtures],
  args: { ...fixtureArgs },
  argTypes: {
    ...fixtureArgTypes,
    value: { control: 'text', description: 'Chosen party URNs, space-separated; empty: all' },
    max: { control: { type: 'number', min: 1 } },
  },
  render: (args, { parameters }) => html`<dialog-party-picker
    api-base-url=${fixtureApi(fixtureOptions(args, parameters.fixtures as FixtureOptions | undefined))}
    value=${ifDefined(args.value || undefined)}
    max=${ifDefined(args.max)}
  ></dialog-party-picker>`,
};
export default meta;

type Story = StoryObj<PickerArgs>;

/** All parties chosen (the default). */
export const AllParties: Story = {};

/** The panel: persons, organisations with their sub-units, a deleted sub-unit, a main unit reached only through its sub-unit. */
export const Open: Story = { play: async ({ canvasElement }) => openPanel(canvasElement) };

/** Two parties chosen. */
export const Chosen: Story = { args: { value: `${PARTIES.bakery} ${PARTIES.bakerySentrum}` } };

/** At most two parties at once: the limit is explained when reached. */
export const Limit: Story = {
  args: { value: `${PARTIES.person} ${PARTIES.father}`, max: 2 },
  play: async ({ canvasElement }) => openPanel(canvasElement),
};

/** An accountant's 5,000 clients: a page of 100 at a time with "Show more", the count, "Select all". */
export const ThousandsOfParties: Story = {
  parameters: { fixtures: { clientParties: 5000 } },
  play: async ({ canvasElement }) => openPanel(canvasElement),
};

/** GET /parties failed. */
export const ServerError: Story = { args: { errorStatus: 500, errorOn: 'parties' } };

/** Only one party: nothing to choose, nothing shown. */
export const OneParty: Story = { args: { emptyParty: true } };

/**
 * A search (by name or organisation number): how many match, "Select all" for every match, the count of ticks and,
 * over the API's cap, the note that the choice is searched in several rounds. Thousands of parties render a page
 * of 100 at a time with "Show more".
 */
export const Searched: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    const root = canvasElement.querySelector('dialog-party-picker')!.shadowRoot!;
    (root.querySelector<HTMLElement>('[part="select-none"]'))?.click();
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('[part="search"]'), 'the search');
    input.value = 'bakeri';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => root.querySelector('#party-matches')?.textContent, 'the matches');
  },
};
