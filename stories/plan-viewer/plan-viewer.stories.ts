import '@saumaton/plan-viewer/saumaton-plan-viewer.js';

import type { AnyAdapter, MemoryAdapter, Viewer } from '@saumaton/core';
import { exampleOrganizations, examplePlan } from '@saumaton/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  exampleAdapter,
  manyPartsPlan,
  neverAnsweringAdapter,
  offlineOnceAdapter,
  protectedPlan,
  withoutLiveUpdatesAdapter,
} from './story-adapters.js';

interface PlanArgs {
  planId?: string | undefined;
  mode: 'professional' | 'client';
  editable: boolean;
  allowClientView: boolean;
  viewer: Viewer;
  onSaumatonSaved?: (event: Event) => void;
  onSaumatonError?: (event: Event) => void;
}

const organiser: Viewer = { kind: 'professional', organizationId: exampleOrganizations.county.id };
const voucherWorker: Viewer = { kind: 'professional', organizationId: exampleOrganizations.voucher.id };

function adapterOf(loaded: Record<string, unknown>): AnyAdapter {
  return loaded['adapter'] as AnyAdapter;
}

/** The element's shadow-root match for `selector`, once it is shown. */
async function shown(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = canvas.querySelector('saumaton-plan-viewer')?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (!found) throw new globalThis.Error(`${selector} is not shown yet.`);
    return found;
  });
}

/** The manifest's attribute rows document the attribute names; the property rows carry the controls. */
const documentationRows: Meta['argTypes'] = {
  'plan-id': { control: false },
  'client-id': { control: false },
  adapter: { control: false },
};

const meta = {
  title: 'Widgets/Plan viewer',
  component: 'saumaton-plan-viewer',
  args: { planId: examplePlan.id, mode: 'professional', editable: false, allowClientView: false, viewer: organiser },
  argTypes: {
    ...documentationRows,
    planId: { control: 'text' },
    mode: { control: 'inline-radio', options: ['professional', 'client'] },
    editable: { control: 'boolean' },
    allowClientView: { control: 'boolean' },
    viewer: {
      control: 'object',
      description:
        "Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId? }`. A professional edits their organisation's part; the organiser's the common sections.",
      table: { category: 'properties', type: { summary: 'Viewer' } },
    },
    onSaumatonSaved: { action: 'saumaton-saved', table: { disable: true } },
    onSaumatonError: { action: 'saumaton-error', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<saumaton-plan-viewer
      plan-id=${args.planId || nothing}
      mode=${args.mode}
      ?editable=${args.editable}
      .allowClientView=${args.allowClientView}
      .adapter=${adapterOf(loaded)}
      .viewer=${args.viewer}
      @saumaton-saved=${args.onSaumatonSaved}
      @saumaton-error=${args.onSaumatonError}
    ></saumaton-plan-viewer>`,
} satisfies Meta<PlanArgs>;

export default meta;
type Story = StoryObj<PlanArgs>;

const withExampleData = async () => ({ adapter: await exampleAdapter() });

/** The adapter never answers. */
export const Loading: Story = {
  loaders: [() => ({ adapter: neverAnsweringAdapter() })],
};

/** The first load fails offline; "Try again" then succeeds. */
export const Error: Story = {
  loaders: [async () => ({ adapter: await offlineOnceAdapter() })],
};

/** The professionals' whole plan on a wide screen: both views side by side, each producer's part, goals with their trend. */
export const ProfessionalWide: Story = {
  loaders: [withExampleData],
};

/** The client's copy in plain language: their views and goals first, no notes or codes; they may add their own view. */
export const Client: Story = {
  args: { mode: 'client', viewer: { kind: 'client' }, editable: true, allowClientView: true },
  loaders: [withExampleData],
};

/** The service-voucher producer edits its own part; every other part stays read-only. */
export const ProducerEditingOwnPart: Story = {
  args: { viewer: voucherWorker, editable: true },
  loaders: [withExampleData],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shown(canvasElement, '#edit-part'));
    await shown(canvasElement, '#part-form');
  },
};

/**
 * The responsible unit records a review in the follow-up section: the client's and the team's
 * feedback, each open goal evaluated, the next review. Saving with nothing filled in shows what is
 * missing at its fields.
 */
export const RecordingAReview: Story = {
  args: { viewer: organiser, editable: true },
  loaders: [withExampleData],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shown(canvasElement, '#record-review'));
    await userEvent.click(await shown(canvasElement, '#review-form button[type="submit"]'));
    await shown(canvasElement, '#field-clientFeedback[aria-invalid="true"]');
  },
};
export const RecordingAReviewInFinnish: Story = { ...RecordingAReview, globals: { locale: 'fi' } };
export const RecordingAReviewInSwedish: Story = { ...RecordingAReview, globals: { locale: 'sv' } };

/**
 * The producer saves its part while someone else of the same producer has saved it first: the
 * conflict shows what they changed and keeps the producer's input.
 */
export const Conflict: Story = {
  args: { viewer: voucherWorker, editable: true },
  loaders: [async () => withoutLiveUpdatesAdapter()],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement, loaded, step }) => {
    const store = (loaded as { store: MemoryAdapter }).store;
    await step('Open the part', async () => {
      await userEvent.click(await shown(canvasElement, '#edit-part'));
      await userEvent.type(await shown(canvasElement, '#field-authorName'), 'Pekka Lindqvist');
    });
    await step('Someone else saves the part first', async () => {
      const plan = await store.getPlan({ planId: examplePlan.id });
      const id = exampleOrganizations.voucher.id;
      const part = plan.value.parts.find((p) => p.producer.id === id)!;
      const version = plan.partVersions.find((p) => p.producerId === id)!.version;
      await store.savePlanPart(examplePlan.id, { ...part, notes: 'Avain on naapurilla.' }, version);
    });
    await step('Save with the stale version', async () => {
      await userEvent.click(await shown(canvasElement, '#part-form button[type="submit"]'));
    });
    await waitFor(async () => expect(await shown(canvasElement, '[part~="conflict"]')).not.toBeNull());
  },
};

/** In a 320px-wide column: the two views one after the other, everything reflowed by the container. */
export const Narrow: Story = {
  loaders: [withExampleData],
  decorators: [(story) => html`<div class="sb-saumaton-narrow">${story()}</div>`],
};

/** turvakielto: no contact details of the people on the client's side, a marker for professionals; packages and a chain with an overlap and a gap. */
export const Turvakielto: Story = {
  args: { planId: protectedPlan.id },
  loaders: [withExampleData],
};

/** Eight producers' parts, each with its type and who last changed it. */
export const ManyParts: Story = {
  args: { planId: manyPartsPlan.id },
  loaders: [withExampleData],
};

/** The dark theme. */
export const Dark: Story = {
  loaders: [withExampleData],
  globals: { theme: 'dark' },
};
