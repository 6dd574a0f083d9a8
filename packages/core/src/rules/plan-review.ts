/**
 * When a plan's next review is due: apart from the plan rules, so that a store, which checks a
 * plan's writes with those rules, does not bring the deadline calendar (holidays, weekdays) and
 * the assessment model it counts with; the plan viewer, which shows the review, does.
 */
import type { PlanCommon } from '../model/plan.js';
import { deadlineStatus, type DeadlineStatus } from './deadlines.js';
import { CLOSED_PLAN_STATUSES } from './plan-rules.js';

/** Where the plan's next review stands: the date, and due / due today / overdue as `deadlineStatus` counts. */
export interface ReviewStatus extends DeadlineStatus {
  readonly date: string;
}

/**
 * Where the next review of `plan` (`followUp.nextReviewDate`) stands on `today` (an ISO date;
 * `todayInFinland()` gives it), by the same date rules as the assessment's deadlines
 * (`deadlineStatus`). `undefined` when the plan has no next review date, or one that is not a
 * real day; a plan that is completed or entered in error has no review due. Never throws.
 */
export function reviewStatus(plan: Pick<PlanCommon, 'followUp' | 'status'>, today: string): ReviewStatus | undefined {
  const date = plan.followUp.nextReviewDate;
  if (date === undefined || CLOSED_PLAN_STATUSES.includes(plan.status)) return undefined;
  try {
    return { date, ...deadlineStatus(date, today) };
  } catch {
    return undefined;
  }
}
