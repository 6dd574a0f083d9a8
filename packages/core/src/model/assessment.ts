import * as v from './schema.js';
import { IdSchema, IsoDateSchema, LongTextSchema, NameSchema, ShortTextSchema, isIsoDate } from './common.js';
import { OrganizationRefSchema, type OrganizationRef } from './organization.js';

/**
 * An assessment template: a FHIR R4 Questionnaire as published (the county's own service-need
 * assessment, a meter, a vendor's structure). The store checks only that it is a Questionnaire
 * with an id and keeps every other element as it came; what a template says, and whether the
 * renderer supports it, is for `@saumaton/questionnaire` to judge (`parseQuestionnaire`).
 */
export const AssessmentTemplateSchema = v.looseObject({
  resourceType: v.literal('Questionnaire'),
  id: IdSchema,
});
export type AssessmentTemplate = v.InferOutput<typeof AssessmentTemplateSchema>;

/**
 * The grounds an assessment was initiated on (SHL § 36, DOMAIN §3.4): they decide its statutory
 * deadlines. `urgent` — assessed immediately; `over-75`, `highest-care-allowance` — started by
 * the 7th weekday; `child-special-support` — started by the 7th weekday and completed within 3
 * months; `other` — no statutory deadline beyond "without undue delay".
 */
export const ASSESSMENT_GROUNDS = [
  'urgent',
  'over-75',
  'highest-care-allowance',
  'child-special-support',
  'other',
] as const;
export type AssessmentGround = (typeof ASSESSMENT_GROUNDS)[number];
export const AssessmentGroundSchema = v.picklist(ASSESSMENT_GROUNDS);

/** What the deadlines are counted from (703/2023 § 41): the client's contact, or the day the matter became pending. */
export const TRIGGER_KINDS = ['contact', 'pending'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export const TriggerKindSchema = v.picklist(TRIGGER_KINDS);

// ---------------------------------------------------------------------------------------------
// The assessment
// ---------------------------------------------------------------------------------------------

/** A calendar day, `YYYY-MM-DD`, that exists: the day an assessment's deadlines count from, a meter's day. */
export const IsoDaySchema = v.pipe(
  v.string(),
  v.check((day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isIsoDate(day), 'must be a date, YYYY-MM-DD'),
);

/**
 * Where an assessment stands (SHL § 36–37): `in-progress` while it is drafted step by step;
 * `completed` once concluded (the completion date, and the client's view or the obstacle to it,
 * recorded); `amended` when a completed assessment was changed afterwards (its earlier versions
 * stay readable through the store's `listAssessmentVersions`); `stopped` when it ended without
 * being completed (the client moved away, withdrew), with the reason.
 */
export const ASSESSMENT_STATUSES = ['in-progress', 'completed', 'amended', 'stopped'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const AssessmentStatusSchema = v.picklist(ASSESSMENT_STATUSES);

/** Who initiated the assessment (703/2023 § 41): the client, a close person, a professional, another authority (a notification), someone else. */
export const INITIATOR_KINDS = ['client', 'close-person', 'professional', 'other-authority', 'other'] as const;
export type InitiatorKind = (typeof INITIATOR_KINDS)[number];
export const InitiatorKindSchema = v.picklist(INITIATOR_KINDS);

/** The template an assessment or a meter reading is made with: a Questionnaire's id, and its canonical URL and version where known. */
export interface TemplateRef {
  id: string;
  url?: string;
  version?: string;
}

/** The schema of a `TemplateRef`; other members kept. */
export const TemplateRefSchema: v.GenericSchema<TemplateRef> = v.looseObject({
  id: IdSchema,
  url: v.optional(ShortTextSchema),
  version: v.optional(ShortTextSchema),
});

/** A FHIR R4 `Coding`, as an answer may hold one; other members kept. */
export interface AnswerCoding {
  readonly system?: string;
  readonly version?: string;
  readonly code?: string;
  readonly display?: string;
  readonly [key: string]: unknown;
}

/**
 * One answer of a response item as FHIR R4 `QuestionnaireResponse.item.answer` holds it: a
 * `value[x]` (the common ones are typed; `valueAttachment`, `valueReference`, extensions and
 * anything else are kept as they came), and the items nested under the answer.
 */
export interface QuestionnaireResponseAnswer {
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueDate?: string;
  readonly valueDateTime?: string;
  readonly valueTime?: string;
  readonly valueString?: string;
  readonly valueUri?: string;
  readonly valueCoding?: AnswerCoding;
  readonly valueQuantity?: { readonly value?: number; readonly unit?: string; readonly [key: string]: unknown };
  readonly item?: readonly QuestionnaireResponseItem[];
  readonly [key: string]: unknown;
}

/**
 * One item of the answers, as FHIR R4 `QuestionnaireResponse.item` holds it: the template's
 * `linkId`, the text as shown, its answers and the items under it (a group's). Checked loosely:
 * the `linkId` a non-empty string, the lists lists, the typed `value[x]` of the right type;
 * every other member kept as it came, so an answer written by a renderer that knows more
 * (extensions, `valueAttachment`) survives a save and a read.
 */
export interface QuestionnaireResponseItem {
  readonly linkId: string;
  readonly definition?: string;
  readonly text?: string;
  readonly answer?: readonly QuestionnaireResponseAnswer[];
  readonly item?: readonly QuestionnaireResponseItem[];
  readonly [key: string]: unknown;
}

/** How deep answers may nest: deeper than any template is, shallow enough that reading hostile data never overflows the stack. */
export const MAX_ANSWER_DEPTH = 40;

const QuantitySchema = v.looseObject({ value: v.optional(v.number()), unit: v.optional(v.string()) });
const CodingSchema = v.looseObject({
  system: v.optional(v.string()),
  version: v.optional(v.string()),
  code: v.optional(v.string()),
  display: v.optional(v.string()),
});

const itemSchemas: v.GenericSchema<QuestionnaireResponseItem>[] = [];
const tooDeep: v.GenericSchema<never> = {
  '~run': (_input, issues, path) => {
    issues.push({ path, message: `nests deeper than ${String(MAX_ANSWER_DEPTH)} levels` });
    return undefined as never;
  },
};

/** The schema of an item at `depth` (0: a top-level answer item); its children are checked one level deeper. */
function itemAt(depth: number): v.GenericSchema<QuestionnaireResponseItem> {
  if (depth >= MAX_ANSWER_DEPTH) return tooDeep;
  const cached = itemSchemas[depth];
  if (cached) return cached;
  const children = v.optional(v.array(v.lazy(() => itemAt(depth + 1))));
  const schema: v.GenericSchema<QuestionnaireResponseItem> = v.looseObject({
    linkId: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(256, 'is too long')),
    definition: v.optional(v.string()),
    text: v.optional(v.string()),
    answer: v.optional(
      v.array(
        v.looseObject({
          valueBoolean: v.optional(v.boolean()),
          valueDecimal: v.optional(v.number()),
          valueInteger: v.optional(v.number()),
          valueDate: v.optional(v.string()),
          valueDateTime: v.optional(v.string()),
          valueTime: v.optional(v.string()),
          valueString: v.optional(v.string()),
          valueUri: v.optional(v.string()),
          valueCoding: v.optional(CodingSchema),
          valueQuantity: v.optional(QuantitySchema),
          item: children,
        }),
      ),
    ),
    item: children,
  });
  itemSchemas[depth] = schema;
  return schema;
}

/** An item of an assessment's answers (FHIR R4 `QuestionnaireResponse.item`), checked loosely (see `QuestionnaireResponseItem`). */
export const QuestionnaireResponseItemSchema: v.GenericSchema<QuestionnaireResponseItem> = itemAt(0);

/** Who initiated the assessment, and for whom they acted where it was an organisation. */
export interface Initiator {
  kind: InitiatorKind;
  name?: string;
  organization?: OrganizationRef;
}

/** How the assessment began (703/2023 § 41): the day and kind its deadlines count from, on what grounds, by whom, why. */
export interface AssessmentInitiation {
  /** The day the client made contact or the matter became pending, `YYYY-MM-DD` (a Finnish calendar day). */
  triggerDate: string;
  triggerKind: TriggerKind;
  /** The grounds it was initiated on, at least one (`grounds-required`): they decide the deadlines. */
  grounds: AssessmentGround[];
  initiatedBy: Initiator;
  justification?: string;
}

/**
 * The client's own view (SHL § 37): given (in the client's words, where written down), or not
 * obtained because of an obvious obstacle, whose reason is recorded (`obstacle-reason-required`).
 */
export type ClientView = { kind: 'given'; text?: string } | { kind: 'obstacle'; reason: string };

/**
 * A service-need assessment (palvelutarpeen arviointi, SHL §§ 36–37, 703/2023 §§ 41–42): the
 * answers to its template (a Questionnaire) as `QuestionnaireResponse.item`s, how it was
 * initiated, where it stands, and the client's own view.
 *
 * **Liberal in reading, strict in writing**, as the consent model: the schema keeps members this
 * version does not know (so a save of a record written by a newer version loses nothing); the
 * type names only the known ones; every save is checked against the assessment rules
 * (`checkAssessment`) and the change of status against `checkAssessmentTransition`.
 */
export interface Assessment {
  id: string;
  clientId: string;
  /** The Questionnaire it is made with: its id, and its canonical URL and version. */
  template: TemplateRef;
  status: AssessmentStatus;
  initiation: AssessmentInitiation;
  /** The answers, as FHIR R4 `QuestionnaireResponse.item`. */
  answers: QuestionnaireResponseItem[];
  /** The client's own view, or the obvious obstacle to it; needed once completed (`client-view-required`). */
  clientView?: ClientView;
  /** When it was completed (an ISO date-time); needed once completed (`completion-date-required`). */
  completedAt?: string;
  /** When the summary was given to the client (an ISO date or date-time). */
  summaryGivenAt?: string;
  /** Why it was stopped; needed when `stopped` (`stopped-reason-required`). */
  stoppedReason?: string;
  /** When it was last saved, as the writer's clock says (an ISO date-time). */
  updatedAt?: string;
}

const ClientViewSchema = v.variant('kind', [
  v.looseObject({ kind: v.literal('given'), text: v.optional(LongTextSchema) }),
  v.looseObject({ kind: v.literal('obstacle'), reason: LongTextSchema }),
]);

const InitiationSchema = v.looseObject({
  triggerDate: IsoDaySchema,
  triggerKind: TriggerKindSchema,
  grounds: v.array(AssessmentGroundSchema),
  initiatedBy: v.looseObject({
    kind: InitiatorKindSchema,
    name: v.optional(NameSchema),
    organization: v.optional(OrganizationRefSchema),
  }),
  justification: v.optional(LongTextSchema),
});

/** The schema of an `Assessment`; other members are kept (see `Assessment`). */
export const AssessmentSchema: v.GenericSchema<Assessment> = v.looseObject({
  id: IdSchema,
  clientId: IdSchema,
  template: TemplateRefSchema,
  status: AssessmentStatusSchema,
  initiation: InitiationSchema,
  answers: v.array(QuestionnaireResponseItemSchema),
  clientView: v.optional(ClientViewSchema),
  completedAt: v.optional(IsoDateSchema),
  summaryGivenAt: v.optional(IsoDateSchema),
  stoppedReason: v.optional(LongTextSchema),
  updatedAt: v.optional(IsoDateSchema),
});

// ---------------------------------------------------------------------------------------------
// Meter readings
// ---------------------------------------------------------------------------------------------

/** Who rated: the client themselves, or a professional. */
export const RATER_KINDS = ['client', 'professional'] as const;
export type RaterKind = (typeof RATER_KINDS)[number];

/** One area's rating: the meter item's `linkId` and the value, `null` when the area was not rated. */
export interface MeterValue {
  linkId: string;
  value: number | null;
}

/**
 * One reading of a meter (DOMAIN §3.4, §6.4): a life-situation meter's ten areas rated on a day,
 * by the client or a professional, repeated at the baseline, during and at the end, and shown as
 * a trend. The meter is a template like any other (its id, URL and version); the scale a value
 * must fit is the meter's (`checkMeterReading` checks 0–10 whole numbers unless told otherwise).
 */
export interface MeterReading {
  id: string;
  clientId: string;
  /** The meter's template: its id, and its canonical URL and version. */
  meter: TemplateRef;
  /** The day it was rated, `YYYY-MM-DD`. */
  date: string;
  rater: { kind: RaterKind; name?: string };
  /** One per area. */
  values: MeterValue[];
  /** The assessment it was entered as part of, if any. */
  assessmentId?: string;
}

/** The schema of a `MeterReading`; other members are kept. */
export const MeterReadingSchema: v.GenericSchema<MeterReading> = v.looseObject({
  id: IdSchema,
  clientId: IdSchema,
  meter: TemplateRefSchema,
  date: IsoDaySchema,
  rater: v.looseObject({ kind: v.picklist(RATER_KINDS), name: v.optional(NameSchema) }),
  values: v.array(
    v.looseObject({
      linkId: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(256, 'is too long')),
      value: v.nullable(v.number()),
    }),
  ),
  assessmentId: v.optional(IdSchema),
});
