/**
 * The shapes of the FHIR R4 resources the adapter reads, as runtime schemas. Every resource that
 * comes over the wire is checked against these before it is mapped, so a malformed answer
 * becomes a `ValidationError` with the path that failed, never an exception in the middle of the
 * mapping. The schemas are loose: elements the mapping does not read (and every extension it
 * does not know) pass through untouched, which is also what lets a write keep them.
 */
import * as v from '@saumaton/core/schema';

const str = v.string();
const opt = <S extends v.GenericSchema>(schema: S) => v.optional(schema);
const list = <S extends v.GenericSchema>(schema: S) => v.optional(v.array(schema));

export const CodingSchema = v.looseObject({
  system: opt(str),
  code: opt(str),
  display: opt(str),
});
export type Coding = v.InferOutput<typeof CodingSchema>;

export const CodeableConceptSchema = v.looseObject({
  coding: list(CodingSchema),
  text: opt(str),
});
export type CodeableConcept = v.InferOutput<typeof CodeableConceptSchema>;

export const IdentifierSchema = v.looseObject({
  use: opt(str),
  system: opt(str),
  value: opt(str),
});
export type Identifier = v.InferOutput<typeof IdentifierSchema>;

export const ReferenceSchema = v.looseObject({
  id: opt(str),
  reference: opt(str),
  display: opt(str),
  identifier: opt(IdentifierSchema),
});
export type Reference = v.InferOutput<typeof ReferenceSchema>;

export const PeriodSchema = v.looseObject({ start: opt(str), end: opt(str) });

export const HumanNameSchema = v.looseObject({
  use: opt(str),
  text: opt(str),
  family: opt(str),
  given: list(str),
  prefix: list(str),
  suffix: list(str),
});
export type HumanName = v.InferOutput<typeof HumanNameSchema>;

export const ContactPointSchema = v.looseObject({
  system: opt(str),
  value: opt(str),
  use: opt(str),
  rank: opt(v.number()),
});
export type ContactPoint = v.InferOutput<typeof ContactPointSchema>;

/** An extension: only `url` is required; nested and value[x] elements are read where used. */
export interface Extension {
  readonly url: string;
  readonly extension?: readonly Extension[];
  readonly valueString?: string;
  readonly valueCode?: string;
  readonly valueReference?: Reference;
  readonly valueContactPoint?: ContactPoint;
  readonly [key: string]: unknown;
}
export const ExtensionSchema: v.GenericSchema<Extension> = v.looseObject({
  url: str,
  extension: list(v.lazy(() => ExtensionSchema)),
  valueString: opt(str),
  valueCode: opt(str),
  valueReference: opt(ReferenceSchema),
  valueContactPoint: opt(ContactPointSchema),
});

const MetaSchema = v.looseObject({
  versionId: opt(str),
  lastUpdated: opt(str),
  security: list(CodingSchema),
});

/** What every resource has. `contained` is checked per resource when a reference needs it. */
const resourceBase = {
  id: opt(str),
  meta: opt(MetaSchema),
  extension: list(ExtensionSchema),
  contained: list(v.looseObject({ resourceType: str, id: opt(str) })),
};

export const PatientSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('Patient'),
  identifier: list(IdentifierSchema),
  name: list(HumanNameSchema),
  telecom: list(ContactPointSchema),
  communication: list(v.looseObject({ language: CodeableConceptSchema, preferred: opt(v.boolean()) })),
});
export type Patient = v.InferOutput<typeof PatientSchema>;

export const PractitionerSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('Practitioner'),
  name: list(HumanNameSchema),
  telecom: list(ContactPointSchema),
  qualification: list(v.looseObject({ code: CodeableConceptSchema })),
});
export type Practitioner = v.InferOutput<typeof PractitionerSchema>;

export const PractitionerRoleSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('PractitionerRole'),
  practitioner: opt(ReferenceSchema),
  organization: opt(ReferenceSchema),
  code: list(CodeableConceptSchema),
  telecom: list(ContactPointSchema),
  availabilityExceptions: opt(str),
});
export type PractitionerRole = v.InferOutput<typeof PractitionerRoleSchema>;

export const RelatedPersonSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('RelatedPerson'),
  patient: ReferenceSchema,
  name: list(HumanNameSchema),
  telecom: list(ContactPointSchema),
  relationship: list(CodeableConceptSchema),
});
export type RelatedPerson = v.InferOutput<typeof RelatedPersonSchema>;

export const OrganizationSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('Organization'),
  identifier: list(IdentifierSchema),
  name: opt(str),
  type: list(CodeableConceptSchema),
});
export type Organization = v.InferOutput<typeof OrganizationSchema>;

export const CareTeamParticipantSchema = v.looseObject({
  id: opt(str),
  extension: list(ExtensionSchema),
  role: list(CodeableConceptSchema),
  member: opt(ReferenceSchema),
  onBehalfOf: opt(ReferenceSchema),
  period: opt(PeriodSchema),
});
export type CareTeamParticipant = v.InferOutput<typeof CareTeamParticipantSchema>;

export const CareTeamSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('CareTeam'),
  status: opt(str),
  name: opt(str),
  subject: opt(ReferenceSchema),
  participant: list(CareTeamParticipantSchema),
});
export type CareTeam = v.InferOutput<typeof CareTeamSchema>;

export const CommunicationSchema = v.looseObject({
  ...resourceBase,
  resourceType: v.literal('Communication'),
  identifier: list(IdentifierSchema),
  status: str,
  category: list(CodeableConceptSchema),
  subject: opt(ReferenceSchema),
  sent: opt(str),
  recipient: list(ReferenceSchema),
  payload: list(v.looseObject({ contentString: opt(str) })),
});
export type Communication = v.InferOutput<typeof CommunicationSchema>;

/** The resource types a team member may point at, each with its schema. */
export const MEMBER_SCHEMAS = {
  Patient: PatientSchema,
  Practitioner: PractitionerSchema,
  PractitionerRole: PractitionerRoleSchema,
  RelatedPerson: RelatedPersonSchema,
  Organization: OrganizationSchema,
} as const;
export type MemberResource = Patient | Practitioner | PractitionerRole | RelatedPerson | Organization;

/** Any resource: what a Bundle entry or a contained list holds before it is checked. */
export interface AnyResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly meta?: { readonly versionId?: string };
  readonly [key: string]: unknown;
}
export const AnyResourceSchema: v.GenericSchema<AnyResource> = v.looseObject({
  resourceType: str,
  id: opt(str),
  meta: opt(v.looseObject({ versionId: opt(str) })),
});

export const BundleSchema = v.looseObject({
  resourceType: v.literal('Bundle'),
  type: str,
  entry: list(
    v.looseObject({
      fullUrl: opt(str),
      resource: opt(AnyResourceSchema),
      search: opt(v.looseObject({ mode: opt(str) })),
      response: opt(
        v.looseObject({
          status: str,
          location: opt(str),
          etag: opt(str),
          outcome: opt(AnyResourceSchema),
        }),
      ),
    }),
  ),
});
export type Bundle = v.InferOutput<typeof BundleSchema>;

export const OperationOutcomeSchema = v.looseObject({
  resourceType: v.literal('OperationOutcome'),
  issue: v.array(
    v.looseObject({
      severity: opt(str),
      code: opt(str),
      diagnostics: opt(str),
      details: opt(CodeableConceptSchema),
      expression: list(str),
      location: list(str),
    }),
  ),
});
export type OperationOutcome = v.InferOutput<typeof OperationOutcomeSchema>;
