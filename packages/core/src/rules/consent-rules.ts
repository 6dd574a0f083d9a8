/**
 * The consent rules (DOMAIN.md §3.2), pure: each broken rule is an issue with a stable `code`, so
 * a widget says it in the user's language and an adapter refuses the write with it. The
 * messages are for developers and logs, never shown to a user.
 *
 * This module holds what showing a record needs: the rules' codes, where a record stands, its
 * history. The checks a new record or a revocation is judged by are in `consent-checks.ts`, so a
 * page that only shows consents never loads them.
 */
import {
  CROSS_SECTOR_DIRECTIONS,
  type Actor,
  type ConsentMethod,
  type ConsentRecord,
  type PermitSector,
  type RecordedBy,
  type Revocation,
} from '../model/consent.js';
import type { ValidationIssue } from '../contract/errors.js';
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
export function isCrossSector(sector: PermitSector): boolean {
  return (CROSS_SECTOR_DIRECTIONS as readonly string[]).includes(sector);
}

/**
 * The producer types a prohibition never reaches: the county's own voucher and purchased-service
 * producers. `producerType` is as seen from the county that organises the client's services.
 */
export const PRODUCER_TYPES_BEYOND_PROHIBITION: readonly ProducerType[] = ['service-voucher', 'purchased-service'];
const day = (date: string) => date.slice(0, 10);

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
