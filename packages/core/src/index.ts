/**
 * @saumaton/core — the data contract of Saumaton: the domain model with runtime schemas, the
 * store interfaces adapters implement, the rules as pure functions, and the embedded adapters.
 * No DOM, no Lit.
 */
export * from './contract/errors.js';
export type * from './contract/stores.js';
export type * from './contract/versioned.js';
export type * from './contract/edit.js';
export * from './model/common.js';
export * from './model/organization.js';
export * from './model/client.js';
export * from './model/team.js';
export * from './model/consent.js';
export * from './model/assessment.js';
export * from './model/plan.js';
export * from './model/viewer.js';
export { parse, parseVersioned } from './model/parse.js';
export { TeamListeners } from './contract/team-listeners.js';
export { ConsentListeners } from './contract/consent-listeners.js';
export { AssessmentListeners } from './contract/assessment-listeners.js';
export { MeterListeners } from './contract/meter-listeners.js';
export { PlanListeners } from './contract/plan-listeners.js';
export { sameJson } from './contract/json.js';
export * from './rules/dates.js';
export {
  FINNISH_HOLIDAY_NAMES,
  easterSunday,
  finnishHolidayOn,
  finnishHolidays,
  isFinnishHoliday,
  type FinnishHoliday,
  type HolidayName,
} from './rules/holidays.js';
export {
  assessmentDeadlines,
  deadlineStatus,
  isWeekday,
  monthsAfter,
  nthWeekdayAfter,
  todayInFinland,
  weekdaysBetween,
  type AssessmentDeadlines,
  type Deadline,
  type DeadlineBasis,
  type DeadlineStatus,
  type MonthsOptions,
  type WeekdayOptions,
} from './rules/deadlines.js';
export * from './rules/team-rules.js';
export * from './rules/team-checks.js';
export * from './rules/consent-rules.js';
export * from './rules/consent-checks.js';
export * from './rules/assessment-rules.js';
export * from './rules/plan-rules.js';
export * from './rules/plan-review.js';
export * from './rules/identity-code.js';
export * from './rules/ids.js';
export { MemoryAdapter, type MemoryAdapterOptions, type SeedData } from './adapters/memory-adapter.js';
export { seed } from './adapters/seed.js';
export { IndexedDbAdapter, INDEXEDDB_VERSION, type IndexedDbAdapterOptions } from './adapters/indexeddb-adapter.js';
export * from './rules/plan-history.js';
