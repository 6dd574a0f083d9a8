/**
 * The assessment store of the embedded adapters (templates, assessments with their kept
 * versions, meter readings), loaded by `RecordAdapter` on the first such call: a page that embeds
 * only the roster never loads the assessment model and its rules.
 */
import { ConflictError, NotFoundError, assertNoIssues, throwIfAborted } from '../contract/errors.js';
import type { RecordListeners } from '../contract/record-listeners.js';
import type { CallOptions, Versioned } from '../contract/versioned.js';
import {
  AssessmentSchema,
  AssessmentTemplateSchema,
  MeterReadingSchema,
  type Assessment,
  type AssessmentTemplate,
  type MeterReading,
} from '../model/assessment.js';
import { parse } from '../model/parse.js';
import {
  assessmentsNewestFirst,
  checkAssessment,
  checkAssessmentTransition,
  checkMeterReading,
  readingsByDate,
} from '../rules/assessment-rules.js';
import {
  NO_CLIENT,
  listRecords,
  notFoundIfMissing,
  readRecord,
  storedValue,
  writeRecord,
  type Collection,
  type RecordBackend,
} from './record-io.js';

/** The listeners of `subscribe({ kind: 'meter' })`: each follows one client's readings of one meter. */
type ReadingListeners = RecordListeners<MeterReading, { readonly clientId: string; readonly meterId: string }>;

/** The backend and the listeners an assessment call works with. */
export interface AssessmentRecords {
  readonly backend: RecordBackend;
  /** The listeners of `subscribe()`: each follows one assessment. */
  readonly listeners: RecordListeners<Assessment, { readonly assessmentId: string }>;
  /** The meter readings' listeners (`MeterRecords.listeners`), told of each reading saved. */
  readonly readings: ReadingListeners;
}

/** What the adapter keeps for `subscribe({ kind: 'meter' })`: the backend and the readings' listeners. */
export interface MeterRecords {
  readonly backend: RecordBackend;
  readonly listeners: ReadingListeners;
}

export function getTemplate(
  { backend }: AssessmentRecords,
  templateId: string,
  opts: CallOptions = {},
): Promise<Versioned<AssessmentTemplate>> {
  return readRecord(backend, 'templates', 'Questionnaire', templateId, AssessmentTemplateSchema, opts.signal);
}

export function saveTemplate(
  { backend }: AssessmentRecords,
  template: AssessmentTemplate,
  ifMatch: string | null,
  opts: CallOptions = {},
): Promise<Versioned<AssessmentTemplate>> {
  const value = parse(AssessmentTemplateSchema, template);
  return writeRecord(backend, 'templates', value.id, NO_CLIENT, value, ifMatch, AssessmentTemplateSchema, opts.signal);
}

export async function listAssessments(
  { backend }: AssessmentRecords,
  clientId: string,
  opts: CallOptions = {},
): Promise<Versioned<Assessment>[]> {
  return (await listRecords(backend, 'assessments', clientId, AssessmentSchema, opts.signal)).sort(
    assessmentsNewestFirst,
  );
}

export function getAssessment(
  { backend }: AssessmentRecords,
  assessmentId: string,
  opts: CallOptions = {},
): Promise<Versioned<Assessment>> {
  return readRecord(backend, 'assessments', 'Assessment', assessmentId, AssessmentSchema, opts.signal);
}

/**
 * Another instance (another tab) wrote `id` of `collection`: tells the listeners of that
 * assessment, or (called with the `MeterRecords`) of that client's meter.
 */
export function onChange(records: AssessmentRecords | MeterRecords, collection: Collection, id: string): void {
  // An unreadable record is the reader's problem when it next loads.
  if (collection === 'assessments') {
    getAssessment(records as AssessmentRecords, id).then(
      (assessment) => (records as AssessmentRecords).listeners.notify(assessment),
      () => undefined,
    );
  } else if (collection === 'meterReadings') {
    readRecord(records.backend, 'meterReadings', 'MeterReading', id, MeterReadingSchema, undefined).then(
      (reading) => (records as MeterRecords).listeners.notify(reading),
      () => undefined,
    );
  }
}

export async function saveAssessment(
  { backend, listeners }: AssessmentRecords,
  assessment: Assessment,
  ifMatch: string | null,
  opts: CallOptions = {},
): Promise<Versioned<Assessment>> {
  const value = parse(AssessmentSchema, assessment);
  assertNoIssues(checkAssessment(value));
  if (ifMatch === null) {
    assertNoIssues(checkAssessmentTransition(undefined, value));
  } else {
    throwIfAborted(opts.signal);
    const stored = await backend.get('assessments', value.id, opts.signal);
    if (!stored) throw new NotFoundError('Assessment', value.id);
    if (stored.version !== ifMatch) {
      throw new ConflictError({ value: parse(AssessmentSchema, stored.value), version: stored.version });
    }
    const previous = storedValue(AssessmentSchema, stored);
    if (previous) assertNoIssues(checkAssessmentTransition(previous, value));
  }
  const saved = await writeRecord(
    backend,
    'assessments',
    value.id,
    value.clientId,
    value,
    ifMatch,
    AssessmentSchema,
    opts.signal,
    'assessmentVersions',
  ).catch((error: unknown) => notFoundIfMissing(error, ifMatch, 'Assessment', value.id));
  listeners.notify(saved);
  return saved;
}

export async function listAssessmentVersions(
  records: AssessmentRecords,
  assessmentId: string,
  opts: CallOptions = {},
): Promise<Versioned<Assessment>[]> {
  throwIfAborted(opts.signal);
  const kept = await records.backend.listByClient('assessmentVersions', assessmentId, opts.signal);
  throwIfAborted(opts.signal);
  // An assessment stored without its versions (by other software) has its current one.
  if (kept.length === 0) return [await getAssessment(records, assessmentId, opts)];
  return kept
    .map((r) => ({ value: parse(AssessmentSchema, r.value), version: r.version }))
    .sort((a, b) => Number(a.version) - Number(b.version));
}

export async function importAssessment(
  { backend, listeners }: AssessmentRecords,
  assessment: Assessment,
  opts: CallOptions = {},
): Promise<Versioned<Assessment>> {
  const value = parse(AssessmentSchema, assessment);
  const saved = await writeRecord(
    backend,
    'assessments',
    value.id,
    value.clientId,
    value,
    null,
    AssessmentSchema,
    opts.signal,
    'assessmentVersions',
  );
  listeners.notify(saved);
  return saved;
}

export async function listMeterReadings(
  { backend }: AssessmentRecords,
  clientId: string,
  meterId: string,
  opts: CallOptions = {},
): Promise<Versioned<MeterReading>[]> {
  return (await listRecords(backend, 'meterReadings', clientId, MeterReadingSchema, opts.signal))
    .filter((r) => r.value.meter.id === meterId)
    .sort(readingsByDate);
}

export async function saveMeterReading(
  { backend, readings }: AssessmentRecords,
  reading: MeterReading,
  ifMatch: string | null,
  opts: CallOptions = {},
): Promise<Versioned<MeterReading>> {
  const value = parse(MeterReadingSchema, reading);
  assertNoIssues(checkMeterReading(value, null));
  const saved = await writeRecord(
    backend,
    'meterReadings',
    value.id,
    value.clientId,
    value,
    ifMatch,
    MeterReadingSchema,
    opts.signal,
  ).catch((error: unknown) => notFoundIfMissing(error, ifMatch, 'MeterReading', value.id));
  readings.notify(saved);
  return saved;
}
