import {
  CONSENT_METHODS,
  ConsentRecordSchema,
  REVOKER_KINDS,
  checkNewConsent,
  checkRevocation,
  isCrossSector,
  isIsoDate,
  ValidationError,
  newId,
  parse,
  today,
  type ActorCompetence,
  type ActorKind,
  type CaseConsentDecision,
  type CaseConsentPurpose,
  type ConsentInstrument,
  type InformingChannel,
  type PermitSector,
  type ConsentMethod,
  type ConsentRecord,
  type OrganizationRef,
  type RecordedBy,
  type Revocation,
  type RevokerKind,
  type ValidationIssue,
  type Viewer,
} from '@saumaton/core';

/** Field errors by field, as codes the form says in the user's language (`fieldMessage`). */
export type FieldErrors<F extends string> = Partial<Record<F, ValidationIssue>>;

/** Who wrote a record down, as typed: the professional's name and the organisation's. */
export interface RecorderDraft {
  readonly professionalName: string;
  readonly organizationName: string;
}

/** A revocation as typed: every field a string, so nothing typed is lost to parsing. */
export interface RevocationDraft extends RecorderDraft {
  readonly byKind: string;
  readonly byName: string;
  readonly method: string;
  readonly at: string;
  readonly reason: string;
}

export type RevocationField = keyof RevocationDraft;

/** The organisation of `viewer`, as the records already name it (its name is not in the viewer). */
export function viewerOrganization(
  viewer: Viewer | undefined,
  records: readonly ConsentRecord[],
): OrganizationRef | undefined {
  const id = viewer?.organizationId;
  if (!id) return undefined;
  for (const record of records) {
    const orgs = [record.recordedBy.organization, record.revocation?.recordedBy?.organization];
    const found = orgs.find((o) => o?.id === id);
    if (found)
      return { id: found.id, name: found.name, ...(found.producerType ? { producerType: found.producerType } : {}) };
  }
  return undefined;
}

/** A new revocation of `record`: today, by whoever gave it (a professional ends an exception), in writing. */
export function emptyRevocationDraft(
  record: ConsentRecord,
  organization: OrganizationRef | undefined,
): RevocationDraft {
  return {
    byKind: record.basis === 'consent' ? record.actor.kind : 'professional',
    byName: record.basis === 'consent' ? (record.actor.name ?? '') : '',
    method: 'written',
    at: today(),
    reason: '',
    professionalName: '',
    organizationName: organization?.name ?? '',
  };
}

/** An issue with a code of this form's own, for a field left empty or malformed. */
const own = (code: string, path: string): ValidationIssue => ({ code, path, message: code });

/** Who recorded it, from the draft: the viewer's organisation (by id when known), the professional if named. */
export function recordedByFromDraft(
  draft: RecorderDraft,
  viewer: Viewer | undefined,
  known: OrganizationRef | undefined,
): RecordedBy | undefined {
  const organizationName = draft.organizationName.trim();
  const professionalName = draft.professionalName.trim();
  if (!organizationName) return undefined;
  const id = known && known.name === organizationName ? known.id : (viewer?.organizationId ?? organizationName);
  return {
    organization: { ...(known && known.name === organizationName ? known : {}), id, name: organizationName },
    ...(professionalName ? { professional: { name: professionalName } } : {}),
  };
}

const REVOCATION_PATHS: Readonly<Record<string, RevocationField>> = {
  'revocation.at': 'at',
  'revocation.by.kind': 'byKind',
  'revocation.by.name': 'byName',
  'revocation.recordedBy.professional': 'professionalName',
};

/**
 * The revocation the draft describes, checked against the consent rules for `record` (the field
 * a rule names gets its message); or the errors by field. Rules about the record itself (already
 * revoked, a refusal) are left for the save, which says them about the whole change.
 */
export function revocationFromDraft(
  draft: RevocationDraft,
  record: ConsentRecord,
  viewer: Viewer | undefined,
  known: OrganizationRef | undefined,
): { ok: true; value: Revocation } | { ok: false; errors: FieldErrors<RevocationField> } {
  const errors: FieldErrors<RevocationField> = {};
  if (!isIsoDate(draft.at)) errors.at = own('date-required', 'at');
  if (!(REVOKER_KINDS as readonly string[]).includes(draft.byKind)) errors.byKind = own('choose', 'byKind');
  if (!(CONSENT_METHODS as readonly string[]).includes(draft.method)) errors.method = own('choose', 'method');
  const recordedBy = recordedByFromDraft(draft, viewer, known);
  if (draft.professionalName.trim() && !recordedBy)
    errors.organizationName = own('organization-required', 'organizationName');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const byName = draft.byName.trim();
  const reason = draft.reason.trim();
  const revocation: Revocation = {
    at: draft.at,
    by: { kind: draft.byKind as RevokerKind, ...(byName && draft.byKind !== 'client' ? { name: byName } : {}) },
    method: draft.method as ConsentMethod,
    ...(reason ? { reason } : {}),
    ...(recordedBy ? { recordedBy } : {}),
  };
  for (const issue of checkRevocation(record, revocation)) {
    const field = REVOCATION_PATHS[issue.path];
    if (field && !errors[field]) errors[field] = issue;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: revocation };
}

/** A new consent as typed, whichever instrument: each form uses the fields of its own. */
export interface ConsentDraft extends RecorderDraft {
  readonly actorKind: string;
  readonly actorName: string;
  readonly competence: string;
  readonly method: string;
  readonly validFrom: string;
  readonly formLanguage: string;
  /** `'on'` when the client asked for a printed copy. */
  readonly printout: string;
  // a consent to data sharing
  readonly sector: string;
  /** One organisation a line. */
  readonly recipients: string;
  readonly purpose: string;
  readonly informingDate: string;
  readonly informingChannel: string;
  /** One kind of information a line. */
  readonly dataClasses: string;
  readonly end: string;
  // a denial of consent
  readonly prohibitionSector: string;
  readonly targetKind: string;
  readonly targetName: string;
  readonly weightyReason: string;
  readonly consequencesShown: string;
  // a consent for a specific purpose
  readonly purposeKind: string;
  readonly purposeText: string;
  readonly decision: string;
}

export type ConsentField = keyof ConsentDraft;

/** A blank form for `instrument`: today, the client acting as an adult, in writing, in the page's language. */
export function emptyConsentDraft(
  organization: OrganizationRef | undefined,
  formLanguage: string,
  consequencesShown: string,
): ConsentDraft {
  return {
    actorKind: 'client',
    actorName: '',
    competence: 'adult',
    method: 'written',
    validFrom: today(),
    formLanguage,
    printout: '',
    professionalName: '',
    organizationName: organization?.name ?? '',
    sector: 'social-care',
    recipients: '',
    purpose: '',
    informingDate: today(),
    informingChannel: 'in-person',
    dataClasses: '',
    end: '',
    prohibitionSector: 'social-care',
    targetKind: 'controller',
    targetName: '',
    weightyReason: '',
    consequencesShown,
    purposeKind: 'multi-service-process',
    purposeText: '',
    decision: 'given',
  };
}

/** The organisations a list already names, by name: so a name typed again keeps its id and producer type. */
export function knownOrganizations(records: readonly ConsentRecord[]): Map<string, OrganizationRef> {
  const known = new Map<string, OrganizationRef>();
  const add = (o: OrganizationRef | undefined) => {
    if (o && !known.has(o.name))
      known.set(o.name, { id: o.id, name: o.name, ...(o.producerType ? { producerType: o.producerType } : {}) });
  };
  for (const r of records) {
    add(r.recordedBy.organization);
    if (r.basis === 'statutory-exception' || r.instrument === 'disclosure-permit') r.recipients.forEach(add);
    if (r.basis === 'consent' && r.instrument === 'disclosure-prohibition' && 'organization' in r.target)
      add(r.target.organization);
  }
  return known;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Where a rule's path points in the form. */
const CONSENT_PATHS: Readonly<Record<string, ConsentField>> = {
  informing: 'informingDate',
  'informing.date': 'informingDate',
  dataClasses: 'dataClasses',
  recipients: 'recipients',
  'actor.kind': 'actorKind',
  'actor.competence': 'competence',
  'actor.name': 'actorName',
  'recordedBy.professional': 'professionalName',
  consequencesShown: 'consequencesShown',
  target: 'targetKind',
  'target.organization.producerType': 'targetName',
  'target.weightyReason': 'weightyReason',
  end: 'end',
};

type Built =
  { ok: true; value: ConsentRecord } | { ok: false; errors: FieldErrors<ConsentField>; form: ValidationIssue[] };

/**
 * The consent of `instrument` the draft describes, checked against every consent rule: the
 * errors a field can show go to the field, the rest (`form`) to the form as a whole.
 */
export function consentFromDraft(
  instrument: ConsentInstrument,
  draft: ConsentDraft,
  context: {
    readonly id: string;
    readonly clientId: string;
    readonly viewer: Viewer | undefined;
    readonly organization: OrganizationRef | undefined;
    readonly known: ReadonlyMap<string, OrganizationRef>;
  },
): Built {
  const errors: FieldErrors<ConsentField> = {};
  const org = (name: string): OrganizationRef => context.known.get(name) ?? { id: newId('org'), name };
  if (!isIsoDate(draft.validFrom)) errors.validFrom = own('date-required', 'validFrom');
  const recordedBy = recordedByFromDraft(draft, context.viewer, context.organization);
  if (!recordedBy) errors.organizationName = own('organization-required', 'organizationName');
  const actorName = draft.actorName.trim();
  const common = {
    id: context.id,
    clientId: context.clientId,
    basis: 'consent' as const,
    actor: {
      kind: draft.actorKind as ActorKind,
      competence: draft.competence as ActorCompetence,
      ...(actorName && draft.actorKind !== 'client' ? { name: actorName } : {}),
    },
    method: draft.method as ConsentMethod,
    formLanguage: draft.formLanguage,
    validFrom: draft.validFrom,
    status: 'active' as const,
    printoutRequested: draft.printout === 'on',
    recordedBy: recordedBy ?? { organization: { id: '-', name: '-' } },
  };
  let value: ConsentRecord;
  switch (instrument) {
    case 'disclosure-permit': {
      if (!draft.purpose.trim()) errors.purpose = own('purpose-required', 'purpose');
      if (draft.informingDate && !isIsoDate(draft.informingDate))
        errors.informingDate = own('date-required', 'informingDate');
      if (draft.end && !isIsoDate(draft.end)) errors.end = own('date-required', 'end');
      // Only across the sectors are kinds named; the field is not shown otherwise, so what it held is dropped.
      const classes = isCrossSector(draft.sector as PermitSector) ? lines(draft.dataClasses) : [];
      value = {
        ...common,
        instrument,
        sector: draft.sector as PermitSector,
        recipients: lines(draft.recipients).map(org),
        purpose: draft.purpose.trim(),
        ...(draft.informingDate
          ? { informing: { date: draft.informingDate, channel: draft.informingChannel as InformingChannel } }
          : {}),
        ...(classes.length ? { dataClasses: classes.map((c) => ({ code: c, display: c })) } : {}),
        ...(draft.end ? { end: draft.end } : {}),
      };
      break;
    }
    case 'disclosure-prohibition': {
      const name = draft.targetName.trim();
      if (!name && draft.targetKind !== 'guardian') errors.targetName = own('target-required', 'targetName');
      const base = { ...common, instrument, consequencesShown: draft.consequencesShown.trim() };
      const weightyReason = draft.weightyReason.trim();
      if (draft.prohibitionSector === 'health-care') {
        value = {
          ...base,
          sector: 'health-care',
          target:
            draft.targetKind === 'register'
              ? { kind: 'register', register: name }
              : { kind: 'organization', organization: org(name) },
        };
      } else {
        value = {
          ...base,
          sector: 'social-care',
          target:
            draft.targetKind === 'service-task'
              ? { kind: 'service-task', serviceTask: name }
              : draft.targetKind === 'document'
                ? { kind: 'document', documentId: name, title: name }
                : draft.targetKind === 'guardian'
                  ? {
                      kind: 'guardian',
                      ...(name ? { guardianName: name } : {}),
                      ...(weightyReason ? { weightyReason } : {}),
                    }
                  : { kind: 'controller', organization: org(name) },
        };
      }
      break;
    }
    case 'case-consent': {
      const text = draft.purposeText.trim();
      if (draft.purposeKind === 'other' && !text) errors.purposeText = own('purpose-required', 'purposeText');
      const purpose: CaseConsentPurpose =
        draft.purposeKind === 'other'
          ? { kind: 'other', text }
          : draft.purposeKind === 'contact-authority' && text
            ? { kind: 'contact-authority', authority: org(text) }
            : ({ kind: draft.purposeKind } as CaseConsentPurpose);
      value = { ...common, instrument, purpose, decision: draft.decision as CaseConsentDecision };
      break;
    }
  }
  const form: ValidationIssue[] = [];
  try {
    value = parse(ConsentRecordSchema, value);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues) {
      const field = CONSENT_PATHS[issue.path] ?? (issue.path.split('.')[0] as ConsentField);
      if (field in draft && !errors[field]) errors[field] = own('invalid', field);
    }
    return { ok: false, errors, form };
  }
  for (const issue of checkNewConsent(value)) {
    const field = CONSENT_PATHS[issue.path];
    if (field && !errors[field]) errors[field] = issue;
    else if (!field) form.push(issue);
  }
  return Object.keys(errors).length > 0 || form.length > 0 ? { ok: false, errors, form } : { ok: true, value };
}
