/**
 * @saumaton/need-assessment — `<saumaton-need-assessment>`, the service-need assessment rendered
 * from a FHIR R4 Questionnaire. This module registers nothing; import
 * `@saumaton/need-assessment/saumaton-need-assessment.js` to define the tag.
 */
export { NeedAssessment, type NeedAssessmentEventMap } from './NeedAssessment.js';
export { SaumatonChangeEvent, type SaumatonChangeDetail } from './events/saumaton-change.js';
export {
  SaumatonAssessmentSubmittedEvent,
  type SaumatonAssessmentSubmittedDetail,
} from './events/saumaton-assessment-submitted.js';
