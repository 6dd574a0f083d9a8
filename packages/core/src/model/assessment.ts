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

/**
 * The grounds an assessment was initiated on (SHL § 36, DOMAIN §3.4): they decide its statutory
 * deadlines. `urgent` — assessed immediately; `over-75`, `highest-care-allowance` — started by
 * the 7th weekday; `child-special-support` — started by the 7th weekday and completed within 3
 * months; `other` — no statutory deadline beyond "without undue delay".
 */
export const ASSESSMENT_GROUNDS = [
  'urgent',
  'over-75',
  'highest-care-allowance',
  'child-special-support',
  'other',
] as const;
export type AssessmentGround = (typeof ASSESSMENT_GROUNDS)[number];
export const AssessmentGroundSchema = v.picklist(ASSESSMENT_GROUNDS);

/** What the deadlines are counted from (703/2023 § 41): the client's contact, or the day the matter became pending. */
export const TRIGGER_KINDS = ['contact', 'pending'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export const TriggerKindSchema = v.picklist(TRIGGER_KINDS);
