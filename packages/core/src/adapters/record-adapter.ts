import { copyJson } from '../contract/json.js';
import * as v from '../model/schema.js';
import { ConflictError, NotFoundError, ValidationError, throwIfAborted } from '../contract/errors.js';
import type {
  AdapterExtras,
  AssessmentStore,
  ClientStore,
  ConsentStore,
  SubscriptionRef,
  Subscriptions,
  TeamRef,
  TeamStore,
} from '../contract/stores.js';
import type { CallOptions, Versioned } from '../contract/versioned.js';
import { ClientSchema, type Client } from '../model/client.js';
import { parse } from '../model/parse.js';
import { TEAM_STATUS_PREFERENCE, TeamSchema, type Team } from '../model/team.js';
import { assertNoNewBreaks } from '../rules/team-checks.js';
import { TeamListeners } from '../contract/team-listeners.js';
import { ConsentListeners } from '../contract/consent-listeners.js';
import { ConsentRecordSchema, RevocationSchema, type ConsentRecord, type Revocation } from '../model/consent.js';
import {
  AssessmentSchema,
  AssessmentTemplateSchema,
  MeterReadingSchema,
  type Assessment,
  type AssessmentTemplate,
  type MeterReading,
} from '../model/assessment.js';
import { applyRevocation } from '../rules/consent-rules.js';
import { assertNoIssues, checkNewConsent, checkRevocation } from '../rules/consent-checks.js';
import { checkAssessment, checkAssessmentTransition, checkMeterReading } from '../rules/assessment-rules.js';
import { AssessmentListeners } from '../contract/assessment-listeners.js';

/** The collections an embedded adapter keeps. */
export type Collection =
  'clients' | 'teams' | 'consents' | 'templates' | 'assessments' | 'assessmentVersions' | 'meterReadings';
export const COLLECTIONS: readonly Collection[] = [
  'clients',
  'teams',
  'consents',
  'templates',
  'assessments',
  'assessmentVersions',
  'meterReadings',
];

/** The `clientId` of records that belong to no client (assessment templates). */
const NO_CLIENT = '';

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

/** Newest first: the day initiated, latest first; on the same day the one saved last; then by id. */
function newestFirst(a: Versioned<Assessment>, b: Versioned<Assessment>): number {
  const x = a.value;
  const y = b.value;
  if (x.initiation.triggerDate !== y.initiation.triggerDate) {
    return x.initiation.triggerDate < y.initiation.triggerDate ? 1 : -1;
  }
  const [xu, yu] = [x.updatedAt ?? '', y.updatedAt ?? ''];
  if (xu !== yu) return xu < yu ? 1 : -1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** By the day rated, oldest first; on the same day by id. */
function byDate(a: Versioned<MeterReading>, b: Versioned<MeterReading>): number {
  if (a.value.date !== b.value.date) return a.value.date < b.value.date ? -1 : 1;
  return a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0;
}

/** The value a stored record holds, if it fits `schema`; `undefined` when there is none or it does not. */
function storedValue<S extends v.GenericSchema>(
  schema: S,
  record: StoredRecord | undefined,
): v.InferOutput<S> | undefined {
  if (!record) return undefined;
  const result = v.safeParse(schema, record.value);
  return result.success ? result.output : undefined;
}

/**
 * A replacement (`ifMatch` set) that found no record to replace is a `NotFoundError`, not a
 * conflict: there is no current value to show.
 */
function notFoundIfMissing(error: unknown, ifMatch: string | null, kind: string, id: string): never {
  if (ifMatch !== null && error instanceof ConflictError && error.current === undefined) {
    throw new NotFoundError(kind, id, { cause: error });
  }
  throw error;
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

/** The team a stored record holds; `undefined` when there is none or it no longer fits the model. */
function storedTeam(record: StoredRecord | undefined): Team | undefined {
  if (!record) return undefined;
  try {
    return parse(TeamSchema, record.value);
  } catch {
    return undefined;
  }
}

function nextVersion(current: StoredRecord | undefined): string {
  return String((current ? Number.parseInt(current.version, 10) || 0 : 0) + 1);
}

/**
 * The store contracts over a `RecordBackend`: validates every value it stores and every value
 * it returns, keeps a version per record, and honours `AbortSignal`. `MemoryAdapter` and
 * `IndexedDbAdapter` differ only in their backend.
 */
export class RecordAdapter implements ClientStore, TeamStore, ConsentStore, AssessmentStore, AdapterExtras {
  private readonly listeners = new TeamListeners();
  private readonly consentListeners = new ConsentListeners();
  private readonly assessmentListeners = new AssessmentListeners();

  constructor(protected readonly backend: RecordBackend) {
    backend.watch?.((collection, id) => {
      // An unreadable record is the reader's problem when it next loads.
      if (collection === 'teams' && this.listeners.size > 0) {
        this.getTeam({ teamId: id }).then(
          (team) => this.listeners.notify(team),
          () => undefined,
        );
      }
      if (collection === 'consents' && this.consentListeners.size > 0) {
        this.read('consents', 'Consent', id, ConsentRecordSchema, undefined).then(
          (record) => this.consentListeners.notify(record),
          () => undefined,
        );
      }
      if (collection === 'assessments' && this.assessmentListeners.size > 0) {
        this.getAssessment(id).then(
          (assessment) => this.assessmentListeners.notify(assessment),
          () => undefined,
        );
      }
    });
  }

  /**
   * Live updates: `listener` gets every new version of the team `ref` names, of any consent
   * record of the client a `consent` ref names, or of the assessment an `assessment` ref names,
   * written through this adapter or, for IndexedDB, by another tab. Returns the unsubscribe
   * function.
   */
  subscribe<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void {
    if (ref.kind === 'consent') {
      return this.consentListeners.add(ref as SubscriptionRef<'consent'>, listener);
    }
    if (ref.kind === 'assessment') {
      return this.assessmentListeners.add(ref as SubscriptionRef<'assessment'>, listener);
    }
    return this.listeners.subscribe(ref, listener);
  }

  async getClient(clientId: string, opts: CallOptions = {}): Promise<Versioned<Client>> {
    return this.read('clients', 'Client', clientId, ClientSchema, opts.signal);
  }

  /** Creates or replaces a client record; the embedded adapters' way to be seeded. */
  async saveClient(client: Client, ifMatch: string | null, opts: CallOptions = {}): Promise<Versioned<Client>> {
    const value = parse(ClientSchema, client);
    return this.write('clients', value.id, value.id, value, ifMatch, ClientSchema, opts.signal);
  }

  async getTeam(ref: TeamRef, opts: CallOptions = {}): Promise<Versioned<Team>> {
    if ('teamId' in ref) return this.read('teams', 'Team', ref.teamId, TeamSchema, opts.signal);
    throwIfAborted(opts.signal);
    const records = await this.backend.listByClient('teams', ref.clientId, opts.signal);
    throwIfAborted(opts.signal);
    const teams = records.map((r) => ({ value: parse(TeamSchema, r.value), version: r.version }));
    // A client has one team at a time; an older, inactive one may still be kept.
    teams.sort((a, b) => TEAM_STATUS_PREFERENCE[a.value.status] - TEAM_STATUS_PREFERENCE[b.value.status]);
    const found = teams[0];
    if (!found) throw new NotFoundError('Team', `client ${ref.clientId}`);
    return found;
  }

  /**
   * Creates (`ifMatch` null) or replaces a team. A create must satisfy every team rule (a new team
   * is `proposed` and may have no members yet, which breaks none); a replacement is refused only
   * for the rules it newly breaks compared with the stored version it replaces, so a team that
   * arrived broken can be mended one step at a time.
   */
  async saveTeam(team: Team, ifMatch: string | null, opts: CallOptions = {}): Promise<Versioned<Team>> {
    const value = parse(TeamSchema, team);
    throwIfAborted(opts.signal);
    // The rules are judged against the version this write would replace. Should another write
    // land between this read and the write, compare-and-put refuses it as a conflict anyway.
    const stored = ifMatch === null ? undefined : await this.backend.get('teams', value.id, opts.signal);
    if (ifMatch === null || stored?.version === ifMatch) assertNoNewBreaks(storedTeam(stored), value);
    const saved = await this.write('teams', value.id, value.clientId, value, ifMatch, TeamSchema, opts.signal);
    this.listeners.notify(saved);
    return saved;
  }

  /**
   * Stores a team as it is, checking its shape but not the team rules, and never over an existing
   * record (`ConflictError`): how data written elsewhere (another system, an older version of
   * the library) gets into an embedded store, and how `seed()` and tests put it there.
   */
  async importTeam(team: Team, opts: CallOptions = {}): Promise<Versioned<Team>> {
    const value = parse(TeamSchema, team);
    const saved = await this.write('teams', value.id, value.clientId, value, null, TeamSchema, opts.signal);
    this.listeners.notify(saved);
    return saved;
  }

  async listConsents(clientId: string, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>[]> {
    throwIfAborted(opts.signal);
    const records = await this.backend.listByClient('consents', clientId, opts.signal);
    throwIfAborted(opts.signal);
    return records.map((r) => ({ value: parse(ConsentRecordSchema, r.value), version: r.version }));
  }

  /**
   * Records a new consent or statutory exception: it must satisfy every consent rule and be
   * active (`checkNewConsent`), and its id must be free (else `ConflictError`).
   */
  async recordConsent(consent: ConsentRecord, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>> {
    const value = parse(ConsentRecordSchema, consent);
    assertNoIssues(checkNewConsent(value));
    const saved = await this.write('consents', value.id, value.clientId, value, null, ConsentRecordSchema, opts.signal);
    this.consentListeners.notify(saved);
    return saved;
  }

  /**
   * Revokes the version `ifMatch` names: a new version with the revocation, the rest unchanged.
   * The rules are judged against the version read here; should another write land between the
   * read and the write, compare-and-put refuses it as a conflict anyway.
   */
  async revokeConsent(
    consentId: string,
    revocation: Revocation,
    ifMatch: string,
    opts: CallOptions = {},
  ): Promise<Versioned<ConsentRecord>> {
    const parsed = parseRevocation(revocation);
    const current = await this.read('consents', 'Consent', consentId, ConsentRecordSchema, opts.signal);
    if (current.version !== ifMatch) throw new ConflictError(current);
    assertNoIssues(checkRevocation(current.value, parsed));
    const next = applyRevocation(current.value, parsed);
    const saved = await this.write(
      'consents',
      consentId,
      next.clientId,
      next,
      ifMatch,
      ConsentRecordSchema,
      opts.signal,
    );
    this.consentListeners.notify(saved);
    return saved;
  }

  /**
   * Stores a consent record as it is, revoked or not, checking its shape but not the consent
   * rules, and never over an existing record (`ConflictError`): how records written elsewhere get
   * into an embedded store, and how `seed()` and tests put them there.
   */
  async importConsent(record: ConsentRecord, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>> {
    const value = parse(ConsentRecordSchema, record);
    const saved = await this.write('consents', value.id, value.clientId, value, null, ConsentRecordSchema, opts.signal);
    this.consentListeners.notify(saved);
    return saved;
  }

  async getTemplate(templateId: string, opts: CallOptions = {}): Promise<Versioned<AssessmentTemplate>> {
    return this.read('templates', 'Questionnaire', templateId, AssessmentTemplateSchema, opts.signal);
  }

  /**
   * Stores an assessment template (a Questionnaire), creating it (`ifMatch` null) or replacing
   * the version `ifMatch` names: how a county's templates get into an embedded store, and how
   * `seed()` and tests put them there. Only its shape is checked here (a Questionnaire with an
   * id); whether the renderer supports it is `parseQuestionnaire`'s to say.
   */
  async saveTemplate(
    template: AssessmentTemplate,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<AssessmentTemplate>> {
    const value = parse(AssessmentTemplateSchema, template);
    return this.write('templates', value.id, NO_CLIENT, value, ifMatch, AssessmentTemplateSchema, opts.signal);
  }

  async listAssessments(clientId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>[]> {
    throwIfAborted(opts.signal);
    const records = await this.backend.listByClient('assessments', clientId, opts.signal);
    throwIfAborted(opts.signal);
    return records.map((r) => ({ value: parse(AssessmentSchema, r.value), version: r.version })).sort(newestFirst);
  }

  async getAssessment(assessmentId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>> {
    return this.read('assessments', 'Assessment', assessmentId, AssessmentSchema, opts.signal);
  }

  /**
   * Creates (`ifMatch` null) or replaces an assessment, keeping the version it stores: checked
   * against the schema, `checkAssessment`, and `checkAssessmentTransition` from the version it
   * replaces. That version is read first; should another write land between the read and the
   * write, compare-and-put refuses it as a conflict anyway. A stored version that no longer fits
   * the model (written by other software) is not judged against: this write mends it.
   */
  async saveAssessment(
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
      const stored = await this.backend.get('assessments', value.id, opts.signal);
      if (!stored) throw new NotFoundError('Assessment', value.id);
      if (stored.version !== ifMatch) {
        throw new ConflictError({ value: parse(AssessmentSchema, stored.value), version: stored.version });
      }
      const previous = storedValue(AssessmentSchema, stored);
      if (previous) assertNoIssues(checkAssessmentTransition(previous, value));
    }
    const saved = await this.write(
      'assessments',
      value.id,
      value.clientId,
      value,
      ifMatch,
      AssessmentSchema,
      opts.signal,
      'assessmentVersions',
    ).catch((error: unknown) => notFoundIfMissing(error, ifMatch, 'Assessment', value.id));
    this.assessmentListeners.notify(saved);
    return saved;
  }

  async listAssessmentVersions(assessmentId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>[]> {
    throwIfAborted(opts.signal);
    const records = await this.backend.listByClient('assessmentVersions', assessmentId, opts.signal);
    throwIfAborted(opts.signal);
    // An assessment stored without its versions (by other software) has its current one.
    if (records.length === 0) return [await this.getAssessment(assessmentId, opts)];
    return records
      .map((r) => ({ value: parse(AssessmentSchema, r.value), version: r.version }))
      .sort((a, b) => Number(a.version) - Number(b.version));
  }

  /**
   * Stores an assessment as it is, checking its shape but not the assessment rules, and never
   * over an existing one (`ConflictError`): how assessments written elsewhere get into an embedded
   * store, and how `seed()` and tests put them there. Its version is kept like any other.
   */
  async importAssessment(assessment: Assessment, opts: CallOptions = {}): Promise<Versioned<Assessment>> {
    const value = parse(AssessmentSchema, assessment);
    const saved = await this.write(
      'assessments',
      value.id,
      value.clientId,
      value,
      null,
      AssessmentSchema,
      opts.signal,
      'assessmentVersions',
    );
    this.assessmentListeners.notify(saved);
    return saved;
  }

  async listMeterReadings(
    clientId: string,
    meterId: string,
    opts: CallOptions = {},
  ): Promise<Versioned<MeterReading>[]> {
    throwIfAborted(opts.signal);
    const records = await this.backend.listByClient('meterReadings', clientId, opts.signal);
    throwIfAborted(opts.signal);
    return records
      .map((r) => ({ value: parse(MeterReadingSchema, r.value), version: r.version }))
      .filter((r) => r.value.meter.id === meterId)
      .sort(byDate);
  }

  /**
   * Creates (`ifMatch` null) or replaces a meter reading: checked against the schema and
   * `checkMeterReading` without a scale (the scale is the meter's; this store does not read
   * meters to know it).
   */
  async saveMeterReading(
    reading: MeterReading,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<MeterReading>> {
    const value = parse(MeterReadingSchema, reading);
    assertNoIssues(checkMeterReading(value, null));
    return this.write('meterReadings', value.id, value.clientId, value, ifMatch, MeterReadingSchema, opts.signal).catch(
      (error: unknown) => notFoundIfMissing(error, ifMatch, 'MeterReading', value.id),
    );
  }

  private async read<S extends v.GenericSchema>(
    collection: Collection,
    kind: string,
    id: string,
    schema: S,
    signal: AbortSignal | undefined,
  ): Promise<Versioned<v.InferOutput<S>>> {
    throwIfAborted(signal);
    const record = await this.backend.get(collection, id, signal);
    throwIfAborted(signal);
    if (!record) throw new NotFoundError(kind, id);
    return { value: parse(schema, record.value), version: record.version };
  }

  private async write<S extends v.GenericSchema>(
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
    const result = await this.backend.compareAndPut(
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
}
