/**
 * A client's consents ↔ FHIR R4 `Consent` (DOMAIN.md §6.2), each written with a `Provenance`.
 *
 * - A **cross-sector disclosure permit** is shaped after Kanta's SoTeConsent: `meta.profile` names
 *   the profile, the direction is a `category`, `provision.type` is `permit`, and one nested
 *   `provision` holds the receiving organisations (`actor`, role IRCP) and the data classes
 *   (`class`, at most 3).
 * - Permits within one sector, prohibitions, case-specific consents and the statutory exception
 *   are plain R4 `Consent`s (permit or deny) whose `category` codes come from CodeSystems this
 *   package publishes. That part is our mapping, not Kanta's: Kanta keeps them as CDA documents.
 * - What R4 has no element for (who acted and their competence, how it was given, the informing,
 *   the consequences shown, the revocation…) goes into one complex extension, `consent-detail`,
 *   one sub-extension per field, so a write never drops what a user entered and a reader that
 *   does not know the extension still sees a well-formed Consent.
 *
 * Organisations are logical references: the SOTE organisation OID as an identifier where the id
 * is one (as Kanta refers to organisations), the project's own naming system otherwise.
 */
import { ConsentRecordSchema, ValidationError, parse, type ConsentRecord, type OrganizationRef } from '@saumaton/core';
import { SAUMATON_FHIR } from './codes.js';
import { compact } from './datatypes.js';
import { organizationReference, readOrganization } from './organization-ref.js';
import type { Coding, Extension, Reference } from './resources.js';

/** Kanta's SoTeConsent (sote-luovutuslupa), the profile of a cross-sector disclosure permit. */
export const SOTE_CONSENT_PROFILE = 'https://gen.kanta.fi/fhir/tahdonilmaisut/StructureDefinition/soteluovutuslupa';
/** Which kind of record a Consent is: one of the three instruments, or the statutory exception. */
export const CONSENT_KIND_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/consent-kind`;
/** Whose data it is about: social care, health care, or across them in one direction. */
export const CONSENT_SECTOR_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/consent-sector`;
/** What a case-specific consent is for. */
export const CASE_CONSENT_PURPOSE_SYSTEM = `${SAUMATON_FHIR}/CodeSystem/case-consent-purpose`;
/** A document a social-care prohibition targets, by its id in the producer's system. */
export const DOCUMENT_ID_SYSTEM = `${SAUMATON_FHIR}/NamingSystem/document-id`;
export const CONSENT_DETAIL_EXTENSION = `${SAUMATON_FHIR}/StructureDefinition/consent-detail`;

const LOINC_PATIENT_CONSENT: Coding = { system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' };
const PRIVACY_SCOPE = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
};
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
/** The receiving party of a disclosure (v3 ParticipationType IRCP, "information recipient"). */
const RECIPIENT_ROLE = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }],
};

/** The FHIR Consent as this mapping reads and writes it; other elements pass through. */
export interface FhirConsent {
  readonly resourceType: 'Consent';
  readonly id?: string;
  readonly meta?: {
    readonly versionId?: string;
    readonly profile?: readonly string[];
    readonly [key: string]: unknown;
  };
  readonly language?: string;
  readonly extension?: readonly Extension[];
  readonly status: string;
  readonly scope?: unknown;
  readonly category?: readonly { readonly coding?: readonly Coding[]; readonly text?: string }[];
  readonly patient?: Reference;
  readonly dateTime?: string;
  readonly performer?: readonly Reference[];
  readonly organization?: readonly Reference[];
  readonly policyRule?: { readonly coding?: readonly Coding[]; readonly text?: string };
  readonly provision?: Provision;
  readonly [key: string]: unknown;
}

export interface Provision {
  readonly type?: string;
  readonly period?: { readonly start?: string; readonly end?: string };
  readonly actor?: readonly { readonly role?: unknown; readonly reference?: Reference }[];
  readonly purpose?: readonly Coding[];
  readonly class?: readonly Coding[];
  readonly data?: readonly { readonly meaning?: string; readonly reference?: Reference }[];
  readonly provision?: readonly Provision[];
  readonly [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// The detail extension: every field R4 has no element for
// ---------------------------------------------------------------------------------------------

type DetailType = 'String' | 'Code' | 'Boolean' | 'Date' | 'Organization';

/** Sub-extension name → the path of the field in the domain record, and how it is written. */
const DETAIL: readonly (readonly [name: string, path: string, type: DetailType])[] = [
  ['actorKind', 'actor.kind', 'Code'],
  ['actorCompetence', 'actor.competence', 'Code'],
  ['actorName', 'actor.name', 'String'],
  ['method', 'method', 'Code'],
  ['printoutRequested', 'printoutRequested', 'Boolean'],
  ['recordedById', 'recordedBy.professional.id', 'String'],
  ['recordedByName', 'recordedBy.professional.name', 'String'],
  ['recordedByTitle', 'recordedBy.professional.title', 'String'],
  ['informingDate', 'informing.date', 'Date'],
  ['informingChannel', 'informing.channel', 'Code'],
  ['purposeText', 'purpose', 'String'],
  ['consequencesShown', 'consequencesShown', 'String'],
  ['targetKind', 'target.kind', 'Code'],
  ['targetServiceTask', 'target.serviceTask', 'String'],
  ['targetRegister', 'target.register', 'String'],
  ['targetGuardianName', 'target.guardianName', 'String'],
  ['targetWeightyReason', 'target.weightyReason', 'String'],
  ['justification', 'justification', 'String'],
  ['clientCannotUnderstand', 'clientCannotUnderstand', 'Boolean'],
  ['noLegalRepresentative', 'noLegalRepresentative', 'Boolean'],
  ['revokedAt', 'revocation.at', 'Date'],
  ['revokedByKind', 'revocation.by.kind', 'Code'],
  ['revokedByName', 'revocation.by.name', 'String'],
  ['revocationMethod', 'revocation.method', 'Code'],
  ['revocationReason', 'revocation.reason', 'String'],
  ['revocationRecordedById', 'revocation.recordedBy.professional.id', 'String'],
  ['revocationRecordedByName', 'revocation.recordedBy.professional.name', 'String'],
  ['revocationRecordedByTitle', 'revocation.recordedBy.professional.title', 'String'],
  ['revocationRecordedByOrganization', 'revocation.recordedBy.organization', 'Organization'],
];

function get(record: object, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function put(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = record;
  for (const key of keys) {
    const next = node[key];
    node = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (node[key] = {});
  }
  node[last] = value;
}

function detailOf(record: ConsentRecord): Extension | undefined {
  const extension: Extension[] = [];
  for (const [url, path, type] of DETAIL) {
    const value = get(record, path);
    // A case consent's purpose is a coding in the provision; only its text (for "other") is here.
    if (path === 'purpose' && typeof value !== 'string') continue;
    if (value === undefined) continue;
    extension.push(
      type === 'Organization'
        ? { url, valueReference: organizationReference(value as OrganizationRef) }
        : { url, [`value${type}`]: value },
    );
  }
  if (record.basis === 'consent' && record.instrument === 'case-consent' && record.purpose.kind === 'other') {
    extension.push({ url: 'purposeText', valueString: record.purpose.text });
  }
  return extension.length > 0 ? { url: CONSENT_DETAIL_EXTENSION, extension } : undefined;
}

function readDetail(resource: FhirConsent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const detail = resource.extension?.find((e) => e.url === CONSENT_DETAIL_EXTENSION);
  for (const sub of detail?.extension ?? []) {
    const known = DETAIL.find(([name]) => name === sub.url);
    if (!known) continue;
    const [, path, type] = known;
    const value = type === 'Organization' ? readOrganization(sub.valueReference) : sub[`value${type}`];
    if (value !== undefined) put(out, path, value);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const coding = (system: string, code: string): { coding: Coding[] } => ({ coding: [{ system, code }] });

/** The kind code of a record: its instrument, or `statutory-exception`. */
function kindOf(record: ConsentRecord): string {
  return record.basis === 'consent' ? record.instrument : 'statutory-exception';
}

/** Permit or deny: what the record lets happen. */
function provisionType(record: ConsentRecord): 'permit' | 'deny' {
  if (record.basis !== 'consent') return 'permit';
  if (record.instrument === 'disclosure-prohibition') return 'deny';
  if (record.instrument === 'case-consent') return record.decision === 'given' ? 'permit' : 'deny';
  return 'permit';
}

function recipientActors(orgs: readonly OrganizationRef[]) {
  return orgs.map((org) => ({ role: RECIPIENT_ROLE, reference: organizationReference(org) }));
}

/** What the provision targets, by instrument. */
function provisionOf(record: ConsentRecord): Provision {
  const period = compact({ start: record.validFrom, end: 'end' in record ? record.end : undefined });
  const type = provisionType(record);
  if (record.basis !== 'consent') {
    return { type, period, actor: recipientActors(record.recipients) };
  }
  switch (record.instrument) {
    case 'disclosure-permit': {
      const actor = recipientActors(record.recipients);
      const dataClasses = record.dataClasses?.map((c) =>
        compact({ system: c.system, code: c.code, display: c.display }),
      );
      if (record.sector === 'social-to-health' || record.sector === 'health-to-social') {
        // SoTeConsent: the targeting is in one nested provision.
        return { type, period, provision: [compact({ type: 'permit', actor, class: dataClasses })] };
      }
      return compact({ type, period, actor, class: dataClasses });
    }
    case 'disclosure-prohibition': {
      const target = record.target;
      const org = 'organization' in target ? target.organization : undefined;
      const data =
        target.kind === 'document'
          ? [
              {
                meaning: 'instance',
                reference: compact({
                  identifier: { system: DOCUMENT_ID_SYSTEM, value: target.documentId },
                  display: target.title,
                }),
              },
            ]
          : undefined;
      return compact({ type, period, actor: org ? recipientActors([org]) : undefined, data });
    }
    case 'case-consent': {
      const authority = record.purpose.kind === 'contact-authority' ? record.purpose.authority : undefined;
      return compact({
        type,
        period,
        purpose: [{ system: CASE_CONSENT_PURPOSE_SYSTEM, code: record.purpose.kind }],
        actor: authority ? recipientActors([authority]) : undefined,
      });
    }
  }
}

/** `meta` with `profile`, or nothing when it would be empty. */
function metaWith(meta: FhirConsent['meta'], profile: readonly string[]): FhirConsent['meta'] {
  const out = compact({ ...meta, profile: profile.length > 0 ? profile : undefined });
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The FHIR Consent for `record`. `base` is the Consent as the server has it: elements this
 * mapping does not write (text, other extensions, identifiers) are kept.
 */
export function consentToFhir(record: ConsentRecord, base?: FhirConsent): FhirConsent {
  const sector = 'sector' in record ? record.sector : undefined;
  const crossSector = sector === 'social-to-health' || sector === 'health-to-social';
  const kind = kindOf(record);
  const otherProfiles = (base?.meta?.profile ?? []).filter((p) => p !== SOTE_CONSENT_PROFILE);
  const profile =
    crossSector && kind === 'disclosure-permit' ? [SOTE_CONSENT_PROFILE, ...otherProfiles] : otherProfiles;
  const detail = detailOf(record);
  const extension = [
    ...(base?.extension ?? []).filter((e) => e.url !== CONSENT_DETAIL_EXTENSION),
    ...(detail ? [detail] : []),
  ];
  const performer =
    record.basis !== 'consent'
      ? undefined
      : record.actor.kind === 'client'
        ? [{ reference: `Patient/${record.clientId}` }]
        : [compact({ display: record.actor.name })];
  return compact({
    ...base,
    resourceType: 'Consent',
    id: record.id,
    meta: metaWith(base?.meta, profile),
    language: record.basis === 'consent' ? record.formLanguage : base?.language,
    extension: extension.length > 0 ? extension : undefined,
    status: record.status === 'revoked' ? 'inactive' : 'active',
    scope: PRIVACY_SCOPE,
    category: [
      coding(CONSENT_KIND_SYSTEM, kind),
      ...(sector ? [coding(CONSENT_SECTOR_SYSTEM, sector)] : []),
      { coding: [LOINC_PATIENT_CONSENT] },
    ],
    patient: { reference: `Patient/${record.clientId}` },
    dateTime: record.validFrom,
    performer,
    organization: [organizationReference(record.recordedBy.organization)],
    // R4 wants a policy or a rule (ppc-1): opt-in for a permit, opt-out for a denial, and the
    // law itself for the statutory exception, which is not a consent.
    policyRule:
      record.basis === 'consent'
        ? coding(ACT_CODE, provisionType(record) === 'permit' ? 'OPTIN' : 'OPTOUT')
        : { ...coding(CONSENT_KIND_SYSTEM, 'statutory-exception'), text: '703/2023 §§ 53–55' },
    provision: provisionOf(record),
  });
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

function codeOf(resource: FhirConsent, system: string): string | undefined {
  for (const concept of resource.category ?? []) {
    const code = concept.coding?.find((c) => c.system === system)?.code;
    if (code) return code;
  }
  return undefined;
}

/**
 * The domain record a FHIR Consent holds, validated. A Consent another system wrote without the
 * kind and sector codes cannot be told apart (a permit, a prohibition or a case consent?): it is
 * refused with a `ValidationError` that says so, rather than guessed.
 */
export function fhirToConsent(resource: FhirConsent): ConsentRecord {
  const where = `Consent/${resource.id ?? '?'}`;
  const kind = codeOf(resource, CONSENT_KIND_SYSTEM);
  const sector = codeOf(resource, CONSENT_SECTOR_SYSTEM);
  if (!kind || (!sector && kind !== 'case-consent')) {
    throw new ValidationError([
      {
        path: `${where}.category`,
        message: `names no Saumaton consent kind and sector (${CONSENT_KIND_SYSTEM}, ${CONSENT_SECTOR_SYSTEM}): which instrument it is cannot be told`,
      },
    ]);
  }
  const clientId = resource.patient?.reference?.replace(/^Patient\//, '');
  const detail = readDetail(resource);
  const provision = resource.provision ?? {};
  const targeting = provision.provision?.[0] ?? provision;
  const recipients = (targeting.actor ?? []).flatMap((a) => readOrganization(a.reference) ?? []);
  const organization = readOrganization(resource.organization?.[0]);
  const record: Record<string, unknown> = {
    ...detail,
    id: resource.id,
    clientId,
    validFrom: provision.period?.start ?? resource.dateTime,
    status: resource.status === 'inactive' || resource.status === 'rejected' ? 'revoked' : 'active',
    sector,
    recordedBy: compact({ ...(detail['recordedBy'] as object | undefined), organization }),
    end: provision.period?.end,
  };
  if (kind === 'statutory-exception') {
    Object.assign(record, { basis: 'statutory-exception', recipients });
  } else {
    Object.assign(record, { basis: 'consent', instrument: kind, formLanguage: resource.language });
    if (kind === 'disclosure-permit') {
      Object.assign(record, {
        recipients,
        dataClasses: targeting.class?.map((c) => compact({ code: c.code, system: c.system, display: c.display })),
      });
    } else if (kind === 'disclosure-prohibition') {
      const target = { ...(detail['target'] as object | undefined) } as Record<string, unknown>;
      if (recipients[0]) target['organization'] = recipients[0];
      const document = provision.data?.find((d) => d.meaning === 'instance')?.reference;
      if (document) Object.assign(target, compact({ documentId: document.identifier?.value, title: document.display }));
      record['target'] = target;
      delete record['end'];
    } else if (kind === 'case-consent') {
      const purposeKind = provision.purpose?.find((c) => c.system === CASE_CONSENT_PURPOSE_SYSTEM)?.code;
      record['purpose'] = compact({
        kind: purposeKind,
        text: purposeKind === 'other' ? detail['purpose'] : undefined,
        authority: purposeKind === 'contact-authority' ? recipients[0] : undefined,
      });
      record['decision'] = provision.type === 'deny' ? 'refused' : 'given';
      delete record['end'];
      delete record['sector'];
    }
  }
  try {
    return parse(ConsentRecordSchema, compact(record));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(error.issues.map((i) => ({ ...i, path: i.path ? `${where}.${i.path}` : where })));
  }
}

// ---------------------------------------------------------------------------------------------
// Provenance: who recorded or revoked it
// ---------------------------------------------------------------------------------------------

export interface FhirProvenance {
  readonly resourceType: 'Provenance';
  readonly target: readonly Reference[];
  readonly recorded: string;
  readonly occurredDateTime?: string;
  readonly activity?: { readonly coding: readonly Coding[] };
  readonly reason?: readonly { readonly text: string }[];
  readonly agent: readonly { readonly type?: unknown; readonly who: Reference; readonly onBehalfOf?: Reference }[];
  readonly [key: string]: unknown;
}

const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

/**
 * Who wrote a consent down (`CREATE`) or its revocation (`UPDATE`): a professional on behalf of
 * their organisation, else whoever acted themselves (the client, or their representative by
 * name). `target` is the Consent's reference (a `urn:uuid:` inside the transaction that creates
 * it); `now` is when it was written.
 */
export function provenanceFor(
  record: ConsentRecord,
  target: string,
  activity: 'CREATE' | 'UPDATE',
  now: string,
): FhirProvenance {
  const revocation = activity === 'UPDATE' ? record.revocation : undefined;
  const recordedBy = revocation ? revocation.recordedBy : record.recordedBy;
  const professional = recordedBy?.professional;
  const organization = recordedBy?.organization ?? record.recordedBy.organization;
  const self = revocation ? revocation.by : record.basis === 'consent' ? record.actor : undefined;
  let who: Reference;
  if (professional)
    who = compact({ display: professional.name, identifier: professional.id ? { value: professional.id } : undefined });
  else if (self?.kind === 'client') who = { reference: `Patient/${record.clientId}` };
  else if (self?.name) who = { display: self.name };
  else who = organizationReference(organization);
  const onBehalfOf = professional ? organizationReference(organization) : undefined;
  return compact({
    resourceType: 'Provenance',
    target: [{ reference: target }],
    recorded: now,
    occurredDateTime: revocation ? revocation.at : record.validFrom,
    activity: { coding: [{ system: DATA_OPERATION, code: activity }] },
    reason: revocation?.reason ? [{ text: revocation.reason }] : undefined,
    agent: [
      compact({
        type: { coding: [{ system: PARTICIPANT_TYPE, code: professional ? 'enterer' : 'author' }] },
        who,
        onBehalfOf,
      }),
    ],
  });
}
