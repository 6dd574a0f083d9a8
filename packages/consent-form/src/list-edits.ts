/**
 * How a change to the consent list is made and stored: the edits the forms make, the rules a new
 * record is checked by, and the writes a save sends. Only editing needs them (`consent-editing.ts`).
 */
import {
  ConsentRecordSchema,
  ConflictError,
  ValidationError,
  checkNewConsent,
  checkRevocation,
  parseVersioned,
  recognizeError,
  applyRevocation,
  type AnyAdapter,
  type ConsentRecord,
  type Edit,
  type Revocation,
  type ValidationIssue,
  type Versioned,
} from '@saumaton/core';
import { versionedList, type ConsentList } from './consent-list.js';

/** What a save sends: the new records to record, and the revocations, each with the version it revokes. */
export interface ConsentChanges {
  readonly recorded: readonly ConsentRecord[];
  readonly revoked: readonly { readonly id: string; readonly revocation: Revocation; readonly ifMatch: string }[];
}

/** What `next` changes compared with `base`: records without a version are new; records that turned revoked are revoked. */
export function changesBetween(base: ConsentList | undefined, next: ConsentList): ConsentChanges {
  const before = new Map(base?.records.map((r) => [r.value.id, r]));
  const recorded: ConsentRecord[] = [];
  const revocations: ConsentChanges['revoked'][number][] = [];
  for (const item of next.records) {
    const old = before.get(item.value.id);
    if (item.version === '' || !old) {
      recorded.push(item.value);
    } else if (item.value.revocation && !old.value.revocation) {
      revocations.push({ id: item.value.id, revocation: item.value.revocation, ifMatch: old.version });
    }
  }
  return { recorded, revoked: revocations };
}

/** What a save stored, for the widget's own events. */
export interface ConsentWrite {
  readonly recorded: readonly Versioned<ConsentRecord>[];
  readonly revoked: readonly Versioned<ConsentRecord>[];
}

/**
 * Stores what `next` changes compared with `base` and reads the list again. A stale revocation
 * fails with a `ConflictError` without a current value, so the controller reads the whole list
 * itself and shows the conflict on it.
 */
export async function writeList(
  adapter: AnyAdapter,
  base: ConsentList | undefined,
  next: ConsentList,
  signal: AbortSignal,
  done: (write: ConsentWrite) => void,
): Promise<Versioned<ConsentList>> {
  const changes = changesBetween(base, next);
  const written: { recorded: Versioned<ConsentRecord>[]; revoked: Versioned<ConsentRecord>[] } = {
    recorded: [],
    revoked: [],
  };
  try {
    for (const consent of changes.recorded) {
      written.recorded.push(parseVersioned(ConsentRecordSchema, await adapter.recordConsent!(consent, { signal })));
    }
    for (const { id, revocation, ifMatch } of changes.revoked) {
      written.revoked.push(
        parseVersioned(ConsentRecordSchema, await adapter.revokeConsent!(id, revocation, ifMatch, { signal })),
      );
    }
  } catch (raw) {
    const error = recognizeError(raw);
    if (error instanceof ConflictError) throw new ConflictError(undefined, { cause: error });
    throw error;
  }
  done(written);
  return versionedList(next.clientId, await adapter.listConsents!(next.clientId, { signal }));
}

/** A record to be recorded: the consent a form made, not stored yet (no version). */
export function recordEdit(consent: ConsentRecord, summary: string): Edit<ConsentList> {
  return {
    summary,
    apply: (current) => ({ ...current, records: [...current.records, { value: consent, version: '' }] }),
  };
}

/**
 * The revocation of the record `id`, applied to whatever version is current: one someone else
 * revoked already (or that is gone) makes it a change the rules refuse, with the rule's code.
 */
export function revokeEdit(id: string, revocation: Revocation, summary: string): Edit<ConsentList> {
  return {
    summary,
    apply: (current) => {
      const item = current.records.find((r) => r.value.id === id);
      if (!item) throw new ValidationError([{ path: 'id', message: 'is not a record of this client' }]);
      const issues = checkRevocation(item.value, revocation);
      if (issues.length > 0) throw new ValidationError(issues);
      return {
        ...current,
        records: current.records.map((r) =>
          r === item ? { value: applyRevocation(item.value, revocation), version: r.version } : r,
        ),
      };
    },
  };
}

/** What a change newly breaks before anything is sent: every rule for a new record. */
export function checkList(_before: ConsentList | undefined, after: ConsentList): readonly ValidationIssue[] {
  return after.records.filter((r) => r.version === '').flatMap((r) => checkNewConsent(r.value));
}
