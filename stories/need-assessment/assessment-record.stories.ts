import '@saumaton/need-assessment/saumaton-need-assessment.js';

import type { AnyAdapter, Viewer } from '@saumaton/core';
import { exampleClient, exampleTemplateIds } from '@saumaton/core/examples';
import type { NeedAssessment } from '@saumaton/need-assessment';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  ainosAssessment,
  amendedAdapter,
  completedAssessment,
  offlineSavesAdapter,
  recordAdapter,
  restoredDraftAdapter,
  twoYearsOfReadings,
} from './record-adapters.js';

interface RecordArgs {
  viewer: Viewer;
  editable: boolean;
  meter: boolean;
  onSaumatonSaved?: (event: Event) => void;
  onSaumatonAssessmentSubmitted?: (event: Event) => void;
  onSaumatonError?: (event: Event) => void;
}

const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };

interface Loaded {
  adapter: AnyAdapter;
  /** The assessment to show; none: a new one for Aino from the service-need template. */
  assessmentId?: string;
  /** The meter alone, without an assessment. */
  meterOnly?: boolean;
}

/** The story's element, once its shadow root shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<NeedAssessment> {
  return waitFor(
    () => {
      const el = canvas.querySelector('saumaton-need-assessment');
      if (!el?.shadowRoot?.querySelector(selector)) throw new globalThis.Error(`${selector} is not shown yet.`);
      return el;
    },
    { timeout: 5000 },
  );
}

/** Types `text` at the end of the first open text answer, as a user does. */
function typeIntoFirstAnswer(el: NeedAssessment, text: string): void {
  const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('.answers textarea');
  if (!area) throw new globalThis.Error('no text answer');
  area.value += text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  area.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const meta = {
  title: 'Widgets/Need assessment/Assessment',
  component: 'saumaton-need-assessment',
  args: { viewer: professional, editable: true, meter: false },
  argTypes: {
    viewer: {
      control: 'object',
      description: "Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId? }`.",
      table: { category: 'properties', type: { summary: 'Viewer' } },
    },
    editable: { control: 'boolean', description: 'Lets a professional viewer answer, save, complete and amend.' },
    meter: { control: 'boolean', description: 'Shows the life-situation meter (`meter-id`) in the assessment.' },
    onSaumatonSaved: { action: 'saumaton-saved', table: { disable: true } },
    onSaumatonAssessmentSubmitted: { action: 'saumaton-assessment-submitted', table: { disable: true } },
    onSaumatonError: { action: 'saumaton-error', table: { disable: true } },
  },
  render: (args, { loaded }) => {
    const { adapter, assessmentId, meterOnly } = loaded as unknown as Loaded;
    return html`<saumaton-need-assessment
      client-id=${exampleClient.id}
      assessment-id=${assessmentId ?? nothing}
      template-id=${assessmentId || meterOnly ? nothing : exampleTemplateIds.assessment}
      meter-id=${args.meter || meterOnly ? exampleTemplateIds.meter : nothing}
      ?editable=${args.editable}
      .adapter=${adapter}
      .viewer=${args.viewer}
      @saumaton-saved=${args.onSaumatonSaved}
      @saumaton-assessment-submitted=${args.onSaumatonAssessmentSubmitted}
      @saumaton-error=${args.onSaumatonError}
    ></saumaton-need-assessment>`;
  },
} satisfies Meta<RecordArgs>;

export default meta;
type Story = StoryObj<RecordArgs>;

/** The assessment of one ground set, initiated `days` ago. */
const initiated =
  (...args: Parameters<typeof ainosAssessment>) =>
  async (): Promise<Loaded> => {
    const assessment = ainosAssessment(...args);
    return { adapter: await recordAdapter([assessment]), assessmentId: assessment.id };
  };

/** Starting a new assessment for Aino: the initiation form, its deadlines shown as the grounds are ticked. */
export const NewAssessment: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: await recordAdapter([]) })],
};

/** Urgent: to be assessed at once, said in words first, not by colour. */
export const DeadlineUrgent: Story = { loaders: [initiated(['urgent'], 0)] };

/** A client over 75, contact two days ago: the start is due in a few weekdays. */
export const DeadlineOver75: Story = { loaders: [initiated(['over-75'], 2)] };

/** Highest care allowance, contact three weeks ago: the start is overdue by so many weekdays. */
export const DeadlineOverdue: Story = { loaders: [initiated(['highest-care-allowance'], 21)] };

/** A child in need of special support: start by the 7th weekday and complete within 3 months. */
export const DeadlineChild: Story = { loaders: [initiated(['child-special-support'], 5)] };

/** Other grounds only: no statutory date, "without undue delay". */
export const DeadlineOtherGrounds: Story = { loaders: [initiated(['other'], 10)] };

/** Answers kept on this device and not yet saved, found after a reload: said plainly. */
export const RestoredDraft: Story = {
  loaders: [async (): Promise<Loaded> => restoredDraftAdapter()],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '.notice.restored');
  },
};

/** The service cannot be reached: the answers wait on this device, and the widget says so. */
export const Offline: Story = {
  loaders: [async (): Promise<Loaded> => offlineSavesAdapter()],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '.answers textarea');
    typeIntoFirstAnswer(el, ' Lisätty ilman yhteyttä.');
    await el.save();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.notice.offline')).toBeTruthy());
  },
};

/** Someone else saved first: the questions that differ are named, and the user's answers stay. */
export const Conflict: Story = {
  loaders: [initiated(['over-75'], 1)],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement, loaded }) => {
    const { adapter, assessmentId } = loaded as unknown as Loaded;
    const el = await shown(canvasElement, '.answers textarea');
    typeIntoFirstAnswer(el, ' Minun lisäykseni.');
    const theirs = await adapter.getAssessment!(assessmentId!);
    await adapter.saveAssessment!(
      {
        ...theirs.value,
        answers: [
          ...theirs.value.answers,
          { linkId: 'summary', answer: [{ valueString: 'Toisen työntekijän kirjaama yhteenveto.' }] },
        ],
      },
      theirs.version,
    );
    await el.save();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.state.conflict')).toBeTruthy());
  },
};

/** Completed: read-only, the client's own view recorded; a professional may amend it. */
export const Completed: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const assessment = completedAssessment();
      return { adapter: await recordAdapter([assessment]), assessmentId: assessment.id };
    },
  ],
};

/** Amended after completion: the completed version stays readable under "Earlier versions". */
export const Amended: Story = {
  loaders: [async (): Promise<Loaded> => amendedAdapter()],
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '.versions');
  },
};

/** The life-situation meter over two years: eight readings by Aino and her worker, a chart per area and the table. */
export const MeterOverTwoYears: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: await recordAdapter([], twoYearsOfReadings()), meterOnly: true })],
};

/** The meter inside the assessment: a reading added here belongs to it. */
export const AssessmentWithMeter: Story = {
  args: { meter: true },
  loaders: [initiated(['other'], 3)],
};

/** The printable summary for the client, in her language of service (Finnish), whatever the page's. */
export const ClientSummary: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const assessment = completedAssessment();
      return { adapter: await recordAdapter([assessment]), assessmentId: assessment.id };
    },
  ],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '.actions');
    const open = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find(
      (b) => b.getAttribute('aria-expanded') !== null,
    );
    open?.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.client-summary')).toBeTruthy());
  },
};

/** A client reads her assessment: nothing to change, the summary at hand. */
export const ClientViewer: Story = {
  args: { viewer: { kind: 'client' }, editable: false },
  loaders: [initiated(['over-75'], 2)],
};
