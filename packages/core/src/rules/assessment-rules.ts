/**
 * The rules of the service-need assessment and of meter readings (DOMAIN.md §3.4), pure: each
 * broken rule is an issue with a stable `code`, so a widget says it in the user's language and an
 * adapter refuses the write with it. The messages are for developers and logs, never shown to a
 * user. The statutory deadlines are not here: they are counted in `deadlines.ts`.
 */
import type { ValidationIssue } from '../contract/errors.js';
import type { Versioned } from '../contract/versioned.js';
import { sameJson } from '../contract/json.js';
import { isIsoDate } from '../model/common.js';
import type { Assessment, AssessmentStatus, MeterReading } from '../model/assessment.js';

/** The stable codes of the assessment rules (`checkAssessment`) and its status changes (`checkAssessmentTransition`). */
export const ASSESSMENT_RULES = [
  /** An assessment is initiated on at least one ground: the grounds decide its deadlines. */
  'grounds-required',
  /** Every date is a real one in ISO 8601; the trigger date a calendar day (`YYYY-MM-DD`). */
  'date-invalid',
  /** Nothing is completed, or summarised to the client, before the day the assessment was initiated. */
  'date-before-trigger',
  /** An obvious obstacle to the client's own view is recorded with its reason (SHL § 37). */
  'obstacle-reason-required',
  /** A completed (or amended) assessment has its completion date. */
  'completion-date-required',
  /** A completed (or amended) assessment has the client's own view, or the obstacle to it (SHL § 37). */
  'client-view-required',
  /** A stopped assessment says why. */
  'stopped-reason-required',
  /** A new assessment starts in progress. */
  'starts-in-progress',
  /**
   * The status moves only forward: in progress → completed or stopped, completed → amended,
   * amended → amended; never back to in progress, never out of stopped.
   */
  'transition-not-allowed',
  /**
   * A completed (or stopped) assessment is changed only by amending it: saved again with the same
   * status, only when the summary was given (`summaryGivenAt`) and `updatedAt` may change.
   */
  'amend-to-change',
  /** An assessment stays with the client it was made for. */
  'client-changed',
] as const;
export type AssessmentRule = (typeof ASSESSMENT_RULES)[number];

/** An issue of a broken assessment rule: always with its code. */
export interface AssessmentIssue extends ValidationIssue {
  readonly code: AssessmentRule;
}

const issue = (code: AssessmentRule, path: string, message: string): AssessmentIssue => ({ path, message, code });
const blank = (text: string | undefined) => text === undefined || text.trim() === '';
const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isIsoDate(day);

/**
 * Every rule `assessment` breaks as it stands: grounds given, dates real and in order, the
 * obstacle's reason, and what its status needs (completed or amended: the completion date and the
 * client's view or the obstacle; stopped: the reason). An empty list means it is fine; paths are
 * relative to the assessment.
 */
export function checkAssessment(assessment: Assessment): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const { initiation, clientView, status } = assessment;
  if (initiation.grounds.length === 0) {
    issues.push(issue('grounds-required', 'initiation.grounds', 'an assessment is initiated on at least one ground'));
  }
  const triggerValid = isDay(initiation.triggerDate);
  if (!triggerValid) {
    issues.push(issue('date-invalid', 'initiation.triggerDate', 'the trigger date is a calendar day, YYYY-MM-DD'));
  }
  for (const key of ['completedAt', 'summaryGivenAt', 'updatedAt'] as const) {
    const date = assessment[key];
    if (date === undefined) continue;
    if (!isIsoDate(date)) {
      issues.push(issue('date-invalid', key, 'must be an ISO 8601 date or date-time'));
    } else if (key !== 'updatedAt' && triggerValid && date.slice(0, 10) < initiation.triggerDate) {
      issues.push(issue('date-before-trigger', key, 'comes before the day the assessment was initiated'));
    }
  }
  if (clientView?.kind === 'obstacle' && blank(clientView.reason)) {
    issues.push(
      issue('obstacle-reason-required', 'clientView.reason', 'the obstacle to the client’s view has a reason'),
    );
  }
  if (status === 'completed' || status === 'amended') {
    if (assessment.completedAt === undefined) {
      issues.push(issue('completion-date-required', 'completedAt', 'a completed assessment has its completion date'));
    }
    if (!clientView) {
      issues.push(
        issue(
          'client-view-required',
          'clientView',
          'a completed assessment has the client’s view, or the obstacle to it',
        ),
      );
    }
  }
  if (status === 'stopped' && blank(assessment.stoppedReason)) {
    issues.push(issue('stopped-reason-required', 'stoppedReason', 'a stopped assessment says why'));
  }
  return issues;
}

/** The statuses each status may be saved as next (the same one included: a draft is saved step by step). */
export const ASSESSMENT_TRANSITIONS: Readonly<Record<AssessmentStatus, readonly AssessmentStatus[]>> = {
  'in-progress': ['in-progress', 'completed', 'stopped'],
  completed: ['completed', 'amended'],
  amended: ['amended'],
  stopped: ['stopped'],
};

/** What a completed or stopped assessment may change without being amended: when the summary was given, when it was saved. */
function withoutBookkeeping(assessment: Assessment): Record<string, unknown> {
  const { summaryGivenAt: _given, updatedAt: _saved, ...rest } = assessment;
  return rest;
}

/**
 * The rules a save of `next` breaks by the change from `previous`, the version it replaces
 * (`undefined`: `next` is new). A new assessment starts `in-progress`; the status then moves as
 * `ASSESSMENT_TRANSITIONS` says (never `completed` → `in-progress`); a completed or stopped one
 * saved with the same status changes nothing but `summaryGivenAt` and `updatedAt` (anything else
 * is an amendment); the client stays the same. Paths are relative to `next`.
 */
export function checkAssessmentTransition(previous: Assessment | undefined, next: Assessment): AssessmentIssue[] {
  if (!previous) {
    return next.status === 'in-progress'
      ? []
      : [issue('starts-in-progress', 'status', `a new assessment starts in progress, not ${next.status}`)];
  }
  const issues: AssessmentIssue[] = [];
  if (previous.clientId !== next.clientId) {
    issues.push(issue('client-changed', 'clientId', 'an assessment stays with the client it was made for'));
  }
  if (!ASSESSMENT_TRANSITIONS[previous.status].includes(next.status)) {
    issues.push(
      issue('transition-not-allowed', 'status', `an assessment ${previous.status} cannot become ${next.status}`),
    );
  } else if (
    (next.status === 'completed' || next.status === 'stopped') &&
    previous.status === next.status &&
    !sameJson(withoutBookkeeping(previous), withoutBookkeeping(next))
  ) {
    issues.push(issue('amend-to-change', 'status', `a ${next.status} assessment is changed only by amending it`));
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Meter readings
// ---------------------------------------------------------------------------------------------

/** The stable codes of the meter-reading rules (`checkMeterReading`). */
export const METER_READING_RULES = [
  /** A reading rates at least one area (a value may be `null`: not rated). */
  'values-required',
  /** Each area is rated once in a reading. */
  'value-repeated',
  /** A value lies on the meter's scale. */
  'value-out-of-range',
  /** A value is a whole number, where the scale says so. */
  'value-not-integer',
  /** The day is a real calendar day, `YYYY-MM-DD`. */
  'date-invalid',
] as const;
export type MeterReadingRule = (typeof METER_READING_RULES)[number];

export interface MeterReadingIssue extends ValidationIssue {
  readonly code: MeterReadingRule;
}

/** The scale a meter's values lie on. */
export interface MeterScale {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer: boolean;
}

/** The scale of a life-situation meter of the 3X10D kind: 0 to 10, whole numbers. */
export const DEFAULT_METER_SCALE: MeterScale = { min: 0, max: 10, integer: true };

/**
 * Every rule `reading` breaks: at least one area, each area once, a real day, and each value
 * (unless `null`, not rated) on `scale`, 0–10 whole numbers by default. Pass the meter's own
 * scale when it has another, or `null` to check everything but the scale (what a store does, not
 * knowing the meter: the meter's scale is checked against the meter's definition). Paths are
 * relative to the reading (`values.3.value`).
 */
export function checkMeterReading(
  reading: MeterReading,
  scale: MeterScale | null = DEFAULT_METER_SCALE,
): MeterReadingIssue[] {
  const issues: MeterReadingIssue[] = [];
  const push = (code: MeterReadingRule, path: string, message: string) => issues.push({ path, message, code });
  if (!isDay(reading.date)) push('date-invalid', 'date', 'the day of a reading is a calendar day, YYYY-MM-DD');
  if (reading.values.length === 0) push('values-required', 'values', 'a reading rates at least one area');
  const seen = new Set<string>();
  reading.values.forEach(({ linkId, value }, i) => {
    if (seen.has(linkId)) push('value-repeated', `values.${String(i)}.linkId`, `the area "${linkId}" is rated twice`);
    seen.add(linkId);
    if (value === null || !scale) return;
    if (!Number.isFinite(value) || value < scale.min || value > scale.max) {
      push(
        'value-out-of-range',
        `values.${String(i)}.value`,
        `must lie from ${String(scale.min)} to ${String(scale.max)}`,
      );
    } else if (scale.integer && !Number.isInteger(value)) {
      push('value-not-integer', `values.${String(i)}.value`, 'must be a whole number');
    }
  });
  return issues;
}

/**
 * The order `listAssessments` promises, every adapter alike: the day initiated, latest first; on
 * the same day the one saved last; then by id.
 */
export function assessmentsNewestFirst(a: Versioned<Assessment>, b: Versioned<Assessment>): number {
  const x = a.value;
  const y = b.value;
  if (x.initiation.triggerDate !== y.initiation.triggerDate) {
    return x.initiation.triggerDate < y.initiation.triggerDate ? 1 : -1;
  }
  const [xu, yu] = [x.updatedAt ?? '', y.updatedAt ?? ''];
  if (xu !== yu) return xu < yu ? 1 : -1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** The order `listMeterReadings` promises: by the day rated, oldest first; on the same day by id. */
export function readingsByDate(a: Versioned<MeterReading>, b: Versioned<MeterReading>): number {
  if (a.value.date !== b.value.date) return a.value.date < b.value.date ? -1 : 1;
  return a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0;
}
