/**
 * The consent rules (DOMAIN.md §3.2), pure: each broken rule is an issue with a stable `code`, so
 * a widget says it in the user's language and an adapter refuses the write with it. The
 * messages are for developers and logs, never shown to a user.
 */
import type { ValidationIssue } from '../contract/errors.js';
import {
  CROSS_SECTOR_DIRECTIONS,
  type Actor,
  type Consent,
  type ConsentMethod,
  type ConsentRecord,
  type DisclosurePermit,
  type DisclosureProhibition,
  type PermitSector,
  type RecordedBy,
  type Revocation,
  type StatutoryException,
} from '../model/consent.js';
import type { ProducerType } from '../model/organization.js';
import { today } from './dates.js';

/** The stable codes of the consent rules. */
export const CONSENT_RULES = [
  /**
   * The instruments are never merged: a record carries no member that belongs only to another
   * instrument or to the other basis (a prohibition with data classes, an exception with an actor).
   */
  'foreign-fields',
  /** A disclosure permit needs the client informed (Kanta informing) first. */
  'informing-required',
  /** The informing was acknowledged after the permit's first day. */
  'informing-after-permit',
  /** A cross-sector permit names 1 to 3 data classes. */
  'data-classes-1-to-3',
  /** Only a cross-sector permit names data classes; within a sector a permit covers the sector's data. */
  'data-classes-cross-sector-only',
  /** A cross-sector permit names the organisations that may receive the data. */
  'recipients-required',
  /** A guardian cannot set a prohibition for a minor. */
  'guardian-cannot-prohibit',
  /**
   * A prohibition cannot block disclosure between the county and its own voucher or
   * purchased-service producers: it cannot target one.
   */
  'prohibition-own-producer',
  /** The consequences the client was shown are kept with a prohibition. */
  'consequences-required',
  /** Only the minor client themselves forbids disclosure to their guardian. */
  'guardian-target-minor-only',
  /** A minor forbids disclosure to the guardian only for a weighty reason, which is recorded. */
  'weighty-reason-required',
  /** The client acts as an adult or a mature minor; a representative with their authority checked. */
  'actor-competence',
  /** A representative acting is named. */
  'representative-name-required',
  /** An oral consent or revocation is written down by a professional, who is named. */
  'oral-needs-professional',
  /** It cannot end before it applies. */
  'ends-before-valid-from',
  /** `status` is `revoked` exactly when there is a `revocation`. */
  'revocation-status-mismatch',
  /** A new record is recorded active, never already revoked. */
  'recorded-revoked',
  /** A revoked consent cannot be revoked again. */
  'already-revoked',
  /** A refusal is no consent to withdraw: only a given case consent is revoked. */
  'refusal-not-revocable',
  /** A revocation cannot come before the record applies. */
  'revocation-before-valid-from',
  /** A consent is revoked by someone who may give it; a statutory exception is ended by a professional. */
  'revoker-kind',
  /** The statutory exception holds only when the client cannot understand and has no legal representative. */
  'exception-conditions',
  /** The statutory exception states why. */
  'justification-required',
  /** The statutory exception is documented by a professional. */
  'exception-needs-professional',
] as const;
export type ConsentRule = (typeof CONSENT_RULES)[number];

/** An issue of a broken consent rule: always with its code. */
export interface ConsentIssue extends ValidationIssue {
  readonly code: ConsentRule;
}

function issue(code: ConsentRule, path: string, message: string): ConsentIssue {
  return { path, message, code };
}

export function isCrossSector(sector: PermitSector): boolean {
  return (CROSS_SECTOR_DIRECTIONS as readonly string[]).includes(sector);
}

/**
 * The producer types a prohibition never reaches: the county's own voucher and purchased-service
 * producers. `producerType` is as seen from the county that organises the client's services.
 */
export const PRODUCER_TYPES_BEYOND_PROHIBITION: readonly ProducerType[] = ['service-voucher', 'purchased-service'];

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

/** Where a record stands on `day`. */
export type ConsentValidity = 'upcoming' | 'current' | 'ended' | 'revoked';

/**
 * Where a record stands on `day` (an ISO date, today by default): `revoked` from the day of its
 * revocation, `ended` after its end date, `upcoming` before it applies, else `current`. A
 * record revoked later than `day` was current then: the answer is about that day.
 */
export function consentValidity(record: ConsentRecord, on: string = today()): ConsentValidity {
  const date = day(on);
  if (record.revocation && day(record.revocation.at) <= date) return 'revoked';
  const end =
    record.basis === 'statutory-exception' || record.instrument === 'disclosure-permit' ? record.end : undefined;
  if (end !== undefined && day(end) < date) return 'ended';
  if (day(record.validFrom) > date) return 'upcoming';
  return 'current';
}

/**
 * True when the record lets data move (or, for a prohibition, stops it) on `day`: it is current,
 * and, for a case consent, the decision was to give it.
 */
export function isInForce(record: ConsentRecord, on: string = today()): boolean {
  if (consentValidity(record, on) !== 'current') return false;
  return !(record.basis === 'consent' && record.instrument === 'case-consent' && record.decision === 'refused');
}

/** One event in a record's life: recorded, then at most once revoked. */
export type ConsentEvent =
  | {
      readonly action: 'recorded';
      readonly at: string;
      /** Who decided: the actor of a consent; nobody for a statutory exception, which a professional documents. */
      readonly by: Actor | undefined;
      readonly method: ConsentMethod | undefined;
      readonly recordedBy: RecordedBy;
    }
  | {
      readonly action: 'revoked';
      readonly at: string;
      readonly by: Revocation['by'];
      readonly method: Revocation['method'];
      readonly reason: string | undefined;
      readonly recordedBy: RecordedBy | undefined;
    };

/**
 * A record's history, oldest first: who recorded it and when (its first day), then, if it was
 * revoked, who revoked it, when, how and why. A record changes once at most after it is recorded
 * (the store's `revokeConsent` adds the revocation and changes nothing else), so the version
 * read holds its whole history.
 */
export function consentHistory(record: ConsentRecord): ConsentEvent[] {
  const events: ConsentEvent[] = [
    {
      action: 'recorded',
      at: record.validFrom,
      by: record.basis === 'consent' ? record.actor : undefined,
      method: record.basis === 'consent' ? record.method : undefined,
      recordedBy: record.recordedBy,
    },
  ];
  const { revocation } = record;
  if (revocation) {
    events.push({
      action: 'revoked',
      at: revocation.at,
      by: revocation.by,
      method: revocation.method,
      reason: revocation.reason,
      recordedBy: revocation.recordedBy,
    });
  }
  return events;
}

/** `record` revoked by `revocation`: the next version `revokeConsent` stores. */
export function applyRevocation(record: ConsentRecord, revocation: Revocation): ConsentRecord {
  return { ...record, status: 'revoked', revocation };
}
