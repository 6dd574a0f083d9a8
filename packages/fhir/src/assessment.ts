/**
 * `@saumaton/fhir/assessment`: the assessment store and its mapping, a module of its own so that
 * the adapter (`@saumaton/fhir`) loads it only when an assessment method is first called.
 */
export { FhirAssessmentStore } from './assessment-store.js';
export {
  assessmentToFhir,
  fhirToAssessment,
  meterReadingToFhir,
  fhirToMeterReading,
  templateCanonical,
  readTemplateRef,
  splitCanonical,
  isAssessmentResponse,
  isReadingOf,
  ASSESSMENT_EXT,
  ASSESSMENT_GROUND_SYSTEM,
  ASSESSMENT_TRIGGER_KIND_SYSTEM,
  ASSESSMENT_INITIATOR_SYSTEM,
  ASSESSMENT_DEADLINE_TYPE_SYSTEM,
  ASSESSMENT_DEADLINE_BASIS_SYSTEM,
  ASSESSMENT_CLIENT_VIEW_SYSTEM,
  METER_SYSTEM,
  type FhirQuestionnaireResponse,
  type FhirObservation,
  type ObservationComponent,
} from './map-assessment.js';
