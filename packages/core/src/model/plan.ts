import * as v from './schema.js';
import {
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  isIsoDate,
  type Contact,
} from './common.js';
import { LanguageTagSchema } from './client.js';
import { OrganizationRefSchema, type OrganizationRef } from './organization.js';
import type { TemplateRef } from './assessment.js';

/*
 * The assessment model's `IsoDaySchema` and `TemplateRefSchema`, the same rules written again:
 * imported, they would make the assessment model a chunk of its own that the plan and assessment
 * stores share, and the bundle of every page on Vite would carry a preload map of it (about
 * 120 bytes gzipped on the roster's initial chunk). plan-rules.test.ts holds the two pairs equal.
 */

/** A calendar day, `YYYY-MM-DD`, that exists: as the assessment model's `IsoDaySchema`. */
const IsoDaySchema = v.pipe(
  v.string(),
  v.check((day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isIsoDate(day), 'must be a date, YYYY-MM-DD'),
);
/** The template a goal's meter is: as the assessment model's `TemplateRefSchema`. */
const TemplateRefSchema: v.GenericSchema<TemplateRef> = v.looseObject({
  id: IdSchema,
  url: v.optional(ShortTextSchema),
  version: v.optional(ShortTextSchema),
});

/**
 * The shared client plan (asiakassuunnitelma / klientplan, SHL § 39, 703/2023 §§ 38, 42–43;
 * DOMAIN §3.1): one plan per client, drawn up with the client by the responsible unit (the
 * organiser), **each producer complementing, updating and carrying out its own part**.
 *
 * It is stored in pieces, each with its own version: the **common sections** (`PlanCommon`:
 * header, clienthood, context, the SHL § 39 contents, goals, follow-up, evaluation, the health
 * part), which the responsible unit edits, and **one `PlanPart` per producer** (its services,
 * responsibilities and notes), which only that producer edits. A `ClientPlan` is the common
 * sections with every part, as `PlanStore.getPlan` reads it.
 *
 * **Liberal in reading, strict in writing**, as the assessment model: the schemas keep members
 * this version does not know (an extension written by another system survives a save), read
 * statuses as strings (a status another system wrote is shown, not refused), and the plan rules
 * (`checkPlan`, `checkPlanPart`) judge every save.
 *
 * **A plan is not a decision.** A service listed in it is planned, applied for, ongoing or
 * ended, never "granted" or "approved": the decision on a service is made, and appealed,
 * elsewhere (`service-status-is-decision`).
 */

/**
 * Where a plan stands: `draft` while it is drawn up; `active` while it is carried out (it then
 * has a next review date, `next-review-required`); `on-hold`; `completed` when the client
 * relationship it served ended; `entered-in-error` for a plan made by mistake. A completed or
 * erroneous plan is read-only (`planPermissions`).
 */
export const PLAN_STATUSES = ['draft', 'active', 'on-hold', 'completed', 'entered-in-error'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * Where a planned service stands. Never a decision: `planned` (agreed in the plan), `applied`
 * (applied for, the decision pending elsewhere), `ongoing`, `paused`, `ended`, `cancelled`.
 */
export const PLANNED_SERVICE_STATUSES = ['planned', 'applied', 'ongoing', 'paused', 'ended', 'cancelled'] as const;
export type PlannedServiceStatus = (typeof PLANNED_SERVICE_STATUSES)[number];

/**
 * Statuses that would present a planned service as decided (in English, Finnish and Swedish):
 * refused on write with `service-status-is-decision`, compared case-insensitively.
 */
export const DECISION_STATUSES = [
  'granted',
  'approved',
  'decided',
  'accepted',
  'myönnetty',
  'hyväksytty',
  'päätetty',
  'beviljad',
  'godkänd',
  'beslutad',
] as const;

/**
 * How a producer's part is produced (DOMAIN §3.1, seed 003): the county's own unit
 * (`own-production`), a service-voucher producer, a purchased (procured) service, employment
 * services, a personal budget, or another sector (education, Kela, an NGO).
 */
export const PART_PRODUCER_TYPES = [
  'own-production',
  'service-voucher',
  'purchased-service',
  'employment-services',
  'personal-budget',
  'other-sector',
] as const;
export type PartProducerType = (typeof PART_PRODUCER_TYPES)[number];

/** Where a goal stands; its attainment at a review is a `GoalEvaluation`. */
export const GOAL_STATUSES = ['proposed', 'active', 'on-hold', 'achieved', 'not-achieved', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** How far a goal was reached when evaluated (703/2023 § 42; AVAIN evaluates attainment at review). */
export const GOAL_ACHIEVEMENTS = [
  'achieved',
  'partly-achieved',
  'not-achieved',
  'improving',
  'no-change',
  'worsening',
] as const;
export type GoalAchievement = (typeof GOAL_ACHIEVEMENTS)[number];

/** Who set a goal (FHIR `Goal.expressedBy`): the client, a professional, or both together. */
export const GOAL_SETTERS = ['client', 'professional', 'together'] as const;
export type GoalSetter = (typeof GOAL_SETTERS)[number];

/** A person named in a plan: an author, a responsible worker, whoever changed a part. */
export interface PlanPerson {
  name: string;
  title?: string;
  /** The organisation they act for (a SOTE-organisation OID where known). */
  organizationId?: string;
  practitionerId?: string;
  [key: string]: unknown;
}

/** The header every client document has (703/2023 § 38). The status is the plan's; the version is the store's. */
export interface PlanHeader {
  /** The document's name, as filed ("Asiakassuunnitelma", "Klientplan"). */
  documentName: string;
  /** The client as the document names them; the identity code is only ever shown masked (`maskIdentityCode`). */
  client: { name: string; identityCode?: string; temporaryId?: string; [key: string]: unknown };
  /** The responsible unit: it drew the plan up with the client and edits the common sections. */
  organizer: OrganizationRef;
  /** Every producer with a part in the plan, names and OIDs. */
  producers: OrganizationRef[];
  author: PlanPerson;
  createdAt: string;
  /** Service tasks (`palvelutehtävä`): "Aikuissosiaalityö", "Kotihoito"… */
  serviceTasks: string[];
  [key: string]: unknown;
}

/** The client relationship (`asiakkuus`). Under `turvakielto` addresses and contact details are hidden everywhere. */
export interface Clienthood {
  startDate?: string;
  /** The worker responsible for the client's services: the named worker (`omatyöntekijä`) or another. */
  responsibleWorker?: PlanPerson & { kind: 'named-worker' | 'responsible-worker'; contact?: Contact };
  turvakielto: boolean;
  endDate?: string;
  /** Why the client relationship ended; needed with `endDate` (`end-reason-required`). */
  endReason?: string;
  [key: string]: unknown;
}

/** Someone who may act for the client, and what they may do. */
export interface PlanRepresentative {
  name: string;
  kind: 'guardian' | 'legal-representative' | 'authorised-person';
  competence?: string;
  contact?: Contact;
  [key: string]: unknown;
}

/** A close person or a support person, and their role and tasks in the plan. */
export interface PlanClosePerson {
  name: string;
  kind: 'close-person' | 'support-person';
  role?: string;
  tasks?: string;
  contact?: Contact;
  [key: string]: unknown;
}

/** The client's circumstances that the plan is made in. */
export interface PlanContext {
  motherTongue?: string;
  languageOfService?: string;
  representatives?: PlanRepresentative[];
  closePersons?: PlanClosePerson[];
  [key: string]: unknown;
}

/** One party's view, in their own words, and their reasons (THL: both views are recorded, with their reasons). */
export interface PlanViewText {
  text: string;
  reasons?: string;
  [key: string]: unknown;
}

/** The client's view and the professional's view of the same thing, kept apart, never merged. */
export interface PlanViews {
  client?: PlanViewText;
  professional?: PlanViewText;
  [key: string]: unknown;
}

/** One goal's evaluation at a review. */
export interface GoalEvaluation {
  date: string;
  achievement: GoalAchievement | (string & {});
  text?: string;
  by?: PlanPerson;
  [key: string]: unknown;
}

/**
 * A goal set together with the client (SHL § 39 item 6), with the means to reach it, who set it,
 * and where it follows a life-situation meter's area, that meter and area (`meter` and
 * `areaLinkId`, both or neither: `goal-meter-area-incomplete`), so its trend is shown beside it.
 */
export interface PlanGoal {
  id: string;
  text: string;
  means?: string;
  /** `GOAL_STATUSES`; a status another system wrote is read as it is, and refused on write. */
  status: GoalStatus | (string & {});
  setBy: { kind: GoalSetter; name?: string; [key: string]: unknown };
  /** AVAIN's kind of goal: a change for the better, or preventing a change for the worse. */
  kind?: 'improve' | 'prevent-worsening';
  targetDate?: string;
  meter?: TemplateRef;
  areaLinkId?: string;
  evaluations?: GoalEvaluation[];
  [key: string]: unknown;
}

/** A partner from another sector, and its role. */
export interface PlanPartner {
  name: string;
  organization?: OrganizationRef;
  role?: string;
  [key: string]: unknown;
}

/** Who is responsible for what (SHL § 39 item 8): the client, the coordinator, a producer, a close person. */
export interface PlanResponsibility {
  party: 'client' | 'coordinator' | 'producer' | 'close-person' | 'other';
  name?: string;
  organizationId?: string;
  text: string;
  [key: string]: unknown;
}

/** A review's record (seed 002): the client's feedback and the team's in their own words, the goals evaluated, the next review. */
export interface FollowUpEntry {
  id: string;
  date: string;
  clientFeedback?: string;
  teamFeedback?: string;
  goalEvaluations?: (GoalEvaluation & { goalId: string })[];
  nextReviewDate?: string;
  recordedBy?: PlanPerson;
  [key: string]: unknown;
}

/** Follow-up and evaluation (SHL § 39 item 9): how and when the goals are evaluated, the next review, the reviews held. */
export interface PlanFollowUp {
  method?: string;
  /** The next review, `YYYY-MM-DD`: due or overdue by `reviewStatus`. An active plan has one. */
  nextReviewDate?: string;
  entries?: FollowUpEntry[];
  [key: string]: unknown;
}

/** The plan's evaluation (703/2023 § 42): the client's and the participants' views, the worker's assessment of how the goals were reached. */
export interface PlanEvaluation {
  date?: string;
  clientView?: string;
  participantsView?: string;
  workerAssessment?: string;
  by?: PlanPerson;
  [key: string]: unknown;
}

/** The health part (Patient Act § 4 a): care needs, goals, implementation and means, follow-up, the professional. */
export interface PlanHealthPart {
  careNeeds?: string;
  goals?: string;
  implementation?: string;
  followUp?: string;
  professional?: PlanPerson;
  [key: string]: unknown;
}

/**
 * The common sections of a plan, which the responsible unit edits and stores with one version
 * (`PlanStore.savePlanCommon`). Everything but the producers' parts.
 */
export interface PlanCommon {
  id: string;
  clientId: string;
  /** `PLAN_STATUSES`; a status another system wrote is read as it is, and refused on write. */
  status: PlanStatus | (string & {});
  header: PlanHeader;
  clienthood: Clienthood;
  context?: PlanContext;
  /** SHL § 39 item 1: the client's and the professional's view of the support need. */
  supportNeed: PlanViews;
  /** SHL § 39 item 2: both views of the services and measures needed. */
  servicesNeeded: PlanViews;
  /** SHL § 39 item 4: how often the client and the responsible worker meet. */
  meetingFrequency?: string;
  /** SHL § 39 item 5. */
  strengths?: string;
  /** SHL § 39 item 6. */
  goals: PlanGoal[];
  /** SHL § 39 item 7: the estimated duration of the client relationship. */
  expectedDuration?: string;
  /** SHL § 39 item 8. */
  partners?: PlanPartner[];
  responsibilities?: PlanResponsibility[];
  /** SHL § 39 item 9. */
  followUp: PlanFollowUp;
  evaluation?: PlanEvaluation;
  health?: PlanHealthPart;
  /** Who saved this version, and when (the writer's clock): the history's "who" and "when". */
  updatedBy?: PlanPerson;
  updatedAt?: string;
  [key: string]: unknown;
}

/** Where a planned service belongs in the organiser's service packages and chains (seed 003). */
export interface ServicePlacement {
  id: string;
  name?: string;
  /** In a chain, the step the service is. */
  step?: string;
  [key: string]: unknown;
}

/**
 * A planned service (SHL § 39 item 3), in the part of the producer that produces it: start,
 * duration, frequency, the responsible person, and where it stands, **never as a decision**.
 */
export interface PlannedService {
  id: string;
  name: string;
  serviceTask?: string;
  /** `PLANNED_SERVICE_STATUSES`; never `granted` or `approved` (`service-status-is-decision`). */
  status: PlannedServiceStatus | (string & {});
  start?: string;
  end?: string;
  /** As agreed, in words: "6 kuukautta", "toistaiseksi". */
  duration?: string;
  /** As agreed, in words: "2 krt/vko". */
  frequency?: string;
  responsiblePerson?: PlanPerson;
  /** The goals it serves (FHIR `ServiceRequest` `pertainsToGoal`). */
  goalIds?: string[];
  package?: ServicePlacement;
  chain?: ServicePlacement;
  [key: string]: unknown;
}

/**
 * One producer's part of the plan: its services, its responsibilities and its notes. Identified
 * within its plan by its producer (`producer.id`, a SOTE-organisation OID where known): one part
 * per producer. Stored with a version of its own (`PlanStore.savePlanPart`), so two producers
 * saving their own parts never conflict; `author` and `updatedAt` say who last changed it, when.
 */
export interface PlanPart {
  producer: OrganizationRef;
  producerType: PartProducerType | (string & {});
  services: PlannedService[];
  responsibilities: string[];
  /** The producer's own notes: for professionals, not shown in the client's view. */
  notes?: string;
  author: PlanPerson;
  updatedAt: string;
  [key: string]: unknown;
}

/** A whole plan: the common sections with every producer's part. */
export interface ClientPlan extends PlanCommon {
  parts: PlanPart[];
}

// ---------------------------------------------------------------------------------------------
// Schemas: liberal in reading (unknown members kept, statuses read as strings)
// ---------------------------------------------------------------------------------------------

/** A status as read: any short non-empty string; the rules name the known ones. */
const StatusTextSchema = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'is too long'));

const PlanPersonSchema: v.GenericSchema<PlanPerson> = v.looseObject({
  name: NameSchema,
  title: v.optional(ShortTextSchema),
  organizationId: v.optional(IdSchema),
  practitionerId: v.optional(IdSchema),
});

/**
 * Contact details as a plan holds them, read as written (another system's formats included): the
 * roster's `ContactSchema` checks the formats of what it saves itself. Under `turvakielto` a
 * client's and their close persons' are never shown.
 */
const ContactSchema: v.GenericSchema<Contact> = v.looseObject({
  phone: v.optional(ShortTextSchema),
  email: v.optional(ShortTextSchema),
});

const LooseOrganizationSchema: v.GenericSchema<OrganizationRef> = v.looseObject(OrganizationRefSchema.entries);

const HeaderSchema: v.GenericSchema<PlanHeader> = v.looseObject({
  documentName: ShortTextSchema,
  client: v.looseObject({
    name: NameSchema,
    identityCode: v.optional(ShortTextSchema),
    temporaryId: v.optional(IdSchema),
  }),
  organizer: LooseOrganizationSchema,
  producers: v.array(LooseOrganizationSchema),
  author: PlanPersonSchema,
  createdAt: IsoDateSchema,
  serviceTasks: v.array(ShortTextSchema),
});

const ClienthoodSchema: v.GenericSchema<Clienthood> = v.looseObject({
  startDate: v.optional(IsoDateSchema),
  responsibleWorker: v.optional(
    v.looseObject({
      name: NameSchema,
      title: v.optional(ShortTextSchema),
      organizationId: v.optional(IdSchema),
      practitionerId: v.optional(IdSchema),
      kind: v.picklist(['named-worker', 'responsible-worker']),
      contact: v.optional(ContactSchema),
    }),
  ),
  turvakielto: v.boolean(),
  endDate: v.optional(IsoDateSchema),
  endReason: v.optional(LongTextSchema),
});

const ContextSchema: v.GenericSchema<PlanContext> = v.looseObject({
  motherTongue: v.optional(LanguageTagSchema),
  languageOfService: v.optional(LanguageTagSchema),
  representatives: v.optional(
    v.array(
      v.looseObject({
        name: NameSchema,
        kind: v.picklist(['guardian', 'legal-representative', 'authorised-person']),
        competence: v.optional(LongTextSchema),
        contact: v.optional(ContactSchema),
      }),
    ),
  ),
  closePersons: v.optional(
    v.array(
      v.looseObject({
        name: NameSchema,
        kind: v.picklist(['close-person', 'support-person']),
        role: v.optional(ShortTextSchema),
        tasks: v.optional(LongTextSchema),
        contact: v.optional(ContactSchema),
      }),
    ),
  ),
});

const ViewTextSchema = v.looseObject({ text: LongTextSchema, reasons: v.optional(LongTextSchema) });
const ViewsSchema: v.GenericSchema<PlanViews> = v.looseObject({
  client: v.optional(ViewTextSchema),
  professional: v.optional(ViewTextSchema),
});

const GoalEvaluationEntries = {
  date: IsoDateSchema,
  achievement: StatusTextSchema,
  text: v.optional(LongTextSchema),
  by: v.optional(PlanPersonSchema),
};
const GoalEvaluationSchema: v.GenericSchema<GoalEvaluation> = v.looseObject(GoalEvaluationEntries);

const GoalSchema: v.GenericSchema<PlanGoal> = v.looseObject({
  id: IdSchema,
  text: LongTextSchema,
  means: v.optional(LongTextSchema),
  status: StatusTextSchema,
  setBy: v.looseObject({ kind: v.picklist(GOAL_SETTERS), name: v.optional(NameSchema) }),
  kind: v.optional(v.picklist(['improve', 'prevent-worsening'])),
  targetDate: v.optional(IsoDateSchema),
  meter: v.optional(TemplateRefSchema),
  areaLinkId: v.optional(v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(256, 'is too long'))),
  evaluations: v.optional(v.array(GoalEvaluationSchema)),
});

const PartnerSchema: v.GenericSchema<PlanPartner> = v.looseObject({
  name: NameSchema,
  organization: v.optional(LooseOrganizationSchema),
  role: v.optional(LongTextSchema),
});

const ResponsibilitySchema: v.GenericSchema<PlanResponsibility> = v.looseObject({
  party: v.picklist(['client', 'coordinator', 'producer', 'close-person', 'other']),
  name: v.optional(NameSchema),
  organizationId: v.optional(IdSchema),
  text: LongTextSchema,
});

const FollowUpSchema: v.GenericSchema<PlanFollowUp> = v.looseObject({
  method: v.optional(LongTextSchema),
  nextReviewDate: v.optional(IsoDaySchema),
  entries: v.optional(
    v.array(
      v.looseObject({
        id: IdSchema,
        date: IsoDateSchema,
        clientFeedback: v.optional(LongTextSchema),
        teamFeedback: v.optional(LongTextSchema),
        goalEvaluations: v.optional(v.array(v.looseObject({ ...GoalEvaluationEntries, goalId: IdSchema }))),
        nextReviewDate: v.optional(IsoDaySchema),
        recordedBy: v.optional(PlanPersonSchema),
      }),
    ),
  ),
});

const EvaluationSchema: v.GenericSchema<PlanEvaluation> = v.looseObject({
  date: v.optional(IsoDateSchema),
  clientView: v.optional(LongTextSchema),
  participantsView: v.optional(LongTextSchema),
  workerAssessment: v.optional(LongTextSchema),
  by: v.optional(PlanPersonSchema),
});

const HealthSchema: v.GenericSchema<PlanHealthPart> = v.looseObject({
  careNeeds: v.optional(LongTextSchema),
  goals: v.optional(LongTextSchema),
  implementation: v.optional(LongTextSchema),
  followUp: v.optional(LongTextSchema),
  professional: v.optional(PlanPersonSchema),
});

const COMMON_ENTRIES = {
  id: IdSchema,
  clientId: IdSchema,
  status: StatusTextSchema,
  header: HeaderSchema,
  clienthood: ClienthoodSchema,
  context: v.optional(ContextSchema),
  supportNeed: ViewsSchema,
  servicesNeeded: ViewsSchema,
  meetingFrequency: v.optional(ShortTextSchema),
  strengths: v.optional(LongTextSchema),
  goals: v.array(GoalSchema),
  expectedDuration: v.optional(ShortTextSchema),
  partners: v.optional(v.array(PartnerSchema)),
  responsibilities: v.optional(v.array(ResponsibilitySchema)),
  followUp: FollowUpSchema,
  evaluation: v.optional(EvaluationSchema),
  health: v.optional(HealthSchema),
  updatedBy: v.optional(PlanPersonSchema),
  updatedAt: v.optional(IsoDateSchema),
};

const PlacementSchema: v.GenericSchema<ServicePlacement> = v.looseObject({
  id: IdSchema,
  name: v.optional(ShortTextSchema),
  step: v.optional(ShortTextSchema),
});

/** The schema of a `PlannedService`; other members kept, the status read as any short string. */
export const PlannedServiceSchema: v.GenericSchema<PlannedService> = v.looseObject({
  id: IdSchema,
  name: ShortTextSchema,
  serviceTask: v.optional(ShortTextSchema),
  status: StatusTextSchema,
  start: v.optional(IsoDateSchema),
  end: v.optional(IsoDateSchema),
  duration: v.optional(ShortTextSchema),
  frequency: v.optional(ShortTextSchema),
  responsiblePerson: v.optional(PlanPersonSchema),
  goalIds: v.optional(v.array(IdSchema)),
  package: v.optional(PlacementSchema),
  chain: v.optional(PlacementSchema),
});

/** The schema of a `PlanPart`; other members kept (see `PlanPart`). */
export const PlanPartSchema: v.GenericSchema<PlanPart> = v.looseObject({
  producer: LooseOrganizationSchema,
  producerType: StatusTextSchema,
  services: v.array(PlannedServiceSchema),
  responsibilities: v.array(LongTextSchema),
  notes: v.optional(LongTextSchema),
  author: PlanPersonSchema,
  updatedAt: IsoDateSchema,
});

/**
 * The schema of a plan's common sections (`PlanCommon`); other members kept. A `parts` member is
 * not part of them: `commonOf` drops it before a save.
 */
export const PlanCommonSchema: v.GenericSchema<PlanCommon> = v.looseObject(COMMON_ENTRIES);

/** The schema of a whole `ClientPlan`: the common sections and every part. */
export const ClientPlanSchema: v.GenericSchema<ClientPlan> = v.looseObject({
  ...COMMON_ENTRIES,
  parts: v.array(PlanPartSchema),
});

/** The common sections of a plan: the plan without its `parts`. */
export function commonOf(plan: PlanCommon | ClientPlan): PlanCommon {
  const { parts: _parts, ...common } = plan as ClientPlan;
  return common;
}
