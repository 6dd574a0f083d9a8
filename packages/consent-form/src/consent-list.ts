import {
  CONSENT_INSTRUMENTS,
  ConsentRecordSchema,
  ValidationError,
  parseVersioned,
  type ConsentInstrument,
  type ConsentRecord,
  type StatutoryException,
  type Versioned,
} from '@saumaton/core';

/**
 * A client's consent record as the widget loads and saves it: every record of the client, each
 * with its own version. A record with an empty `version` is one not stored yet (a new consent on
 * its way to `recordConsent`).
 */
export interface ConsentList {
  readonly clientId: string;
  readonly records: readonly Versioned<ConsentRecord>[];
}

/**
 * The list's own version: the stores keep no version of a list, so it is made of its records'
 * `id@version` pairs, sorted. Any record recorded or revoked by anyone changes it.
 */
export function listVersion(records: readonly Versioned<ConsentRecord>[]): string {
  return (
    records
      .map((r) => `${r.value.id}@${r.version}`)
      .sort()
      .join(' ') || 'empty'
  );
}

/** The list as a versioned value, its records validated one by one and all of `clientId`. */
export function versionedList(clientId: string, answers: readonly unknown[]): Versioned<ConsentList> {
  const records = answers.map((answer) => parseVersioned(ConsentRecordSchema, answer));
  const foreign = records.findIndex((r) => r.value.clientId !== clientId);
  if (foreign >= 0) {
    throw new ValidationError([{ path: `records.${foreign}.clientId`, message: 'is not the one asked for' }]);
  }
  return { value: { clientId, records }, version: listVersion(records) };
}

/** Validates a list from outside a read (a live update, a conflict's current value). */
export function parseList(answer: unknown): Versioned<ConsentList> {
  const { value } = (answer ?? {}) as { value?: { clientId?: unknown; records?: unknown } };
  if (typeof value?.clientId !== 'string' || !Array.isArray(value.records)) {
    throw new ValidationError([{ path: 'value', message: 'is not a consent list' }]);
  }
  return versionedList(value.clientId, value.records);
}

/** `list` with `record` in it: a new one added, a new version of one it has put in its place. */
export function withRecord(list: ConsentList, record: Versioned<ConsentRecord>): Versioned<ConsentList> {
  const records = [...list.records.filter((r) => r.value.id !== record.value.id), record];
  return { value: { clientId: list.clientId, records }, version: listVersion(records) };
}

/** The records of one instrument, or the statutory exceptions: the list's sections. */
export interface ConsentGroups {
  readonly byInstrument: Readonly<Record<ConsentInstrument, readonly ConsentRecord[]>>;
  readonly exceptions: readonly StatutoryException[];
}

/** Groups the records by instrument, the exceptions apart, each group newest first and in force before revoked. */
export function groupRecords(records: readonly ConsentRecord[]): ConsentGroups {
  const order = (a: ConsentRecord, b: ConsentRecord) =>
    Number(a.status === 'revoked') - Number(b.status === 'revoked') || b.validFrom.localeCompare(a.validFrom);
  const byInstrument = Object.fromEntries(
    CONSENT_INSTRUMENTS.map((instrument) => [
      instrument,
      records.filter((r) => r.basis === 'consent' && r.instrument === instrument).sort(order),
    ]),
  ) as unknown as Record<ConsentInstrument, ConsentRecord[]>;
  const exceptions = records.filter((r): r is StatutoryException => r.basis === 'statutory-exception').sort(order);
  return { byInstrument, exceptions };
}
