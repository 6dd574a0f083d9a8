/**
 * The shared client plan ↔ FHIR R4 (DOMAIN.md §3.1, §8), the way the shared-care guides build it:
 *
 * - the **common sections** are one master `CarePlan` (subject the client's Patient, author the
 *   responsible unit, contributor the producers), its goals **`Goal`s** it references from
 *   `CarePlan.goal`;
 * - **each producer's part is a `CarePlan` of its own** with `partOf` the master and the producer
 *   as `author`, its planned services **`ServiceRequest`s** (intent `plan`, never `order`: a plan
 *   is not a decision) it references from `activity.reference`, each with the producer as
 *   `performer` and the goals it serves in the core `resource-pertainsToGoal` extension.
 *
 * So every piece has the server's own version, history and Provenance, and two producers never
 * write the same resource. What R4 has no element for goes into extensions under
 * `https://saumaton.fi/fhir/StructureDefinition/plan-…`: each a complex extension with one
 * sub-extension per member of the model (`PLAN_SHAPES` lists them; the package README has the
 * table). Members the model does not know (another system's) are kept as JSON in an `other`
 * sub-extension, and a domain object's `extension` member is the FHIR extensions of its resource
 * that are not ours, so nothing read is lost by a save.
 *
 * Pure functions. Reading is liberal: inline `activity.detail` activities (Denmark's municipal
 * guide), contained goals, references that resolve to nothing (shown as missing, never a crash),
 * a producer named only by a `display`, statuses of other systems read as they are. What a plan
 * cannot do without (a subject that is a Patient, a status) is a `ValidationError` naming it.
 */
import {
  ValidationError,
  type ClientPlan,
  type OrganizationRef,
  type PlanCommon,
  type PlanGoal,
  type PlanPart,
  type PlannedService,
} from '@saumaton/core';
import { SAUMATON_FHIR, SECURITY_LABEL_SYSTEM, TURVAKIELTO_CODE } from './codes.js';
import { compact } from './datatypes.js';
import { organizationReference, readOrganization } from './organization-ref.js';
import type { AnyResource, Extension, Reference } from './resources.js';

const SD = `${SAUMATON_FHIR}/StructureDefinition`;
/** Every extension of ours on a plan's resources starts with this. */
const OWN = `${SD}/plan-`;

/** The extensions of the plan's resources. */
export const PLAN_EXT = {
  /** Master: complex, the header's author (a person) and client as the document names them. */
  header: `${OWN}header`,
  /** Master: complex, the clienthood but its period (`CarePlan.period`). */
  clienthood: `${OWN}clienthood`,
  /** Master: complex, mother tongue, language of service, representatives, close persons. */
  context: `${OWN}context`,
  /** Master: complex, SHL § 39 item 1: `client` and `professional`, each `text` and `reasons`. */
  supportNeed: `${OWN}support-need`,
  /** Master: complex, SHL § 39 item 2, as `support-need`. */
  servicesNeeded: `${OWN}services-needed`,
  /** Master: valueString, SHL § 39 item 4. */
  meetingFrequency: `${OWN}meeting-frequency`,
  /** Master: valueString, SHL § 39 item 5. */
  strengths: `${OWN}strengths`,
  /** Master: valueString, SHL § 39 item 7. */
  expectedDuration: `${OWN}expected-duration`,
  /** Master: complex, repeats, SHL § 39 item 8: `name`, `organization`, `role`. */
  partners: `${OWN}partners`,
  /** Master: complex, repeats, SHL § 39 item 8: `party`, `name`, `organizationId`, `text`. */
  responsibilities: `${OWN}responsibilities`,
  /** Master: complex, SHL § 39 item 9: `method`, `nextReviewDate`, `entries` (repeats). */
  followUp: `${OWN}follow-up`,
  /** Master: complex, 703/2023 § 42. */
  evaluation: `${OWN}evaluation`,
  /** Master: complex, the health part (Patient Act § 4 a). */
  health: `${OWN}health`,
  /** Master and part: complex, who saved this version (a person). */
  updatedBy: `${OWN}updated-by`,
  /** Master and part: valueDateTime, when this version was saved (the writer's clock). */
  updatedAt: `${OWN}updated-at`,
  /** Part: complex, the person who last changed the part. */
  partAuthor: `${OWN}part-author`,
  /** Part: valueString, repeats: the producer's responsibilities. */
  partResponsibility: `${OWN}part-responsibility`,
  /** Goal: complex, `means`, `setBy`, `kind`, `targetDate`, `meter`, `areaLinkId`, `evaluations`. */
  goal: `${OWN}goal`,
  /** ServiceRequest: complex, `status` (ours), `duration`, `frequency`, `responsiblePerson`, `package`, `chain`. */
  service: `${OWN}service`,
  /** Any of them: valueString, JSON of the members the model does not know. */
  other: `${OWN}other`,
  /** Any of them: valueString, the save that wrote this version (its history matches on it). */
  revision: `${OWN}revision`,
} as const;

/** R4 core: the goal a request serves (`valueReference` to a Goal). */
export const PERTAINS_TO_GOAL = 'http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal';
/** A goal's or a planned service's own id within its plan, on its Goal or ServiceRequest. */
export const PLAN_ITEM_SYSTEM = `${SAUMATON_FHIR}/NamingSystem/plan-item`;
/** The kind of plan on the master `CarePlan.category` (`client-plan`) and on a part's (`producer-part`). */
export const PLAN_CATEGORY_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/plan-category`;
/** A part's producer type (`PART_PRODUCER_TYPES`) on its `CarePlan.category`. */
export const PART_PRODUCER_TYPE_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/part-producer-type`;
/** A service task (`palvelutehtävä`) on a `CarePlan.category` or `ServiceRequest.category`, by its name. */
export const SERVICE_TASK_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/service-task`;

// ---------------------------------------------------------------------------------------------
// Resources, as this mapping reads and writes them; other elements pass through
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
type Concept = { coding?: { system?: string; code?: string; display?: string }[]; text?: string };

export interface FhirCarePlan extends AnyResource {
  readonly resourceType: 'CarePlan';
  readonly extension?: readonly Extension[];
  readonly status?: string;
  readonly intent?: string;
  readonly category?: readonly Concept[];
  readonly title?: string;
  readonly subject?: Reference;
  readonly period?: { start?: string; end?: string };
  readonly created?: string;
  readonly author?: Reference;
  readonly contributor?: readonly Reference[];
  readonly partOf?: readonly Reference[];
  readonly goal?: readonly Reference[];
  readonly activity?: readonly CarePlanActivity[];
  readonly note?: readonly { text?: string }[];
}

export interface CarePlanActivity {
  readonly id?: string;
  readonly reference?: Reference;
  readonly detail?: {
    readonly status?: string;
    readonly code?: Concept;
    readonly description?: string;
    readonly goal?: readonly Reference[];
    readonly scheduledPeriod?: { start?: string; end?: string };
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

export interface FhirGoal extends AnyResource {
  readonly resourceType: 'Goal';
  readonly extension?: readonly Extension[];
  readonly identifier?: readonly { system?: string; value?: string }[];
  readonly lifecycleStatus?: string;
  readonly achievementStatus?: Concept;
  readonly description?: Concept;
  readonly subject?: Reference;
  readonly expressedBy?: Reference;
  readonly target?: readonly { dueDate?: string; [key: string]: unknown }[];
  readonly note?: readonly { text?: string }[];
}

export interface FhirServiceRequest extends AnyResource {
  readonly resourceType: 'ServiceRequest';
  readonly extension?: readonly Extension[];
  readonly identifier?: readonly { system?: string; value?: string }[];
  readonly status?: string;
  readonly intent?: string;
  readonly category?: readonly Concept[];
  readonly code?: Concept;
  readonly subject?: Reference;
  readonly occurrencePeriod?: { start?: string; end?: string };
  readonly occurrenceDateTime?: string;
  readonly performer?: readonly Reference[];
}

// ---------------------------------------------------------------------------------------------
// Complex extensions from the model's shape, and back
// ---------------------------------------------------------------------------------------------

/** A member's type: text, a boolean, an object of known members, or a list of one of these. */
type Shape = 's' | 'b' | ObjectShape | readonly [Shape];
interface ObjectShape {
  readonly [member: string]: Shape;
}

const PERSON = { name: 's', title: 's', organizationId: 's', practitionerId: 's' } as const;
const CONTACT = { phone: 's', email: 's' } as const;
const ORGANIZATION = { id: 's', name: 's', producerType: 's' } as const;
const VIEW = { text: 's', reasons: 's' } as const;
const EVALUATION = { date: 's', achievement: 's', text: 's', by: PERSON } as const;
const PLACEMENT = { id: 's', name: 's', step: 's' } as const;

/** The members of each extension of ours, as the model has them: what README's table lists. */
export const PLAN_SHAPES = {
  header: { author: PERSON, client: { name: 's', identityCode: 's', temporaryId: 's' } },
  clienthood: {
    responsibleWorker: { ...PERSON, kind: 's', contact: CONTACT },
    turvakielto: 'b',
    endReason: 's',
  },
  context: {
    motherTongue: 's',
    languageOfService: 's',
    representatives: [{ name: 's', kind: 's', competence: 's', contact: CONTACT }],
    closePersons: [{ name: 's', kind: 's', role: 's', tasks: 's', contact: CONTACT }],
  },
  supportNeed: { client: VIEW, professional: VIEW },
  servicesNeeded: { client: VIEW, professional: VIEW },
  partners: { name: 's', organization: ORGANIZATION, role: 's' },
  responsibilities: { party: 's', name: 's', organizationId: 's', text: 's' },
  followUp: {
    method: 's',
    nextReviewDate: 's',
    entries: [
      {
        id: 's',
        date: 's',
        clientFeedback: 's',
        teamFeedback: 's',
        goalEvaluations: [{ ...EVALUATION, goalId: 's' }],
        nextReviewDate: 's',
        recordedBy: PERSON,
      },
    ],
  },
  evaluation: { date: 's', clientView: 's', participantsView: 's', workerAssessment: 's', by: PERSON },
  health: { careNeeds: 's', goals: 's', implementation: 's', followUp: 's', professional: PERSON },
  person: PERSON,
  goal: {
    means: 's',
    setBy: { kind: 's', name: 's' },
    kind: 's',
    targetDate: 's',
    meter: { id: 's', url: 's', version: 's' },
    areaLinkId: 's',
    evaluations: [EVALUATION],
  },
  service: {
    status: 's',
    duration: 's',
    frequency: 's',
    responsiblePerson: PERSON,
    package: PLACEMENT,
    chain: PLACEMENT,
  },
} as const satisfies Record<string, ObjectShape>;

const OTHER = 'other';

/** JSON of the members of `value` that `known` does not name; undefined when there are none. */
function otherMembers(value: Json, known: readonly string[]): string | undefined {
  const rest = Object.fromEntries(Object.entries(value).filter(([k, v]) => !known.includes(k) && v !== undefined));
  return Object.keys(rest).length > 0 ? JSON.stringify(rest) : undefined;
}

/** One member as an extension with `url`; undefined for a value FHIR cannot carry (an empty text). */
function memberExtension(url: string, value: unknown, shape: Shape): Extension | undefined {
  if (typeof shape === 'string') {
    if (typeof value === 'boolean') return { url, valueBoolean: value };
    if (typeof value === 'string') return value === '' ? undefined : { url, valueString: value };
    return value === undefined ? undefined : { url, valueString: JSON.stringify(value) };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const extension = objectExtensions(value as Json, shape as ObjectShape);
  return extension.length > 0 ? { url, extension } : undefined;
}

/** The sub-extensions of an object of `shape`: one per member (a list's items repeating it), the unknown ones in `other`. */
export function objectExtensions(value: Json, shape: ObjectShape): Extension[] {
  const out: Extension[] = [];
  for (const [member, memberShape] of Object.entries(shape)) {
    const item = value[member];
    if (item === undefined) continue;
    if (Array.isArray(memberShape)) {
      for (const element of Array.isArray(item) ? (item as unknown[]) : []) {
        const ext = memberExtension(member, element, memberShape[0] as Shape);
        if (ext) out.push(ext);
      }
    } else {
      const ext = memberExtension(member, item, memberShape);
      if (ext) out.push(ext);
    }
  }
  const other = otherMembers(value, Object.keys(shape));
  if (other !== undefined) out.push({ url: OTHER, valueString: other });
  return out;
}

function parseOther(text: unknown): Json {
  if (typeof text !== 'string') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : {};
  } catch {
    return {};
  }
}

function memberValue(ext: Extension, shape: Shape): unknown {
  if (typeof shape === 'string') {
    if (shape === 'b') return typeof ext['valueBoolean'] === 'boolean' ? ext['valueBoolean'] : undefined;
    return ext.valueString ?? ext.valueCode ?? ext['valueDate'] ?? ext['valueDateTime'];
  }
  return readObject(ext.extension, shape as ObjectShape);
}

/** The object of `shape` the sub-extensions hold (`objectExtensions` read back). */
export function readObject(extensions: readonly Extension[] | undefined, shape: ObjectShape): Json {
  const list = extensions ?? [];
  const out: Json = parseOther(list.find((e) => e.url === OTHER)?.valueString);
  for (const [member, memberShape] of Object.entries(shape)) {
    const found = list.filter((e) => e.url === member);
    if (found.length === 0) continue;
    if (Array.isArray(memberShape)) {
      out[member] = found.map((e) => memberValue(e, memberShape[0] as Shape)).filter((x) => x !== undefined);
    } else {
      const value = memberValue(found[0] as Extension, memberShape);
      if (value !== undefined) out[member] = value;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const find = (extensions: readonly Extension[] | undefined, url: string) => extensions?.find((e) => e.url === url);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const isOurs = (e: Extension) => e.url.startsWith(OWN);

/** The extensions of a resource that are not ours: a domain object's `extension` member. */
function foreignExtensions(resource: { extension?: readonly Extension[] }): Extension[] | undefined {
  const foreign = (resource.extension ?? []).filter((e) => !isOurs(e) && e.url !== PERTAINS_TO_GOAL);
  return foreign.length > 0 ? foreign : undefined;
}

/** A resource's extensions for a save: the domain's `extension` member (else the stored ones not ours), then ours. */
function extensionsFor(domain: Json, base: { extension?: readonly Extension[] } | undefined, own: Extension[]) {
  const foreign = Array.isArray(domain['extension'])
    ? (domain['extension'] as Extension[])
    : (foreignExtensions(base ?? {}) ?? []);
  const all = [...foreign, ...own];
  return all.length > 0 ? all : undefined;
}

/**
 * The stored resource without the server's bookkeeping, ready to carry a new version. Contained
 * resources of the `moved` types go: a save writes them as resources of their own (a contained
 * resource nothing references would break R4's dom-3).
 */
function kept(base: AnyResource | undefined, moved: readonly string[] = []): Json {
  if (!base) return {};
  const { meta, contained, ...all } = base as AnyResource & { meta?: Json; contained?: AnyResource[] };
  const stays = (contained ?? []).filter((r) => !moved.includes(r.resourceType));
  const rest: Json = stays.length > 0 ? { ...all, contained: stays } : all;
  const ownMeta = compact({ ...meta, versionId: undefined, lastUpdated: undefined });
  return Object.keys(ownMeta).length > 0 ? { ...rest, meta: ownMeta } : rest;
}

function objectExt(url: string, value: unknown, shape: ObjectShape): Extension[] {
  if (typeof value !== 'object' || value === null) return [];
  const extension = objectExtensions(value as Json, shape);
  return extension.length > 0 ? [{ url, extension }] : [];
}

function stringExt(url: string, value: string | undefined): Extension[] {
  return value === undefined || value === '' ? [] : [{ url, valueString: value }];
}

/** The Patient id a reference names (relative, absolute or versioned). */
export function patientIdOf(reference: Reference | undefined): string | undefined {
  return /(?:^|\/)Patient\/([^/]+?)(?:\/_history\/[^/]+)?$/.exec(reference?.reference ?? '')?.[1];
}

/** The plan item id an identifier list holds, our system first. */
function itemId(resource: { identifier?: readonly { system?: string; value?: string }[]; id?: string }) {
  return resource.identifier?.find((i) => i.system === PLAN_ITEM_SYSTEM)?.value ?? resource.id;
}

function withItemId(base: { identifier?: readonly { system?: string; value?: string }[] } | undefined, id: string) {
  return [
    { system: PLAN_ITEM_SYSTEM, value: id },
    ...(base?.identifier ?? []).filter((i) => i.system !== PLAN_ITEM_SYSTEM),
  ];
}

const text = (concept: Concept | undefined) =>
  str(concept?.text) ?? concept?.coding?.find((c) => c.display)?.display ?? concept?.coding?.find((c) => c.code)?.code;

const codeIn = (concepts: readonly Concept[] | undefined, system: string) =>
  concepts?.flatMap((c) => c.coding ?? []).find((c) => c.system === system)?.code;

/** Stamps a resource with the save that writes it: its history is matched on it (`planRevisionOf`). */
function revisionExt(revision: string | undefined): Extension[] {
  return revision === undefined ? [] : [{ url: PLAN_EXT.revision, valueString: revision }];
}

/** The save that wrote this version of a resource, when it was one of ours. */
export function planRevisionOf(resource: AnyResource): string | undefined {
  return find(resource['extension'] as Extension[] | undefined, PLAN_EXT.revision)?.valueString;
}

/** A reference as the mapping resolves it: to a resource, or to nothing (a missing or foreign one). */
export type Resolve = (reference: string | undefined, container: AnyResource) => AnyResource | undefined;

// ---------------------------------------------------------------------------------------------
// The common sections ↔ the master CarePlan
// ---------------------------------------------------------------------------------------------

/** The members of `PlanCommon` the master's own elements or extensions hold. */
const COMMON_MEMBERS = [
  'id',
  'clientId',
  'status',
  'header',
  'clienthood',
  'goals',
  'context',
  'supportNeed',
  'servicesNeeded',
  'meetingFrequency',
  'strengths',
  'expectedDuration',
  'partners',
  'responsibilities',
  'followUp',
  'evaluation',
  'health',
  'updatedBy',
  'updatedAt',
  'extension',
  'parts',
];
const HEADER_NATIVE = ['documentName', 'organizer', 'producers', 'createdAt', 'serviceTasks'];
const CLIENTHOOD_NATIVE = ['startDate', 'endDate'];

export interface CommonWrite {
  /** The master as the server has it: elements this mapping does not write are kept. */
  readonly base?: FhirCarePlan | undefined;
  /** The reference of each goal's Goal (`Goal/<id>`, or a transaction's `urn:uuid:…`), in `goals`' order. */
  readonly goalReferences: readonly string[];
  readonly revision?: string | undefined;
}

/** The master CarePlan of the common sections. */
export function planCommonToFhir(common: PlanCommon, { base, goalReferences, revision }: CommonWrite): FhirCarePlan {
  const { header, clienthood } = common;
  const headerRest = Object.fromEntries(Object.entries(header).filter(([k]) => !HEADER_NATIVE.includes(k)));
  const clienthoodRest = Object.fromEntries(Object.entries(clienthood).filter(([k]) => !CLIENTHOOD_NATIVE.includes(k)));
  const own: Extension[] = [
    ...objectExt(PLAN_EXT.header, headerRest, PLAN_SHAPES.header),
    ...objectExt(PLAN_EXT.clienthood, clienthoodRest, PLAN_SHAPES.clienthood),
    ...objectExt(PLAN_EXT.context, common.context, PLAN_SHAPES.context),
    ...objectExt(PLAN_EXT.supportNeed, common.supportNeed, PLAN_SHAPES.supportNeed),
    ...objectExt(PLAN_EXT.servicesNeeded, common.servicesNeeded, PLAN_SHAPES.servicesNeeded),
    ...stringExt(PLAN_EXT.meetingFrequency, common.meetingFrequency),
    ...stringExt(PLAN_EXT.strengths, common.strengths),
    ...stringExt(PLAN_EXT.expectedDuration, common.expectedDuration),
    ...(common.partners ?? []).flatMap((p) => objectExt(PLAN_EXT.partners, p, PLAN_SHAPES.partners)),
    ...(common.responsibilities ?? []).flatMap((r) =>
      objectExt(PLAN_EXT.responsibilities, r, PLAN_SHAPES.responsibilities),
    ),
    ...objectExt(PLAN_EXT.followUp, common.followUp, PLAN_SHAPES.followUp),
    ...objectExt(PLAN_EXT.evaluation, common.evaluation, PLAN_SHAPES.evaluation),
    ...objectExt(PLAN_EXT.health, common.health, PLAN_SHAPES.health),
    ...objectExt(PLAN_EXT.updatedBy, common.updatedBy, PLAN_SHAPES.person),
    ...(common.updatedAt === undefined ? [] : [{ url: PLAN_EXT.updatedAt, valueDateTime: common.updatedAt }]),
    ...stringExt(PLAN_EXT.other, otherMembers(common, COMMON_MEMBERS)),
    ...revisionExt(revision),
  ];
  const rest = kept(base, ['Goal']);
  const meta = (rest['meta'] ?? {}) as Json;
  const labels = ((meta['security'] ?? []) as { system?: string; code?: string }[]).filter(
    (l) => !(l.system === SECURITY_LABEL_SYSTEM && l.code === TURVAKIELTO_CODE),
  );
  // Under turvakielto the plan carries HL7 Finland's label too, as the client's Patient does.
  const security = clienthood.turvakielto
    ? [...labels, { system: SECURITY_LABEL_SYSTEM, code: TURVAKIELTO_CODE, display: 'Turvakielto' }]
    : labels;
  const newMeta = compact({ ...meta, security: security.length > 0 ? security : undefined });
  const categories = (base?.category ?? []).filter(
    (c) => !c.coding?.some((x) => x.system === PLAN_CATEGORY_SYSTEM || x.system === SERVICE_TASK_SYSTEM),
  );
  return compact({
    ...rest,
    resourceType: 'CarePlan',
    id: common.id,
    meta: Object.keys(newMeta).length > 0 ? newMeta : undefined,
    extension: extensionsFor(common, base, own),
    status: common.status,
    intent: base?.intent ?? 'plan',
    category: [
      { coding: [{ system: PLAN_CATEGORY_SYSTEM, code: 'client-plan', display: 'Asiakassuunnitelma' }] },
      ...header.serviceTasks.map((task) => ({ coding: [{ system: SERVICE_TASK_SYSTEM, display: task }], text: task })),
      ...categories,
    ],
    title: header.documentName === '' ? undefined : header.documentName,
    subject: compact({ ...base?.subject, reference: `Patient/${common.clientId}`, display: header.client.name }),
    period:
      clienthood.startDate === undefined && clienthood.endDate === undefined
        ? undefined
        : compact({ start: clienthood.startDate, end: clienthood.endDate }),
    created: header.createdAt,
    author: organizationReference(header.organizer),
    contributor: header.producers.length > 0 ? header.producers.map(organizationReference) : undefined,
    goal: goalReferences.length > 0 ? goalReferences.map((reference) => ({ reference })) : undefined,
  }) as FhirCarePlan;
}

/** True for a part: a CarePlan that is `partOf` another. */
export function isPart(carePlan: FhirCarePlan): boolean {
  return (carePlan.partOf ?? []).length > 0;
}

/**
 * The common sections a master CarePlan holds, its goals resolved with `resolve` (contained or
 * gathered by the read). A goal that resolves to nothing is shown as missing (`missing: true`,
 * status `unknown`, the reference as its id), never dropped and never a crash.
 */
export function fhirToPlanCommon(carePlan: FhirCarePlan, resolve: Resolve): PlanCommon {
  const where = `CarePlan/${carePlan.id ?? '?'}`;
  const issues: { path: string; message: string }[] = [];
  const clientId = patientIdOf(carePlan.subject);
  if (!clientId)
    issues.push({ path: `${where}.subject`, message: 'names no Patient: whose plan it is cannot be told' });
  if (!str(carePlan.status)) issues.push({ path: `${where}.status`, message: 'is missing' });
  const organizer = readOrganization(carePlan.author) ?? readOrganization(carePlan.contributor?.[0]);
  if (!organizer) {
    issues.push({ path: `${where}.author`, message: 'names no responsible unit: who edits the plan cannot be told' });
  }
  if (issues.length > 0 || !clientId || !organizer) throw new ValidationError(issues);

  const exts = carePlan.extension;
  const obj = (url: string, shape: ObjectShape) => {
    const found = find(exts, url);
    return found ? readObject(found.extension, shape) : undefined;
  };
  const headerExt = obj(PLAN_EXT.header, PLAN_SHAPES.header) ?? {};
  const clienthoodExt = obj(PLAN_EXT.clienthood, PLAN_SHAPES.clienthood);
  const security = ((carePlan.meta as Json | undefined)?.['security'] ?? []) as { system?: string; code?: string }[];
  const turvakielto =
    typeof clienthoodExt?.['turvakielto'] === 'boolean'
      ? clienthoodExt['turvakielto']
      : security.some((l) => l.system === SECURITY_LABEL_SYSTEM && l.code?.toUpperCase() === TURVAKIELTO_CODE);
  const lastUpdated = (carePlan.meta as Json | undefined)?.['lastUpdated'] as string | undefined;
  const client = (headerExt['client'] as Json | undefined) ?? {};
  const serviceTasks = (carePlan.category ?? [])
    .filter((c) => c.coding?.some((x) => x.system === SERVICE_TASK_SYSTEM))
    .map((c) => text(c) ?? '');
  const updatedAt = find(exts, PLAN_EXT.updatedAt)?.['valueDateTime'];
  const common: Json = {
    ...parseOther(find(exts, PLAN_EXT.other)?.valueString),
    id: carePlan.id ?? '',
    clientId,
    status: carePlan.status,
    header: {
      ...headerExt,
      documentName: carePlan.title ?? text(carePlan.category?.[0]) ?? 'CarePlan',
      client: { ...client, name: str(client['name']) ?? str(carePlan.subject?.display) ?? clientId },
      organizer,
      producers: (carePlan.contributor ?? []).flatMap((c) => readOrganization(c) ?? []),
      author: (headerExt['author'] as Json | undefined) ?? { name: organizer.name },
      createdAt: carePlan.created ?? lastUpdated ?? '',
      serviceTasks,
    },
    clienthood: compact({
      ...clienthoodExt,
      startDate: carePlan.period?.start,
      endDate: carePlan.period?.end,
      turvakielto,
    }),
    context: obj(PLAN_EXT.context, PLAN_SHAPES.context),
    supportNeed: obj(PLAN_EXT.supportNeed, PLAN_SHAPES.supportNeed) ?? {},
    servicesNeeded: obj(PLAN_EXT.servicesNeeded, PLAN_SHAPES.servicesNeeded) ?? {},
    meetingFrequency: find(exts, PLAN_EXT.meetingFrequency)?.valueString,
    strengths: find(exts, PLAN_EXT.strengths)?.valueString,
    goals: (carePlan.goal ?? []).map((ref) => {
      const goal = resolve(ref.reference, carePlan);
      return goal?.resourceType === 'Goal' ? fhirToGoal(goal as FhirGoal) : missingGoal(ref);
    }),
    expectedDuration: find(exts, PLAN_EXT.expectedDuration)?.valueString,
    partners: listOf(exts, PLAN_EXT.partners, PLAN_SHAPES.partners),
    responsibilities: listOf(exts, PLAN_EXT.responsibilities, PLAN_SHAPES.responsibilities),
    followUp: obj(PLAN_EXT.followUp, PLAN_SHAPES.followUp) ?? {},
    evaluation: obj(PLAN_EXT.evaluation, PLAN_SHAPES.evaluation),
    health: obj(PLAN_EXT.health, PLAN_SHAPES.health),
    updatedBy: obj(PLAN_EXT.updatedBy, PLAN_SHAPES.person),
    updatedAt: typeof updatedAt === 'string' ? updatedAt : undefined,
    extension: foreignExtensions(carePlan),
  };
  return compact(common) as PlanCommon;
}

function listOf(exts: readonly Extension[] | undefined, url: string, shape: ObjectShape): Json[] | undefined {
  const found = (exts ?? []).filter((e) => e.url === url);
  return found.length > 0 ? found.map((e) => readObject(e.extension, shape)) : undefined;
}

/** A goal the plan references that could not be read: shown as missing. */
function missingGoal(ref: Reference): PlanGoal {
  return {
    id: ref.reference ?? ref.display ?? 'goal',
    text: ref.display ?? '',
    status: 'unknown',
    setBy: { kind: 'professional' },
    missing: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Goals ↔ Goal
// ---------------------------------------------------------------------------------------------

const GOAL_MEMBERS = ['id', 'text', 'status', 'extension', ...Object.keys(PLAN_SHAPES.goal)];
/** Our goal statuses as FHIR's `lifecycleStatus` (and `achievementStatus` for the two that need it). */
const GOAL_LIFECYCLE: Readonly<Record<string, [string, string?]>> = {
  proposed: ['proposed'],
  active: ['active'],
  'on-hold': ['on-hold'],
  cancelled: ['cancelled'],
  achieved: ['completed', 'achieved'],
  'not-achieved': ['completed', 'not-achieved'],
};
const ACHIEVEMENT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-achievement';

export interface GoalWrite {
  readonly clientId: string;
  /** The responsible unit: a professional's goal is expressed by it. */
  readonly organizer: OrganizationRef;
  readonly base?: FhirGoal | undefined;
  readonly revision?: string | undefined;
}

/**
 * The Goal of a plan's goal. `expressedBy` is the client's Patient for the client's goal and for
 * one set together (the extension's `setBy.kind` says `together`), the responsible unit for a
 * professional's.
 */
export function goalToFhir(goal: PlanGoal, { clientId, organizer, base, revision }: GoalWrite): FhirGoal {
  const [lifecycleStatus, achievement] = GOAL_LIFECYCLE[goal.status] ?? [goal.status];
  const goalExt = Object.fromEntries(Object.entries(goal).filter(([k]) => k in PLAN_SHAPES.goal));
  const own: Extension[] = [
    ...objectExt(PLAN_EXT.goal, goalExt, PLAN_SHAPES.goal),
    ...stringExt(PLAN_EXT.other, otherMembers(goal, GOAL_MEMBERS)),
    ...revisionExt(revision),
  ];
  const day =
    goal.targetDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(goal.targetDate) ? goal.targetDate : undefined;
  return compact({
    ...kept(base),
    resourceType: 'Goal',
    id: base?.id,
    extension: extensionsFor(goal, base, own),
    identifier: withItemId(base, goal.id),
    lifecycleStatus,
    achievementStatus: achievement ? { coding: [{ system: ACHIEVEMENT_SYSTEM, code: achievement }] } : undefined,
    description: { text: goal.text },
    subject: { reference: `Patient/${clientId}` },
    expressedBy:
      goal.setBy.kind === 'professional'
        ? { ...organizationReference(organizer), ...(goal.setBy.name !== undefined && { display: goal.setBy.name }) }
        : compact({ reference: `Patient/${clientId}`, display: goal.setBy.name }),
    target: day ? [{ dueDate: day }] : undefined,
  });
}

/** The plan's goal a Goal holds; a Goal of another system reads with what it has. */
export function fhirToGoal(resource: FhirGoal): PlanGoal {
  const ours = readObject(find(resource.extension, PLAN_EXT.goal)?.extension, PLAN_SHAPES.goal);
  const achievement = resource.achievementStatus?.coding?.find((c) => c.system === ACHIEVEMENT_SYSTEM)?.code;
  const lifecycle = resource.lifecycleStatus ?? 'unknown';
  const status =
    lifecycle === 'completed' && (achievement === 'achieved' || achievement === 'not-achieved')
      ? achievement
      : lifecycle;
  const expressed = resource.expressedBy?.reference ?? '';
  const setBy = (ours['setBy'] as Json | undefined) ?? {
    kind: /(^|\/)(Patient|RelatedPerson)\//.test(expressed) ? 'client' : 'professional',
    ...(resource.expressedBy?.display !== undefined && { name: resource.expressedBy.display }),
  };
  return compact({
    ...parseOther(find(resource.extension, PLAN_EXT.other)?.valueString),
    ...ours,
    id: itemId(resource) ?? 'goal',
    text: text(resource.description) ?? '',
    status,
    setBy,
    means: ours['means'] ?? notesOf(resource.note),
    targetDate: ours['targetDate'] ?? resource.target?.find((t) => t.dueDate)?.dueDate,
    extension: foreignExtensions(resource),
  }) as unknown as PlanGoal;
}

/** Annotations as one text; undefined when there are none. */
function notesOf(notes: readonly { text?: string }[] | undefined): string | undefined {
  const texts = (notes ?? []).flatMap((n) => str(n.text) ?? []);
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Parts ↔ CarePlan partOf the master, services ↔ ServiceRequest
// ---------------------------------------------------------------------------------------------

const PART_MEMBERS = [
  'producer',
  'producerType',
  'services',
  'responsibilities',
  'notes',
  'author',
  'updatedAt',
  'extension',
];

export interface PartWrite {
  readonly planId: string;
  readonly clientId: string;
  readonly base?: FhirCarePlan | undefined;
  /** The reference of each service's ServiceRequest, in `services`' order. */
  readonly serviceReferences: readonly string[];
  readonly revision?: string | undefined;
}

/** A producer's part: a CarePlan `partOf` the master, authored by the producer. */
export function planPartToFhir(part: PlanPart, { planId, clientId, base, serviceReferences, revision }: PartWrite) {
  const own: Extension[] = [
    ...objectExt(PLAN_EXT.partAuthor, part.author, PLAN_SHAPES.person),
    ...part.responsibilities.flatMap((r) => stringExt(PLAN_EXT.partResponsibility, r)),
    { url: PLAN_EXT.updatedAt, valueDateTime: part.updatedAt },
    ...stringExt(PLAN_EXT.other, otherMembers(part, PART_MEMBERS)),
    ...revisionExt(revision),
  ];
  const categories = (base?.category ?? []).filter(
    (c) => !c.coding?.some((x) => x.system === PLAN_CATEGORY_SYSTEM || x.system === PART_PRODUCER_TYPE_SYSTEM),
  );
  const activities = serviceReferences.map((reference) => ({ reference: { reference } }));
  return compact({
    ...kept(base, ['ServiceRequest', 'Goal']),
    resourceType: 'CarePlan',
    id: base?.id,
    extension: extensionsFor(part, base, own),
    status: base?.status ?? 'active',
    intent: base?.intent ?? 'plan',
    category: [
      { coding: [{ system: PLAN_CATEGORY_SYSTEM, code: 'producer-part', display: 'Tuottajan osa' }] },
      { coding: [{ system: PART_PRODUCER_TYPE_SYSTEM, code: part.producerType }] },
      ...categories,
    ],
    subject: { reference: `Patient/${clientId}` },
    partOf: [{ reference: `CarePlan/${planId}` }],
    author: organizationReference(part.producer),
    contributor: [
      compact({
        reference: part.author.practitionerId && `Practitioner/${part.author.practitionerId}`,
        display: part.author.name,
      }),
    ],
    activity: activities.length > 0 ? activities : undefined,
    note: part.notes === undefined || part.notes === '' ? undefined : [{ text: part.notes }],
  }) as FhirCarePlan;
}

const SERVICE_MEMBERS = [
  'id',
  'name',
  'serviceTask',
  'start',
  'end',
  'goalIds',
  'extension',
  ...Object.keys(PLAN_SHAPES.service),
];
/** Our service statuses as a ServiceRequest's (the exact one is in the extension). */
const REQUEST_STATUS: Readonly<Record<string, string>> = {
  planned: 'draft',
  applied: 'draft',
  ongoing: 'active',
  paused: 'on-hold',
  ended: 'completed',
  cancelled: 'revoked',
};
/** A ServiceRequest's status, or an inline activity's, as ours when the extension does not say. */
const FROM_FHIR_STATUS: Readonly<Record<string, string>> = {
  draft: 'planned',
  active: 'ongoing',
  'on-hold': 'paused',
  completed: 'ended',
  revoked: 'cancelled',
  'not-started': 'planned',
  scheduled: 'planned',
  'in-progress': 'ongoing',
  cancelled: 'cancelled',
  stopped: 'ended',
};

export interface ServiceWrite {
  readonly clientId: string;
  readonly producer: OrganizationRef;
  readonly base?: FhirServiceRequest | undefined;
  /** The Goal reference of each goal id of the plan (for `resource-pertainsToGoal`). */
  readonly goalReferences: ReadonlyMap<string, string>;
  readonly revision?: string | undefined;
}

/** A planned service: a ServiceRequest of intent `plan` (never `order`), the producer its performer. */
export function serviceToFhir(
  service: PlannedService,
  { clientId, producer, base, goalReferences, revision }: ServiceWrite,
) {
  const serviceExt = Object.fromEntries(Object.entries(service).filter(([k]) => k in PLAN_SHAPES.service));
  const own: Extension[] = [
    ...objectExt(PLAN_EXT.service, serviceExt, PLAN_SHAPES.service),
    ...stringExt(PLAN_EXT.other, otherMembers(service, SERVICE_MEMBERS)),
    ...revisionExt(revision),
  ];
  const pertains = (service.goalIds ?? []).map((goalId) => ({
    url: PERTAINS_TO_GOAL,
    valueReference: compact({
      reference: goalReferences.get(goalId),
      identifier: { system: PLAN_ITEM_SYSTEM, value: goalId },
    }),
  }));
  return compact({
    ...kept(base),
    resourceType: 'ServiceRequest',
    id: base?.id,
    extension: extensionsFor(service, base, [...pertains, ...own]),
    identifier: withItemId(base, service.id),
    status: REQUEST_STATUS[service.status] ?? 'unknown',
    intent: 'plan',
    category:
      service.serviceTask === undefined || service.serviceTask === ''
        ? undefined
        : [{ coding: [{ system: SERVICE_TASK_SYSTEM, display: service.serviceTask }], text: service.serviceTask }],
    code: { text: service.name },
    subject: { reference: `Patient/${clientId}` },
    occurrencePeriod:
      service.start === undefined && service.end === undefined
        ? undefined
        : compact({ start: service.start, end: service.end }),
    performer: [organizationReference(producer)],
  }) as FhirServiceRequest;
}

/** The goal id a `resource-pertainsToGoal` names: its identifier, else the Goal it resolves to. */
function pertainsGoalId(ext: Extension, container: AnyResource, resolve: Resolve): string | undefined {
  const ref = ext.valueReference;
  const byIdentifier = ref?.identifier?.system === PLAN_ITEM_SYSTEM ? ref.identifier.value : undefined;
  if (byIdentifier) return byIdentifier;
  const goal = resolve(ref?.reference, container);
  return goal ? itemId(goal) : ref?.reference;
}

/** The planned service a ServiceRequest holds. */
export function fhirToService(resource: FhirServiceRequest, resolve: Resolve): PlannedService {
  const ours = readObject(find(resource.extension, PLAN_EXT.service)?.extension, PLAN_SHAPES.service);
  const goalIds = (resource.extension ?? [])
    .filter((e) => e.url === PERTAINS_TO_GOAL)
    .flatMap((e) => pertainsGoalId(e, resource, resolve) ?? []);
  const status = resource.status ?? 'unknown';
  return compact({
    ...parseOther(find(resource.extension, PLAN_EXT.other)?.valueString),
    ...ours,
    id: itemId(resource) ?? 'service',
    name: text(resource.code) ?? '',
    serviceTask: text(resource.category?.[0]),
    status: (ours['status'] as string | undefined) ?? FROM_FHIR_STATUS[status] ?? status,
    start: resource.occurrencePeriod?.start ?? resource.occurrenceDateTime,
    end: resource.occurrencePeriod?.end,
    goalIds: goalIds.length > 0 ? goalIds : undefined,
    extension: foreignExtensions(resource),
  });
}

/** An inline activity (`activity.detail`, as Denmark's municipal guide writes them) as a planned service. */
function detailToService(
  activity: CarePlanActivity,
  i: number,
  carePlan: FhirCarePlan,
  resolve: Resolve,
): PlannedService {
  const detail = activity.detail ?? {};
  const status = detail.status ?? 'unknown';
  const goalIds = (detail.goal ?? []).flatMap((g) => {
    const goal = resolve(g.reference, carePlan);
    return goal ? (itemId(goal) ?? []) : (g.reference ?? []);
  });
  return compact({
    id: activity.id ?? `${carePlan.id ?? 'careplan'}-activity-${String(i)}`,
    name: text(detail.code) ?? str(detail.description) ?? '',
    status: FROM_FHIR_STATUS[status] ?? status,
    start: detail.scheduledPeriod?.start,
    end: detail.scheduledPeriod?.end,
    goalIds: goalIds.length > 0 ? goalIds : undefined,
    inline: true,
  });
}

/** A service whose ServiceRequest could not be read: shown as missing. */
function missingService(ref: Reference): PlannedService {
  return { id: ref.reference ?? 'service', name: ref.display ?? '', status: 'unknown', missing: true };
}

/**
 * The producer's part a part CarePlan holds. Its services are the ServiceRequests its activities
 * reference (a missing one shown as missing) and its inline `activity.detail`s. A producer named
 * only by a `display` gets the part's own id (`careplan-<id>`), so the part is still its own.
 */
export function fhirToPlanPart(carePlan: FhirCarePlan, resolve: Resolve): PlanPart {
  const exts = carePlan.extension;
  const named = readOrganization(carePlan.author);
  const display = str(carePlan.author?.display);
  const producer: OrganizationRef = named ?? {
    id: `careplan-${carePlan.id ?? '?'}`,
    name: display ?? carePlan.id ?? '?',
  };
  const producerCategory = (carePlan.category ?? []).find(
    (c) => !c.coding?.some((x) => x.system === PLAN_CATEGORY_SYSTEM),
  );
  const producerType = codeIn(carePlan.category, PART_PRODUCER_TYPE_SYSTEM) ?? text(producerCategory) ?? 'other-sector';
  const authorExt = find(exts, PLAN_EXT.partAuthor);
  const contributor = carePlan.contributor?.[0];
  const updatedAt = find(exts, PLAN_EXT.updatedAt)?.['valueDateTime'];
  const lastUpdated = (carePlan.meta as Json | undefined)?.['lastUpdated'];
  const services = (carePlan.activity ?? []).map((activity, i) => {
    if (activity.reference) {
      const found = resolve(activity.reference.reference, carePlan);
      return found?.resourceType === 'ServiceRequest'
        ? fhirToService(found as FhirServiceRequest, resolve)
        : missingService(activity.reference);
    }
    return detailToService(activity, i, carePlan, resolve);
  });
  return compact({
    ...parseOther(find(exts, PLAN_EXT.other)?.valueString),
    producer,
    producerType,
    services,
    responsibilities: (exts ?? [])
      .filter((e) => e.url === PLAN_EXT.partResponsibility)
      .flatMap((e) => e.valueString ?? []),
    notes: notesOf(carePlan.note),
    author: authorExt
      ? readObject(authorExt.extension, PLAN_SHAPES.person)
      : { name: str(contributor?.display) ?? producer.name },
    updatedAt:
      typeof updatedAt === 'string'
        ? updatedAt
        : typeof lastUpdated === 'string'
          ? lastUpdated
          : (carePlan.created ?? ''),
    extension: foreignExtensions(carePlan),
  }) as unknown as PlanPart;
}

/** The producer id of a part CarePlan, as `fhirToPlanPart` reads it. */
export function producerIdOf(carePlan: FhirCarePlan): string {
  return readOrganization(carePlan.author)?.id ?? `careplan-${carePlan.id ?? '?'}`;
}

/** The parts in the order the header lists their producers, any others after by producer id. */
export function partOrder(producers: readonly OrganizationRef[]) {
  const rank = new Map(producers.map((p, i) => [p.id, i]));
  const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (x: string, y: string) => order(x) - order(y) || (x < y ? -1 : x > y ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// A whole plan as one transaction: for an import, and for the tests' fixtures
// ---------------------------------------------------------------------------------------------

/**
 * A `transaction` Bundle that stores a whole plan as it is (its rules not checked): the master at
 * `CarePlan/<plan.id>`, every goal, part and service a new resource. How a plan written elsewhere
 * gets onto a server, and how the tests put fixtures there.
 */
export function clientPlanTransaction(plan: ClientPlan, newId: () => string) {
  const entries: { fullUrl?: string; resource: AnyResource; request: { method: string; url: string } }[] = [];
  const goalRefs = new Map<string, string>();
  const goalUrls = plan.goals.map((goal) => {
    const url = `urn:uuid:${newId()}`;
    goalRefs.set(goal.id, url);
    entries.push({
      fullUrl: url,
      resource: goalToFhir(goal, { clientId: plan.clientId, organizer: plan.header.organizer }),
      request: { method: 'POST', url: 'Goal' },
    });
    return url;
  });
  const { parts, ...common } = plan;
  entries.push({
    resource: planCommonToFhir(common, { goalReferences: goalUrls }),
    request: { method: 'PUT', url: `CarePlan/${plan.id}` },
  });
  for (const part of parts) {
    const serviceUrls = part.services.map((service) => {
      const url = `urn:uuid:${newId()}`;
      entries.push({
        fullUrl: url,
        resource: serviceToFhir(service, {
          clientId: plan.clientId,
          producer: part.producer,
          goalReferences: goalRefs,
        }),
        request: { method: 'POST', url: 'ServiceRequest' },
      });
      return url;
    });
    entries.push({
      fullUrl: `urn:uuid:${newId()}`,
      resource: planPartToFhir(part, { planId: plan.id, clientId: plan.clientId, serviceReferences: serviceUrls }),
      request: { method: 'POST', url: 'CarePlan' },
    });
  }
  return { resourceType: 'Bundle' as const, type: 'transaction' as const, entry: entries };
}
