/**
 * Everything only editing needs, loaded when the viewer may edit (CONVENTIONS §11): the drafts of
 * the two forms (a producer's own part; the responsible unit's common sections, or a client's own
 * views), the edits they make, the rules a change is checked by, and what changed in someone
 * else's version, in words.
 *
 * Drafts hold strings as typed, so nothing the user wrote is lost to parsing; an edit is applied
 * to the version current when it is saved, so after a conflict it lands on theirs.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  GOAL_ACHIEVEMENTS,
  GOAL_STATUSES,
  PART_PRODUCER_TYPES,
  PLANNED_SERVICE_STATUSES,
  checkPlan,
  checkPlanChange,
  checkPlanPart,
  checkPlanPartChange,
  commonOf,
  isIsoDate,
  sameJson,
  type ClientPlan,
  type Edit,
  type FollowUpEntry,
  type OrganizationRef,
  type PlannedService,
  type PlanPart,
  type PlanViewText,
  type ValidationIssue,
  type Viewer,
} from '@saumaton/core';
import {
  describeError,
  field,
  formFooter,
  requiredHint,
  select,
  type EditState,
  type FormControls,
} from '@saumaton/elements';
import { achievementLabel, goalStatusLabel, producerTypeLabel, serviceStatusLabel } from '../labels.js';

// ---- drafts --------------------------------------------------------------------------------------

export interface ServiceDraft {
  /** The service's id: kept for one being edited, new for one added. */
  id: string;
  name: string;
  status: string;
  start: string;
  end: string;
  duration: string;
  frequency: string;
  responsible: string;
}

export interface PartDraft {
  producer: OrganizationRef;
  producerType: string;
  services: ServiceDraft[];
  /** One responsibility a line. */
  responsibilities: string;
  notes: string;
  /** Who saves: the part's author. */
  authorName: string;
}

export interface GoalDraft {
  /** Undefined for a goal added in this form. */
  id: string | undefined;
  text: string;
  means: string;
  status: string;
}

export interface CommonDraft {
  supportClient: string;
  supportProfessional: string;
  supportReasons: string;
  neededClient: string;
  neededProfessional: string;
  neededReasons: string;
  meetingFrequency: string;
  strengths: string;
  nextReviewDate: string;
  goals: GoalDraft[];
  updatedBy: string;
}

/** One goal's evaluation at a review, as typed: no `achievement` when the goal is not evaluated this time. */
export interface GoalEvaluationDraft {
  goalId: string;
  /** The goal's text, for the form's legend. */
  goal: string;
  achievement: string;
  note: string;
}

/** A review being recorded (seed 002): the feedback of the client and of the team, the goals evaluated, the next review. */
export interface ReviewDraft {
  date: string;
  clientFeedback: string;
  teamFeedback: string;
  goals: GoalEvaluationDraft[];
  nextReviewDate: string;
  recordedBy: string;
}

/** The form open now, with its draft and the errors shown at its fields (by field name). */
export type OpenForm =
  | {
      readonly kind: 'part';
      readonly draft: PartDraft;
      /** The draft as the form opened: only what the user changed from it is applied (on theirs, after a conflict). */
      readonly base: PartDraft;
      readonly isNew: boolean;
      readonly errors: Record<string, string>;
    }
  | {
      readonly kind: 'common';
      readonly base: CommonDraft;
      /** `client`: the client's own views only (`planPermissions().clientView`). */
      readonly scope: 'common' | 'client';
      readonly draft: CommonDraft;
      readonly errors: Record<string, string>;
    }
  | {
      readonly kind: 'review';
      readonly draft: ReviewDraft;
      /** The plan is active: it must have its next review (`next-review-required`). */
      readonly nextRequired: boolean;
      /** Today in Finland, when the form opened: a review is recorded once held, never ahead. */
      readonly today: string;
      readonly errors: Record<string, string>;
    };

const serviceDraftOf = (s: PlannedService): ServiceDraft => ({
  id: s.id,
  name: s.name,
  status: s.status,
  start: s.start?.slice(0, 10) ?? '',
  end: s.end?.slice(0, 10) ?? '',
  duration: s.duration ?? '',
  frequency: s.frequency ?? '',
  responsible: s.responsiblePerson?.name ?? '',
});

/** The form for the viewer's own part: `part` as shown, or a new part of `producer`. */
export function partFormFor(
  part: PlanPart | undefined,
  producer: OrganizationRef,
  viewer: Viewer | undefined,
): OpenForm {
  const sameAuthor = part && viewer?.practitionerId && part.author.practitionerId === viewer.practitionerId;
  const draft: PartDraft = {
    producer: part?.producer ?? producer,
    producerType: part?.producerType ?? 'own-production',
    services: (part?.services ?? []).map(serviceDraftOf),
    responsibilities: (part?.responsibilities ?? []).join('\n'),
    notes: part?.notes ?? '',
    authorName: sameAuthor ? part.author.name : '',
  };
  return { kind: 'part', isNew: !part, errors: {}, draft, base: draft };
}

/** The form for the common sections (`common`) or the client's own views (`client`). */
export function commonFormFor(plan: ClientPlan, scope: 'common' | 'client'): OpenForm {
  const draft: CommonDraft = {
    supportClient: plan.supportNeed.client?.text ?? '',
    supportProfessional: plan.supportNeed.professional?.text ?? '',
    supportReasons: plan.supportNeed.professional?.reasons ?? '',
    neededClient: plan.servicesNeeded.client?.text ?? '',
    neededProfessional: plan.servicesNeeded.professional?.text ?? '',
    neededReasons: plan.servicesNeeded.professional?.reasons ?? '',
    meetingFrequency: plan.meetingFrequency ?? '',
    strengths: plan.strengths ?? '',
    nextReviewDate: plan.followUp.nextReviewDate ?? '',
    goals: plan.goals.map((g) => ({ id: g.id, text: g.text, means: g.means ?? '', status: g.status })),
    updatedBy: scope === 'client' ? plan.header.client.name : '',
  };
  return { kind: 'common', scope, errors: {}, draft, base: draft };
}

/** Goals that are over (reached, not reached, cancelled) are not evaluated again. */
const CLOSED_GOALS: readonly string[] = ['achieved', 'not-achieved', 'cancelled'];

/** The form that records a review held `today`: every goal still open, to evaluate or leave. */
export function reviewFormFor(plan: ClientPlan, today: string): OpenForm {
  return {
    kind: 'review',
    nextRequired: plan.status === 'active',
    today,
    errors: {},
    draft: {
      date: today,
      clientFeedback: '',
      teamFeedback: '',
      goals: plan.goals
        .filter((g) => !CLOSED_GOALS.includes(g.status))
        .map((g) => ({ goalId: g.id, goal: g.text, achievement: '', note: '' })),
      nextReviewDate: '',
      recordedBy: '',
    },
  };
}

/** The form with the field `target` names set to its value as typed. */
export function formInput(form: OpenForm, target: { name: string; value: string }): OpenForm {
  const { name, value } = target;
  const errors = Object.fromEntries(Object.entries(form.errors).filter(([field]) => field !== name));
  if (form.kind === 'part') {
    const draft = { ...form.draft };
    const service = /^service-(\d+)-(\w+)$/.exec(name);
    if (service) {
      const i = Number(service[1]);
      const key = service[2] as keyof ServiceDraft;
      draft.services = draft.services.map((s, j) => (j === i && key in s ? { ...s, [key]: value } : s));
    } else if (name === 'responsibilities' || name === 'notes' || name === 'authorName' || name === 'producerType') {
      draft[name] = value;
    }
    return { ...form, draft, errors };
  }
  if (form.kind === 'review') {
    // An error that more than one field answers clears with any of them: something recorded (the
    // feedbacks, an evaluation), the next review after this one (either date).
    const related = /^(clientFeedback|teamFeedback|evaluation-\d+-achievement)$/.test(name)
      ? 'clientFeedback'
      : name === 'date'
        ? 'nextReviewDate'
        : undefined;
    const kept = related ? Object.fromEntries(Object.entries(errors).filter(([field]) => field !== related)) : errors;
    const draft = { ...form.draft };
    const goal = /^evaluation-(\d+)-(achievement|note)$/.exec(name);
    if (goal) {
      const i = Number(goal[1]);
      const key = goal[2] as 'achievement' | 'note';
      draft.goals = draft.goals.map((g, j) => (j === i ? { ...g, [key]: value } : g));
    } else if (name in draft && name !== 'goals') {
      (draft as unknown as Record<string, string>)[name] = value;
    }
    return { ...form, draft, errors: kept };
  }
  const draft = { ...form.draft };
  const goal = /^goal-(\d+)-(\w+)$/.exec(name);
  if (goal) {
    const i = Number(goal[1]);
    const key = goal[2] as 'text' | 'means' | 'status';
    draft.goals = draft.goals.map((g, j) => (j === i ? { ...g, [key]: value } : g));
  } else if (name in draft && name !== 'goals') {
    (draft as unknown as Record<string, string>)[name] = value;
  }
  return { ...form, draft, errors };
}

export function addService(form: OpenForm): OpenForm {
  if (form.kind !== 'part') return form;
  const blank: ServiceDraft = {
    id: localId('service'),
    name: '',
    status: 'planned',
    start: '',
    end: '',
    duration: '',
    frequency: '',
    responsible: '',
  };
  return { ...form, draft: { ...form.draft, services: [...form.draft.services, blank] } };
}

export function removeService(form: OpenForm, index: number): OpenForm {
  if (form.kind !== 'part') return form;
  return { ...form, draft: { ...form.draft, services: form.draft.services.filter((_, i) => i !== index) } };
}

export function addGoal(form: OpenForm): OpenForm {
  if (form.kind !== 'common') return form;
  return {
    ...form,
    draft: { ...form.draft, goals: [...form.draft.goals, { id: undefined, text: '', means: '', status: 'active' }] },
  };
}

/**
 * A new id for a service or goal added in a form: as core's `newId`, written here because importing
 * that one module would split it into a chunk of its own that the roster's and the consent form's
 * pages then load as one more file (the embed build places a module by the widgets using it).
 */
function localId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

// ---- edits ---------------------------------------------------------------------------------------

const optional = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);
const now = () => new Date().toISOString();

/** The errors a draft shows at its fields before anything is sent; empty when it can be saved. */
function fieldErrors(form: OpenForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const badDate = msg('Give a date as YYYY-MM-DD.');
  if (form.kind === 'part') {
    if (!form.draft.authorName.trim()) errors.authorName = msg('Give your name: it is saved with the change.');
    form.draft.services.forEach((s, i) => {
      if (!s.name.trim()) errors[`service-${String(i)}-name`] = msg('Give the service a name.');
      if (s.start && !isIsoDate(s.start)) errors[`service-${String(i)}-start`] = badDate;
      if (s.end && !isIsoDate(s.end)) errors[`service-${String(i)}-end`] = badDate;
      if (s.start && s.end && isIsoDate(s.start) && isIsoDate(s.end) && s.end < s.start) {
        errors[`service-${String(i)}-end`] = msg('The end cannot come before the start.');
      }
    });
    return errors;
  }
  if (form.kind === 'review') {
    const r = form.draft;
    if (!isIsoDate(r.date)) errors.date = badDate;
    else if (r.date > form.today) errors.date = msg('The date cannot be in the future.');
    if (!r.nextReviewDate && form.nextRequired) errors.nextReviewDate = msg('An active plan has its next review date.');
    else if (r.nextReviewDate && !isIsoDate(r.nextReviewDate)) errors.nextReviewDate = badDate;
    else if (r.nextReviewDate && isIsoDate(r.date) && r.nextReviewDate <= r.date)
      errors.nextReviewDate = msg('The next review must come after this one.');
    if (!r.clientFeedback.trim() && !r.teamFeedback.trim() && !r.goals.some((g) => g.achievement))
      errors.clientFeedback = msg('Record the feedback or evaluate a goal.');
    if (!r.recordedBy.trim()) errors.recordedBy = msg('Give your name: it is saved with the change.');
    return errors;
  }
  const d = form.draft;
  if (!d.updatedBy.trim()) errors.updatedBy = msg('Give your name: it is saved with the change.');
  if (form.scope === 'client') return errors;
  if (d.nextReviewDate && !isIsoDate(d.nextReviewDate)) errors.nextReviewDate = badDate;
  d.goals.forEach((g, i) => {
    if (!g.text.trim()) errors[`goal-${String(i)}-text`] = msg('Say what the goal is.');
  });
  return errors;
}

/** A service as the draft `d` says it, on top of `kept` (the stored service: members the form does not hold are kept). */
function serviceOf(d: ServiceDraft, kept: PlannedService | undefined): PlannedService {
  const {
    start: _s,
    end: _e,
    duration: _d,
    frequency: _f,
    responsiblePerson: previous,
    ...rest
  } = kept ?? {
    id: d.id,
    name: d.name,
    status: d.status,
  };
  const responsible = d.responsible.trim();
  return {
    ...rest,
    id: d.id,
    name: d.name.trim(),
    status: d.status,
    ...(optional(d.start) ? { start: d.start } : {}),
    ...(optional(d.end) ? { end: d.end } : {}),
    ...(optional(d.duration) ? { duration: d.duration.trim() } : {}),
    ...(optional(d.frequency) ? { frequency: d.frequency.trim() } : {}),
    ...(responsible ? { responsiblePerson: previous?.name === responsible ? previous : { name: responsible } } : {}),
  };
}

/**
 * The part the form makes of `current` (or of nothing, for a new part): only what the user changed
 * from `base` (the form as opened) is applied, so after a conflict their other changes stay: a
 * service the user added is added, one they removed is removed, one they edited is replaced, and
 * the responsibilities and notes change only when the user changed them.
 */
function applyPart(
  draft: PartDraft,
  base: PartDraft,
  current: PlanPart | undefined,
  viewer: Viewer | undefined,
): PlanPart {
  const baseById = new Map(base.services.map((s) => [s.id, s]));
  const services: PlannedService[] = [];
  for (const stored of current?.services ?? []) {
    const mine = draft.services.find((d) => d.id === stored.id);
    if (!mine) {
      // Removed in the form: gone. Not in the form at all (theirs, added meanwhile): kept.
      if (!baseById.has(stored.id)) services.push(stored);
      continue;
    }
    services.push(sameJson(mine, baseById.get(stored.id)) ? stored : serviceOf(mine, stored));
  }
  const stored = new Set((current?.services ?? []).map((s) => s.id));
  // Added in the form (or edited in the form and removed by them meanwhile: the user's edit wins).
  for (const d of draft.services) {
    if (!stored.has(d.id) && (!baseById.has(d.id) || !sameJson(d, baseById.get(d.id))))
      services.push(serviceOf(d, undefined));
  }
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const responsibilities =
    draft.responsibilities !== base.responsibilities || !current
      ? lines(draft.responsibilities)
      : current.responsibilities;
  const notes = draft.notes !== base.notes || !current ? optional(draft.notes) : current.notes;
  const { notes: _notes, ...rest } = current ?? { producer: draft.producer, producerType: draft.producerType };
  return {
    ...rest,
    producer: current?.producer ?? draft.producer,
    producerType: current ? current.producerType : draft.producerType,
    services,
    responsibilities,
    ...(notes ? { notes } : {}),
    author: {
      name: draft.authorName.trim(),
      ...(viewer?.organizationId ? { organizationId: viewer.organizationId } : {}),
      ...(viewer?.practitionerId ? { practitionerId: viewer.practitionerId } : {}),
    },
    updatedAt: now(),
  };
}

/** A view as the form says it, on top of the stored one (its other members kept); undefined when blank. */
function viewOf(
  text: string,
  reasons: string | undefined,
  previous: PlanViewText | undefined,
): PlanViewText | undefined {
  if (!text.trim()) return undefined;
  const { reasons: oldReasons, ...kept } = previous ?? { text };
  const r = reasons === undefined ? oldReasons : optional(reasons);
  return { ...kept, text: text.trim(), ...(r ? { reasons: r } : {}) };
}

/**
 * The plan the common-sections form makes of `current`: only the fields the user changed from
 * `base` (the form as opened) change, so after a conflict their other changes stay. Goals are
 * merged by id: one the user edited is replaced field by field, one added is added, and goals
 * someone else added meanwhile stay.
 */
function applyCommon(
  form: Extract<OpenForm, { kind: 'common' }>,
  current: ClientPlan,
  viewer: Viewer | undefined,
): ClientPlan {
  const d = form.draft;
  const b = form.base;
  const changed = (key: keyof CommonDraft) => !sameJson(d[key], b[key]);
  let next: ClientPlan = {
    ...current,
    updatedBy: {
      name: d.updatedBy.trim(),
      ...(viewer?.organizationId ? { organizationId: viewer.organizationId } : {}),
      ...(viewer?.practitionerId ? { practitionerId: viewer.practitionerId } : {}),
    },
    updatedAt: now(),
  };
  const setView = (
    key: 'supportNeed' | 'servicesNeeded',
    side: 'client' | 'professional',
    value: PlanViewText | undefined,
  ) => {
    const { [side]: _old, ...others } = next[key];
    next = { ...next, [key]: value ? { ...others, [side]: value } : others };
  };
  if (changed('supportClient'))
    setView('supportNeed', 'client', viewOf(d.supportClient, undefined, current.supportNeed.client));
  if (changed('neededClient'))
    setView('servicesNeeded', 'client', viewOf(d.neededClient, undefined, current.servicesNeeded.client));
  if (form.scope === 'client') return next;
  if (changed('supportProfessional') || changed('supportReasons')) {
    setView(
      'supportNeed',
      'professional',
      viewOf(d.supportProfessional, d.supportReasons, current.supportNeed.professional),
    );
  }
  if (changed('neededProfessional') || changed('neededReasons')) {
    setView(
      'servicesNeeded',
      'professional',
      viewOf(d.neededProfessional, d.neededReasons, current.servicesNeeded.professional),
    );
  }
  const text = (key: 'meetingFrequency' | 'strengths') => {
    if (!changed(key)) return;
    const { [key]: _old, ...rest } = next;
    const value = optional(d[key]);
    next = value ? { ...rest, [key]: value } : rest;
  };
  text('meetingFrequency');
  text('strengths');
  if (changed('nextReviewDate')) {
    const { nextReviewDate: _n, ...followUp } = current.followUp;
    next = {
      ...next,
      followUp: optional(d.nextReviewDate) ? { ...followUp, nextReviewDate: d.nextReviewDate } : followUp,
    };
  }
  if (changed('goals')) {
    const baseById = new Map(b.goals.map((g) => [g.id, g]));
    const goals = current.goals.map((stored) => {
      const mine = d.goals.find((g) => g.id === stored.id);
      const was = baseById.get(stored.id);
      if (!mine || !was || sameJson(mine, was)) return stored;
      const { means: _m, ...kept } = stored;
      const means = mine.means !== was.means ? optional(mine.means) : stored.means;
      return {
        ...kept,
        text: mine.text !== was.text ? mine.text.trim() : stored.text,
        status: mine.status !== was.status ? mine.status : stored.status,
        ...(means ? { means } : {}),
      };
    });
    for (const g of d.goals) {
      if (g.id !== undefined) continue;
      goals.push({
        id: localId('goal'),
        text: g.text.trim(),
        status: g.status,
        setBy: { kind: 'together' },
        ...(optional(g.means) ? { means: g.means.trim() } : {}),
      });
    }
    next = { ...next, goals };
  }
  return next;
}

/**
 * The plan with the review the form records: an entry of the follow-up, each goal's evaluation
 * also on the goal itself (as FHIR's `Goal` carries it), and the next review date. Appended to
 * `current`, so after a conflict the review lands on theirs; the evaluation of a goal removed
 * meanwhile goes with it (a review names only goals the plan has, `checkPlan`), the rest stays.
 */
function applyReview(draft: ReviewDraft, current: ClientPlan, viewer: Viewer | undefined): ClientPlan {
  const by = {
    name: draft.recordedBy.trim(),
    ...(viewer?.organizationId ? { organizationId: viewer.organizationId } : {}),
    ...(viewer?.practitionerId ? { practitionerId: viewer.practitionerId } : {}),
  };
  const evaluations = draft.goals
    .filter((g) => g.achievement && current.goals.some((goal) => goal.id === g.goalId))
    .map((g) => ({
      goalId: g.goalId,
      date: draft.date,
      achievement: g.achievement,
      ...(optional(g.note) ? { text: g.note.trim() } : {}),
      by,
    }));
  const clientFeedback = optional(draft.clientFeedback);
  const teamFeedback = optional(draft.teamFeedback);
  const nextReviewDate = optional(draft.nextReviewDate);
  const entry: FollowUpEntry = {
    id: localId('review'),
    date: draft.date,
    ...(clientFeedback ? { clientFeedback } : {}),
    ...(teamFeedback ? { teamFeedback } : {}),
    ...(evaluations.length ? { goalEvaluations: evaluations } : {}),
    ...(nextReviewDate ? { nextReviewDate } : {}),
    recordedBy: by,
  };
  return {
    ...current,
    goals: current.goals.map((goal) => {
      const mine = evaluations.find((e) => e.goalId === goal.id);
      if (!mine) return goal;
      const { goalId: _g, ...evaluation } = mine;
      return { ...goal, evaluations: [...(goal.evaluations ?? []), evaluation] };
    }),
    followUp: {
      ...current.followUp,
      ...(nextReviewDate ? { nextReviewDate } : {}),
      entries: [...(current.followUp.entries ?? []), entry],
    },
    updatedBy: by,
    updatedAt: now(),
  };
}

export type Submission<T> = { readonly edit: Edit<T> } | { readonly invalid: OpenForm };

/** The edit of the open part form, or the form with its field errors. */
export function partSubmission(form: OpenForm, viewer: Viewer | undefined): Submission<PlanPart> | undefined {
  if (form.kind !== 'part') return undefined;
  const errors = fieldErrors(form);
  if (Object.keys(errors).length) return { invalid: { ...form, errors } };
  const draft = form.draft;
  return {
    edit: {
      summary: msg(str`your changes to the part of ${draft.producer.name}.`),
      apply: (current) => applyPart(draft, form.base, current, viewer),
    },
  };
}

/** The edit of the open common-sections or review form, or the form with its field errors. */
export function commonSubmission(form: OpenForm, viewer: Viewer | undefined): Submission<ClientPlan> | undefined {
  if (form.kind === 'part') return undefined;
  const errors = fieldErrors(form);
  if (Object.keys(errors).length) return { invalid: { ...form, errors } };
  if (form.kind === 'review') {
    const draft = form.draft;
    return {
      edit: { summary: msg('the review you recorded.'), apply: (current) => applyReview(draft, current, viewer) },
    };
  }
  return {
    edit: {
      summary:
        form.scope === 'client' ? msg('your own views.') : msg('your changes to the common sections of the plan.'),
      apply: (current) => applyCommon(form, current, viewer),
    },
  };
}

// ---- checks --------------------------------------------------------------------------------------

const key = (i: ValidationIssue) => `${i.code ?? ''}|${i.path}`;

/** What a change of a part newly breaks: issues not there before, and a part that changed producer. */
export function checkPart(before: PlanPart | undefined, after: PlanPart): ValidationIssue[] {
  const old = new Set((before ? checkPlanPart(before) : []).map(key));
  return [...checkPlanPart(after).filter((i) => !old.has(key(i))), ...checkPlanPartChange(before, after)];
}

/** What a change of the common sections newly breaks. */
export function checkCommon(before: ClientPlan | undefined, after: ClientPlan): ValidationIssue[] {
  const old = new Set((before ? checkPlan(commonOf(before)) : []).map(key));
  return [
    ...checkPlan(commonOf(after)).filter((i) => !old.has(key(i))),
    ...checkPlanChange(before && commonOf(before), commonOf(after)),
  ];
}

/**
 * A broken plan rule in words. The forms check names, dates and goals at their fields first, so
 * a rule reaches here only from a value the form did not make (another system's): said with the
 * field's words where there are some, else in general.
 */
export function ruleMessage(issue: ValidationIssue): string {
  switch (issue.code) {
    case 'service-name-required':
      return msg('Give the service a name.');
    case 'goal-text-required':
      return msg('Say what the goal is.');
    case 'end-before-start':
      return msg('The end cannot come before the start.');
    case 'date-invalid':
      return msg('Give a date as YYYY-MM-DD.');
    case 'service-status-is-decision':
    case 'service-status-unknown':
      return msg('A plan is not a decision: a service is never marked granted here.');
    case 'next-review-required':
      return msg('An active plan has its next review date.');
    default:
      return msg('The change breaks a rule of the plan.');
  }
}

/** The messages about the change as a whole: the rules it breaks, or why saving failed. */
export function changeErrors<T>(edit: EditState<T>): string[] {
  if (edit.status === 'invalid') return [...new Set(edit.issues.map(ruleMessage))];
  if (edit.status === 'failed') {
    return [msg(str`${describeError(edit.error, 'save')} What you wrote is kept: try again.`)];
  }
  return [];
}

// ---- what changed --------------------------------------------------------------------------------

/** What differs between the part the user began from and the one now stored, in words. */
export function describePartChanges(mine: PlanPart, theirs: PlanPart): string[] {
  const out: string[] = [];
  const mineById = new Map(mine.services.map((s) => [s.id, s]));
  const theirsById = new Map(theirs.services.map((s) => [s.id, s]));
  for (const s of theirs.services) {
    const before = mineById.get(s.id);
    if (!before) out.push(msg(str`Service added: ${s.name}`));
    else if (!sameJson(before, s)) out.push(msg(str`Service changed: ${s.name}`));
  }
  for (const s of mine.services) if (!theirsById.has(s.id)) out.push(msg(str`Service removed: ${s.name}`));
  if (!sameJson(mine.responsibilities, theirs.responsibilities)) out.push(msg('Responsibilities changed'));
  if ((mine.notes ?? '') !== (theirs.notes ?? '')) out.push(msg('Notes changed'));
  if (out.length) out.push(msg(str`Saved by ${theirs.author.name}`));
  return out;
}

/** What differs between the common sections the user began from and those now stored, in words. */
export function describeCommonChanges(mine: ClientPlan, theirs: ClientPlan): string[] {
  const out: string[] = [];
  const differs = (a: unknown, b: unknown) => !sameJson(a ?? null, b ?? null);
  if (differs(mine.supportNeed, theirs.supportNeed)) out.push(msg('The views of the support need'));
  if (differs(mine.servicesNeeded, theirs.servicesNeeded)) out.push(msg('The views of the services needed'));
  if (differs(mine.goals, theirs.goals)) out.push(msg('The goals'));
  if (differs(mine.followUp.nextReviewDate, theirs.followUp.nextReviewDate)) out.push(msg('The next review date'));
  if (differs(mine.followUp.entries, theirs.followUp.entries)) out.push(msg('The reviews held'));
  if (differs(mine.meetingFrequency, theirs.meetingFrequency)) out.push(msg('Meeting frequency'));
  if (differs(mine.strengths, theirs.strengths)) out.push(msg('Strengths and resources'));
  const known = [mine, theirs].map(
    ({
      supportNeed: _a,
      servicesNeeded: _b,
      goals: _c,
      followUp,
      meetingFrequency: _d,
      strengths: _e,
      updatedAt: _f,
      updatedBy: _g,
      parts: _h,
      ...rest
    }) => ({
      ...rest,
      followUp: { ...followUp, nextReviewDate: undefined, entries: undefined },
    }),
  );
  if (differs(known[0], known[1])) out.push(msg('Other sections of the plan'));
  return out;
}

// ---- the forms -----------------------------------------------------------------------------------

export interface FormCallbacks extends FormControls {
  readonly onAddItem: () => void;
  readonly onRemoveItem: (index: number) => void;
}

const statusOptions = () =>
  PLANNED_SERVICE_STATUSES.map((s) => ({ value: s, label: serviceStatusLabel(s, 'professional') }));

function serviceFields(s: ServiceDraft, i: number, errors: Record<string, string>, cb: FormCallbacks): TemplateResult {
  const n = (k: string) => `service-${String(i)}-${k}`;
  const known = (PLANNED_SERVICE_STATUSES as readonly string[]).includes(s.status);
  return html`<fieldset class="service-fields">
    <legend>${s.name.trim() ? s.name : msg(str`Service ${i + 1}`)}</legend>
    <div class="fields">
      ${field({ name: n('name'), label: msg('Service'), value: s.name, required: true, error: errors[n('name')] })}
      ${select({
        name: n('status'),
        label: msg('Status'),
        value: s.status,
        options: known ? statusOptions() : [{ value: s.status, label: s.status }, ...statusOptions()],
        hint: msg('A plan is not a decision: a service is never marked granted here.'),
      })}
      ${field({ name: n('start'), label: msg('Start'), value: s.start, type: 'date', error: errors[n('start')] })}
      ${field({ name: n('end'), label: msg('End'), value: s.end, type: 'date', error: errors[n('end')] })}
      ${field({ name: n('duration'), label: msg('Duration'), value: s.duration })}
      ${field({ name: n('frequency'), label: msg('Frequency'), value: s.frequency })}
      ${field({ name: n('responsible'), label: msg('Responsible person'), value: s.responsible, wide: true })}
    </div>
    <button type="button" class="danger" @click=${() => cb.onRemoveItem(i)}>
      ${msg(str`Remove the service ${s.name.trim() || String(i + 1)}`)}
    </button>
  </fieldset>`;
}

/** The form of the viewer's own part: its services (added, removed, edited), responsibilities and notes. */
export function partFormView(form: Extract<OpenForm, { kind: 'part' }>, cb: FormCallbacks): TemplateResult {
  const d = form.draft;
  const e = form.errors;
  return html`<form
    id="part-form"
    novalidate
    @input=${cb.onInput}
    @change=${cb.onInput}
    @submit=${cb.onSubmit}
    @keydown=${cb.onKeydown}
  >
    <h4 id="part-form-heading">${msg(str`Edit the part of ${d.producer.name}`)}</h4>
    ${requiredHint()}
    ${
      form.isNew
        ? select({
            name: 'producerType',
            label: msg('Producer type'),
            value: d.producerType,
            options: PART_PRODUCER_TYPES.map((t) => ({ value: t, label: producerTypeLabel(t) })),
          })
        : nothing
    }
    ${d.services.map((s, i) => serviceFields(s, i, e, cb))}
    <div><button type="button" id="add-service" @click=${cb.onAddItem}>${msg('Add a service')}</button></div>
    <div class="fields">
      ${field({
        name: 'responsibilities',
        label: msg('Responsibilities'),
        hint: msg('One a line.'),
        value: d.responsibilities,
        multiline: true,
        wide: true,
      })}
      ${field({
        name: 'notes',
        label: msg('Notes'),
        hint: msg('For professionals: the client does not see them.'),
        value: d.notes,
        multiline: true,
        wide: true,
      })}
      ${field({ name: 'authorName', label: msg('Your name'), value: d.authorName, required: true, error: e.authorName, autocomplete: 'name' })}
    </div>
    ${formFooter({ submitLabel: msg('Save the part'), saving: cb.saving, errors: cb.formErrors, onCancel: cb.onCancel })}
  </form>`;
}

const goalStatusOptions = () => GOAL_STATUSES.map((s) => ({ value: s, label: goalStatusLabel(s, 'professional') }));

/** The form of the common sections (the responsible unit), or of the client's own views. */
export function commonFormView(form: Extract<OpenForm, { kind: 'common' }>, cb: FormCallbacks): TemplateResult {
  const d = form.draft;
  const e = form.errors;
  const client = form.scope === 'client';
  return html`<form
    id="common-form"
    novalidate
    @input=${cb.onInput}
    @change=${cb.onInput}
    @submit=${cb.onSubmit}
    @keydown=${cb.onKeydown}
  >
    <h3 id="common-form-heading">${client ? msg('Add your own view') : msg('Edit the common sections')}</h3>
    ${requiredHint()}
    <div class="fields">
      ${field({ name: 'supportClient', label: client ? msg('What you need support with') : msg('Client’s view of the support need'), value: d.supportClient, multiline: true, wide: true })}
      ${
        client
          ? nothing
          : html`${field({ name: 'supportProfessional', label: msg('Professional’s view of the support need'), value: d.supportProfessional, multiline: true, wide: true })}
            ${field({ name: 'supportReasons', label: msg('Reasons for the professional’s view of the support need'), value: d.supportReasons, multiline: true, wide: true })}`
      }
      ${field({ name: 'neededClient', label: client ? msg('What services and help you need') : msg('Client’s view of the services needed'), value: d.neededClient, multiline: true, wide: true })}
      ${
        client
          ? nothing
          : html`${field({ name: 'neededProfessional', label: msg('Professional’s view of the services needed'), value: d.neededProfessional, multiline: true, wide: true })}
            ${field({ name: 'neededReasons', label: msg('Reasons for the professional’s view of the services needed'), value: d.neededReasons, multiline: true, wide: true })}
            ${field({ name: 'meetingFrequency', label: msg('Meeting frequency'), value: d.meetingFrequency })}
            ${field({ name: 'nextReviewDate', label: msg('Next review date'), value: d.nextReviewDate, type: 'date', error: e.nextReviewDate })}
            ${field({ name: 'strengths', label: msg('Strengths and resources'), value: d.strengths, multiline: true, wide: true })}`
      }
    </div>
    ${
      client
        ? nothing
        : html`${d.goals.map(
              (g, i) =>
                html`<fieldset class="goal-fields">
                  <legend>${msg(str`Goal ${i + 1}`)}</legend>
                  <div class="fields">
                    ${field({ name: `goal-${String(i)}-text`, label: msg('Goal'), value: g.text, required: true, multiline: true, wide: true, error: e[`goal-${String(i)}-text`] })}
                    ${field({ name: `goal-${String(i)}-means`, label: msg('Means'), value: g.means, multiline: true, wide: true })}
                    ${select({
                      name: `goal-${String(i)}-status`,
                      label: msg('Status'),
                      value: g.status,
                      options: (GOAL_STATUSES as readonly string[]).includes(g.status)
                        ? goalStatusOptions()
                        : [{ value: g.status, label: g.status }, ...goalStatusOptions()],
                    })}
                  </div>
                </fieldset>`,
            )}
            <div><button type="button" id="add-goal" @click=${cb.onAddItem}>${msg('Add a goal')}</button></div>`
    }
    <div class="fields">
      ${field({ name: 'updatedBy', label: msg('Your name'), value: d.updatedBy, required: true, error: e.updatedBy, autocomplete: 'name' })}
    </div>
    ${formFooter({ submitLabel: client ? msg('Save my view') : msg('Save the common sections'), saving: cb.saving, errors: cb.formErrors, onCancel: cb.onCancel })}
  </form>`;
}

/** Made at each render, in the locale of that moment (a list made when the module loaded would keep its language). */
const achievementOptions = () => [
  { value: '', label: msg('Not evaluated this time') },
  ...GOAL_ACHIEVEMENTS.map((a) => ({ value: a, label: achievementLabel(a) })),
];

/** The form that records a review: the feedback in the client's and the team's own words, each open goal evaluated or left, the next review. */
export function reviewFormView(form: Extract<OpenForm, { kind: 'review' }>, cb: FormCallbacks): TemplateResult {
  const d = form.draft;
  const e = form.errors;
  return html`<form
    id="review-form"
    novalidate
    @input=${cb.onInput}
    @change=${cb.onInput}
    @submit=${cb.onSubmit}
    @keydown=${cb.onKeydown}
  >
    <h4 id="review-form-heading">${msg('Record a review')}</h4>
    ${requiredHint()}
    <div class="fields">
      ${field({ name: 'date', label: msg('Date of the review'), value: d.date, type: 'date', required: true, error: e.date })}
      ${field({ name: 'clientFeedback', label: msg('Client’s feedback'), hint: msg('In the client’s own words.'), value: d.clientFeedback, multiline: true, wide: true, error: e.clientFeedback })}
      ${field({ name: 'teamFeedback', label: msg('Team’s feedback'), hint: msg('What the professionals of the team said.'), value: d.teamFeedback, multiline: true, wide: true })}
    </div>
    ${
      d.goals.length
        ? html`<fieldset class="evaluations">
            <legend>${msg('Goals evaluated')}</legend>
            ${d.goals.map(
              (g, i) =>
                html`<fieldset class="goal-fields">
                  <legend>${g.goal}</legend>
                  <div class="fields">
                    ${select({ name: `evaluation-${String(i)}-achievement`, label: msg('How far the goal was reached'), value: g.achievement, options: achievementOptions() })}
                    ${field({ name: `evaluation-${String(i)}-note`, label: msg('Notes on the evaluation'), value: g.note, multiline: true, wide: true })}
                  </div>
                </fieldset>`,
            )}
          </fieldset>`
        : nothing
    }
    <div class="fields">
      ${field({ name: 'nextReviewDate', label: msg('Next review date'), value: d.nextReviewDate, type: 'date', required: form.nextRequired, error: e.nextReviewDate })}
      ${field({ name: 'recordedBy', label: msg('Your name'), value: d.recordedBy, required: true, error: e.recordedBy, autocomplete: 'name' })}
    </div>
    ${formFooter({ submitLabel: msg('Save the review'), saving: cb.saving, errors: cb.formErrors, onCancel: cb.onCancel })}
  </form>`;
}
