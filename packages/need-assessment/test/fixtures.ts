/** Questionnaires for the widget's tests: every item type, conditions, repeats, help and a slider. */
import { MemoryAdapter, type AssessmentTemplate } from '@saumaton/core';
import { setLocale, type SaumatonLocale } from '@saumaton/elements';
import type { NeedAssessment } from '../src/NeedAssessment.js';
import '../saumaton-need-assessment.js';

const CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const control = (code: string) => ({
  url: CONTROL,
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
});
const coding = (code: string, display: string) => ({
  valueCoding: { system: 'https://example.org/fhir/CodeSystem/housing', code, display },
});

/** A service-need assessment with every kind of item the widget shows. */
export const assessmentTemplate: AssessmentTemplate = {
  resourceType: 'Questionnaire',
  id: 'service-need',
  url: 'https://example.org/fhir/Questionnaire/service-need',
  status: 'active',
  title: 'Palvelutarpeen arviointi',
  item: [
    {
      linkId: 'situation',
      type: 'group',
      text: 'Tilanne',
      item: [
        {
          linkId: 'summary',
          type: 'text',
          text: 'Yhteenveto tilanteesta',
          required: true,
          item: [
            {
              linkId: 'summary-help',
              type: 'display',
              text: 'Kuvaa tilanne asiakkaan omin sanoin.',
              extension: [control('help')],
            },
          ],
        },
        { linkId: 'lives-alone', type: 'boolean', text: 'Asuu yksin', required: true },
        {
          linkId: 'housing',
          type: 'choice',
          text: 'Asumismuoto',
          extension: [control('radio-button')],
          answerOption: [
            coding('own', 'Oma koti'),
            coding('rented', 'Vuokra-asunto'),
            coding('assisted', 'Palveluasuminen'),
          ],
        },
        {
          linkId: 'housing-select',
          type: 'choice',
          text: 'Asunnon kunto',
          extension: [control('drop-down')],
          answerOption: [{ valueString: 'Hyvä' }, { valueString: 'Tyydyttävä' }, { valueString: 'Huono' }],
        },
        {
          linkId: 'support',
          type: 'choice',
          text: 'Tuen tarpeet',
          repeats: true,
          answerOption: [{ valueString: 'Arjen sujuminen' }, { valueString: 'Asuminen' }, { valueString: 'Talous' }],
        },
        {
          linkId: 'alone-since',
          type: 'date',
          text: 'Asunut yksin alkaen',
          enableWhen: [{ question: 'lives-alone', operator: '=', answerBoolean: true }],
        },
      ],
    },
    {
      linkId: 'wellbeing',
      type: 'integer',
      text: 'Elämä kokonaisuutena',
      extension: [
        control('slider'),
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 },
      ],
    },
    {
      linkId: 'relative',
      type: 'group',
      text: 'Läheinen',
      repeats: true,
      item: [
        { linkId: 'relative-name', type: 'string', text: 'Läheisen nimi' },
        { linkId: 'relative-view', type: 'text', text: 'Läheisen näkemys' },
      ],
    },
    { linkId: 'visits', type: 'integer', text: 'Käyntejä viikossa' },
  ],
};

/** A second template, told apart by its text. */
export const otherTemplate: AssessmentTemplate = {
  resourceType: 'Questionnaire',
  id: 'life-situation',
  status: 'active',
  title: 'Elämäntilannemittari',
  item: [{ linkId: 'housing-score', type: 'integer', text: 'Asuminen nyt' }],
};

export function templateAdapter(templates: readonly AssessmentTemplate[] = [assessmentTemplate, otherTemplate]) {
  return MemoryAdapter.withData({ templates });
}

export const $ = (el: NeedAssessment, selector: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: NeedAssessment, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the widget shows something other than loading. */
export async function settled(el: NeedAssessment): Promise<void> {
  const started = Date.now();
  for (;;) {
    await el.updateComplete;
    if (el.shadowRoot?.childElementCount && !$(el, '.state.loading')) return;
    if (Date.now() - started > 4000) throw new Error('the assessment stays loading');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Mounts an assessment set up by `setup` and waits until it has settled. */
export async function renderAssessment(setup: (el: NeedAssessment) => void): Promise<NeedAssessment> {
  const el = document.createElement('saumaton-need-assessment');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await settled(el);
  return el;
}

const mounted: HTMLElement[] = [];
export async function cleanUp(): Promise<void> {
  for (const el of mounted.splice(0)) el.remove();
  document.documentElement.lang = 'en';
  await setLocale('en');
}

export async function inLocale(locale: SaumatonLocale): Promise<void> {
  document.documentElement.lang = locale;
  await setLocale(locale);
}

/** The control a `<label>` with this text (before its required mark) is for, or the fieldset of such a legend. */
/** Typed as an input for brevity: a select, textarea or fieldset when the label is theirs. */
export function byLabel(el: NeedAssessment, label: string): HTMLInputElement {
  const root = el.shadowRoot!;
  const found = [...root.querySelectorAll('label[for], legend')].find((l) => text(l).replace(/ \(.*\)$/, '') === label);
  if (!found) throw new Error(`no control labelled "${label}"`);
  const target = found.localName === 'legend' ? found.parentElement : root.getElementById(found.getAttribute('for')!);
  if (!target) throw new Error(`the label "${label}" is for nothing`);
  return target as HTMLInputElement;
}

/** Types into a text control as a user does: value, then input and change events. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
