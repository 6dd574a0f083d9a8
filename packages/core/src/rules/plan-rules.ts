/**
 * The rules of the shared client plan (DOMAIN.md §3.1), pure: each broken rule is an issue with a
 * stable `code`, so a widget says it in the user's language and an adapter refuses the write with
 * it. The messages are for developers and logs, never shown to a user. Also who may edit what
 * (`planPermissions`) and where the next review stands (`reviewStatus`).
 */
import type { ValidationIssue } from '../contract/errors.js';
import { sameJson } from '../contract/json.js';
import { isIsoDate } from '../model/common.js';
import {
  DECISION_STATUSES,
  GOAL_ACHIEVEMENTS,
  GOAL_STATUSES,
  PART_PRODUCER_TYPES,
  PLANNED_SERVICE_STATUSES,
  PLAN_STATUSES,
  type ClientPlan,
  type PlanCommon,
  type PlanPart,
  type PlannedService,
} from '../model/plan.js';
import type { VersionedPlan } from '../contract/stores.js';
import type { Versioned } from '../contract/versioned.js';
import type { Viewer } from '../model/viewer.js';

/** The stable codes of the plan rules (`checkPlan`, `checkPlanPart`, `checkPlanChange`). */
export const PLAN_RULES = [
  /** The plan's status is one of `PLAN_STATUSES`. */
  'status-unknown',
  /** The header names the document. */
  'document-name-required',
  /** Every date is a real one, in ISO 8601. */
  'date-invalid',
  /** Nothing ends before it starts: the client relationship, a service. */
  'end-before-start',
  /** A client relationship that ended says why. */
  'end-reason-required',
  /** An active plan has its next review date (SHL § 39 item 9). */
  'next-review-required',
  /** A goal says what it is. */
  'goal-text-required',
  /** Each goal, service or follow-up entry has an id of its own within the plan or part. */
  'id-repeated',
  /** A goal's status is one of `GOAL_STATUSES`; an evaluation's achievement one of `GOAL_ACHIEVEMENTS`. */
  'goal-status-unknown',
  /** A goal that follows a meter names both the meter and the area (`meter` and `areaLinkId`), or neither. */
  'goal-meter-area-incomplete',
  /** A follow-up entry or an evaluation refers to a goal of the plan. */
  'goal-unknown',
  /** A view recorded says something (an empty view is left out, not saved blank). */
  'view-text-required',
  /** A part's producer type is one of `PART_PRODUCER_TYPES`. */
  'producer-type-unknown',
  /** A planned service has a name. */
  'service-name-required',
  /** A planned service's status is one of `PLANNED_SERVICE_STATUSES`. */
  'service-status-unknown',
  /** A plan is not a decision: no planned service is "granted" or "approved" (`DECISION_STATUSES`). */
  'service-status-is-decision',
  /** One part per producer. */
  'producer-repeated',
  /** A plan stays with the client it was made for. */
  'client-changed',
  /** A part stays with its producer: a new producer gets a part of its own. */
  'producer-changed',
] as const;
export type PlanRule = (typeof PLAN_RULES)[number];

/** An issue of a broken plan rule: always with its code. */
export interface PlanIssue extends ValidationIssue {
  readonly code: PlanRule;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';
const known = (list: readonly string[], value: string) => list.includes(value);

/** The issues of dates that are not real ISO 8601 dates, and of periods that end before they start. */
function dates(
  issues: PlanIssue[],
  path: string,
  start: string | undefined,
  end: string | undefined,
  startKey: string,
  endKey: string,
): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const startOk = start === undefined || isIsoDate(start);
  const endOk = end === undefined || isIsoDate(end);
  if (!startOk) issues.push({ code: 'date-invalid', path: at(startKey), message: 'must be an ISO 8601 date' });
  if (!endOk) issues.push({ code: 'date-invalid', path: at(endKey), message: 'must be an ISO 8601 date' });
  if (startOk && endOk && start !== undefined && end !== undefined && end.slice(0, 10) < start.slice(0, 10)) {
    issues.push({ code: 'end-before-start', path: at(endKey), message: 'must not come before the start' });
  }
}

function repeatedIds(issues: PlanIssue[], path: string, items: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      issues.push({
        code: 'id-repeated',
        path: `${path}.${String(i)}.id`,
        message: `the id "${item.id}" is used twice`,
      });
    }
    seen.add(item.id);
  });
}

/**
 * Every rule the common sections of `plan` break as they stand (its `parts`, if any, are checked
 * too, each as `checkPlanPart` does, and one part per producer): a known status, the document
 * named, dates real and in order, an ended client relationship's reason, an active plan's next
 * review, goals said and each meter link whole, evaluations of known goals, views not blank.
 * An empty list means it is fine; paths are relative to the plan.
 */
export function checkPlan(plan: PlanCommon | ClientPlan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const push = (code: PlanRule, path: string, message: string) => issues.push({ code, path, message });
  if (!known(PLAN_STATUSES, plan.status)) push('status-unknown', 'status', `"${plan.status}" is not a plan status`);
  if (blank(plan.header.documentName)) push('document-name-required', 'header.documentName', 'the document has a name');
  if (!isIsoDate(plan.header.createdAt)) push('date-invalid', 'header.createdAt', 'must be an ISO 8601 date');
  if (plan.updatedAt !== undefined && !isIsoDate(plan.updatedAt)) {
    push('date-invalid', 'updatedAt', 'must be an ISO 8601 date');
  }
  const { clienthood } = plan;
  dates(issues, 'clienthood', clienthood.startDate, clienthood.endDate, 'startDate', 'endDate');
  if (clienthood.endDate !== undefined && blank(clienthood.endReason)) {
    push('end-reason-required', 'clienthood.endReason', 'a client relationship that ended says why');
  }
  if (plan.status === 'active' && plan.followUp.nextReviewDate === undefined) {
    push('next-review-required', 'followUp.nextReviewDate', 'an active plan has its next review date');
  }
  for (const key of ['supportNeed', 'servicesNeeded'] as const) {
    for (const side of ['client', 'professional'] as const) {
      const view = plan[key][side];
      if (view && blank(view.text)) push('view-text-required', `${key}.${side}.text`, 'a recorded view says something');
    }
  }
  repeatedIds(issues, 'goals', plan.goals);
  const goalIds = new Set(plan.goals.map((g) => g.id));
  plan.goals.forEach((goal, i) => {
    const at = `goals.${String(i)}`;
    if (blank(goal.text)) push('goal-text-required', `${at}.text`, 'a goal says what it is');
    if (!known(GOAL_STATUSES, goal.status))
      push('goal-status-unknown', `${at}.status`, `"${goal.status}" is not a goal status`);
    if ((goal.meter === undefined) !== (goal.areaLinkId === undefined)) {
      push(
        'goal-meter-area-incomplete',
        goal.meter === undefined ? `${at}.meter` : `${at}.areaLinkId`,
        'a goal that follows a meter names the meter and the area',
      );
    }
    if (goal.targetDate !== undefined && !isIsoDate(goal.targetDate)) {
      push('date-invalid', `${at}.targetDate`, 'must be an ISO 8601 date');
    }
    (goal.evaluations ?? []).forEach((evaluation, j) => {
      if (!known(GOAL_ACHIEVEMENTS, evaluation.achievement)) {
        push('goal-status-unknown', `${at}.evaluations.${String(j)}.achievement`, 'not a goal achievement');
      }
    });
  });
  const entries = plan.followUp.entries ?? [];
  repeatedIds(issues, 'followUp.entries', entries);
  entries.forEach((entry, i) => {
    (entry.goalEvaluations ?? []).forEach((evaluation, j) => {
      const at = `followUp.entries.${String(i)}.goalEvaluations.${String(j)}`;
      if (!goalIds.has(evaluation.goalId)) push('goal-unknown', `${at}.goalId`, `no goal "${evaluation.goalId}"`);
      if (!known(GOAL_ACHIEVEMENTS, evaluation.achievement)) {
        push('goal-status-unknown', `${at}.achievement`, 'not a goal achievement');
      }
    });
  });
  const parts = (plan as Partial<ClientPlan>).parts;
  if (parts) {
    const producers = new Set<string>();
    parts.forEach((part, i) => {
      if (producers.has(part.producer.id)) {
        push('producer-repeated', `parts.${String(i)}.producer.id`, 'one part per producer');
      }
      producers.add(part.producer.id);
      for (const found of checkPlanPart(part)) {
        issues.push({ ...found, path: `parts.${String(i)}.${found.path}` });
      }
    });
  }
  return issues;
}

/** True when `status` presents a planned service as decided ("granted", "myönnetty", …). */
export function isDecisionStatus(status: string): boolean {
  const lower = status.trim().toLowerCase();
  return DECISION_STATUSES.some((s) => s === lower);
}

/**
 * Every rule a producer's part breaks as it stands: a known producer type, each service named,
 * with a known status that is never a decision, its own id and real dates in order. Paths are
 * relative to the part (`services.2.status`).
 */
export function checkPlanPart(part: PlanPart): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const push = (code: PlanRule, path: string, message: string) => issues.push({ code, path, message });
  if (!known(PART_PRODUCER_TYPES, part.producerType)) {
    push('producer-type-unknown', 'producerType', `"${part.producerType}" is not a producer type`);
  }
  if (!isIsoDate(part.updatedAt)) push('date-invalid', 'updatedAt', 'must be an ISO 8601 date');
  repeatedIds(issues, 'services', part.services);
  part.services.forEach((service, i) => {
    const at = `services.${String(i)}`;
    if (blank(service.name)) push('service-name-required', `${at}.name`, 'a planned service has a name');
    if (isDecisionStatus(service.status)) {
      push(
        'service-status-is-decision',
        `${at}.status`,
        'a plan is not a decision: a planned service is never granted',
      );
    } else if (!known(PLANNED_SERVICE_STATUSES, service.status)) {
      push('service-status-unknown', `${at}.status`, `"${service.status}" is not a planned service's status`);
    }
    dates(issues, at, service.start, service.end, 'start', 'end');
  });
  return issues;
}

/**
 * The rules a save of the common sections breaks by the change from the version it replaces: a
 * plan stays with its client (`client-changed`). `previous` undefined: a new one, nothing to
 * compare.
 */
export function checkPlanChange(previous: PlanCommon | undefined, next: PlanCommon): PlanIssue[] {
  if (!previous || previous.clientId === next.clientId) return [];
  return [{ code: 'client-changed', path: 'clientId', message: 'a plan stays with the client it was made for' }];
}

/** The rules a save of a part breaks by the change from the version it replaces: it stays with its producer (`producer-changed`). */
export function checkPlanPartChange(previous: PlanPart | undefined, next: PlanPart): PlanIssue[] {
  if (!previous || previous.producer.id === next.producer.id) return [];
  return [{ code: 'producer-changed', path: 'producer.id', message: 'a part stays with its producer' }];
}

// ---------------------------------------------------------------------------------------------
// Who may edit what
// ---------------------------------------------------------------------------------------------

/** What a viewer may edit in a plan (`planPermissions`). */
export interface PlanPermissions {
  /** The common sections: the responsible unit's professionals. */
  readonly common: boolean;
  /** The part of the producer `producerId`: that producer's professionals only. */
  readonly parts: (producerId: string) => boolean;
  /** The client's own views (of the support need and of the services needed), where the host allows it. */
  readonly clientView: boolean;
}

export interface PlanPermissionOptions {
  /** The host lets the client (or their representative) add their own view. Default `false`. */
  readonly allowClientView?: boolean;
}

/** Plans no one edits any more. */
export const CLOSED_PLAN_STATUSES: readonly string[] = ['completed', 'entered-in-error'];

/**
 * Who may edit what in `plan` (DOMAIN §3.1): a professional whose organisation
 * (`viewer.organizationId`) is the responsible unit (`header.organizer.id`) edits the common
 * sections; a professional edits the part of their own organisation only (the organiser's own
 * part included, nobody else's); a client or representative edits nothing, but may add their own
 * view where the host allows it (`allowClientView`). A completed plan, or one entered in error, is
 * read-only for everyone. The server still enforces access: this decides what a widget offers.
 */
export function planPermissions(
  viewer: Viewer | undefined,
  plan: Pick<PlanCommon, 'header' | 'status'>,
  options: PlanPermissionOptions = {},
): PlanPermissions {
  const open = !CLOSED_PLAN_STATUSES.includes(plan.status);
  const professional = open && viewer?.kind === 'professional' && viewer.organizationId !== undefined;
  const organizationId = professional ? viewer.organizationId : undefined;
  return {
    common: organizationId !== undefined && organizationId === plan.header.organizer.id,
    parts: (producerId: string) => organizationId !== undefined && organizationId === producerId,
    clientView:
      open && options.allowClientView === true && (viewer?.kind === 'client' || viewer?.kind === 'representative'),
  };
}

/**
 * True when `next` differs from `previous` only in the client's own views
 * (`supportNeed.client`, `servicesNeeded.client`) and in who saved it, when: all a client may
 * change where `planPermissions(…).clientView` allows it.
 */
export function onlyClientViewsChanged(previous: PlanCommon, next: PlanCommon): boolean {
  const strip = (plan: PlanCommon) => ({
    ...plan,
    supportNeed: { ...plan.supportNeed, client: undefined },
    servicesNeeded: { ...plan.servicesNeeded, client: undefined },
    updatedAt: undefined,
    updatedBy: undefined,
  });
  return sameJson(strip(previous), strip(next));
}

// ---------------------------------------------------------------------------------------------
// Reading a plan
// ---------------------------------------------------------------------------------------------

/** Which of a client's plans is "the" plan when there are several: active first, then draft, on hold, completed, any other. */
export const PLAN_STATUS_PREFERENCE: readonly string[] = ['active', 'draft', 'on-hold', 'completed'];

const preference = (status: string) => {
  const i = PLAN_STATUS_PREFERENCE.indexOf(status);
  return i < 0 ? PLAN_STATUS_PREFERENCE.length : i;
};
const savedAt = (plan: PlanCommon) => {
  const time = Date.parse(plan.updatedAt ?? plan.header.createdAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/**
 * The order `getPlan({ clientId })` picks a client's plan in, every adapter alike: by status
 * (`PLAN_STATUS_PREFERENCE`), then the one saved last, then by id.
 */
export function planOrder(a: PlanCommon, b: PlanCommon): number {
  return (
    preference(a.status) - preference(b.status) || savedAt(b) - savedAt(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The part of the producer `producerId` in a plan as read, with its own version: the `ifMatch`
 * its next `savePlanPart` takes. `undefined` when that producer has no part yet (its first save
 * then takes `null`).
 */
export function planPart(plan: VersionedPlan, producerId: string): Versioned<PlanPart> | undefined {
  const value = plan.value.parts.find((p) => p.producer.id === producerId);
  const version = plan.partVersions.find((p) => p.producerId === producerId)?.version;
  return value && version !== undefined ? { value, version } : undefined;
}

/** Every planned service of the plan with the producer whose part holds it, in the parts' order. */
export function planServices(plan: ClientPlan): { service: PlannedService; part: PlanPart }[] {
  return plan.parts.flatMap((part) => part.services.map((service) => ({ service, part })));
}
