/**
 * The plan's history as data (DOMAIN §3.1: "everyone sees who changed what, when"): every saved
 * version of the common sections and of each producer's part (`PlanStore.listPlanVersions`) as a
 * timeline, each version with its **field-level changes** from the version of the same piece
 * before it. Pure, no DOM: a widget labels the sections and fields in the user's language and
 * formats the values (`DisplayValue`), never raw JSON.
 *
 * **Fields.** A change names its section (`PLAN_SECTIONS`, in the order of DOMAIN §3.1) and its
 * field: the path of the member in the model with list entries left out (`status`,
 * `supportNeed.client.text`, `goals.status`, `services.responsiblePerson.name`), one of
 * `PLAN_FIELDS`. Members this version of the model does not know (kept by the liberal schemas)
 * are compared too, as field `other` with their `key` (their path, `goals.priority`).
 *
 * **Lists.** Entries are matched by `id` (goals, services, follow-up entries, the producers);
 * entries without one first with an equal entry wherever it stands, then by position among those
 * left over (partners, responsibilities, evaluations, service tasks). **Order alone is no
 * change**: nothing in these lists means anything by its position, so moving an entry is not
 * reported. A changed entry gives one change per field that changed, each with the entry as its
 * `item`; an entry added or removed gives one change for the entry itself (`field` the list's,
 * e.g. `goals`) followed by one per field it holds, so a widget can say what was added.
 *
 * **Who and when** are the version's (`changedBy`, `changedAt`), not changes: the common
 * sections' `updatedBy`/`updatedAt` and a part's `author`/`updatedAt` are not compared.
 */
import type { PlanVersion } from '../contract/stores.js';
import { isIsoDate } from '../model/common.js';
import {
  GOAL_ACHIEVEMENTS,
  GOAL_SETTERS,
  GOAL_STATUSES,
  PART_PRODUCER_TYPES,
  PLANNED_SERVICE_STATUSES,
  PLAN_STATUSES,
  type ClientPlan,
  type PlanCommon,
  type PlanPart,
  type PlanPerson,
} from '../model/plan.js';
import { PRODUCER_TYPES } from '../model/organization.js';
import { maskIdentityCode } from './identity-code.js';

/**
 * The sections of a plan a change is in, in the order of DOMAIN §3.1, for a widget to label in
 * fi, sv and en: the header (with the plan's status), clienthood, context, the SHL § 39 items
 * (1 `supportNeed`, 2 `servicesNeeded`, 3 `services` — in the producers' parts —, 4
 * `meetingFrequency`, 5 `strengths`, 6 `goals`, 7 `expectedDuration`, 8
 * `partnersAndResponsibilities` — the partners, the division of responsibilities and each
 * producer's own —, 9 `followUp`), the plan's `evaluation`, the producer's `part` (its producer,
 * type and notes), the `health` part, and `other`: members of the common sections this version
 * of the model does not know.
 */
export const PLAN_SECTIONS = [
  'header',
  'clienthood',
  'context',
  'supportNeed',
  'servicesNeeded',
  'services',
  'meetingFrequency',
  'strengths',
  'goals',
  'expectedDuration',
  'partnersAndResponsibilities',
  'followUp',
  'evaluation',
  'part',
  'health',
  'other',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/**
 * The code lists a `DisplayValue` code may come from, by `system`, for a widget to name each code
 * in the user's language. `language` codes (the client's mother tongue and language of service)
 * are BCP 47 tags, named with `Intl.DisplayNames`; a code another system wrote (not in the list)
 * is shown as it is.
 */
export const PLAN_CODE_SYSTEMS = {
  'plan-status': PLAN_STATUSES,
  'planned-service-status': PLANNED_SERVICE_STATUSES,
  'goal-status': GOAL_STATUSES,
  'goal-achievement': GOAL_ACHIEVEMENTS,
  'goal-setter': GOAL_SETTERS,
  'goal-kind': ['improve', 'prevent-worsening'],
  'part-producer-type': PART_PRODUCER_TYPES,
  'producer-type': PRODUCER_TYPES,
  'responsible-worker-kind': ['named-worker', 'responsible-worker'],
  'representative-kind': ['guardian', 'legal-representative', 'authorised-person'],
  'close-person-kind': ['close-person', 'support-person'],
  'responsibility-party': ['client', 'coordinator', 'producer', 'close-person', 'other'],
} as const;
export type PlanCodeSystem = keyof typeof PLAN_CODE_SYSTEMS | 'language';

/**
 * A value as a widget shows it, never a JSON blob: text as written (`string`), a number, a yes/no
 * (`boolean`), a date (`{ date }`: an ISO 8601 date or date-time, for `formatDate`), or a code
 * with its system (`{ code, system }`: a `PLAN_CODE_SYSTEMS` list, `language`, or, in members this
 * version does not know, a FHIR Coding's own system and display). An identity code is masked.
 */
export type DisplayValue =
  | string
  | number
  | boolean
  | { readonly date: string }
  | { readonly code: string; readonly system: string; readonly display?: string };

/** A list entry a change is about: its id where it has one, and what to call it (a goal's text, a service's name, a review's date). */
export interface PlanChangeItem {
  readonly id?: string;
  readonly label: DisplayValue;
}

/**
 * One field-level change between two versions of a piece of a plan.
 * - `section`, `field`: where (`PLAN_SECTIONS`, `PLAN_FIELDS`, or `other` with its `key`);
 * - `kind`: `added` (no value before), `removed` (no value after) or `changed`;
 * - `item`: the list entry it is in (a goal, a service, a partner, a follow-up entry…), and
 *   `entry` the entry of that entry's own list (a goal's evaluation, a review's goal evaluation);
 * - `before`, `after`: the values, as shown. A change for a whole entry added or removed has none.
 */
export interface PlanChange {
  readonly section: PlanSection;
  readonly field: PlanField | 'other';
  /** For `field: 'other'`: the unknown member's path (`goals.priority`, `extension.0.url`). */
  readonly key?: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly item?: PlanChangeItem;
  readonly entry?: PlanChangeItem;
  readonly before?: DisplayValue;
  readonly after?: DisplayValue;
}

/** Options of the diffs and of `planHistory`. */
export interface PlanDiffOptions {
  /**
   * Leave out contact details (`…contact.phone`, `…contact.email`, and members this version does
   * not know whose path names an address, a contact, a phone, an email or a telecom): for a
   * client under `turvakielto`, whose contact details are never shown.
   */
  readonly omitContactDetails?: boolean;
}

// ---------------------------------------------------------------------------------------------
// What the model holds: each member's kind, so a value is shown as what it is
// ---------------------------------------------------------------------------------------------

type Spec =
  | { readonly t: 'text' | 'date' | 'bool' | 'number' | 'identity-code' | 'skip' }
  | { readonly t: 'code'; readonly system: PlanCodeSystem }
  | { readonly t: 'object'; readonly members: Readonly<Record<string, Spec>> }
  | { readonly t: 'list'; readonly entry: Readonly<Record<string, Spec>>; readonly label: Label }
  | { readonly t: 'values'; readonly value: Spec };

type Entry = Readonly<Record<string, unknown>>;
/** What to call a list entry; `root` is the version it is in (a review's evaluation is named by its goal). */
type Label = (entry: Entry, root: Entry) => DisplayValue;

const text: Spec = { t: 'text' };
const date: Spec = { t: 'date' };
const skip: Spec = { t: 'skip' };
const code = (system: PlanCodeSystem): Spec => ({ t: 'code', system });
const object = (members: Record<string, Spec>): Spec => ({ t: 'object', members });
const list = (entry: Record<string, Spec>, label: Label): Spec => ({ t: 'list', entry: { id: skip, ...entry }, label });

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const byName: Label = (e) => str(e['name']) ?? '';
const byDate: Label = (e) => (str(e['date']) ? { date: e['date'] as string } : '');

const person = object({ name: text, title: text, organizationId: text, practitionerId: text });
const contact = object({ phone: text, email: text });
const organization = object({ id: text, name: text, producerType: code('producer-type') });
const view = object({ text, reasons: text });
const views = object({ client: view, professional: view });
const evaluation = { date, achievement: code('goal-achievement'), text, by: person };
const placement = object({ id: text, name: text, step: text });

const COMMON: Readonly<Record<string, Spec>> = {
  id: text,
  clientId: text,
  status: code('plan-status'),
  header: object({
    documentName: text,
    client: object({ name: text, identityCode: { t: 'identity-code' }, temporaryId: text }),
    organizer: organization,
    producers: list({ name: text, producerType: code('producer-type') }, byName),
    author: person,
    createdAt: date,
    serviceTasks: { t: 'values', value: text },
  }),
  clienthood: object({
    startDate: date,
    responsibleWorker: object({
      name: text,
      title: text,
      organizationId: text,
      practitionerId: text,
      kind: code('responsible-worker-kind'),
      contact,
    }),
    turvakielto: { t: 'bool' },
    endDate: date,
    endReason: text,
  }),
  context: object({
    motherTongue: code('language'),
    languageOfService: code('language'),
    representatives: list({ name: text, kind: code('representative-kind'), competence: text, contact }, byName),
    closePersons: list({ name: text, kind: code('close-person-kind'), role: text, tasks: text, contact }, byName),
  }),
  supportNeed: views,
  servicesNeeded: views,
  meetingFrequency: text,
  strengths: text,
  goals: list(
    {
      text,
      means: text,
      status: code('goal-status'),
      setBy: object({ kind: code('goal-setter'), name: text }),
      kind: code('goal-kind'),
      targetDate: date,
      meter: object({ id: text, url: text, version: text }),
      areaLinkId: text,
      evaluations: list(evaluation, byDate),
    },
    (e) => str(e['text']) ?? '',
  ),
  expectedDuration: text,
  partners: list({ name: text, organization, role: text }, byName),
  responsibilities: list(
    { party: code('responsibility-party'), name: text, organizationId: text, text },
    (e) => str(e['name']) ?? str(e['text']) ?? '',
  ),
  followUp: object({
    method: text,
    nextReviewDate: date,
    entries: list(
      {
        date,
        clientFeedback: text,
        teamFeedback: text,
        goalEvaluations: list({ ...evaluation, goalId: text }, goalOfEvaluation),
        nextReviewDate: date,
        recordedBy: person,
      },
      byDate,
    ),
  }),
  evaluation: object({ date, clientView: text, participantsView: text, workerAssessment: text, by: person }),
  health: object({ careNeeds: text, goals: text, implementation: text, followUp: text, professional: person }),
  updatedBy: skip,
  updatedAt: skip,
  /** A whole plan's parts are pieces of their own (`diffPlan`). */
  parts: skip,
};

const PART: Readonly<Record<string, Spec>> = {
  producer: organization,
  producerType: code('part-producer-type'),
  services: list(
    {
      name: text,
      serviceTask: text,
      status: code('planned-service-status'),
      start: date,
      end: date,
      duration: text,
      frequency: text,
      responsiblePerson: person,
      goalIds: { t: 'values', value: text },
      package: placement,
      chain: placement,
    },
    byName,
  ),
  responsibilities: { t: 'values', value: text },
  notes: text,
  author: skip,
  updatedAt: skip,
};

/** A review's goal evaluation is named by its goal's text, else the goal's id. */
function goalOfEvaluation(entry: Entry, root: Entry): DisplayValue {
  const id = str(entry['goalId']);
  const goals = Array.isArray(root['goals']) ? (root['goals'] as unknown[]) : [];
  const goal = goals.find((g): g is Entry => isRecord(g) && g['id'] === id);
  return str(goal?.['text']) ?? id ?? '';
}

/** The section of each top-level member; a member of a part not listed is the part's own. */
const SECTION_OF: Readonly<Record<string, PlanSection>> = {
  id: 'header',
  clientId: 'header',
  status: 'header',
  header: 'header',
  clienthood: 'clienthood',
  context: 'context',
  supportNeed: 'supportNeed',
  servicesNeeded: 'servicesNeeded',
  services: 'services',
  meetingFrequency: 'meetingFrequency',
  strengths: 'strengths',
  goals: 'goals',
  expectedDuration: 'expectedDuration',
  partners: 'partnersAndResponsibilities',
  responsibilities: 'partnersAndResponsibilities',
  followUp: 'followUp',
  evaluation: 'evaluation',
  health: 'health',
  producer: 'part',
  producerType: 'part',
  notes: 'part',
};

/**
 * Every field a change may name (besides `other`), for a widget's labels: the model's paths with
 * list entries left out. A list's own key (`goals`, `services`, `followUp.entries`) is the field
 * of an entry added or removed as a whole.
 */
export const PLAN_FIELDS = [
  'id',
  'clientId',
  'status',
  'header.documentName',
  'header.client.name',
  'header.client.identityCode',
  'header.client.temporaryId',
  'header.organizer.id',
  'header.organizer.name',
  'header.organizer.producerType',
  'header.producers',
  'header.producers.name',
  'header.producers.producerType',
  'header.author.name',
  'header.author.title',
  'header.author.organizationId',
  'header.author.practitionerId',
  'header.createdAt',
  'header.serviceTasks',
  'clienthood.startDate',
  'clienthood.responsibleWorker.name',
  'clienthood.responsibleWorker.title',
  'clienthood.responsibleWorker.organizationId',
  'clienthood.responsibleWorker.practitionerId',
  'clienthood.responsibleWorker.kind',
  'clienthood.responsibleWorker.contact.phone',
  'clienthood.responsibleWorker.contact.email',
  'clienthood.turvakielto',
  'clienthood.endDate',
  'clienthood.endReason',
  'context.motherTongue',
  'context.languageOfService',
  'context.representatives',
  'context.representatives.name',
  'context.representatives.kind',
  'context.representatives.competence',
  'context.representatives.contact.phone',
  'context.representatives.contact.email',
  'context.closePersons',
  'context.closePersons.name',
  'context.closePersons.kind',
  'context.closePersons.role',
  'context.closePersons.tasks',
  'context.closePersons.contact.phone',
  'context.closePersons.contact.email',
  'supportNeed.client.text',
  'supportNeed.client.reasons',
  'supportNeed.professional.text',
  'supportNeed.professional.reasons',
  'servicesNeeded.client.text',
  'servicesNeeded.client.reasons',
  'servicesNeeded.professional.text',
  'servicesNeeded.professional.reasons',
  'meetingFrequency',
  'strengths',
  'goals',
  'goals.text',
  'goals.means',
  'goals.status',
  'goals.setBy.kind',
  'goals.setBy.name',
  'goals.kind',
  'goals.targetDate',
  'goals.meter.id',
  'goals.meter.url',
  'goals.meter.version',
  'goals.areaLinkId',
  'goals.evaluations',
  'goals.evaluations.date',
  'goals.evaluations.achievement',
  'goals.evaluations.text',
  'goals.evaluations.by.name',
  'goals.evaluations.by.title',
  'goals.evaluations.by.organizationId',
  'goals.evaluations.by.practitionerId',
  'expectedDuration',
  'partners',
  'partners.name',
  'partners.organization.id',
  'partners.organization.name',
  'partners.organization.producerType',
  'partners.role',
  'responsibilities',
  'responsibilities.party',
  'responsibilities.name',
  'responsibilities.organizationId',
  'responsibilities.text',
  'followUp.method',
  'followUp.nextReviewDate',
  'followUp.entries',
  'followUp.entries.date',
  'followUp.entries.clientFeedback',
  'followUp.entries.teamFeedback',
  'followUp.entries.goalEvaluations',
  'followUp.entries.goalEvaluations.date',
  'followUp.entries.goalEvaluations.achievement',
  'followUp.entries.goalEvaluations.text',
  'followUp.entries.goalEvaluations.by.name',
  'followUp.entries.goalEvaluations.by.title',
  'followUp.entries.goalEvaluations.by.organizationId',
  'followUp.entries.goalEvaluations.by.practitionerId',
  'followUp.entries.goalEvaluations.goalId',
  'followUp.entries.nextReviewDate',
  'followUp.entries.recordedBy.name',
  'followUp.entries.recordedBy.title',
  'followUp.entries.recordedBy.organizationId',
  'followUp.entries.recordedBy.practitionerId',
  'evaluation.date',
  'evaluation.clientView',
  'evaluation.participantsView',
  'evaluation.workerAssessment',
  'evaluation.by.name',
  'evaluation.by.title',
  'evaluation.by.organizationId',
  'evaluation.by.practitionerId',
  'health.careNeeds',
  'health.goals',
  'health.implementation',
  'health.followUp',
  'health.professional.name',
  'health.professional.title',
  'health.professional.organizationId',
  'health.professional.practitionerId',
  'producer.id',
  'producer.name',
  'producer.producerType',
  'producerType',
  'services',
  'services.name',
  'services.serviceTask',
  'services.status',
  'services.start',
  'services.end',
  'services.duration',
  'services.frequency',
  'services.responsiblePerson.name',
  'services.responsiblePerson.title',
  'services.responsiblePerson.organizationId',
  'services.responsiblePerson.practitionerId',
  'services.goalIds',
  'services.package.id',
  'services.package.name',
  'services.package.step',
  'services.chain.id',
  'services.chain.name',
  'services.chain.step',
  'notes',
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

interface Walk {
  readonly changes: PlanChange[];
  readonly omitContacts: boolean;
  readonly before: Entry;
  readonly after: Entry;
  /** Where members not in the spec go at the top level: `other` (common) or `part`. */
  readonly otherSection: PlanSection;
}

/** Where the walk is: the section, the field path (list entries left out) and the entries it is in. */
interface At {
  readonly section: PlanSection;
  readonly path: string;
  readonly item?: PlanChangeItem;
  readonly entry?: PlanChangeItem;
  /** Inside members the model does not know: everything reported as `other` with this path as key. */
  readonly unknown: boolean;
}

const isRecord = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const absent = (value: unknown) => value === undefined || value === null;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const CONTACT = /address|contact|phone|email|telecom/i;

/** A FHIR Coding (or anything shaped like one) is a code, not an object of fields. */
const isCoding = (value: unknown): value is { code: string; system: string; display?: unknown } =>
  isRecord(value) && typeof value['code'] === 'string' && typeof value['system'] === 'string';

/** A primitive as shown, as its spec says (or, unknown, as it looks: ISO dates as dates). */
function display(value: unknown, spec: Spec | undefined): DisplayValue | undefined {
  if (isCoding(value)) {
    const shown = typeof value.display === 'string' ? { display: value.display } : {};
    return { code: value.code, system: value.system, ...shown };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  switch (spec?.t) {
    case 'date':
      return { date: value };
    case 'code':
      return { code: value, system: spec.system };
    case 'identity-code':
      return maskIdentityCode(value);
    case undefined:
      return isIsoDate(value) ? { date: value } : value;
    default:
      return value;
  }
}

/** True when a value is a leaf: shown as one value rather than walked into. */
const isLeaf = (value: unknown) => isCoding(value) || (!isRecord(value) && !Array.isArray(value));

function push(walk: Walk, at: At, change: Omit<PlanChange, 'section' | 'field' | 'key' | 'item' | 'entry'>): void {
  if (walk.omitContacts && (at.unknown ? CONTACT.test(at.path) : /\.contact\./.test(`${at.path}.`))) return;
  walk.changes.push({
    section: at.section,
    ...(at.unknown ? { field: 'other' as const, key: at.path } : { field: at.path as PlanField }),
    kind: change.kind,
    ...(at.item ? { item: at.item } : {}),
    ...(at.entry ? { entry: at.entry } : {}),
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
  });
}

/** Compares one member's two values (either may be absent) as `spec` says; `spec` undefined: a member the model does not know. */
function compare(walk: Walk, at: At, spec: Spec | undefined, before: unknown, after: unknown): void {
  if (spec?.t === 'skip' || same(before, after)) return;
  const known = spec && !at.unknown ? spec : undefined;
  if (known?.t === 'list' || known?.t === 'values') {
    compareList(walk, at, known, before, after);
    return;
  }
  if (known?.t === 'object' && (isRecord(before) || absent(before)) && (isRecord(after) || absent(after))) {
    compareMembers(walk, at, known.members, before as Entry | undefined, after as Entry | undefined);
    return;
  }
  const leafSpec = known && known.t !== 'object' ? known : undefined;
  if ((absent(before) || isLeaf(before)) && (absent(after) || isLeaf(after))) {
    // A value of a shape its spec does not expect is shown as a member the model does not know.
    const shownAt: At = known !== undefined && leafSpec === undefined ? { ...at, unknown: true } : at;
    const b = absent(before) ? undefined : display(before, leafSpec);
    const a = absent(after) ? undefined : display(after, leafSpec);
    if (b === undefined && a === undefined) return;
    if (b === undefined) push(walk, shownAt, { kind: 'added', after: a });
    else if (a === undefined) push(walk, shownAt, { kind: 'removed', before: b });
    // An identity code changed shows masked on both sides: that it changed is still said.
    else if (!sameDisplay(b, a) || leafSpec?.t === 'identity-code') {
      push(walk, shownAt, { kind: 'changed', before: b, after: a });
    }
    return;
  }
  // Structures the spec does not describe: walked into as members the model does not know.
  const inner: At = { ...at, unknown: true };
  if (Array.isArray(before) && Array.isArray(after)) compareUnknownArrays(walk, inner, before, after);
  else if (isRecord(before) && isRecord(after)) compareMembers(walk, inner, {}, before, after);
  else {
    // A different shape on each side: what was there is removed, what is there added.
    one(walk, inner, before, 'before');
    one(walk, inner, after, 'after');
  }
}

/** Reports everything in `value` as removed (`side` before) or added (after). */
function one(walk: Walk, at: At, value: unknown, side: 'before' | 'after'): void {
  const was = side === 'before';
  if (Array.isArray(value)) compareUnknownArrays(walk, at, was ? value : [], was ? [] : value);
  else if (isRecord(value) && !isCoding(value)) {
    compareMembers(walk, at, {}, was ? value : undefined, was ? undefined : value);
  } else compare(walk, at, undefined, was ? value : undefined, was ? undefined : value);
}

function sameDisplay(a: DisplayValue, b: DisplayValue): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if ('date' in a || 'date' in b) return 'date' in a && 'date' in b && a.date === b.date;
  return a.code === b.code && a.system === b.system && a.display === b.display;
}

/** Compares two objects member by member: the spec's first, in its order, then the others by name. */
function compareMembers(
  walk: Walk,
  at: At,
  members: Readonly<Record<string, Spec>>,
  before: Entry | undefined,
  after: Entry | undefined,
): void {
  const top = at.path === '';
  for (const key in members) {
    const section = top ? (SECTION_OF[key] ?? walk.otherSection) : at.section;
    compare(walk, { ...at, section, path: join(at.path, key) }, members[key], before?.[key], after?.[key]);
  }
  const others = new Set<string>();
  for (const key of Object.keys(before ?? {})) if (!(key in members)) others.add(key);
  for (const key of Object.keys(after ?? {})) if (!(key in members)) others.add(key);
  for (const key of [...others].sort()) {
    const section = top ? walk.otherSection : at.section;
    compare(walk, { ...at, section, path: join(at.path, key), unknown: true }, undefined, before?.[key], after?.[key]);
  }
}

/** Deep equality of JSON data, key order ignored and `undefined` or `null` members the same as none. */
function same(a: unknown, b: unknown): boolean {
  if (a === b || (absent(a) && absent(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  const x = a as Entry;
  const y = b as Entry;
  for (const key in x) if (!same(x[key], y[key])) return false;
  for (const key in y) if (!(key in x) && !absent(y[key])) return false;
  return true;
}

/** A list entry's identity: its id where it has one. */
const idOf = (value: unknown): string | undefined => (isRecord(value) ? str(value['id']) : undefined);

/** A JSON form of a value, its keys sorted: equal entries print the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/**
 * Pairs the entries of two lists: by id; the rest first with an equal entry, then by position
 * among those left. Returns pairs `[beforeIndex, afterIndex]`, either -1 for an entry only on one side.
 */
function match(before: readonly unknown[], after: readonly unknown[]): [number, number][] {
  const pairs: [number, number][] = [];
  const byId = new Map<string, number[]>();
  const loose: number[] = [];
  before.forEach((b, i) => {
    const id = idOf(b);
    if (id === undefined) loose.push(i);
    else byId.set(id, [...(byId.get(id) ?? []), i]);
  });
  const looseAfter: number[] = [];
  after.forEach((a, j) => {
    const id = idOf(a);
    if (id === undefined) {
      looseAfter.push(j);
      return;
    }
    const i = byId.get(id)?.shift();
    pairs.push([i ?? -1, j]);
  });
  for (const rest of byId.values()) for (const i of rest) pairs.push([i, -1]);
  if (loose.length === 0 && looseAfter.length === 0) return pairs;
  // Without ids: equal entries wherever they stand, then the rest by position.
  const equal = new Map<string, number[]>();
  for (const i of loose) {
    const key = canonical(before[i]);
    equal.set(key, [...(equal.get(key) ?? []), i]);
  }
  const pairedBefore = new Set<number>();
  const leftAfter: number[] = [];
  for (const j of looseAfter) {
    const i = equal.get(canonical(after[j]))?.shift();
    if (i === undefined) leftAfter.push(j);
    else {
      pairs.push([i, j]);
      pairedBefore.add(i);
    }
  }
  const leftBefore = loose.filter((i) => !pairedBefore.has(i));
  const n = Math.max(leftBefore.length, leftAfter.length);
  for (let k = 0; k < n; k++) pairs.push([leftBefore[k] ?? -1, leftAfter[k] ?? -1]);
  return pairs;
}

/** Orders pairs as the after list stands, entries removed after those kept, in their old order. */
const byPosition = (pairs: [number, number][]) =>
  pairs.sort(([bi, ai], [bj, aj]) => (ai >= 0 && aj >= 0 ? ai - aj : ai >= 0 ? -1 : aj >= 0 ? 1 : bi - bj));

function compareList(
  walk: Walk,
  at: At,
  spec: Extract<Spec, { t: 'list' | 'values' }>,
  before: unknown,
  after: unknown,
): void {
  const b = Array.isArray(before) ? before : [];
  const a = Array.isArray(after) ? after : [];
  if (!Array.isArray(before) && !absent(before)) compare(walk, { ...at, unknown: true }, undefined, before, undefined);
  if (!Array.isArray(after) && !absent(after)) compare(walk, { ...at, unknown: true }, undefined, undefined, after);
  for (const [i, j] of byPosition(match(b, a))) {
    const old: unknown = i >= 0 ? b[i] : undefined;
    const now: unknown = j >= 0 ? a[j] : undefined;
    if (i >= 0 && j >= 0 && same(old, now)) continue;
    if (spec.t === 'values' || !(isRecord(old) || isRecord(now))) {
      // Plain values (service tasks, a part's responsibilities, goal ids): the value is the entry.
      compare(walk, at, spec.t === 'values' ? spec.value : undefined, old, now);
      continue;
    }
    // An entry that is not an object where one is expected: shown as a value the model does not know.
    if (!isRecord(old) && !absent(old)) compare(walk, { ...at, unknown: true }, undefined, old, undefined);
    if (!isRecord(now) && !absent(now)) compare(walk, { ...at, unknown: true }, undefined, undefined, now);
    const shown = isRecord(now) ? now : (old as Entry);
    const root = isRecord(now) ? walk.after : walk.before;
    const id = idOf(shown);
    const entry: PlanChangeItem = { ...(id !== undefined ? { id } : {}), label: spec.label(shown, root) };
    const inside: At = at.item ? { ...at, entry } : { ...at, item: entry };
    if (!isRecord(old) || !isRecord(now)) {
      push(walk, inside, { kind: isRecord(now) ? 'added' : 'removed' });
    }
    compareMembers(walk, inside, spec.entry, isRecord(old) ? old : undefined, isRecord(now) ? now : undefined);
  }
}

/** Arrays the model does not describe: entries paired as lists are, each under its position. */
function compareUnknownArrays(walk: Walk, at: At, before: readonly unknown[], after: readonly unknown[]): void {
  for (const [i, j] of byPosition(match(before, after))) {
    if (i >= 0 && j >= 0 && same(before[i], after[j])) continue;
    compare(walk, { ...at, path: join(at.path, String(j >= 0 ? j : i)) }, undefined, before[i], after[j]);
  }
}

function diff(
  members: Readonly<Record<string, Spec>>,
  otherSection: PlanSection,
  before: object,
  after: object,
  options: PlanDiffOptions,
): PlanChange[] {
  const walk: Walk = {
    changes: [],
    omitContacts: options.omitContactDetails === true,
    before: before as Entry,
    after: after as Entry,
    otherSection,
  };
  compareMembers(walk, { section: otherSection, path: '', unknown: false }, members, walk.before, walk.after);
  return walk.changes;
}

/**
 * The field-level changes from one version of a plan's common sections to another, in the order
 * of the model (header first). `updatedBy` and `updatedAt` are the version's who and when, not
 * changes; a `parts` member is not part of the common sections and is not compared. Never throws:
 * a value of a shape the model does not expect is compared as a member it does not know.
 */
export function diffPlanCommon(before: PlanCommon, after: PlanCommon, options: PlanDiffOptions = {}): PlanChange[] {
  return diff(COMMON, 'other', before, after, options);
}

/**
 * The field-level changes from one version of a producer's part to another: its services (each
 * matched by id), its responsibilities, notes, producer and type. `author` and `updatedAt` are
 * the version's who and when, not changes. Never throws.
 */
export function diffPlanPart(before: PlanPart, after: PlanPart, options: PlanDiffOptions = {}): PlanChange[] {
  return diff(PART, 'part', before, after, options);
}

/** A piece of a plan: its common sections, or the part of one producer. */
export type PlanPiece = 'common' | { readonly producerId: string };

/** The changes of one piece between two whole plans (`diffPlan`). */
export interface PlanPieceChanges {
  readonly piece: PlanPiece;
  /** `added` or `removed`: a producer's part only in one of the plans (its changes then empty); `changed`: in both. */
  readonly kind: 'added' | 'removed' | 'changed';
  readonly changes: readonly PlanChange[];
}

/** A plan's parts by producer; a part without a producer's id (not a part any store saves) is left out. */
function partsOf(plan: ClientPlan): Map<string, PlanPart> {
  const parts: unknown = (plan as Partial<ClientPlan>).parts;
  const found = new Map<string, PlanPart>();
  if (!Array.isArray(parts)) return found;
  for (const part of parts as unknown[]) {
    const producer: unknown = isRecord(part) ? part['producer'] : undefined;
    const id = isRecord(producer) ? str(producer['id']) : undefined;
    if (id !== undefined) found.set(id, part as PlanPart);
  }
  return found;
}

/**
 * The changes between two whole plans (two points of the history, or a version and the current
 * plan), piece by piece: the common sections, then each part in the order of `after`'s parts
 * (parts matched by producer), a part added or removed as such. Only pieces that changed. Never
 * throws.
 */
export function diffPlan(before: ClientPlan, after: ClientPlan, options: PlanDiffOptions = {}): PlanPieceChanges[] {
  const pieces: PlanPieceChanges[] = [];
  const common = diffPlanCommon(before, after, options);
  if (common.length > 0) pieces.push({ piece: 'common', kind: 'changed', changes: common });
  const old = partsOf(before);
  for (const [producerId, part] of partsOf(after)) {
    const was = old.get(producerId);
    old.delete(producerId);
    if (!was) pieces.push({ piece: { producerId }, kind: 'added', changes: [] });
    else {
      const changes = diffPlanPart(was, part, options);
      if (changes.length > 0) pieces.push({ piece: { producerId }, kind: 'changed', changes });
    }
  }
  for (const producerId of old.keys()) pieces.push({ piece: { producerId }, kind: 'removed', changes: [] });
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// The timeline
// ---------------------------------------------------------------------------------------------

/** One saved version in the plan's history, with what changed from the version of the same piece before it. */
export interface PlanHistoryEntry {
  readonly piece: PlanPiece;
  readonly version: string;
  readonly changedBy?: PlanPerson;
  readonly changedAt?: string;
  /** `created`: the piece's first version (its `changes` empty); `updated`: a later one. */
  readonly kind: 'created' | 'updated';
  /** The version of the same piece this one replaced (`updated` only). */
  readonly previousVersion?: string;
  readonly changes: readonly PlanChange[];
  /** The sections that changed, in the order of `PLAN_SECTIONS`. */
  readonly sections: readonly PlanSection[];
  /** The piece as saved in this version. */
  readonly value: PlanCommon | PlanPart;
}

/**
 * The plan's history as a timeline: one entry per version, in the order given (`listPlanVersions`
 * lists them oldest first), each compared with the version of the same piece (the common
 * sections, or one producer's part) before it; a piece's first version is `created`. Never
 * throws on versions of a shape the model does not expect.
 */
export function planHistory(versions: readonly PlanVersion[], options: PlanDiffOptions = {}): PlanHistoryEntry[] {
  const last = new Map<string, PlanVersion>();
  return versions.map((version) => {
    const key = version.section === 'common' ? 'common' : `part:${version.producerId}`;
    const previous = last.get(key);
    last.set(key, version);
    const piece: PlanPiece = version.section === 'common' ? 'common' : { producerId: version.producerId };
    const who = {
      ...(version.changedBy !== undefined ? { changedBy: version.changedBy } : {}),
      ...(version.changedAt !== undefined ? { changedAt: version.changedAt } : {}),
    };
    if (!previous) {
      return {
        piece,
        version: version.version,
        ...who,
        kind: 'created',
        changes: [],
        sections: [],
        value: version.value,
      };
    }
    const changes =
      version.section === 'common'
        ? diffPlanCommon(previous.value as PlanCommon, version.value, options)
        : diffPlanPart(previous.value as PlanPart, version.value, options);
    return {
      piece,
      version: version.version,
      ...who,
      kind: 'updated',
      previousVersion: previous.version,
      changes,
      sections: sectionsOf(changes),
      value: version.value,
    };
  });
}

/** The sections of `changes`, each once, in the order of `PLAN_SECTIONS`. */
export function sectionsOf(changes: readonly PlanChange[]): PlanSection[] {
  const found = new Set(changes.map((c) => c.section));
  return PLAN_SECTIONS.filter((s) => found.has(s));
}

/**
 * The whole plan as it stood when `versions[index]` was saved: the last version of the common
 * sections and of each part up to and including it (`versions` oldest first, as
 * `listPlanVersions` lists them), the parts in the order the header lists the producers, any
 * others after by id. `undefined` before the common sections' first version. Opening a version
 * in the history shows this; `diffPlan(planAt(versions, i), current)` is how far it is from now.
 */
export function planAt(versions: readonly PlanVersion[], index: number): ClientPlan | undefined {
  let common: PlanCommon | undefined;
  const parts = new Map<string, PlanPart>();
  versions.slice(0, Math.max(0, index + 1)).forEach((version) => {
    if (version.section === 'common') common = version.value;
    else parts.set(version.producerId, version.value);
  });
  if (!common) return undefined;
  const producers: unknown = isRecord(common.header) ? common.header.producers : undefined;
  const rank = new Map<string, number>();
  if (Array.isArray(producers)) {
    (producers as unknown[]).forEach((p, i) => {
      const id = isRecord(p) ? str(p['id']) : undefined;
      if (id !== undefined && !rank.has(id)) rank.set(id, i);
    });
  }
  const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const ids = [...parts.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { ...common, parts: ids.map((id) => parts.get(id)!) };
}
