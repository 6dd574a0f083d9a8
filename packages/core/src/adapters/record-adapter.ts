import { copyJson } from '../contract/json.js';
import type * as v from '../model/schema.js';
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
import { AssessmentTemplateSchema, type AssessmentTemplate } from '../model/assessment.js';
import { applyRevocation, assertNoIssues, checkNewConsent, checkRevocation } from '../rules/consent-rules.js';

/** The collections an embedded adapter keeps. */
export type Collection = 'clients' | 'teams' | 'consents' | 'templates';
export const COLLECTIONS: readonly Collection[] = ['clients', 'teams', 'consents', 'templates'];

/** The `clientId` of records that belong to no client (assessment templates). */
const NO_CLIENT = '';

/**
 * One stored record: the value as JSON-safe data, its version, and the client it belongs to
 * (`''` for a record of no client's, such as a template).
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
   */
  compareAndPut(
    collection: Collection,
    id: string,
    ifMatch: string | null,
    next: (current: StoredRecord | undefined) => StoredRecord,
    signal?: AbortSignal,
  ): Promise<{ written: true } | { written: false; current: StoredRecord | undefined }>;
  /** Calls `onChange` when another instance (another tab) writes a record; optional. */
  watch?(onChange: (collection: Collection, id: string) => void): void;
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
    });
  }

  /**
   * Live updates: `listener` gets every new version of the team `ref` names, or of any consent
   * record of the client a `consent` ref names, written through this adapter or, for IndexedDB,
   * by another tab. Returns the unsubscribe function.
   */
  subscribe<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void {
    if (ref.kind === 'consent') {
      return this.consentListeners.add(ref as SubscriptionRef<'consent'>, listener);
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
  ): Promise<Versioned<v.InferOutput<S>>> {
    throwIfAborted(signal);
    let written: StoredRecord | undefined;
    const result = await this.backend.compareAndPut(
      collection,
      id,
      ifMatch,
      (current) => (written = { id, clientId, version: nextVersion(current), value: copyJson(value) }),
      signal,
    );
    if (!result.written) {
      const current = result.current && { value: parse(schema, result.current.value), version: result.current.version };
      throw new ConflictError(current);
    }
    return { value: copyJson(value), version: written!.version };
  }
}
