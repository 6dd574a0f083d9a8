import '@saumaton/team-roster/saumaton-team-roster.js';

import { MemoryAdapter, type Viewer } from '@saumaton/core';
import type { AnyAdapter } from '@saumaton/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  clientWithoutTeamAdapter,
  emptyTeam,
  emptyTeamAdapter,
  exampleAdapter,
  largeTeamAdapter,
  malformedDataAdapter,
  missingRecordAdapter,
  neverAnsweringAdapter,
  offlineOnceAdapter,
} from './story-adapters.js';

interface RosterArgs {
  teamId?: string | undefined;
  clientId?: string | undefined;
  editable: boolean;
  viewer: Viewer;
  /** Milliseconds the example adapter waits before each answer. */
  latency: number;
  onSaumatonSaved?: (event: Event) => void;
  onSaumatonError?: (event: Event) => void;
}

const professional: Viewer = {
  kind: 'professional',
  organizationId: '1.2.246.10.99999999.10.0',
  practitionerId: 'm-leena',
};

/** The adapter a story's loader made; a fresh one for every render. */
function adapterOf(loaded: Record<string, unknown>): AnyAdapter {
  return loaded['adapter'] as AnyAdapter;
}

/** The manifest's attribute rows document the attribute names; the property rows carry the controls. */
const documentationRows: Meta['argTypes'] = {
  'team-id': { control: false },
  'client-id': { control: false },
  adapter: { control: false },
};

const meta = {
  title: 'Widgets/Team roster',
  component: 'saumaton-team-roster',
  args: { teamId: 'team-aino', editable: false, viewer: professional, latency: 0 },
  argTypes: {
    ...documentationRows,
    teamId: { control: 'text' },
    clientId: { control: 'text' },
    editable: { control: 'boolean' },
    viewer: {
      control: 'object',
      description:
        "Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId?, practitionerId? }`. Only a professional may edit. Overrides the one a `<saumaton-provider>` gives.",
      table: { category: 'properties', type: { summary: 'Viewer' } },
    },
    latency: {
      control: { type: 'range', min: 0, max: 3000, step: 100 },
      description: 'Story only: milliseconds the example MemoryAdapter waits before each answer.',
      table: { category: 'story' },
    },
    // Logged in the Actions panel.
    onSaumatonSaved: { action: 'saumaton-saved', table: { disable: true } },
    onSaumatonError: { action: 'saumaton-error', table: { disable: true } },
  },
  render: (args, { loaded }) => {
    const adapter = adapterOf(loaded);
    if (adapter instanceof MemoryAdapter) adapter.latency = args.latency;
    return html`<saumaton-team-roster
      team-id=${args.teamId || nothing}
      client-id=${args.clientId || nothing}
      ?editable=${args.editable}
      .adapter=${adapter}
      .viewer=${args.viewer}
      @saumaton-saved=${args.onSaumatonSaved}
      @saumaton-error=${args.onSaumatonError}
    ></saumaton-team-roster>`;
  },
} satisfies Meta<RosterArgs>;

export default meta;
type Story = StoryObj<RosterArgs>;

const withExampleData = async () => ({ adapter: await exampleAdapter() });

/** A professional reading the team: members by organisation, the coordinator first, the client's side, past members, meetings. */
export const Ready: Story = {
  loaders: [withExampleData],
};

/** A professional may add, edit and remove members, hand over the coordinator role and record meetings. */
export const Editable: Story = {
  args: { editable: true },
  loaders: [withExampleData],
};

/** The client sees the same team but no editing controls, even with `editable` set. */
export const ClientView: Story = {
  args: { editable: true, viewer: { kind: 'client' } },
  loaders: [withExampleData],
};

/** A client under turvakielto (non-disclosure for safety): the contact details of the client's side are never rendered. */
export const Turvakielto: Story = {
  args: { teamId: 'team-sanna' },
  loaders: [withExampleData],
};

/** The adapter never answers. */
export const Loading: Story = {
  loaders: [() => ({ adapter: neverAnsweringAdapter() })],
};

/** No team has been convened for the client yet; a professional may convene one. */
export const Empty: Story = {
  args: { teamId: '', clientId: 'client-aino', editable: true },
  loaders: [async () => ({ adapter: await clientWithoutTeamAdapter() })],
};

/** A team just convened, with no members yet. */
export const EmptyTeam: Story = {
  args: { teamId: emptyTeam.id, editable: true },
  loaders: [async () => ({ adapter: await emptyTeamAdapter() })],
};

/** The first load fails offline; "Try again" then succeeds. */
export const Error: Story = {
  loaders: [async () => ({ adapter: await offlineOnceAdapter() })],
};

/** A member whose record the backend cannot find (a dangling FHIR reference) shows as an unknown person. */
export const MissingRecord: Story = {
  loaders: [async () => ({ adapter: await missingRecordAdapter() })],
};

/** The adapter returns a team that breaks the schema: nothing half-valid renders. */
export const MalformedData: Story = {
  loaders: [() => ({ adapter: malformedDataAdapter() })],
};

/**
 * The user is editing Jari Heikkinen when someone else saves the team. The open form is left
 * alone (live updates never pull the ground from under an edit); saving it meets the conflict,
 * which shows their version and keeps the user's change to apply or discard.
 */
export const Conflict: Story = {
  args: { editable: true },
  loaders: [withExampleData],
  // Run the play function on the docs page too, so it shows the conflict panel.
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement, loaded, step }) => {
    const adapter = adapterOf(loaded) as MemoryAdapter;
    const roster = canvasElement.querySelector('saumaton-team-roster');
    const shadow = () => roster?.shadowRoot ?? null;
    const edit = await waitFor(() => {
      const button = shadow()?.querySelector<HTMLButtonElement>('#edit-m-jari');
      if (!button) throw new globalThis.Error('The roster has not rendered the team yet.');
      return button;
    });
    await step('Open Jari Heikkinen for editing and change the title', async () => {
      await userEvent.click(edit);
      const title = await waitFor(() => {
        const input = shadow()?.querySelector<HTMLInputElement>('#field-title');
        if (!input) throw new globalThis.Error('The form is not open yet.');
        return input;
      });
      // Typed straight into the shadow root's input: user-event does not reach inside shadow roots.
      title.value = 'Johtava sosiaaliohjaaja';
      title.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await step('Someone else saves first', async () => {
      const base = await adapter.getTeam({ teamId: 'team-aino' });
      await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    });
    await step('Save the stale edit', async () => {
      const submit = shadow()?.querySelector<HTMLButtonElement>('form button[type="submit"]');
      if (submit) await userEvent.click(submit);
    });
    await waitFor(() => expect(shadow()?.querySelector('[part~="conflict"]')).not.toBeNull());
  },
};

/** 60 members and 40 meetings. */
export const LargeTeam: Story = {
  args: { teamId: 'team-large' },
  loaders: [async () => ({ adapter: await largeTeamAdapter() })],
};

/** In a 320px-wide column: the roster lays itself out by its container, not the viewport. */
export const Narrow: Story = {
  args: { editable: true },
  loaders: [withExampleData],
  decorators: [(story) => html`<div class="sb-saumaton-narrow">${story()}</div>`],
};

/** The dark theme, whatever the toolbar says. */
export const Dark: Story = {
  args: { editable: true },
  loaders: [withExampleData],
  globals: { theme: 'dark' },
};
