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
import { assertNoNewBreaks } from '../rules/team-checks.js';
import { TeamListeners } from '../contract/team-listeners.js';
import { ConsentListeners } from '../contract/consent-listeners.js';
import { AssessmentListeners } from '../contract/assessment-listeners.js';
import { RecordListeners } from '../contract/record-listeners.js';
import { readRecord, writeRecord, type RecordBackend, type StoredRecord } from './record-io.js';
import type { AssessmentRecords } from './record-assessments.js';
import type { ConsentRecords } from './record-consents.js';
import type { PlanRecords } from './record-plans.js';

export { COLLECTIONS, keptVersion, type Collection, type RecordBackend, type StoredRecord } from './record-io.js';

/**
 * The consent, assessment and plan stores, loaded on their first call: a page that embeds only
 * the roster (and its bundle) never loads the consent, assessment and plan models and their rules.
 */
const consentStore = () => import('./record-consents.js');
const assessmentStore = () => import('./record-assessments.js');
const planStore = () => import('./record-plans.js');

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
 * The store contracts over a `RecordBackend`: validates every value it stores and every value
 * it returns, keeps a version per record, and honours `AbortSignal`. `MemoryAdapter` and
 * `IndexedDbAdapter` differ only in their backend.
 */
export class RecordAdapter implements ClientStore, TeamStore, ConsentStore, AssessmentStore, PlanStore, AdapterExtras {
  private readonly listeners = new TeamListeners();
  private readonly consents: ConsentRecords;
  private readonly assessments: AssessmentRecords;
  private readonly plans: PlanRecords;

  constructor(protected readonly backend: RecordBackend) {
    this.consents = { backend, listeners: new ConsentListeners() };
    this.assessments = { backend, listeners: new AssessmentListeners() };
    // Not `PlanListeners`: the same listeners without a class of their own, a few bytes less on every page.
    this.plans = { backend, listeners: new RecordListeners((ref, plan) => ref.planId === plan.id) };
    backend.watch?.((collection, id) => {
      // An unreadable record is the reader's problem when it next loads.
      if (collection === 'teams' && this.listeners.size > 0) {
        this.getTeam({ teamId: id }).then(
          (team) => this.listeners.notify(team),
          () => undefined,
        );
      }
      if (collection === 'consents' && this.consents.listeners.size > 0) {
        consentStore()
          .then((store) => store.readConsent(this.consents, id))
          .then(
            (record) => this.consents.listeners.notify(record),
            () => undefined,
          );
      }
      if (collection === 'assessments' && this.assessments.listeners.size > 0) {
        this.getAssessment(id).then(
          (assessment) => this.assessments.listeners.notify(assessment),
          () => undefined,
        );
      }
      if (this.plans.listeners.size > 0 && collection.startsWith('plan')) {
        planStore().then(
          (store) => store.onChange(this.plans, collection, id),
          () => undefined,
        );
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
    if (ref.kind === 'consent') {
      return this.consents.listeners.add(ref as SubscriptionRef<'consent'>, listener);
    }
    if (ref.kind === 'assessment') {
      return this.assessments.listeners.add(ref as SubscriptionRef<'assessment'>, listener);
    }
    if (ref.kind === 'plan') {
      return this.plans.listeners.add(ref as SubscriptionRef<'plan'>, listener);
    }
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
    if (ifMatch === null || stored?.version === ifMatch) assertNoNewBreaks(storedTeam(stored), value);
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

  async listConsents(clientId: string, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>[]> {
    return (await consentStore()).listConsents(this.consents, clientId, opts);
  }

  /**
   * Records a new consent or statutory exception: it must satisfy every consent rule and be
   * active (`checkNewConsent`), and its id must be free (else `ConflictError`).
   */
  async recordConsent(consent: ConsentRecord, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>> {
    return (await consentStore()).recordConsent(this.consents, consent, opts);
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
    return (await consentStore()).revokeConsent(this.consents, consentId, revocation, ifMatch, opts);
  }

  /**
   * Stores a consent record as it is, revoked or not, checking its shape but not the consent
   * rules, and never over an existing record (`ConflictError`): how records written elsewhere get
   * into an embedded store, and how `seed()` and tests put them there.
   */
  async importConsent(record: ConsentRecord, opts: CallOptions = {}): Promise<Versioned<ConsentRecord>> {
    return (await consentStore()).importConsent(this.consents, record, opts);
  }

  async getTemplate(templateId: string, opts: CallOptions = {}): Promise<Versioned<AssessmentTemplate>> {
    return (await assessmentStore()).getTemplate(this.assessments, templateId, opts);
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
    return (await assessmentStore()).saveTemplate(this.assessments, template, ifMatch, opts);
  }

  /** The client's assessments, newest first: the day initiated, then the one saved last. */
  async listAssessments(clientId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>[]> {
    return (await assessmentStore()).listAssessments(this.assessments, clientId, opts);
  }

  async getAssessment(assessmentId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>> {
    return (await assessmentStore()).getAssessment(this.assessments, assessmentId, opts);
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
    return (await assessmentStore()).saveAssessment(this.assessments, assessment, ifMatch, opts);
  }

  async listAssessmentVersions(assessmentId: string, opts: CallOptions = {}): Promise<Versioned<Assessment>[]> {
    return (await assessmentStore()).listAssessmentVersions(this.assessments, assessmentId, opts);
  }

  /**
   * Stores an assessment as it is, checking its shape but not the assessment rules, and never
   * over an existing one (`ConflictError`): how assessments written elsewhere get into an embedded
   * store, and how `seed()` and tests put them there. Its version is kept like any other.
   */
  async importAssessment(assessment: Assessment, opts: CallOptions = {}): Promise<Versioned<Assessment>> {
    return (await assessmentStore()).importAssessment(this.assessments, assessment, opts);
  }

  async listMeterReadings(
    clientId: string,
    meterId: string,
    opts: CallOptions = {},
  ): Promise<Versioned<MeterReading>[]> {
    return (await assessmentStore()).listMeterReadings(this.assessments, clientId, meterId, opts);
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
    return (await assessmentStore()).saveMeterReading(this.assessments, reading, ifMatch, opts);
  }

  /**
   * The plan with this id, or the client's plan (`planOrder`: active first, then the one saved
   * last), with every producer's part, each part's version in `partVersions`.
   */
  async getPlan(ref: PlanRef, opts: CallOptions = {}): Promise<VersionedPlan> {
    return (await planStore()).getPlan(this.plans, ref, opts);
  }

  /** Every saved version of the plan's common sections and of each part, oldest first. */
  async listPlanVersions(planId: string, opts: CallOptions = {}): Promise<PlanVersion[]> {
    return (await planStore()).listPlanVersions(this.plans, planId, opts);
  }

  /**
   * Creates (`ifMatch` null) or replaces the plan's common sections, keeping every version:
   * checked against the schema, `checkPlan` and `checkPlanChange`. Only the common sections'
   * version is compared: a part saved meanwhile is no conflict.
   */
  async savePlanCommon(
    plan: PlanCommon,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<PlanCommon>> {
    return (await planStore()).savePlanCommon(this.plans, plan, ifMatch, opts);
  }

  /**
   * Creates (`ifMatch` null) or replaces the part of `part.producer.id` in the plan, keeping every
   * version: checked against the schema and `checkPlanPart`. Only that part's version is
   * compared: the common sections or another producer's part saved meanwhile is no conflict.
   */
  async savePlanPart(
    planId: string,
    part: PlanPart,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<PlanPart>> {
    return (await planStore()).savePlanPart(this.plans, planId, part, ifMatch, opts);
  }

  /**
   * Stores a whole plan as it is (its common sections and every part, each at a first version),
   * checking its shape but not the plan rules, and never over an existing plan or part
   * (`ConflictError`): how plans written elsewhere get into an embedded store, and how `seed()`
   * and tests put them there.
   */
  async importPlan(plan: ClientPlan, opts: CallOptions = {}): Promise<VersionedPlan> {
    return (await planStore()).importPlan(this.plans, plan, opts);
  }
}
