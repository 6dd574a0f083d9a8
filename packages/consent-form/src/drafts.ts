import {
  CONSENT_METHODS,
  REVOKER_KINDS,
  checkRevocation,
  isIsoDate,
  today,
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
