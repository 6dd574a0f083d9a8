import '@saumaton/need-assessment/saumaton-need-assessment.js';

import type { AnyAdapter, Viewer } from '@saumaton/core';
import type { NeedAssessment } from '@saumaton/need-assessment';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  exampleTemplateIds,
  neverAnsweringAdapter,
  offlineOnceAdapter,
  partlyAnswered,
  templatesAdapter,
  unsupportedTemplateAdapter,
} from './story-adapters.js';
import { refusedExamples, shownExamples, type PublishedExample } from './story-examples.js';
import { conditionsInRepeats, everyItemType, largeForm, twoMembers } from './story-templates.js';

interface AssessmentArgs {
  templateId?: string | undefined;
  value?: Record<string, unknown> | undefined;
  viewer: Viewer;
  onSaumatonChange?: (event: Event) => void;
  onSaumatonError?: (event: Event) => void;
}

const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };

/** The adapter a story's loader made; a fresh one for every render. */
function adapterOf(loaded: Record<string, unknown>): AnyAdapter {
  return loaded['adapter'] as AnyAdapter;
}

/** The story's element, once its shadow root shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<NeedAssessment> {
  return waitFor(() => {
    const el = canvas.querySelector('saumaton-need-assessment');
    if (!el?.shadowRoot?.querySelector(selector)) throw new globalThis.Error(`${selector} is not shown yet.`);
    return el;
  });
}

/** The manifest's attribute rows document the attribute names; the property rows carry the controls. */
const documentationRows: Meta['argTypes'] = {
  'template-id': { control: false },
  adapter: { control: false },
  template: {
    control: false,
    description:
      'The template as a FHIR R4 Questionnaire (JSON). Takes precedence over `template-id`; needs no adapter. These stories load theirs through the adapter instead.',
  },
};

const meta = {
  title: 'Widgets/Need assessment',
  component: 'saumaton-need-assessment',
  args: { templateId: exampleTemplateIds.assessment, viewer: professional },
  argTypes: {
    ...documentationRows,
    templateId: {
      control: 'select',
      options: [exampleTemplateIds.assessment, exampleTemplateIds.meter],
      description: "The template to read with the adapter's `getTemplate(templateId)` (attribute `template-id`).",
    },
    value: {
      control: 'object',
      description:
        'The answers as a FHIR R4 QuestionnaireResponse: set it to go on with a saved response; read it for the answers now (a new object each read).',
      table: { category: 'properties', type: { summary: 'Record<string, unknown> | undefined' } },
    },
    viewer: {
      control: 'object',
      description: "Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId? }`.",
      table: { category: 'properties', type: { summary: 'Viewer' } },
    },
    onSaumatonChange: { action: 'saumaton-change', table: { disable: true } },
    onSaumatonError: { action: 'saumaton-error', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<saumaton-need-assessment
      template-id=${args.templateId || nothing}
      .adapter=${adapterOf(loaded)}
      .viewer=${args.viewer}
      .value=${args.value}
      @saumaton-change=${args.onSaumatonChange}
      @saumaton-error=${args.onSaumatonError}
    ></saumaton-need-assessment>`,
} satisfies Meta<AssessmentArgs>;

export default meta;
type Story = StoryObj<AssessmentArgs>;

const withTemplates = async () => ({ adapter: await templatesAdapter() });

/** A new service-need assessment, nothing answered yet, in the locale of the toolbar (English first). */
export const New: Story = {
  loaders: [withTemplates],
};

/** A new service-need assessment in Finnish: the template's own texts and the widget's strings. */
export const NewInFinnish: Story = {
  loaders: [withTemplates],
  globals: { locale: 'fi' },
};

/** A new service-need assessment in Swedish, from the template's translations. */
export const NewInSwedish: Story = {
  loaders: [withTemplates],
  globals: { locale: 'sv' },
};

/**
 * Aino's assessment in progress (the response given as `value`): support needs, their nature,
 * daily coping and strengths answered; her own view and the conclusion still to come.
 */
export const PartlyAnswered: Story = {
  args: { value: partlyAnswered },
  loaders: [withTemplates],
};

/**
 * After `checkAnswers()`: every required answer missing is shown at its item, the count is
 * announced and the focus is on the first.
 */
export const WithValidationErrors: Story = {
  args: { value: partlyAnswered },
  loaders: [withTemplates],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '.assessment');
    el.checkAnswers();
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.field-error').length).toBeGreaterThan(0));
  },
};

/** The life-situation meter: ten areas, each a slider from 0 to 10. */
export const LifeSituationMeter: Story = {
  args: { templateId: exampleTemplateIds.meter },
  loaders: [withTemplates],
};

/** A template the form cannot show (it asks for a photo, an `attachment`): the error state names the item. */
export const UnsupportedTemplate: Story = {
  args: { templateId: 'service-need-with-photo' },
  loaders: [async () => ({ adapter: await unsupportedTemplateAdapter() })],
};

/** The adapter never answers. */
export const Loading: Story = {
  loaders: [() => ({ adapter: neverAnsweringAdapter() })],
};

/** The first load fails offline; "Try again" then succeeds. */
export const Error: Story = {
  loaders: [async () => ({ adapter: await offlineOnceAdapter() })],
};

/** No template chosen yet (no `template-id`): the empty state. */
export const NoTemplate: Story = {
  args: { templateId: undefined },
  loaders: [withTemplates],
};

/** In a 320px-wide column: the form reflows by its container. */
export const Narrow: Story = {
  args: { value: partlyAnswered },
  loaders: [withTemplates],
  decorators: [(story) => html`<div class="sb-saumaton-narrow">${story()}</div>`],
};

/** The dark theme. */
export const Dark: Story = {
  args: { value: partlyAnswered },
  loaders: [withTemplates],
  globals: { theme: 'dark' },
};

// ---- templates given as the `template` property -------------------------------------------------

/** The element with its `template` (and `value`) from the story's loader: no adapter needed. */
const withTemplate: Story['render'] = (args, { loaded }) =>
  html`<saumaton-need-assessment
    .template=${loaded['template'] as Record<string, unknown>}
    .value=${(loaded['value'] as Record<string, unknown> | undefined) ?? args.value}
    .viewer=${args.viewer}
    @saumaton-change=${args.onSaumatonChange}
    @saumaton-error=${args.onSaumatonError}
  ></saumaton-need-assessment>`;

type Json = Record<string, unknown>;

const templateStory = (template: () => Promise<Json> | Json, value?: () => Promise<Json> | Json): Story => ({
  args: { templateId: undefined },
  render: withTemplate,
  loaders: [async () => ({ template: await template(), ...(value ? { value: await value() } : {}) })],
});

/**
 * Every item type and control the form supports, in one template: a group, a display text,
 * boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice and
 * quantity; a slider, a drop-down and check boxes; help texts, units, an entry format, required
 * and read-only items; a repeating question and a repeating group (add and remove by keyboard).
 */
export const EveryItemType: Story = templateStory(() => everyItemType);

/** Every item type after `checkAnswers()`: the required name is missing, and said so at the item. */
export const EveryItemTypeChecked: Story = {
  ...templateStory(() => everyItemType),
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement, '.assessment');
    el.checkAnswers();
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.field-error').length).toBeGreaterThan(0));
  },
};

/**
 * A repeating group whose inner question is behind a condition on its own repetition: Aino needs
 * help daily and is asked what help; Eero does not, and is not. A condition in a repetition looks
 * at the nearest occurrence (its own repetition), never at the first in the form.
 */
export const ConditionsInRepeats: Story = templateStory(
  () => conditionsInRepeats,
  () => twoMembers,
);

/**
 * A generated form of 320 items (31 sections of nine questions, a fifth of them behind conditions):
 * groups off screen are laid out when they near it.
 */
export const LargeForm: Story = templateStory(() => largeForm(320));

const published = (example: PublishedExample): Story => templateStory(example.template, example.response);

/** HL7 FHIR R4 example Questionnaire `bb`: a baby’s birth details. */
export const PublishedR4Bb: Story = published(shownExamples.bb);
/** HL7 FHIR R4 example Questionnaire `gcs`, the Glasgow Coma Scale, with its published response (score 13). */
export const PublishedR4Gcs: Story = published(shownExamples.gcs);
/** HL7 FHIR R4 example Questionnaire `zika-virus-exposure-assessment`. */
export const PublishedR4Zika: Story = published(shownExamples.zika);
/** HL7 SDC example PHQ-9, with its published response. */
export const PublishedSdcPhq9: Story = published(shownExamples.sdcPhq9);
/** HL7 SDC example `framingham-hchd-lhc`: calculated expressions, run by FHIRPath (loaded for this template only). */
export const PublishedSdcFramingham: Story = published(shownExamples.framingham);
/** LHC-Forms example `phq9`. */
export const PublishedLhcPhq9: Story = published(shownExamples.lhcPhq9);
/** LHC-Forms example `apgar-with-itemWeight-variable`: a score from variables. */
export const PublishedLhcApgar: Story = published(shownExamples.apgar);
/** LHC-Forms example `q-with-nested-enableWhen`. */
export const PublishedLhcNestedEnableWhen: Story = published(shownExamples.nestedEnableWhen);

/**
 * The published examples the form refuses, each in its error state naming the items, with why:
 * what they need (a terminology server, CQL) the form cannot do, and shown without it they would
 * be wrong.
 */
export const PublishedRefused: Story = {
  args: { templateId: undefined },
  loaders: [
    async () => ({
      refused: await Promise.all(refusedExamples.map(async (e) => ({ ...e, json: await e.template() }))),
    }),
  ],
  render: (args, { loaded }) =>
    html`${(loaded['refused'] as (PublishedExample & { why: string; json: Record<string, unknown> })[]).map(
      (e) =>
        html`<section>
          <h2>${e.name}</h2>
          <p>Refused: ${e.why}.</p>
          <saumaton-need-assessment .template=${e.json} .viewer=${args.viewer}></saumaton-need-assessment>
        </section>`,
    )}`,
};
