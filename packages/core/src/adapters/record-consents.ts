/**
 * The consent store of the embedded adapters, loaded by `RecordAdapter` on the first consent
 * call: a page that embeds only the roster never loads the consent model and its rules.
 */
import { ConflictError, ValidationError, assertNoIssues } from '../contract/errors.js';
import type { RecordListeners } from '../contract/record-listeners.js';
import type { CallOptions, Versioned } from '../contract/versioned.js';
import { ConsentRecordSchema, RevocationSchema, type ConsentRecord, type Revocation } from '../model/consent.js';
import { parse } from '../model/parse.js';
import { applyRevocation } from '../rules/consent-rules.js';
import { checkNewConsent, checkRevocation } from '../rules/consent-checks.js';
import { listRecords, readRecord, writeRecord, type Collection, type RecordBackend } from './record-io.js';

/** The backend and the listeners a consent call works with. */
export interface ConsentRecords {
  readonly backend: RecordBackend;
  /** The listeners of `subscribe()`: each follows the consent records of one client. */
  readonly listeners: RecordListeners<ConsentRecord, { readonly clientId: string }>;
}

/** The revocation `revokeConsent` was given, its issues' paths within the record (`revocation.at`). */
function parseRevocation(revocation: Revocation): Revocation {
  try {
    return parse(RevocationSchema, revocation);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map((i) => ({ ...i, path: i.path ? `revocation.${i.path}` : 'revocation' })),
    );
  }
}

export function readConsent(
  { backend }: ConsentRecords,
  consentId: string,
  signal?: AbortSignal,
): Promise<Versioned<ConsentRecord>> {
  return readRecord(backend, 'consents', 'Consent', consentId, ConsentRecordSchema, signal);
}

/** Another instance (another tab) wrote `id` of `collection`: tells the listeners of its client. */
export function onChange(records: ConsentRecords, collection: Collection, id: string): void {
  // An unreadable record is the reader's problem when it next loads.
  if (collection === 'consents') {
    readConsent(records, id).then(
      (record) => records.listeners.notify(record),
      () => undefined,
    );
  }
}

export async function listConsents(
  { backend }: ConsentRecords,
  clientId: string,
  opts: CallOptions = {},
): Promise<Versioned<ConsentRecord>[]> {
  return listRecords(backend, 'consents', clientId, ConsentRecordSchema, opts.signal);
}

export async function recordConsent(
  { backend, listeners }: ConsentRecords,
  consent: ConsentRecord,
  opts: CallOptions = {},
): Promise<Versioned<ConsentRecord>> {
  const value = parse(ConsentRecordSchema, consent);
  assertNoIssues(checkNewConsent(value));
  const saved = await writeRecord(
    backend,
    'consents',
    value.id,
    value.clientId,
    value,
    null,
    ConsentRecordSchema,
    opts.signal,
  );
  listeners.notify(saved);
  return saved;
}

export async function revokeConsent(
  records: ConsentRecords,
  consentId: string,
  revocation: Revocation,
  ifMatch: string,
  opts: CallOptions = {},
): Promise<Versioned<ConsentRecord>> {
  const parsed = parseRevocation(revocation);
  const current = await readConsent(records, consentId, opts.signal);
  if (current.version !== ifMatch) throw new ConflictError(current);
  assertNoIssues(checkRevocation(current.value, parsed));
  const next = applyRevocation(current.value, parsed);
  const saved = await writeRecord(
    records.backend,
    'consents',
    consentId,
    next.clientId,
    next,
    ifMatch,
    ConsentRecordSchema,
    opts.signal,
  );
  records.listeners.notify(saved);
  return saved;
}

export async function importConsent(
  { backend, listeners }: ConsentRecords,
  record: ConsentRecord,
  opts: CallOptions = {},
): Promise<Versioned<ConsentRecord>> {
  const value = parse(ConsentRecordSchema, record);
  const saved = await writeRecord(
    backend,
    'consents',
    value.id,
    value.clientId,
    value,
    null,
    ConsentRecordSchema,
    opts.signal,
  );
  listeners.notify(saved);
  return saved;
}
