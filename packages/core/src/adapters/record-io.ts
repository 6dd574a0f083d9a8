/**
 * What the embedded adapters are made of: the record a backend stores, the backend's contract,
 * and reading and writing a record with its schema and version. The stores (`record-adapter.ts`
 * for clients and teams, `record-consents.ts`, `record-assessments.ts`, `record-plans.ts`) are
 * written on it.
 */
import { copyJson } from '../contract/json.js';
import * as v from '../model/schema.js';
import { ConflictError, NotFoundError, throwIfAborted } from '../contract/errors.js';
import type { Versioned } from '../contract/versioned.js';
import { parse } from '../model/parse.js';

/** The collections an embedded adapter keeps. */
export type Collection =
  | 'clients'
  | 'teams'
  | 'consents'
  | 'templates'
  | 'assessments'
  | 'assessmentVersions'
  | 'meterReadings'
  | 'plans'
  | 'planVersions'
  | 'planParts'
  | 'planPartVersions';
export const COLLECTIONS: readonly Collection[] = [
  'clients',
  'teams',
  'consents',
  'templates',
  'assessments',
  'assessmentVersions',
  'meterReadings',
  'plans',
  'planVersions',
  'planParts',
  'planPartVersions',
];

/** The `clientId` of records that belong to no client (assessment templates). */
export const NO_CLIENT = '';

/**
 * One stored record: the value as JSON-safe data, its version, and the client it belongs to
 * (`''` for a record of no client's, such as a template). A kept version (`keptVersion`) belongs
 * to the record it is a version of instead: its `clientId` is that record's id.
 */
export interface StoredRecord {
  readonly id: string;
  readonly clientId: string;
  readonly version: string;
  readonly value: unknown;
}

/**
 * Where an embedded adapter keeps its records: a map in memory or an IndexedDB database. The one
 * thing a backend must do atomically is `compareAndPut`, which is what makes lost updates
 * impossible.
 */
export interface RecordBackend {
  get(collection: Collection, id: string, signal?: AbortSignal): Promise<StoredRecord | undefined>;
  listByClient(collection: Collection, clientId: string, signal?: AbortSignal): Promise<StoredRecord[]>;
  /**
   * Writes `next(current)` if the stored version equals `ifMatch` (`null`: the record must not
   * exist yet), in one atomic step. Otherwise writes nothing and returns the current record.
   * With `keep`, the same step also puts `keptVersion(written)` into the collection `keep`, so a
   * record's every version is kept or none is.
   */
  compareAndPut(
    collection: Collection,
    id: string,
    ifMatch: string | null,
    next: (current: StoredRecord | undefined) => StoredRecord,
    signal?: AbortSignal,
    keep?: Collection,
  ): Promise<{ written: true } | { written: false; current: StoredRecord | undefined }>;
  /** Calls `onChange` when another instance (another tab) writes a record; optional. */
  watch?(onChange: (collection: Collection, id: string) => void): void;
}

/**
 * The copy of `record` that a collection of versions keeps: one per version (`id@version`),
 * listed by the id of the record it is a version of (as its `clientId`).
 */
export function keptVersion(record: StoredRecord): StoredRecord {
  return { id: `${record.id}@${record.version}`, clientId: record.id, version: record.version, value: record.value };
}

/** The value a stored record holds, if it fits `schema`; `undefined` when there is none or it does not. */
export function storedValue<S extends v.GenericSchema>(
  schema: S,
  record: StoredRecord | undefined,
): v.InferOutput<S> | undefined {
  if (!record) return undefined;
  const result = v.safeParse(schema, record.value);
  return result.success ? result.output : undefined;
}

/**
 * Every record of `collection` kept under `clientId` (or the key a collection files by), each
 * validated by `schema` with its version: the one read every store's list methods make.
 */
export async function listRecords<S extends v.GenericSchema>(
  backend: RecordBackend,
  collection: Collection,
  clientId: string,
  schema: S,
  signal?: AbortSignal,
): Promise<Versioned<v.InferOutput<S>>[]> {
  throwIfAborted(signal);
  const records = await backend.listByClient(collection, clientId, signal);
  throwIfAborted(signal);
  return records.map((r) => ({ value: parse(schema, r.value), version: r.version }));
}

/**
 * A replacement (`ifMatch` set) that found no record to replace is a `NotFoundError`, not a
 * conflict: there is no current value to show.
 */
export function notFoundIfMissing(error: unknown, ifMatch: string | null, kind: string, id: string): never {
  if (ifMatch !== null && error instanceof ConflictError && error.current === undefined) {
    throw new NotFoundError(kind, id, { cause: error });
  }
  throw error;
}

export function nextVersion(current: StoredRecord | undefined): string {
  return String((current ? Number.parseInt(current.version, 10) || 0 : 0) + 1);
}

/** The record `id` of `collection` as `schema` reads it; `NotFoundError` naming `kind` when there is none. */
export async function readRecord<S extends v.GenericSchema>(
  backend: RecordBackend,
  collection: Collection,
  kind: string,
  id: string,
  schema: S,
  signal: AbortSignal | undefined,
): Promise<Versioned<v.InferOutput<S>>> {
  throwIfAborted(signal);
  const record = await backend.get(collection, id, signal);
  throwIfAborted(signal);
  if (!record) throw new NotFoundError(kind, id);
  return { value: parse(schema, record.value), version: record.version };
}

/**
 * Writes `value` if the stored version is `ifMatch` (`null`: a create), as one compare-and-put;
 * otherwise `ConflictError` with the current record. With `keep`, the version is also kept there.
 */
export async function writeRecord<S extends v.GenericSchema>(
  backend: RecordBackend,
  collection: Collection,
  id: string,
  clientId: string,
  value: v.InferOutput<S>,
  ifMatch: string | null,
  schema: S,
  signal: AbortSignal | undefined,
  keep?: Collection,
): Promise<Versioned<v.InferOutput<S>>> {
  throwIfAborted(signal);
  let written: StoredRecord | undefined;
  const result = await backend.compareAndPut(
    collection,
    id,
    ifMatch,
    (current) => (written = { id, clientId, version: nextVersion(current), value: copyJson(value) }),
    signal,
    keep,
  );
  if (!result.written) {
    const current = result.current && { value: parse(schema, result.current.value), version: result.current.version };
    throw new ConflictError(current);
  }
  return { value: copyJson(value), version: written!.version };
}
