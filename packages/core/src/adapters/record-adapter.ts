import { NotFoundError, throwIfAborted } from '../contract/errors.js';
import type {
  AdapterExtras,
  AssessmentStore,
  ClientStore,
  ConsentStore,
  PlanRef,
  PlanStore,
  PlanVersion,
  SubscriptionRef,
  Subscriptions,
  TeamRef,
  TeamStore,
  VersionedPlan,
} from '../contract/stores.js';
import type { CallOptions, Versioned } from '../contract/versioned.js';
import { ClientSchema, type Client } from '../model/client.js';
import { parse } from '../model/parse.js';
import { TEAM_STATUS_PREFERENCE, TeamSchema, type Team } from '../model/team.js';
import type { Assessment, AssessmentTemplate, MeterReading } from '../model/assessment.js';
import type { ConsentRecord, Revocation } from '../model/consent.js';
import type { ClientPlan, PlanCommon, PlanPart } from '../model/plan.js';
import { TeamListeners } from '../contract/team-listeners.js';
import { RecordListeners } from '../contract/record-listeners.js';
import { readRecord, writeRecord, type Collection, type RecordBackend, type StoredRecord } from './record-io.js';
import type { AssessmentRecords, MeterRecords } from './record-assessments.js';
import type { ConsentRecords } from './record-consents.js';
import type { PlanRecords } from './record-plans.js';

export { COLLECTIONS, keptVersion, type Collection, type RecordBackend, type StoredRecord } from './record-io.js';

/**
 * The consent, assessment and plan stores, loaded on their first call: a page that embeds only
 * the roster (and its bundle) never loads the consent, assessment and plan models and their rules.
 * Keyed by the `kind` of their `subscribe()` refs, which is also how each store's collections begin.
 */
const assessmentStore = () => import('./record-assessments.js');
const LAZY_STORES = {
  consent: () => import('./record-consents.js'),
  assessment: assessmentStore,
  // The meter readings are the assessment store's; their listeners are their own.
  meter: assessmentStore,
  plan: () => import('./record-plans.js'),
};

/** A store `RecordAdapter` loads on its first call. */
type LazyKind = keyof typeof LAZY_STORES;

/** The records (backend and listeners) each lazily loaded store's functions work with. */
interface LazyRecords {
  readonly consent: ConsentRecords;
  readonly assessment: AssessmentRecords;
  readonly meter: MeterRecords;
  readonly plan: PlanRecords;
}

/** What the watch needs of every lazily loaded store: its records' changes made by another instance. */
interface LazyStore {
  onChange(records: LazyRecords[LazyKind], collection: Collection, id: string): void;
}

/** The methods `RecordAdapter` delegates to each lazily loaded store, installed by its static block. */
const CONSENT_METHODS = ['listConsents', 'recordConsent', 'revokeConsent', 'importConsent'] as const;
const ASSESSMENT_METHODS = [
  'getTemplate',
  'saveTemplate',
  'listAssessments',
  'getAssessment',
  'saveAssessment',
  'listAssessmentVersions',
  'importAssessment',
  'listMeterReadings',
  'saveMeterReading',
] as const;
const PLAN_METHODS = ['getPlan', 'listPlanVersions', 'savePlanCommon', 'savePlanPart', 'importPlan'] as const;

/**
 * Fails to compile while a method of the store contracts, or an `import…` / `saveTemplate` method
 * of the embedded adapters, is in none of the lists above: the class declares these methods only
 * through the interface merged with it, so this is what keeps each one installed.
 */
type Uninstalled = Exclude<
  | keyof ConsentStore
  | keyof AssessmentStore
  | keyof PlanStore
  | 'importConsent'
  | 'saveTemplate'
  | 'importAssessment'
  | 'importPlan',
  (typeof CONSENT_METHODS | typeof ASSESSMENT_METHODS | typeof PLAN_METHODS)[number]
>;
type EveryStoreMethodInstalled = [Uninstalled] extends [never] ? true : Uninstalled;
const _everyStoreMethodInstalled: EveryStoreMethodInstalled = true;

/** The team a stored record holds; `undefined` when there is none or it no longer fits the model. */
function storedTeam(record: StoredRecord | undefined): Team | undefined {
  if (!record) return undefined;
  try {
    return parse(TeamSchema, record.value);
  } catch {
    return undefined;
  }
}

/**
 * The methods of the consent, assessment and plan stores, each loading its store on the first
 * call (see `LAZY_STORES`): declared here, merged with the class, and installed on its prototype
 * by the class's static block, one mechanism for all of them rather than a wrapper each.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- installed by the class's static block, checked by `EveryStoreMethodInstalled` and `delegate`'s types
export interface RecordAdapter extends ConsentStore, AssessmentStore, PlanStore {
  listConsents(clientId: string, opts?: CallOptions): Promise<Versioned<ConsentRecord>[]>;

  /**
   * Records a new consent or statutory exception: it must satisfy every consent rule and be
   * active (`checkNewConsent`), and its id must be free (else `ConflictError`).
   */
  recordConsent(consent: ConsentRecord, opts?: CallOptions): Promise<Versioned<ConsentRecord>>;

  /**
   * Revokes the version `ifMatch` names: a new version with the revocation, the rest unchanged.
   * The rules are judged against the version read here; should another write land between the
   * read and the write, compare-and-put refuses it as a conflict anyway.
   */
  revokeConsent(
    consentId: string,
    revocation: Revocation,
    ifMatch: string,
    opts?: CallOptions,
  ): Promise<Versioned<ConsentRecord>>;

  /**
   * Stores a consent record as it is, revoked or not, checking its shape but not the consent
   * rules, and never over an existing record (`ConflictError`): how records written elsewhere get
   * into an embedded store, and how `seed()` and tests put them there.
   */
  importConsent(record: ConsentRecord, opts?: CallOptions): Promise<Versioned<ConsentRecord>>;

  getTemplate(templateId: string, opts?: CallOptions): Promise<Versioned<AssessmentTemplate>>;

  /**
   * Stores an assessment template (a Questionnaire), creating it (`ifMatch` null) or replacing
   * the version `ifMatch` names: how a county's templates get into an embedded store, and how
   * `seed()` and tests put them there. Only its shape is checked here (a Questionnaire with an
   * id); whether the renderer supports it is `parseQuestionnaire`'s to say.
   */
  saveTemplate(
    template: AssessmentTemplate,
    ifMatch: string | null,
    opts?: CallOptions,
  ): Promise<Versioned<AssessmentTemplate>>;

  /** The client's assessments, newest first: the day initiated, then the one saved last. */
  listAssessments(clientId: string, opts?: CallOptions): Promise<Versioned<Assessment>[]>;

  getAssessment(assessmentId: string, opts?: CallOptions): Promise<Versioned<Assessment>>;

  /**
   * Creates (`ifMatch` null) or replaces an assessment, keeping the version it stores: checked
   * against the schema, `checkAssessment`, and `checkAssessmentTransition` from the version it
   * replaces. That version is read first; should another write land between the read and the
   * write, compare-and-put refuses it as a conflict anyway. A stored version that no longer fits
   * the model (written by other software) is not judged against: this write mends it.
   */
  saveAssessment(assessment: Assessment, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Assessment>>;

  listAssessmentVersions(assessmentId: string, opts?: CallOptions): Promise<Versioned<Assessment>[]>;

  /**
   * Stores an assessment as it is, checking its shape but not the assessment rules, and never
   * over an existing one (`ConflictError`): how assessments written elsewhere get into an embedded
   * store, and how `seed()` and tests put them there. Its version is kept like any other.
   */
  importAssessment(assessment: Assessment, opts?: CallOptions): Promise<Versioned<Assessment>>;

  listMeterReadings(clientId: string, meterId: string, opts?: CallOptions): Promise<Versioned<MeterReading>[]>;

  /**
   * Creates (`ifMatch` null) or replaces a meter reading: checked against the schema and
   * `checkMeterReading` without a scale (the scale is the meter's; this store does not read
   * meters to know it).
   */
  saveMeterReading(reading: MeterReading, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<MeterReading>>;

  /**
   * The plan with this id, or the client's plan (`planOrder`: active first, then the one saved
   * last), with every producer's part, each part's version in `partVersions`.
   */
  getPlan(ref: PlanRef, opts?: CallOptions): Promise<VersionedPlan>;

  /** Every saved version of the plan's common sections and of each part, oldest first. */
  listPlanVersions(planId: string, opts?: CallOptions): Promise<PlanVersion[]>;

  /**
   * Creates (`ifMatch` null) or replaces the plan's common sections, keeping every version:
   * checked against the schema, `checkPlan` and `checkPlanChange`. Only the common sections'
   * version is compared: a part saved meanwhile is no conflict.
   */
  savePlanCommon(plan: PlanCommon, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<PlanCommon>>;

  /**
   * Creates (`ifMatch` null) or replaces the part of `part.producer.id` in the plan, keeping every
   * version: checked against the schema and `checkPlanPart`. Only that part's version is
   * compared: the common sections or another producer's part saved meanwhile is no conflict.
   */
  savePlanPart(
    planId: string,
    part: PlanPart,
    ifMatch: string | null,
    opts?: CallOptions,
  ): Promise<Versioned<PlanPart>>;

  /**
   * Stores a whole plan as it is (its common sections and every part, each at a first version),
   * checking its shape but not the plan rules, and never over an existing plan or part
   * (`ConflictError`): how plans written elsewhere get into an embedded store, and how `seed()`
   * and tests put them there.
   */
  importPlan(plan: ClientPlan, opts?: CallOptions): Promise<VersionedPlan>;
}

/**
 * The store contracts over a `RecordBackend`: validates every value it stores and every value
 * it returns, keeps a version per record, and honours `AbortSignal`. `MemoryAdapter` and
 * `IndexedDbAdapter` differ only in their backend.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class RecordAdapter implements ClientStore, TeamStore, ConsentStore, AssessmentStore, PlanStore, AdapterExtras {
  private readonly listeners = new TeamListeners();
  /** The records of each lazily loaded store, by its kind. A map: `kind` comes from callers' refs. */
  private readonly lazy: ReadonlyMap<LazyKind, LazyRecords[LazyKind]>;

  static {
    /**
     * Installs, for each of `names`, the method that loads the store `kind` and calls the store
     * function of the same name with this adapter's records of that store and the call's own
     * arguments. The type of `load` checks that each store function takes the method's arguments
     * after the records and returns what the method does, so the interface above and the stores
     * cannot drift apart.
     */
    const delegate = <K extends LazyKind, N extends keyof RecordAdapter>(
      kind: K,
      load: () => Promise<{
        [M in N]: (records: LazyRecords[K], ...args: Parameters<RecordAdapter[M]>) => ReturnType<RecordAdapter[M]>;
      }>,
      names: readonly N[],
    ) => {
      for (const name of names) {
        this.prototype[name] = async function (this: RecordAdapter, ...args: Parameters<RecordAdapter[N]>) {
          return (await load())[name](this.lazy.get(kind) as LazyRecords[K], ...args);
        } as never;
      }
    };
    delegate('consent', LAZY_STORES.consent, CONSENT_METHODS);
    delegate('assessment', LAZY_STORES.assessment, ASSESSMENT_METHODS);
    delegate('plan', LAZY_STORES.plan, PLAN_METHODS);
  }

  constructor(protected readonly backend: RecordBackend) {
    // Listeners of `RecordListeners` itself, not a class of their own each: fewer bytes on every page.
    const consent: ConsentRecords = {
      backend,
      listeners: new RecordListeners((ref, record) => ref.clientId === record.clientId),
    };
    const meter: MeterRecords = {
      backend,
      listeners: new RecordListeners((ref, value) => ref.clientId === value.clientId && ref.meterId === value.meter.id),
    };
    const assessment: AssessmentRecords = {
      backend,
      listeners: new RecordListeners((ref, value) => ref.assessmentId === value.id),
      readings: meter.listeners,
    };
    const plan: PlanRecords = { backend, listeners: new RecordListeners((ref, value) => ref.planId === value.id) };
    this.lazy = new Map<LazyKind, LazyRecords[LazyKind]>([
      ['consent', consent],
      ['assessment', assessment],
      ['meter', meter],
      ['plan', plan],
    ]);
    backend.watch?.((collection, id) => {
      // An unreadable record is the reader's problem when it next loads.
      if (collection === 'teams' && this.listeners.size > 0) {
        this.getTeam({ teamId: id }).then(
          (team) => this.listeners.notify(team),
          () => undefined,
        );
      }
      // Each store's collections begin with its kind; the store tells its listeners what changed.
      for (const [kind, records] of this.lazy) {
        if (records.listeners.size > 0 && collection.startsWith(kind)) {
          (LAZY_STORES[kind] as () => Promise<LazyStore>)().then(
            (store) => store.onChange(records, collection, id),
            () => undefined,
          );
        }
      }
    });
  }

  /**
   * Live updates: `listener` gets every new version of the team `ref` names, of any consent
   * record of the client a `consent` ref names, of the assessment an `assessment` ref names, or
   * the whole plan a `plan` ref names whenever any piece of it is saved (a `VersionedPlan`),
   * written through this adapter or, for IndexedDB, by another tab. Returns the unsubscribe
   * function.
   */
  subscribe<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void {
    const records = this.lazy.get(ref.kind as LazyKind);
    if (records) return records.listeners.add(ref as never, listener);
    return this.listeners.subscribe(ref, listener);
  }

  async getClient(clientId: string, opts: CallOptions = {}): Promise<Versioned<Client>> {
    return readRecord(this.backend, 'clients', 'Client', clientId, ClientSchema, opts.signal);
  }

  /** Creates or replaces a client record; the embedded adapters' way to be seeded. */
  async saveClient(client: Client, ifMatch: string | null, opts: CallOptions = {}): Promise<Versioned<Client>> {
    const value = parse(ClientSchema, client);
    return writeRecord(this.backend, 'clients', value.id, value.id, value, ifMatch, ClientSchema, opts.signal);
  }

  async getTeam(ref: TeamRef, opts: CallOptions = {}): Promise<Versioned<Team>> {
    if ('teamId' in ref) return readRecord(this.backend, 'teams', 'Team', ref.teamId, TeamSchema, opts.signal);
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
    // The team rules load with the first save: a page that only reads a team never needs them.
    if (ifMatch === null || stored?.version === ifMatch) {
      (await import('../rules/team-checks.js')).assertNoNewBreaks(storedTeam(stored), value);
    }
    const saved = await writeRecord(
      this.backend,
      'teams',
      value.id,
      value.clientId,
      value,
      ifMatch,
      TeamSchema,
      opts.signal,
    );
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
    const saved = await writeRecord(
      this.backend,
      'teams',
      value.id,
      value.clientId,
      value,
      null,
      TeamSchema,
      opts.signal,
    );
    this.listeners.notify(saved);
    return saved;
  }
}
