/**
 * The checks of the consent rules (DOMAIN.md §3.2): what a new record and a revocation are judged
 * by, each broken rule an issue with its stable `code` (`CONSENT_RULES`, in `consent-rules.ts`).
 */
import {
  type Consent,
  type ConsentRecord,
  type DisclosurePermit,
  type DisclosureProhibition,
  type RecordedBy,
  type Revocation,
  type StatutoryException,
} from '../model/consent.js';
import {
  PRODUCER_TYPES_BEYOND_PROHIBITION,
  isCrossSector,
  type ConsentIssue,
  type ConsentRule,
} from './consent-rules.js';

function issue(code: ConsentRule, path: string, message: string): ConsentIssue {
  return { path, message, code };
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';
const day = (date: string) => date.slice(0, 10);

/** The members that belong to one kind of record only, by the record's kind. */
const OWN_MEMBERS = {
  'disclosure-permit': ['recipients', 'informing', 'dataClasses', 'end'],
  'disclosure-prohibition': ['target', 'consequencesShown'],
  'case-consent': ['decision'],
  'statutory-exception': ['justification', 'clientCannotUnderstand', 'noLegalRepresentative', 'recipients', 'end'],
  consent: ['instrument', 'actor', 'method', 'formLanguage', 'printoutRequested'],
} as const;

/** The members of `record` that belong only to another instrument, or to the other basis. */
function foreignMembers(record: ConsentRecord): string[] {
  const own = new Set<string>(
    record.basis === 'consent'
      ? [...OWN_MEMBERS.consent, ...OWN_MEMBERS[record.instrument]]
      : OWN_MEMBERS['statutory-exception'],
  );
  const others = Object.values(OWN_MEMBERS).flat();
  return [...new Set(others)].filter((key) => !own.has(key) && (record as Record<string, unknown>)[key] !== undefined);
}

function checkRecordedBy(recordedBy: RecordedBy | undefined, method: string, path: string): ConsentIssue[] {
  if (method !== 'oral-recorded-by-professional' || recordedBy?.professional) return [];
  return [issue('oral-needs-professional', path, 'an oral consent or revocation is recorded by a named professional')];
}

function checkPermit(permit: DisclosurePermit): ConsentIssue[] {
  const issues: ConsentIssue[] = [];
  if (!permit.informing) {
    issues.push(issue('informing-required', 'informing', 'a disclosure permit needs the client informed first'));
  } else if (day(permit.informing.date) > day(permit.validFrom)) {
    issues.push(issue('informing-after-permit', 'informing.date', 'the informing comes before the permit'));
  }
  const classes = permit.dataClasses ?? [];
  if (isCrossSector(permit.sector)) {
    if (classes.length < 1 || classes.length > 3) {
      issues.push(issue('data-classes-1-to-3', 'dataClasses', 'a cross-sector permit names 1 to 3 data classes'));
    }
    if (permit.recipients.length === 0) {
      issues.push(issue('recipients-required', 'recipients', 'a cross-sector permit names its recipients'));
    }
  } else if (classes.length > 0) {
    issues.push(
      issue('data-classes-cross-sector-only', 'dataClasses', 'only a cross-sector permit names data classes'),
    );
  }
  return issues;
}

function checkProhibition(prohibition: DisclosureProhibition): ConsentIssue[] {
  const issues: ConsentIssue[] = [];
  if (prohibition.actor.kind === 'guardian') {
    issues.push(issue('guardian-cannot-prohibit', 'actor.kind', 'a guardian cannot set a prohibition for a minor'));
  }
  if (blank(prohibition.consequencesShown)) {
    issues.push(
      issue('consequences-required', 'consequencesShown', 'the consequences shown to the client are recorded'),
    );
  }
  const { target } = prohibition;
  const organization = 'organization' in target ? target.organization : undefined;
  if (organization?.producerType && PRODUCER_TYPES_BEYOND_PROHIBITION.includes(organization.producerType)) {
    issues.push(
      issue(
        'prohibition-own-producer',
        'target.organization.producerType',
        'a prohibition cannot block disclosure between the county and its own producers',
      ),
    );
  }
  if (target.kind === 'guardian') {
    if (prohibition.actor.kind !== 'client' || prohibition.actor.competence !== 'mature-minor') {
      issues.push(
        issue('guardian-target-minor-only', 'target', 'only a minor client forbids disclosure to the guardian'),
      );
    }
    if (blank(target.weightyReason)) {
      issues.push(issue('weighty-reason-required', 'target.weightyReason', 'the weighty reason is recorded'));
    }
  }
  return issues;
}

function checkConsent(consent: Consent): ConsentIssue[] {
  const issues: ConsentIssue[] = [];
  const { actor } = consent;
  const competent =
    actor.kind === 'client'
      ? actor.competence === 'adult' || actor.competence === 'mature-minor'
      : actor.competence === 'authority-verified';
  if (!competent) {
    issues.push(issue('actor-competence', 'actor.competence', 'the competence does not fit who acts'));
  }
  if (actor.kind !== 'client' && blank(actor.name)) {
    issues.push(issue('representative-name-required', 'actor.name', 'a representative acting is named'));
  }
  issues.push(...checkRecordedBy(consent.recordedBy, consent.method, 'recordedBy.professional'));
  switch (consent.instrument) {
    case 'disclosure-permit':
      issues.push(...checkPermit(consent));
      break;
    case 'disclosure-prohibition':
      issues.push(...checkProhibition(consent));
      break;
    case 'case-consent':
      break;
  }
  return issues;
}

function checkException(exception: StatutoryException): ConsentIssue[] {
  const issues: ConsentIssue[] = [];
  if (!exception.clientCannotUnderstand || !exception.noLegalRepresentative) {
    issues.push(
      issue(
        'exception-conditions',
        exception.clientCannotUnderstand ? 'noLegalRepresentative' : 'clientCannotUnderstand',
        'the exception holds only for a client who cannot understand and has no legal representative',
      ),
    );
  }
  if (blank(exception.justification)) {
    issues.push(issue('justification-required', 'justification', 'the statutory exception states why'));
  }
  if (!exception.recordedBy.professional) {
    issues.push(
      issue('exception-needs-professional', 'recordedBy.professional', 'a professional documents the exception'),
    );
  }
  return issues;
}

/**
 * Which rules a revocation of `record` breaks, `record` being the version it would replace:
 * an already revoked record, a refusal, a revocation before the record applies, the wrong
 * person revoking, an oral revocation nobody wrote down.
 */
export function checkRevocation(record: ConsentRecord, revocation: Revocation): ConsentIssue[] {
  const issues: ConsentIssue[] = [];
  if (record.status === 'revoked' || record.revocation) {
    issues.push(issue('already-revoked', 'status', 'a revoked consent cannot be revoked again'));
  }
  if (record.basis === 'consent' && record.instrument === 'case-consent' && record.decision === 'refused') {
    issues.push(issue('refusal-not-revocable', 'decision', 'only a given case consent is withdrawn'));
  }
  if (day(revocation.at) < day(record.validFrom)) {
    issues.push(issue('revocation-before-valid-from', 'revocation.at', 'a revocation comes after the record applies'));
  }
  const byProfessional = revocation.by.kind === 'professional';
  if (byProfessional !== (record.basis === 'statutory-exception')) {
    issues.push(
      issue(
        'revoker-kind',
        'revocation.by.kind',
        'a consent is revoked by who may give it; an exception is ended by a professional',
      ),
    );
  }
  if (revocation.by.kind !== 'client' && revocation.by.kind !== 'professional' && blank(revocation.by.name)) {
    issues.push(issue('representative-name-required', 'revocation.by.name', 'a representative acting is named'));
  }
  issues.push(...checkRecordedBy(revocation.recordedBy, revocation.method, 'revocation.recordedBy.professional'));
  return issues;
}

/**
 * Every consent rule `record` breaks, as it stands (a revoked record's revocation included).
 * An empty list means the record is fine. Paths are relative to the record.
 */
export function checkConsentRules(record: ConsentRecord): ConsentIssue[] {
  const issues = foreignMembers(record).map((key) =>
    issue('foreign-fields', key, `belongs to another instrument or basis than this ${record.basis}`),
  );
  issues.push(...(record.basis === 'consent' ? checkConsent(record) : checkException(record)));
  const end =
    record.basis === 'statutory-exception' || record.instrument === 'disclosure-permit' ? record.end : undefined;
  if (end !== undefined && day(end) < day(record.validFrom)) {
    issues.push(issue('ends-before-valid-from', 'end', 'it cannot end before it applies'));
  }
  if ((record.status === 'revoked') !== (record.revocation !== undefined)) {
    issues.push(issue('revocation-status-mismatch', 'status', 'a record is revoked exactly when it has a revocation'));
  }
  if (record.revocation) {
    const revocation = record.revocation;
    const before: ConsentRecord = { ...record, status: 'active', revocation: undefined };
    issues.push(...checkRevocation(before, revocation).filter((i) => i.code !== 'already-revoked'));
  }
  return issues;
}

/**
 * The rules a new record must keep, for `recordConsent`: every rule, and it is recorded active.
 * (A record already revoked comes into a store only as data from elsewhere, by import.)
 */
export function checkNewConsent(record: ConsentRecord): ConsentIssue[] {
  const issues = checkConsentRules(record);
  if (record.status !== 'active' || record.revocation) {
    issues.push(issue('recorded-revoked', 'status', 'a new record is recorded active'));
  }
  return issues;
}
