/**
 * Service-need assessments ↔ FHIR R4 `QuestionnaireResponse`, meter readings ↔ `Observation`, and
 * templates as the `Questionnaire`s they are (DOMAIN.md §3.4, §6.4).
 *
 * - An assessment is a `QuestionnaireResponse`: its answers are the response's `item`s as they
 *   are, its template the `questionnaire` canonical, its status the response's. What R4 has no
 *   element for (how it was initiated, the client's own view, when it was completed and the
 *   summary given, why it was stopped) goes into extensions under
 *   `https://saumaton.fi/fhir/StructureDefinition/`, and the statutory deadlines counted from the
 *   initiation are written too (`assessment-deadline`), so other systems can read the dates
 *   without counting Finnish weekdays themselves.
 * - A meter reading is one `Observation` (category `survey`) with one `component` per area: the
 *   meter is the `code` (its canonical as the system, its template id as the code), each area a
 *   component coded with its `linkId` in the meter's system, the value `valueInteger` (or
 *   `valueQuantity` for a fraction), an area not rated a `dataAbsentReason`.
 *
 * Pure functions: reading is liberal (a response another system wrote maps as far as the model
 * allows, and what it cannot hold is a `ValidationError` naming what is missing), writing keeps
 * every element of the stored resource the mapping does not own.
 */
import {
  AssessmentSchema,
  MeterReadingSchema,
  ValidationError,
  assessmentDeadlines,
  parse,
  type Assessment,
  type AssessmentStatus,
  type MeterReading,
  type TemplateRef,
} from '@saumaton/core';
import type { GenericSchema, InferOutput } from '@saumaton/core/schema';
import { SAUMATON_FHIR } from './codes.js';
import { FHIR_ID, compact } from './datatypes.js';
import { organizationReference, readOrganization } from './organization-ref.js';
import type { CodeableConcept, Extension, Reference } from './resources.js';

const SD = `${SAUMATON_FHIR}/StructureDefinition`;

/** The extensions of an assessment's `QuestionnaireResponse`. */
export const ASSESSMENT_EXT = {
  /** Complex: how the assessment began (703/2023 § 41): `triggerDate`, `triggerKind`, `ground` (repeats), `initiatedBy` (`kind`, `name`, `organization`), `justification`. */
  initiation: `${SD}/assessment-initiation`,
  /** Complex, repeats, written only (computed from the initiation, SHL § 36): `type` (`immediate`, `start`, `complete`), `date`, `basis`. */
  deadline: `${SD}/assessment-deadline`,
  /** Complex: the client's own view (SHL § 37): `kind` (`given`, `obstacle`), `text`, `reason`. */
  clientView: `${SD}/assessment-client-view`,
  /** valueDateTime: when the assessment was completed. */
  completed: `${SD}/assessment-completed`,
  /** valueDateTime: when the summary was given to the client. */
  summaryGiven: `${SD}/assessment-summary-given`,
  /** valueString: why the assessment was stopped. */
  stoppedReason: `${SD}/assessment-stopped-reason`,
  /** valueString: the template's id where the `questionnaire` canonical does not say it. */
  templateId: `${SD}/assessment-template-id`,
} as const;

/** The grounds an assessment is initiated on (SHL § 36). */
export const ASSESSMENT_GROUND_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/assessment-ground`;
/** What the deadlines count from: the client's contact, or the matter becoming pending. */
export const ASSESSMENT_TRIGGER_KIND_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/assessment-trigger-kind`;
/** Who initiated an assessment. */
export const ASSESSMENT_INITIATOR_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/assessment-initiator`;
/** Which statutory deadline (`assessment-deadline` `type`). */
export const ASSESSMENT_DEADLINE_TYPE_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/assessment-deadline-type`;
/** The rule a statutory deadline comes from (`assessment-deadline` `basis`). */
export const ASSESSMENT_DEADLINE_BASIS_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/assessment-deadline-basis`;
/** Whether the client's own view was given, or an obvious obstacle kept it from being obtained. */
export const ASSESSMENT_CLIENT_VIEW_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/assessment-client-view`;
/** A meter without a canonical URL: its template id is the code, its areas' linkIds code the components. */
export const METER_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/meter`;

const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const DATA_ABSENT_REASON = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';

/** The QuestionnaireResponse as this mapping reads and writes it; other elements pass through. */
export interface FhirQuestionnaireResponse {
  readonly resourceType: 'QuestionnaireResponse';
  readonly id?: string;
  readonly meta?: { readonly versionId?: string; readonly [key: string]: unknown };
  readonly extension?: readonly Extension[];
  readonly questionnaire?: string;
  readonly status?: string;
  readonly subject?: Reference;
  readonly authored?: string;
  readonly item?: readonly unknown[];
  readonly [key: string]: unknown;
}

/** The Observation of a meter reading as this mapping reads and writes it; other elements pass through. */
export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly id?: string;
  readonly meta?: { readonly versionId?: string; readonly [key: string]: unknown };
  readonly status?: string;
  readonly category?: readonly CodeableConcept[];
  readonly code?: { readonly coding?: readonly MeterCoding[]; readonly text?: string };
  readonly subject?: Reference;
  readonly effectiveDateTime?: string;
  readonly performer?: readonly (Reference & { readonly type?: string })[];
  readonly derivedFrom?: readonly Reference[];
  readonly component?: readonly ObservationComponent[];
  readonly [key: string]: unknown;
}

interface MeterCoding {
  readonly system?: string;
  readonly version?: string;
  readonly code?: string;
  readonly display?: string;
}

export interface ObservationComponent {
  readonly code?: { readonly coding?: readonly MeterCoding[]; readonly text?: string };
  readonly valueInteger?: number;
  readonly valueQuantity?: { readonly value?: number; readonly [key: string]: unknown };
  readonly dataAbsentReason?: CodeableConcept;
  readonly [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const ext = (url: string, value: Record<string, unknown>): Extension => ({ url, ...value });
const sub = (extensions: readonly Extension[] | undefined, url: string) => extensions?.find((e) => e.url === url);
const subs = (extensions: readonly Extension[] | undefined, url: string) =>
  (extensions ?? []).filter((e) => e.url === url);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The key a `Patient` reference names (`Patient/1`, also absolute or versioned), else undefined. */
function patientId(reference: Reference | undefined): string | undefined {
  const m = /(?:^|\/)Patient\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(reference?.reference ?? '');
  return m?.[1];
}

/** Re-throws a schema failure with its paths under `where` (`QuestionnaireResponse/1.status`). */
function parseAt<const S extends GenericSchema>(schema: S, value: unknown, where: string): InferOutput<S> {
  try {
    return parse(schema, value);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(error.issues.map((i) => ({ ...i, path: i.path ? `${where}.${i.path}` : where })));
  }
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

/** `url|version` → its parts. */
export function splitCanonical(canonical: string): { url: string; version?: string } {
  const bar = canonical.indexOf('|');
  return bar < 0
    ? { url: canonical }
    : compact({ url: canonical.slice(0, bar), version: canonical.slice(bar + 1) || undefined });
}

/**
 * What `QuestionnaireResponse.questionnaire` says of a template: its canonical `url|version`, or
 * `Questionnaire/<id>` (with `|version`) for a template without a canonical URL, whose id must
 * then be a FHIR id.
 */
export function templateCanonical(template: TemplateRef): string {
  const version = template.version === undefined ? '' : `|${template.version}`;
  if (template.url !== undefined) return `${template.url}${version}`;
  if (!FHIR_ID.test(template.id)) {
    throw new ValidationError([
      { path: 'template.id', message: 'a template without a canonical URL is named by its FHIR id' },
    ]);
  }
  return `Questionnaire/${template.id}${version}`;
}

/**
 * The template a `questionnaire` canonical names: `Questionnaire/<id>` gives the id; a canonical
 * URL gives the URL and version, and the id is `idHint` (the `assessment-template-id` we wrote),
 * else the canonical itself, which `getTemplate` resolves by searching on the URL.
 */
export function readTemplateRef(questionnaire: string, idHint: string | undefined): TemplateRef {
  const { url, version } = splitCanonical(questionnaire);
  const local = /^Questionnaire\/([^/|]+)$/.exec(url);
  if (local?.[1]) return compact({ id: idHint ?? local[1], version });
  return compact({ id: idHint ?? questionnaire, url, version });
}

// ---------------------------------------------------------------------------------------------
// Assessment ↔ QuestionnaireResponse
// ---------------------------------------------------------------------------------------------

const OWN_EXTENSIONS: readonly string[] = Object.values(ASSESSMENT_EXT);

function initiationExtension(assessment: Assessment): Extension {
  const { initiation } = assessment;
  const by = initiation.initiatedBy;
  return ext(ASSESSMENT_EXT.initiation, {
    extension: [
      { url: 'triggerDate', valueDate: initiation.triggerDate },
      { url: 'triggerKind', valueCode: initiation.triggerKind },
      ...initiation.grounds.map((ground) => ({ url: 'ground', valueCode: ground })),
      {
        url: 'initiatedBy',
        extension: [
          { url: 'kind', valueCode: by.kind },
          ...(by.name === undefined ? [] : [{ url: 'name', valueString: by.name }]),
          ...(by.organization ? [{ url: 'organization', valueReference: organizationReference(by.organization) }] : []),
        ],
      },
      ...(initiation.justification === undefined
        ? []
        : [{ url: 'justification', valueString: initiation.justification }]),
    ],
  });
}

/** The statutory deadlines, counted as `assessmentDeadlines` does by default (eves counted, no move to a weekday). */
function deadlineExtensions(assessment: Assessment): Extension[] {
  let deadlines;
  try {
    deadlines = assessmentDeadlines(assessment.initiation);
  } catch {
    // An invalid trigger date is refused by the rules before anything is written.
    return [];
  }
  const one = (type: string, date: string, basis: string) =>
    ext(ASSESSMENT_EXT.deadline, {
      extension: [
        { url: 'type', valueCode: type },
        { url: 'date', valueDate: date },
        { url: 'basis', valueCode: basis },
      ],
    });
  return [
    ...(deadlines.immediate ? [one('immediate', assessment.initiation.triggerDate, 'shl-36-urgent')] : []),
    ...(deadlines.start ? [one('start', deadlines.start.date, deadlines.start.basis)] : []),
    ...(deadlines.complete ? [one('complete', deadlines.complete.date, deadlines.complete.basis)] : []),
  ];
}

const FHIR_STATUS: Readonly<Record<AssessmentStatus, string>> = {
  'in-progress': 'in-progress',
  completed: 'completed',
  amended: 'amended',
  stopped: 'stopped',
};

/**
 * The QuestionnaireResponse for `assessment`. `base` is the resource as the server has it: the
 * elements this mapping does not write (text, identifiers, author, source, other extensions)
 * are kept.
 */
export function assessmentToFhir(assessment: Assessment, base?: FhirQuestionnaireResponse): FhirQuestionnaireResponse {
  const questionnaire = templateCanonical(assessment.template);
  const derived = readTemplateRef(questionnaire, undefined).id;
  const view = assessment.clientView;
  const own: Extension[] = [
    initiationExtension(assessment),
    ...deadlineExtensions(assessment),
    ...(derived === assessment.template.id
      ? []
      : [ext(ASSESSMENT_EXT.templateId, { valueString: assessment.template.id })]),
    ...(view
      ? [
          ext(ASSESSMENT_EXT.clientView, {
            extension: [
              { url: 'kind', valueCode: view.kind },
              ...(view.kind === 'given' && view.text !== undefined ? [{ url: 'text', valueString: view.text }] : []),
              ...(view.kind === 'obstacle' ? [{ url: 'reason', valueString: view.reason }] : []),
            ],
          }),
        ]
      : []),
    ...(assessment.completedAt === undefined
      ? []
      : [ext(ASSESSMENT_EXT.completed, { valueDateTime: assessment.completedAt })]),
    ...(assessment.summaryGivenAt === undefined
      ? []
      : [ext(ASSESSMENT_EXT.summaryGiven, { valueDateTime: assessment.summaryGivenAt })]),
    ...(assessment.stoppedReason === undefined
      ? []
      : [ext(ASSESSMENT_EXT.stoppedReason, { valueString: assessment.stoppedReason })]),
  ];
  const extension = [...(base?.extension ?? []).filter((e) => !OWN_EXTENSIONS.includes(e.url)), ...own];
  const { meta: _meta, authored: _authored, ...kept } = base ?? {};
  const meta = base?.meta ? compact({ ...base.meta, versionId: undefined, lastUpdated: undefined }) : undefined;
  return compact({
    ...kept,
    resourceType: 'QuestionnaireResponse',
    id: assessment.id,
    meta: meta && Object.keys(meta).length > 0 ? meta : undefined,
    extension,
    questionnaire,
    status: FHIR_STATUS[assessment.status],
    subject: { ...base?.subject, reference: `Patient/${assessment.clientId}` },
    // R4: "the date and/or time that this set of answers were last changed".
    authored: assessment.updatedAt,
    item: assessment.answers.length > 0 ? assessment.answers : undefined,
  });
}

/**
 * The assessment a QuestionnaireResponse holds, validated.
 *
 * Liberal: the answers are read as they are, a `subject` may be absolute or versioned, the
 * template comes from `questionnaire` alone when our id extension is missing. What the model
 * cannot do without is a `ValidationError` naming the response and what is missing: a `subject`
 * that is a Patient; the `assessment-initiation` extension (a response another system wrote for
 * a questionnaire of its own has no trigger date and grounds, and guessing them would give wrong
 * statutory deadlines); a status of the model (`entered-in-error` is refused: it was written in
 * error and is no assessment).
 */
export function fhirToAssessment(resource: FhirQuestionnaireResponse): Assessment {
  const where = `QuestionnaireResponse/${resource.id ?? '?'}`;
  const missing: { path: string; message: string }[] = [];
  const status = resource.status;
  if (status === 'entered-in-error') {
    missing.push({ path: `${where}.status`, message: 'entered-in-error: written in error, it is no assessment' });
  } else if (!status || !(status in FHIR_STATUS)) {
    missing.push({ path: `${where}.status`, message: `${String(status)} is no assessment status` });
  }
  const clientId = patientId(resource.subject);
  if (!clientId)
    missing.push({ path: `${where}.subject`, message: 'names no Patient: whose assessment it is cannot be told' });
  if (!resource.questionnaire) {
    missing.push({ path: `${where}.questionnaire`, message: 'names no Questionnaire: the template cannot be told' });
  }
  const initiation = sub(resource.extension, ASSESSMENT_EXT.initiation);
  if (!initiation) {
    missing.push({
      path: `${where}.extension`,
      message: `has no ${ASSESSMENT_EXT.initiation}: when and on what grounds the assessment began cannot be told`,
    });
  }
  if (missing.length > 0) throw new ValidationError(missing);

  const parts = initiation?.extension;
  const by = sub(parts, 'initiatedBy')?.extension;
  const view = sub(resource.extension, ASSESSMENT_EXT.clientView)?.extension;
  const viewKind = sub(view, 'kind')?.valueCode;
  const templateId = str(sub(resource.extension, ASSESSMENT_EXT.templateId)?.valueString);
  const record = compact({
    id: resource.id,
    clientId,
    template: readTemplateRef(resource.questionnaire ?? '', templateId),
    status,
    initiation: compact({
      triggerDate: str(sub(parts, 'triggerDate')?.['valueDate']),
      triggerKind: sub(parts, 'triggerKind')?.valueCode,
      grounds: subs(parts, 'ground').map((g) => g.valueCode),
      initiatedBy: compact({
        kind: sub(by, 'kind')?.valueCode,
        name: sub(by, 'name')?.valueString,
        organization: readOrganization(sub(by, 'organization')?.valueReference),
      }),
      justification: sub(parts, 'justification')?.valueString,
    }),
    answers: resource.item ?? [],
    clientView: viewKind
      ? compact({
          kind: viewKind,
          text: viewKind === 'given' ? sub(view, 'text')?.valueString : undefined,
          reason: viewKind === 'obstacle' ? sub(view, 'reason')?.valueString : undefined,
        })
      : undefined,
    completedAt: str(sub(resource.extension, ASSESSMENT_EXT.completed)?.['valueDateTime']),
    summaryGivenAt: str(sub(resource.extension, ASSESSMENT_EXT.summaryGiven)?.['valueDateTime']),
    stoppedReason: sub(resource.extension, ASSESSMENT_EXT.stoppedReason)?.valueString,
    updatedAt: resource.authored,
  });
  return parseAt(AssessmentSchema, record, where);
}

/** Is this response one of ours: does it carry the initiation an assessment cannot do without? */
export function isAssessmentResponse(resource: FhirQuestionnaireResponse): boolean {
  return (resource.extension ?? []).some((e) => e.url === ASSESSMENT_EXT.initiation);
}

// ---------------------------------------------------------------------------------------------
// Meter reading ↔ Observation
// ---------------------------------------------------------------------------------------------

/** The code system of a meter's areas: its canonical URL, else ours. */
const meterSystem = (meter: TemplateRef) => meter.url ?? METER_SYSTEM;

/**
 * The Observation for `reading`. `base` is the resource as the server has it (other elements
 * kept); a reading written again (`base` given) is `amended`, a new one `final`.
 */
export function meterReadingToFhir(reading: MeterReading, base?: FhirObservation): FhirObservation {
  const system = meterSystem(reading.meter);
  const { meta: _meta, ...kept } = base ?? {};
  const meta = base?.meta ? compact({ ...base.meta, versionId: undefined, lastUpdated: undefined }) : undefined;
  const otherCategories = (base?.category ?? []).filter(
    (c) => !c.coding?.some((coding) => coding.system === OBSERVATION_CATEGORY && coding.code === 'survey'),
  );
  return compact({
    ...kept,
    resourceType: 'Observation',
    id: reading.id,
    meta: meta && Object.keys(meta).length > 0 ? meta : undefined,
    status: base ? 'amended' : 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }, ...otherCategories],
    code: { coding: [compact({ system, version: reading.meter.version, code: reading.meter.id })] },
    subject: { reference: `Patient/${reading.clientId}` },
    effectiveDateTime: reading.date,
    performer: [
      reading.rater.kind === 'client'
        ? compact({ reference: `Patient/${reading.clientId}`, display: reading.rater.name })
        : compact({ type: 'Practitioner', display: reading.rater.name }),
    ],
    derivedFrom: reading.assessmentId ? [{ reference: `QuestionnaireResponse/${reading.assessmentId}` }] : undefined,
    component: reading.values.map(({ linkId, value }) =>
      compact({
        code: { coding: [{ system, code: linkId }] },
        ...(value === null
          ? { dataAbsentReason: { coding: [{ system: DATA_ABSENT_REASON, code: 'not-performed' }] } }
          : Number.isInteger(value)
            ? { valueInteger: value }
            : { valueQuantity: { value } }),
      }),
    ),
  });
}

/** The meter an Observation is a reading of: the coding whose code is a template id (`meterId` when known). */
function meterCoding(resource: FhirObservation, meterId?: string): MeterCoding | undefined {
  const codings = resource.code?.coding ?? [];
  return meterId === undefined
    ? (codings.find((c) => c.system === METER_SYSTEM) ?? codings.find((c) => c.code))
    : codings.find((c) => c.code === meterId);
}

/** Is this Observation a reading of the meter `meterId` that is not void? */
export function isReadingOf(resource: FhirObservation, meterId: string): boolean {
  return (
    meterCoding(resource, meterId) !== undefined &&
    resource.status !== 'entered-in-error' &&
    resource.status !== 'cancelled' &&
    Array.isArray(resource.component)
  );
}

/**
 * The meter reading an Observation holds, validated. Liberal: a component without a value (or
 * with a `dataAbsentReason`) is an area not rated; its area is the code in the meter's system,
 * else its first code. What the model cannot do without is a `ValidationError` naming the
 * Observation: a `subject` that is a Patient, the meter (`code`), the day
 * (`effectiveDateTime`), who rated (`performer`: the client, or a professional).
 */
export function fhirToMeterReading(resource: FhirObservation, meterId?: string): MeterReading {
  const where = `Observation/${resource.id ?? '?'}`;
  const problems: { path: string; message: string }[] = [];
  const clientId = patientId(resource.subject);
  if (!clientId)
    problems.push({ path: `${where}.subject`, message: 'names no Patient: whose reading it is cannot be told' });
  const meter = meterCoding(resource, meterId);
  if (!meter?.code) problems.push({ path: `${where}.code`, message: 'names no meter' });
  const performer = resource.performer?.[0];
  const performerType = performer?.type ?? /^(?:.*\/)?([A-Za-z]+)\/[^/]+$/.exec(performer?.reference ?? '')?.[1];
  const raterKind =
    performerType === 'Patient'
      ? 'client'
      : performerType && ['Practitioner', 'PractitionerRole', 'Organization', 'CareTeam'].includes(performerType)
        ? 'professional'
        : undefined;
  if (!raterKind) {
    problems.push({
      path: `${where}.performer`,
      message: 'names neither the client nor a professional: who rated cannot be told',
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);

  const system = meter?.system;
  const values = (resource.component ?? []).map((component) => {
    const codings = component.code?.coding ?? [];
    const linkId = (codings.find((c) => c.system === system) ?? codings[0])?.code;
    const value =
      component.valueInteger ??
      (typeof component.valueQuantity?.value === 'number' ? component.valueQuantity.value : null);
    return { linkId, value };
  });
  const assessment = resource.derivedFrom
    ?.map((r) => /(?:^|\/)QuestionnaireResponse\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(r.reference ?? '')?.[1])
    .find((id) => id !== undefined);
  const record = compact({
    id: resource.id,
    clientId,
    meter: compact({
      id: meter?.code,
      url: system === METER_SYSTEM ? undefined : system,
      version: meter?.version,
    }),
    date: resource.effectiveDateTime?.slice(0, 10),
    rater: compact({ kind: raterKind, name: performer?.display }),
    values,
    assessmentId: assessment,
  });
  return parseAt(MeterReadingSchema, record, where);
}
