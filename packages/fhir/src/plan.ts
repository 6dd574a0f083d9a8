/**
 * `@saumaton/fhir/plan`: the plan store and its mapping, a module of its own so that the adapter
 * (`@saumaton/fhir`) loads it only when a plan method is first called.
 */
export { FhirPlanStore } from './plan-store.js';
export {
  planCommonToFhir,
  fhirToPlanCommon,
  planPartToFhir,
  fhirToPlanPart,
  goalToFhir,
  fhirToGoal,
  serviceToFhir,
  fhirToService,
  clientPlanTransaction,
  objectExtensions,
  readObject,
  isPart,
  producerIdOf,
  planRevisionOf,
  PLAN_EXT,
  PLAN_SHAPES,
  PERTAINS_TO_GOAL,
  PLAN_ITEM_SYSTEM,
  PLAN_CATEGORY_SYSTEM,
  PART_PRODUCER_TYPE_SYSTEM,
  SERVICE_TASK_SYSTEM,
  type FhirCarePlan,
  type FhirGoal,
  type FhirServiceRequest,
  type CarePlanActivity,
  type Resolve,
} from './map-plan.js';
