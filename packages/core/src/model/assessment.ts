import * as v from './schema.js';
import { IdSchema } from './common.js';

/**
 * An assessment template: a FHIR R4 Questionnaire as published (the county's own service-need
 * assessment, a meter, a vendor's structure). The store checks only that it is a Questionnaire
 * with an id and keeps every other element as it came; what a template says, and whether the
 * renderer supports it, is for `@saumaton/questionnaire` to judge (`parseQuestionnaire`).
 */
export const AssessmentTemplateSchema = v.looseObject({
  resourceType: v.literal('Questionnaire'),
  id: IdSchema,
});
export type AssessmentTemplate = v.InferOutput<typeof AssessmentTemplateSchema>;
