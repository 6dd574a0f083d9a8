/**
 * `createFhirAdapter`: Saumaton's store contracts over a FHIR R4 REST server.
 *
 * Each store is its own class over the shared HTTP client, and the adapter is their sum, so the
 * consent, assessment and plan stores slot in beside these two without reshaping anything.
 */
import {
  AdapterError,
  AssessmentListeners,
  MeterListeners,
  ClientSchema,
  ConflictError,
  ConsentListeners,
  NotFoundError,
  PlanListeners,
  TEAM_STATUS_PREFERENCE,
  TeamListeners,
  TeamSchema,
  ValidationError,
  assertNoNewBreaks,
  parse,
  throwIfAborted,
  type AdapterExtras,
  type Assessment,
  type AssessmentStore,
  type AssessmentTemplate,
  type CallOptions,
  type Client,
  type ClientStore,
  type ConsentRecord,
  type ConsentStore,
  type MeterReading,
  type PlanCommon,
  type PlanPart,
  type PlanRef,
  type PlanStore,
  type PlanVersion,
  type Revocation,
  type SubscriptionRef,
  type Subscriptions,
  type Team,
  type TeamRef,
  type TeamStore,
  type Versioned,
  type VersionedPlan,
} from '@saumaton/core';
import type { FhirAssessmentStore } from './assessment-store.js';
import type { FhirPlanStore } from './plan-store.js';
import type { FhirConsentStore } from './consent-store.js';
import { COMMUNICATION_CATEGORY_SYSTEM, SOTE_ORGANIZATION_SYSTEM, TEAM_MEETING_CODE } from './codes.js';
import { FHIR_ID, OID, checkShape } from './datatypes.js';
import {
  FhirHttp,
  errorForStatus,
  isVersionConflict,
  versionFromEtag,
  type FhirHttpOptions,
  type FhirResponse,
} from './http.js';
import { clientToPatient, patientToClient } from './map-client.js';
import {
  participantReferences,
  planTeamWrite,
  readTeamSnapshot,
  roleReferences,
  type TeamSnapshot,
} from './map-team.js';
import { readBack, readResource, resolveBatch, resourcesOf, search } from './read.js';
import { ResourceIndex, type Found } from './resource-index.js';
import {
  CareTeamSchema,
  OrganizationSchema,
  PatientSchema,
  type AnyResource,
  type Organization,
  type Patient,
} from './resources.js';

export type FhirAdapterOptions = FhirHttpOptions;

/** The reference a resource's `subject` makes, if it has one. */
function subjectOf(resource: AnyResource): string | undefined {
  const subject = resource['subject'] as { reference?: unknown } | undefined;
  return typeof subject?.reference === 'string' ? subject.reference : undefined;
}

/** The client's Patient, shape-checked; `undefined` when there is none. */
async function readPatient(
  http: FhirHttp,
  id: string,
  signal: AbortSignal | undefined,
): Promise<Found<Patient> | undefined> {
  try {
    const { resource, version } = await readResource(http, 'Patient', id, 'Client', signal);
    return { resource: checkShape(PatientSchema, resource, 'Patient'), key: `Patient/${id}`, version };
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

function failIfError(res: FhirResponse, what: string): void {
  const error = errorForStatus(res.status, res.body, what);
  if (error) throw error;
  if (res.status >= 300) throw new AdapterError(`${what} answered HTTP ${String(res.status)}`);
}

/** `ClientStore` over `Patient`. */
export class FhirClientStore implements ClientStore {
  constructor(private readonly http: FhirHttp) {}

  async getClient(clientId: string, opts: CallOptions = {}): Promise<Versioned<Client>> {
    const { resource, version } = await readResource(this.http, 'Patient', clientId, 'Client', opts.signal);
    return { value: patientToClient(resource), version: `W/"${version}"` };
  }

  /**
   * Creates (`ifMatch` null) or updates the client's Patient, keeping every element the client
   * does not hold. Used to seed a server, and by hosts that keep clients in FHIR.
   */
  async saveClient(client: Client, ifMatch: string | null, opts: CallOptions = {}): Promise<Versioned<Client>> {
    const value = parse(ClientSchema, client);
    if (!FHIR_ID.test(value.id)) throw new ValidationError([{ path: 'id', message: 'must be a FHIR id' }]);
    const current = await readPatient(this.http, value.id, opts.signal);
    if (!current && ifMatch !== null) throw new NotFoundError('Client', value.id);
    if (current && ifMatch !== `W/"${current.version ?? ''}"`) {
      throw new ConflictError<Client>({
        value: patientToClient(current.resource),
        version: `W/"${current.version ?? ''}"`,
      });
    }
    throwIfAborted(opts.signal);
    // Sent without the signal: once on the wire, its answer is always seen (see FhirHttp.write).
    const patient = clientToPatient(value, current?.resource);
    const res = await this.http.write('PUT', `Patient/${value.id}`, patient, ifMatch ?? undefined);
    if (isVersionConflict(res.status, res.body)) throw new ConflictError<Client>(await this.getClient(value.id));
    failIfError(res, `Writing Patient/${value.id}`);
    // A server may answer a write without the resource (Prefer: return=minimal): read it then.
    const version = versionFromEtag(res.etag);
    return res.body === undefined || version === undefined
      ? this.getClient(value.id)
      : { value: patientToClient(res.body), version: `W/"${version}"` };
  }
}

/** `TeamStore` over `CareTeam`, the people it points at, and `Communication` for its meetings. */
export class FhirTeamStore implements TeamStore, Pick<AdapterExtras, 'subscribe'> {
  private readonly listeners = new TeamListeners();

  constructor(private readonly http: FhirHttp) {}

  async getTeam(ref: TeamRef, opts: CallOptions = {}): Promise<Versioned<Team>> {
    const snapshot = await this.readSnapshot(ref, opts.signal);
    return { value: snapshot.team, version: snapshot.version };
  }

  /**
   * Reads a team in at most three round trips: the CareTeam (with `_include` for servers that
   * honour it); one `batch` for the people and organisations it names, its client and its
   * meetings; one more `batch` for the practitioners and organisations behind PractitionerRoles.
   */
  async readSnapshot(ref: TeamRef, signal: AbortSignal | undefined): Promise<TeamSnapshot> {
    const byId = 'teamId' in ref;
    const id = byId ? ref.teamId : ref.clientId;
    const what = byId ? id : `client ${id}`;
    if (!FHIR_ID.test(id)) throw new NotFoundError('Team', what);

    const query = byId ? `_id=${id}` : `subject=Patient/${id}`;
    const found = await search(this.http, `CareTeam?${query}&_include=CareTeam:participant&_count=50`, signal);
    const index = new ResourceIndex(this.http.baseUrl);
    const teams: AnyResource[] = [];
    for (const entry of found.entry ?? []) {
      if (!entry.resource) continue;
      if (entry.search?.mode === 'include') index.add(entry.resource);
      else if (entry.resource.resourceType === 'CareTeam') teams.push(entry.resource);
    }
    // Only what was asked for: a server (or a proxy) that ignored the search would otherwise show
    // someone else's team.
    const keys = new ResourceIndex(this.http.baseUrl);
    const preferences: Readonly<Record<string, number | undefined>> = TEAM_STATUS_PREFERENCE;
    const preference = (t: AnyResource) => preferences[String(t['status'])] ?? 9;
    const candidates = teams
      .filter((t) => (byId ? t.id === id : keys.keyOf(subjectOf(t)) === `Patient/${id}`))
      .filter((t) => t['status'] !== 'entered-in-error' && t.id !== undefined && FHIR_ID.test(t.id))
      .sort((a, b) => preference(a) - preference(b));
    const raw = candidates[0];
    if (!raw) throw new NotFoundError('Team', what);
    const careTeam = checkShape(CareTeamSchema, raw, 'CareTeam');

    const meetingsQuery =
      `Communication?recipient=CareTeam/${careTeam.id ?? ''}` +
      `&category=${encodeURIComponent(`${COMMUNICATION_CATEGORY_SYSTEM}|${TEAM_MEETING_CODE}`)}&_count=1000`;
    const [meetings] = await resolveBatch(
      this.http,
      index,
      [...participantReferences(careTeam), ...(careTeam.subject?.reference ? [careTeam.subject.reference] : [])],
      [meetingsQuery],
      signal,
    );
    await resolveBatch(this.http, index, roleReferences(careTeam, index), [], signal);
    return readTeamSnapshot(careTeam, index, resourcesOf(meetings));
  }

  async saveTeam(team: Team, ifMatch: string | null, opts: CallOptions = {}): Promise<Versioned<Team>> {
    const value = parse(TeamSchema, team);
    const { signal } = opts;
    throwIfAborted(signal);

    let base: TeamSnapshot | undefined;
    let client: Found<Patient> | undefined;
    if (ifMatch === null) {
      const existing = await this.readSnapshot({ teamId: value.id }, signal).catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      });
      if (existing) throw new ConflictError<Team>({ value: existing.team, version: existing.version });
      client = await readPatient(this.http, value.clientId, signal);
    } else {
      base = await this.readSnapshot({ teamId: value.id }, signal);
      if (base.version !== ifMatch) throw new ConflictError<Team>({ value: base.team, version: base.version });
    }
    // A create satisfies every rule; an update may keep what the stored team already broke (a
    // team from another system), so it can be mended one step at a time, but breaks nothing new.
    assertNoNewBreaks(base?.team, value);
    const organizations = await this.findOrganizations(value, base, signal);

    const entries = planTeamWrite(value, base, { client, organizations });
    if (base && entries.length === 0) return { value: base.team, version: base.version };
    throwIfAborted(signal);
    // Sent without the signal: once on the wire, its answer is always seen (see FhirHttp.write).
    const res = await this.http.write(
      'POST',
      '',
      { resourceType: 'Bundle', type: 'transaction', entry: entries },
      undefined,
    );
    if (isVersionConflict(res.status, res.body))
      throw new ConflictError<Team>(await this.getTeam({ teamId: value.id }));
    failIfError(res, 'Writing the team');

    const saved = await readBack(() => this.getTeam({ teamId: value.id }));
    this.listeners.notify(saved);
    return saved;
  }

  /**
   * The organisations the team names that the snapshot does not hold but the server may (found
   * by their SOTE OID), in one round trip, so a write refers to them instead of copying them.
   */
  private async findOrganizations(
    team: Team,
    base: TeamSnapshot | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Map<string, Found<Organization>>> {
    const ids = new Set(team.members.flatMap((m) => (m.organization ? [m.organization.id] : [])));
    // Ids FHIR cannot hold are refused by the write plan; they are not looked up.
    const unknown = [...ids].filter(
      (id) => !base?.organizations.has(id) && !base?.unresolvedOrganizations.has(id) && FHIR_ID.test(id),
    );
    const found = new Map<string, Found<Organization>>();
    if (unknown.length === 0) return found;
    // By the SOTE identifier, and by id: an Organization may carry its OID as either.
    const lookups = unknown.flatMap((id) => [
      ...(OID.test(id)
        ? [{ id, query: `Organization?identifier=${encodeURIComponent(`${SOTE_ORGANIZATION_SYSTEM}|urn:oid:${id}`)}` }]
        : []),
      { id, query: `Organization?_id=${id}` },
    ]);
    const answers = await resolveBatch(
      this.http,
      new ResourceIndex(this.http.baseUrl),
      [],
      lookups.map((l) => l.query),
      signal,
    );
    answers.forEach((bundle, i) => {
      const resource = resourcesOf(bundle).find((r) => r.resourceType === 'Organization');
      const id = lookups[i]?.id;
      if (resource?.id && id !== undefined && !found.has(id)) {
        const org = checkShape(OrganizationSchema, resource, 'Organization');
        found.set(id, { resource: org, key: `Organization/${resource.id}`, version: resource.meta?.versionId });
      }
    });
    return found;
  }

  /**
   * Updates for a team saved through this adapter (another widget on the same page). A FHIR
   * server's own notifications (Subscriptions) are not listened to.
   */
  subscribe<K extends keyof Subscriptions>(
    ref: SubscriptionRef<K>,
    listener: (value: Versioned<Subscriptions[K]['value']>) => void,
  ): () => void {
    return this.listeners.subscribe(ref, listener);
  }
}

/** The adapter a host passes to the widgets: every store this package implements. */
export class FhirAdapter implements ClientStore, TeamStore, ConsentStore, AssessmentStore, PlanStore, AdapterExtras {
  readonly http: FhirHttp;
  private readonly clients: FhirClientStore;
  private readonly teams: FhirTeamStore;
  private readonly consentListeners = new ConsentListeners();
  private consentStore: Promise<FhirConsentStore> | undefined;
  private readonly assessmentListeners = new AssessmentListeners();
  private readonly meterListeners = new MeterListeners();
  private assessmentStore: Promise<FhirAssessmentStore> | undefined;
  private readonly planListeners = new PlanListeners();
  private planStore: Promise<FhirPlanStore> | undefined;

  constructor(options: FhirAdapterOptions) {
    this.http = new FhirHttp(options);
    this.clients = new FhirClientStore(this.http);
    this.teams = new FhirTeamStore(this.http);
  }

  getClient(clientId: string, opts?: CallOptions): Promise<Versioned<Client>> {
    return this.clients.getClient(clientId, opts);
  }

  saveClient(client: Client, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Client>> {
    return this.clients.saveClient(client, ifMatch, opts);
  }

  getTeam(ref: TeamRef, opts?: CallOptions): Promise<Versioned<Team>> {
    return this.teams.getTeam(ref, opts);
  }

  saveTeam(team: Team, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<Team>> {
    return this.teams.saveTeam(team, ifMatch, opts);
  }

  /**
   * The consent store, loaded on first use (`consent-store.ts` and its mapping are a chunk of
   * their own, so a page that embeds only the roster never loads them). A failed load is not
   * kept: the next call loads again.
   */
  private consents(): Promise<FhirConsentStore> {
    this.consentStore ??= import('./consent-store.js').then(
      ({ FhirConsentStore }) => new FhirConsentStore(this.http, this.consentListeners),
      (error: unknown) => {
        this.consentStore = undefined;
        throw error;
      },
    );
    return this.consentStore;
  }

  async listConsents(clientId: string, opts?: CallOptions): Promise<readonly Versioned<ConsentRecord>[]> {
    return (await this.consents()).listConsents(clientId, opts);
  }

  async recordConsent(consent: ConsentRecord, opts?: CallOptions): Promise<Versioned<ConsentRecord>> {
    return (await this.consents()).recordConsent(consent, opts);
  }

  async revokeConsent(
    consentId: string,
    revocation: Revocation,
    ifMatch: string,
    opts?: CallOptions,
  ): Promise<Versioned<ConsentRecord>> {
    return (await this.consents()).revokeConsent(consentId, revocation, ifMatch, opts);
  }

  /**
   * The assessment store, loaded on first use (`assessment-store.ts` and its mapping are a chunk
   * of their own, so a page that embeds only the roster or the consent form never loads them).
   * A failed load is not kept: the next call loads again.
   */
  private assessments(): Promise<FhirAssessmentStore> {
    this.assessmentStore ??= import('./assessment-store.js').then(
      ({ FhirAssessmentStore }) => new FhirAssessmentStore(this.http, this.assessmentListeners),
      (error: unknown) => {
        this.assessmentStore = undefined;
        throw error;
      },
    );
    return this.assessmentStore;
  }

  async getTemplate(templateId: string, opts?: CallOptions): Promise<Versioned<AssessmentTemplate>> {
    return (await this.assessments()).getTemplate(templateId, opts);
  }

  async listAssessments(clientId: string, opts?: CallOptions): Promise<readonly Versioned<Assessment>[]> {
    return (await this.assessments()).listAssessments(clientId, opts);
  }

  async getAssessment(assessmentId: string, opts?: CallOptions): Promise<Versioned<Assessment>> {
    return (await this.assessments()).getAssessment(assessmentId, opts);
  }

  async saveAssessment(
    assessment: Assessment,
    ifMatch: string | null,
    opts?: CallOptions,
  ): Promise<Versioned<Assessment>> {
    return (await this.assessments()).saveAssessment(assessment, ifMatch, opts);
  }

  async listAssessmentVersions(assessmentId: string, opts?: CallOptions): Promise<readonly Versioned<Assessment>[]> {
    return (await this.assessments()).listAssessmentVersions(assessmentId, opts);
  }

  async listMeterReadings(
    clientId: string,
    meterId: string,
    opts?: CallOptions,
  ): Promise<readonly Versioned<MeterReading>[]> {
    return (await this.assessments()).listMeterReadings(clientId, meterId, opts);
  }

  async saveMeterReading(
    reading: MeterReading,
    ifMatch: string | null,
    opts?: CallOptions,
  ): Promise<Versioned<MeterReading>> {
    const saved = await (await this.assessments()).saveMeterReading(reading, ifMatch, opts);
    this.meterListeners.notify(saved);
    return saved;
  }

  /**
   * The plan store, loaded on first use (`plan-store.ts` and its mapping are a chunk of their
   * own, so a page that does not embed the plan viewer never loads them). A failed load is not
   * kept: the next call loads again.
   */
  private plans(): Promise<FhirPlanStore> {
    this.planStore ??= import('./plan-store.js').then(
      ({ FhirPlanStore }) => new FhirPlanStore(this.http, this.planListeners),
      (error: unknown) => {
        this.planStore = undefined;
        throw error;
      },
    );
    return this.planStore;
  }

  async getPlan(ref: PlanRef, opts?: CallOptions): Promise<VersionedPlan> {
    return (await this.plans()).getPlan(ref, opts);
  }

  async listPlanVersions(planId: string, opts?: CallOptions): Promise<readonly PlanVersion[]> {
    return (await this.plans()).listPlanVersions(planId, opts);
  }

  async savePlanPart(
    planId: string,
    part: PlanPart,
    ifMatch: string | null,
    opts?: CallOptions,
  ): Promise<Versioned<PlanPart>> {
    return (await this.plans()).savePlanPart(planId, part, ifMatch, opts);
  }

  async savePlanCommon(plan: PlanCommon, ifMatch: string | null, opts?: CallOptions): Promise<Versioned<PlanCommon>> {
    return (await this.plans()).savePlanCommon(plan, ifMatch, opts);
  }

  /**
   * Updates of a team, of a client's consents, of an assessment, of a client's meter readings or of a plan saved through this adapter
   * (another widget on the same page). A FHIR server's own notifications (Subscriptions) are not
   * listened to.
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
    if (ref.kind === 'plan') {
      return this.planListeners.add(ref as SubscriptionRef<'plan'>, listener);
    }
    if (ref.kind === 'meter') {
      return this.meterListeners.add(ref as SubscriptionRef<'meter'>, listener);
    }
    return this.teams.subscribe(ref, listener);
  }
}

/**
 * An adapter over the FHIR R4 server at `baseUrl`.
 *
 * ```ts
 * const adapter = createFhirAdapter({
 *   baseUrl: 'https://fhir.example.fi/R4',
 *   getAccessToken: () => auth.currentToken(), // called before every request, never stored
 * });
 * ```
 */
export function createFhirAdapter(options: FhirAdapterOptions): FhirAdapter {
  return new FhirAdapter(options);
}
