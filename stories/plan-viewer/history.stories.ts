import '@saumaton/plan-viewer/saumaton-plan-viewer.js';

import { OfflineError, type AnyAdapter, type Viewer } from '@saumaton/core';
import { exampleOrganizations, examplePlan, largePlan } from '@saumaton/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent, waitFor } from 'storybook/test';
import { exampleAdapter } from './story-adapters.js';

interface HistoryArgs {
  planId: string;
  mode: 'professional' | 'client';
  viewer: Viewer;
}

const organiser: Viewer = { kind: 'professional', organizationId: exampleOrganizations.county.id };

/** Aino's plan after a few saves: a goal achieved, a goal added, the client's view updated, a service removed. */
async function changedAdapter(): Promise<Awaited<ReturnType<typeof exampleAdapter>>> {
  const adapter = await exampleAdapter();
  const current = await adapter.getPlan({ planId: examplePlan.id });
  const { parts: _parts, ...common } = current.value;
  await adapter.savePlanCommon(
    {
      ...common,
      goals: [
        ...common.goals.map((g) => (g.id === 'goal-finances' ? { ...g, status: 'achieved' as const } : g)),
        { id: 'goal-exercise', text: 'Liikuntaa kahdesti viikossa', status: 'active', setBy: { kind: 'together' } },
      ],
      supportNeed: { ...common.supportNeed, client: { text: 'Rahat riittävät nyt paremmin.' } },
      updatedBy: { name: 'Leena Korhonen', title: 'Sosiaalityöntekijä' },
      updatedAt: '2026-10-02T09:30:00Z',
    },
    current.version,
  );
  const county = current.value.parts[0]!;
  const versions = await adapter.listPlanVersions(examplePlan.id);
  const own = versions.filter((v) => v.section === 'part' && v.producerId === county.producer.id).at(-1)!;
  await adapter.savePlanPart(
    examplePlan.id,
    {
      ...county,
      services: county.services.filter((s) => s.id !== 'svc-debt-advice'),
      author: { name: 'Jari Heikkinen', title: 'Sosiaaliohjaaja' },
      updatedAt: '2026-10-03T10:00:00Z',
    },
    own.version,
  );
  return adapter;
}

/** A plan of 8 producers' parts with 40 saved versions. */
function longHistoryAdapter(): AnyAdapter {
  const { plan, versions } = largePlan();
  const version = versions.filter((v) => v.section === 'common').at(-1)!.version;
  return {
    getPlan: () => Promise.resolve({ value: plan, version, partVersions: [] }),
    listPlanVersions: () => Promise.resolve(versions),
  };
}

/** The plan reads, its history does not: the panel says so and offers to try again. */
async function failingHistoryAdapter(): Promise<AnyAdapter> {
  const memory = await changedAdapter();
  return {
    getPlan: memory.getPlan.bind(memory),
    listPlanVersions: () => Promise.reject(new OfflineError()),
  };
}

function shadowOf(canvas: HTMLElement): ShadowRoot | null | undefined {
  return canvas.querySelector('saumaton-plan-viewer')?.shadowRoot;
}

async function shown(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = shadowOf(canvas)?.querySelector<HTMLElement>(selector);
    if (!found) throw new globalThis.Error(`${selector} is not shown yet.`);
    return found;
  });
}

async function openHistory({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await userEvent.click(await shown(canvasElement, '#open-history'));
  await shown(canvasElement, '.timeline, .history .state.error');
}

async function openVersion(context: { canvasElement: HTMLElement }): Promise<void> {
  await openHistory(context);
  const entries = [...(shadowOf(context.canvasElement)?.querySelectorAll<HTMLElement>('.history-entry') ?? [])];
  await userEvent.click(entries[1] ?? entries[0]!);
  await shown(context.canvasElement, '.history-version');
}

const meta = {
  title: 'Widgets/Plan viewer/History',
  component: 'saumaton-plan-viewer',
  args: { planId: examplePlan.id, mode: 'professional', viewer: organiser },
  argTypes: { mode: { control: 'inline-radio', options: ['professional', 'client'] } },
  loaders: [async () => ({ adapter: await changedAdapter() })],
  parameters: { docs: { story: { autoplay: true } } },
  render: (args, { loaded }) =>
    html`<saumaton-plan-viewer
      plan-id=${args.planId}
      mode=${args.mode}
      .adapter=${loaded['adapter'] as AnyAdapter}
      .viewer=${args.viewer}
    ></saumaton-plan-viewer>`,
} satisfies Meta<HistoryArgs>;

export default meta;
type Story = StoryObj<HistoryArgs>;

/** The timeline: newest first, which piece, who and when, the sections each version changed. */
export const HistoryTimeline: Story = { play: openHistory };
export const HistoryTimelineInFinnish: Story = { play: openHistory, globals: { locale: 'fi' } };
export const HistoryTimelineInSwedish: Story = { play: openHistory, globals: { locale: 'sv' } };

/** A version opened: its changes by section, each value before and after, and the way back. */
export const OpenedVersion: Story = { play: openVersion };
export const OpenedVersionInFinnish: Story = { play: openVersion, globals: { locale: 'fi' } };
export const OpenedVersionInSwedish: Story = { play: openVersion, globals: { locale: 'sv' } };
/** The client's copy: plain words, no identifiers. */
export const OpenedVersionForTheClient: Story = {
  play: openVersion,
  args: { mode: 'client', viewer: { kind: 'client' } },
};

/** 40 versions of a plan with 8 producers' parts: the latest ten, then "Show earlier". */
export const LongHistory: Story = {
  args: { planId: largePlan().plan.id },
  loaders: [() => ({ adapter: longHistoryAdapter() })],
  play: openHistory,
};

/** The history cannot be read: the error with "Try again" in the panel, the plan still usable. */
export const HistoryError: Story = {
  loaders: [async () => ({ adapter: await failingHistoryAdapter() })],
  play: openHistory,
};
export const HistoryErrorInFinnish: Story = { ...HistoryError, globals: { locale: 'fi' } };
