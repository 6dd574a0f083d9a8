/// <reference types="vite/client" />
/**
 * Adapters for the need assessment's stories. Each story's loader calls one of these, so every
 * render starts from fresh data. The templates are Saumaton's own, as shipped with
 * `@saumaton/questionnaire` (`templates/*.json`), served by the Memory adapter's `getTemplate` as a
 * portal's store would serve them.
 */
import {
  MemoryAdapter,
  OfflineError,
  type AnyAdapter,
  type AssessmentTemplate,
  type CallOptions,
} from '@saumaton/core';
import { exampleAssessment, exampleTemplateIds } from '@saumaton/core/examples';
import meterUrl from '@saumaton/questionnaire/templates/life-situation-meter.json?url';
import assessmentUrl from '@saumaton/questionnaire/templates/service-need-assessment.json?url';

export { exampleTemplateIds };

async function load(url: string): Promise<AssessmentTemplate> {
  const response = await fetch(url);
  if (!response.ok) throw new globalThis.Error(`${url}: ${response.status}`);
  return (await response.json()) as AssessmentTemplate;
}

/** Saumaton's own templates as shipped: the service-need assessment and the life-situation meter. */
export async function shippedTemplates(): Promise<AssessmentTemplate[]> {
  return Promise.all([load(assessmentUrl), load(meterUrl)]);
}

/** The store holding the shipped templates. */
export async function templatesAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ templates: await shippedTemplates() });
}

/**
 * A template the renderer refuses: the service-need assessment with a photo of the client asked
 * for (`attachment`, not supported), stored under its own id.
 */
export async function unsupportedTemplateAdapter(): Promise<MemoryAdapter> {
  const [assessment] = await shippedTemplates();
  const refused: AssessmentTemplate = {
    ...assessment!,
    id: 'service-need-with-photo',
    item: [
      ...(assessment!.item as readonly unknown[]),
      {
        linkId: 'photo',
        type: 'attachment',
        text: 'Valokuva asiakkaan asunnosta',
        _text: {
          extension: [
            {
              url: 'http://hl7.org/fhir/StructureDefinition/translation',
              extension: [
                { url: 'lang', valueCode: 'sv' },
                { url: 'content', valueString: 'Foto av klientens bostad' },
              ],
            },
            {
              url: 'http://hl7.org/fhir/StructureDefinition/translation',
              extension: [
                { url: 'lang', valueCode: 'en' },
                { url: 'content', valueString: "A photo of the client's home" },
              ],
            },
          ],
        },
      },
    ],
  };
  return MemoryAdapter.withData({ templates: [refused] });
}

/**
 * Aino's assessment in progress (`exampleAssessment` of `@saumaton/core/examples`) as the
 * QuestionnaireResponse the widget goes on with: support needs, their nature, daily coping and
 * strengths written down; her own view and the conclusion still to come.
 */
export const partlyAnswered: Record<string, unknown> = {
  resourceType: 'QuestionnaireResponse',
  status: 'in-progress',
  item: exampleAssessment.answers,
};

/** Never answers: the loading state. */
export function neverAnsweringAdapter(): AnyAdapter {
  return { getTemplate: () => new Promise<never>(() => undefined) };
}

/** Offline on the first load; "Try again" then reaches the shipped templates. */
export async function offlineOnceAdapter(): Promise<AnyAdapter> {
  const online = await templatesAdapter();
  let failures = 1;
  return {
    getTemplate: (templateId: string, opts?: CallOptions) => {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new OfflineError('The network is not reachable.'));
      }
      return online.getTemplate(templateId, opts);
    },
  };
}
