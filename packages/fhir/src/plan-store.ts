/**
 * `PlanStore` over FHIR: the common sections a master `CarePlan` with its `Goal`s, each
 * producer's part a `CarePlan` `partOf` it with its `ServiceRequest`s (map-plan.ts has the
 * mapping). Each save is one `transaction`: the piece's CarePlan under `If-Match` on its own
 * version, the resources it owns, and a `Provenance`, so a piece and its resources change all
 * together or not at all, and two producers saving their own parts never touch the same resource.
 *
 * The adapter loads this module only when one of its plan methods is first called, so a page that
 * does not embed the plan viewer never downloads it.
 */
import {
  AdapterError,
  ConflictError,
  NotFoundError,
  PlanCommonSchema,
  PlanListeners,
  PlanPartSchema,
  ValidationError,
  assertNoIssues,
  checkPlan,
  checkPlanChange,
  checkPlanPart,
  checkPlanPartChange,
  commonOf,
  parse,
  planOrder,
  throwIfAborted,
  type CallOptions,
  type ClientPlan,
  type PlanCommon,
  type PlanPart,
  type PlanPerson,
  type PlanRef,
  type PlanStore,
  type PlanVersion,
  type Versioned,
  type VersionedPlan,
} from '@saumaton/core';
import { FHIR_ID, compact, uuid } from './datatypes.js';
import { errorForStatus, isVersionConflict, versionFromEtag, type FhirHttp, type FhirResponse } from './http.js';
import {
  fhirToPlanCommon,
  fhirToPlanPart,
  goalToFhir,
  isPart,
  partOrder,
  planCommonToFhir,
  planPartToFhir,
  planRevisionOf,
  producerIdOf,
  serviceToFhir,
  type FhirCarePlan,
  type FhirGoal,
  type FhirServiceRequest,
  type Resolve,
} from './map-plan.js';
import { organizationReference } from './organization-ref.js';
import { readBack, resolveBatch, resourcesOf, search } from './read.js';
import { ResourceIndex } from './resource-index.js';
import type { AnyResource, Bundle } from './resources.js';

const weak = (version: string | undefined) => `W/"${version ?? ''}"`;
const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
/** One search answers this many matches: a plan has far fewer parts. */
const MANY = 1000;

/** A plan as read: the resources it was read from, and the plan they hold. */
interface Snapshot {
  readonly master: FhirCarePlan;
  readonly parts: readonly { readonly carePlan: FhirCarePlan; readonly producerId: string }[];
  readonly index: ResourceIndex;
  readonly plan: VersionedPlan;
}

interface Entry {
  fullUrl?: string;
  resource: AnyResource;
  request: { method: 'POST' | 'PUT'; url: string; ifMatch?: string };
}

function failIfError(res: FhirResponse, what: string): void {
  const error = errorForStatus(res.status, res.body, what);
  if (error) throw error;
  if (res.status >= 300) throw new AdapterError(`${what} answered HTTP ${String(res.status)}`);
}

/** Ids in FHIR: a value the server cannot hold is refused before anything is sent. */
function assertFhirIds(ids: Record<string, string>): void {
  const issues = Object.entries(ids)
    .filter(([, id]) => !FHIR_ID.test(id))
    .map(([path]) => ({ path, message: 'must be a FHIR id (up to 64 of A-Za-z0-9-.)' }));
  if (issues.length > 0) throw new ValidationError(issues);
}

const asCarePlan = (r: AnyResource | undefined) => (r?.resourceType === 'CarePlan' ? (r as FhirCarePlan) : undefined);
const partOfId = (carePlan: FhirCarePlan) =>
  (carePlan.partOf ?? []).flatMap((p) => /(?:^|\/)CarePlan\/([^/]+)/.exec(p.reference ?? '')?.[1] ?? []);
const references = (list: readonly { reference?: string }[] | undefined) =>
  (list ?? []).flatMap((r) => r.reference ?? []);
const activityReferences = (carePlan: FhirCarePlan) =>
  (carePlan.activity ?? []).flatMap((a) => a.reference?.reference ?? []);

/** Who did a save, for its Provenance: the person, on behalf of the organisation. */
function provenance(target: string, person: PlanPerson, organization: object, create: boolean) {
  return compact({
    resourceType: 'Provenance',
    target: [{ reference: target }],
    recorded: new Date().toISOString(),
    activity: { coding: [{ system: DATA_OPERATION, code: create ? 'CREATE' : 'UPDATE' }] },
    agent: [
      compact({
        who: compact({
          display: person.name,
          reference: person.practitionerId === undefined ? undefined : `Practitioner/${person.practitionerId}`,
        }),
        onBehalfOf: organization,
      }),
    ],
  }) as AnyResource;
}

export class FhirPlanStore implements PlanStore {
  /**
   * `listeners`: who hears of a plan saved through this store. The adapter passes its own, made
   * before this module is loaded, so a widget subscribed before the first plan call still hears.
   */
  constructor(
    private readonly http: FhirHttp,
    readonly listeners: PlanListeners = new PlanListeners(),
  ) {}

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  async getPlan(ref: PlanRef, opts: CallOptions = {}): Promise<VersionedPlan> {
    return (await this.read(ref, opts.signal)).plan;
  }

  /**
   * Reads a plan, whatever its number of parts, in at most three round trips (two by its id):
   * 1. by id, one `batch` of the master (`CarePlan?_id=…&_include=CarePlan:goal&_include=
   *    CarePlan:activity-reference`) and its parts (`CarePlan?part-of=CarePlan/…&_include=
   *    CarePlan:activity-reference`); by client, `CarePlan?subject=Patient/…&_revinclude=
   *    CarePlan:part-of&_include=…`, which finds the client's plans and their parts at once;
   * 2. one `batch` for what the includes did not bring (a server may ignore them): the goals and
   *    services by `_id`, and by client, on a server that ignored them, the chosen plan's parts by
   *    `part-of`. Not sent when there is nothing to fetch;
   * 3. by client only, and only when step 2 found parts not yet seen: their services.
   */
  private async read(ref: PlanRef, signal: AbortSignal | undefined): Promise<Snapshot> {
    throwIfAborted(signal);
    const byId = 'planId' in ref;
    const id = byId ? ref.planId : ref.clientId;
    const what = byId ? id : `client ${id}`;
    if (!FHIR_ID.test(id)) throw new NotFoundError('ClientPlan', what);
    const index = new ResourceIndex(this.http.baseUrl);
    const include = '_include=CarePlan:goal&_include=CarePlan:activity-reference';
    let found: AnyResource[];
    let included = false;
    if (byId) {
      const [masters, parts] = await resolveBatch(
        this.http,
        index,
        [],
        [`CarePlan?_id=${id}&${include}`, `CarePlan?part-of=CarePlan/${id}&${include}&_count=${String(MANY)}`],
        signal,
      );
      found = [...resourcesOf(masters), ...resourcesOf(parts)];
    } else {
      const bundle = await search(
        this.http,
        `CarePlan?subject=Patient/${id}&_revinclude=CarePlan:part-of&${include}&_count=${String(MANY)}`,
        signal,
      );
      found = resourcesOf(bundle);
      // A server that honours the includes brought every part too: none to look for by `part-of`.
      included = (bundle.entry ?? []).some((e) => e.search?.mode === 'include');
    }
    for (const resource of found) index.add(resource);
    const carePlans = found.flatMap((r) => asCarePlan(r) ?? []).filter((c) => c.status !== 'entered-in-error');
    const master = byId
      ? carePlans.find((c) => c.id === id && !isPart(c))
      : this.choose(
          carePlans.filter((c) => !isPart(c)),
          index,
        );
    if (!master?.id) throw new NotFoundError('ClientPlan', what);
    const masterId = master.id;
    const partsOf = (list: readonly FhirCarePlan[]) => list.filter((c) => partOfId(c).includes(masterId));
    let parts = partsOf(carePlans);
    const extra = byId || included ? [] : [`CarePlan?part-of=CarePlan/${masterId}&_count=${String(MANY)}`];
    const [moreParts] = await resolveBatch(
      this.http,
      index,
      [...references(master.goal), ...parts.flatMap(activityReferences)],
      extra,
      signal,
    );
    const known = new Set(parts.map((p) => p.id));
    const newParts = partsOf(resourcesOf(moreParts).flatMap((r) => asCarePlan(r) ?? [])).filter(
      (p) => !known.has(p.id) && p.status !== 'entered-in-error',
    );
    if (newParts.length > 0) {
      for (const part of newParts) index.add(part);
      parts = [...parts, ...newParts];
      await resolveBatch(this.http, index, newParts.flatMap(activityReferences), [], signal);
    }
    throwIfAborted(signal);
    return this.snapshot(master, parts, index);
  }

  /** The client's plan among their CarePlans, as `planOrder` picks it; plans that cannot be read are passed over. */
  private choose(masters: readonly FhirCarePlan[], index: ResourceIndex): FhirCarePlan | undefined {
    const resolve: Resolve = (ref, container) => index.find(ref, container)?.resource;
    const readable = masters.flatMap((carePlan) => {
      try {
        return [{ carePlan, common: fhirToPlanCommon(carePlan, resolve) }];
      } catch (error) {
        if (error instanceof ValidationError) return [];
        throw error;
      }
    });
    return readable.sort((a, b) => planOrder(a.common, b.common))[0]?.carePlan;
  }

  private snapshot(master: FhirCarePlan, partPlans: readonly FhirCarePlan[], index: ResourceIndex): Snapshot {
    const resolve: Resolve = (ref, container) => index.find(ref, container)?.resource;
    const common = fhirToPlanCommon(master, resolve);
    const order = partOrder(common.header.producers);
    const seen = new Set<string>();
    const parts = partPlans
      .map((carePlan) => ({ carePlan, producerId: producerIdOf(carePlan) }))
      .sort((a, b) => order(a.producerId, b.producerId))
      // One part per producer: a second CarePlan of the same producer (another system's) is not read.
      .filter((p) => !seen.has(p.producerId) && seen.add(p.producerId));
    const value: ClientPlan = { ...common, parts: parts.map((p) => fhirToPlanPart(p.carePlan, resolve)) };
    return {
      master,
      parts,
      index,
      plan: {
        value,
        version: weak(master.meta?.versionId),
        partVersions: parts.map((p) => ({ producerId: p.producerId, version: weak(p.carePlan.meta?.versionId) })),
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Writing
  // -------------------------------------------------------------------------------------------

  /**
   * Checks the common sections (schema, `checkPlan`, `checkPlanChange`), then one transaction:
   * the master `PUT CarePlan/<id>` under `If-Match` (a create after reading that the id is free),
   * each goal's Goal (`PUT` the one it had, `POST` a new one), a goal no longer in the plan
   * `cancelled`, and a Provenance.
   */
  async savePlanCommon(
    plan: PlanCommon,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<PlanCommon>> {
    const value = parse(PlanCommonSchema, commonOf(plan));
    assertNoIssues(checkPlan(value));
    assertFhirIds({ id: value.id, clientId: value.clientId });
    const { signal } = opts;
    const current = await this.read({ planId: value.id }, signal).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    const currentCommon = (s: Snapshot) => ({ value: commonOf(s.plan.value), version: s.plan.version });
    if (ifMatch === null) {
      if (current) throw new ConflictError<PlanCommon>(currentCommon(current));
    } else {
      if (!current) throw new NotFoundError('ClientPlan', value.id);
      if (current.plan.version !== ifMatch) throw new ConflictError<PlanCommon>(currentCommon(current));
      assertNoIssues(checkPlanChange(commonOf(current.plan.value), value));
    }

    const revision = uuid();
    const entries: Entry[] = [];
    // The Goals the plan had, by goal id: kept where the goal stays, so their history is one.
    const had = new Map<string, { key: string; resource: FhirGoal }>();
    for (const reference of references(current?.master.goal)) {
      const found = current?.index.find(reference);
      if (found && !found.key.startsWith('#')) {
        had.set(fhirGoalId(found.resource as FhirGoal), { key: found.key, resource: found.resource as FhirGoal });
      }
    }
    const goalReferences = value.goals.map((goal) => {
      const base = had.get(goal.id);
      had.delete(goal.id);
      const resource = goalToFhir(goal, {
        clientId: value.clientId,
        organizer: value.header.organizer,
        base: base?.resource,
        revision,
      });
      if (base) {
        entries.push({ resource, request: { method: 'PUT', url: base.key } });
        return base.key;
      }
      const fullUrl = `urn:uuid:${uuid()}`;
      entries.push({ fullUrl, resource, request: { method: 'POST', url: 'Goal' } });
      return fullUrl;
    });
    for (const { key, resource } of had.values()) {
      // A goal taken out of the plan is cancelled, not deleted: its history stays readable.
      entries.push({
        resource: retired(resource, 'lifecycleStatus', 'cancelled', revision),
        request: { method: 'PUT', url: key },
      });
    }
    const masterAt = entries.length;
    entries.push({
      resource: planCommonToFhir(value, { base: current?.master, goalReferences, revision }),
      request: {
        method: 'PUT',
        url: `CarePlan/${value.id}`,
        ...(current?.master.meta?.versionId !== undefined && { ifMatch: weak(current.master.meta.versionId) }),
      },
    });
    entries.push({
      resource: provenance(
        `CarePlan/${value.id}`,
        value.updatedBy ?? value.header.author,
        organizationReference(value.header.organizer),
        ifMatch === null,
      ),
      request: { method: 'POST', url: 'Provenance' },
    });

    const res = await this.transaction(entries, signal, `Writing CarePlan/${value.id}`, async () => {
      const now = await this.read({ planId: value.id }, undefined).catch(() => undefined);
      return new ConflictError<PlanCommon>(now && currentCommon(now));
    });
    const version = entryVersion(res, masterAt);
    const saved =
      version === undefined
        ? await readBack(async () => currentCommon(await this.read({ planId: value.id }, undefined)))
        : { value, version: weak(version) };
    this.notify(value.id);
    return saved;
  }

  /**
   * Checks the part (schema, `checkPlanPart`, `checkPlanPartChange`), reads the plan, then one
   * transaction: the part's CarePlan under `If-Match` on **its own** version (`POST` for a first
   * part), each service's ServiceRequest (`PUT` the one it had, `POST` a new one), a service no
   * longer in the part `revoked`, and a Provenance. The master and the other parts are not
   * written, so producers saving their own parts never conflict.
   */
  async savePlanPart(
    planId: string,
    part: PlanPart,
    ifMatch: string | null,
    opts: CallOptions = {},
  ): Promise<Versioned<PlanPart>> {
    const value = parse(PlanPartSchema, part);
    assertNoIssues(checkPlanPart(value));
    const { signal } = opts;
    const current = await this.read({ planId }, signal);
    const at = current.parts.findIndex((p) => p.producerId === value.producer.id);
    const existing = at < 0 ? undefined : current.parts[at];
    const currentPart = (s: Snapshot) => {
      const i = s.parts.findIndex((p) => p.producerId === value.producer.id);
      const found = s.plan.value.parts[i];
      return found && { value: found, version: s.plan.partVersions[i]?.version ?? '' };
    };
    if (ifMatch === null) {
      if (existing) throw new ConflictError<PlanPart>(currentPart(current));
    } else {
      if (!existing) throw new NotFoundError('PlanPart', value.producer.id);
      const stored = currentPart(current);
      if (stored?.version !== ifMatch) throw new ConflictError<PlanPart>(stored);
      assertNoIssues(checkPlanPartChange(stored.value, value));
    }

    const { clientId } = current.plan.value;
    const revision = uuid();
    const goalReferences = new Map<string, string>();
    for (const reference of references(current.master.goal)) {
      const found = current.index.find(reference);
      if (found && !found.key.startsWith('#')) goalReferences.set(fhirGoalId(found.resource as FhirGoal), found.key);
    }
    const had = new Map<string, { key: string; resource: FhirServiceRequest }>();
    for (const reference of existing ? activityReferences(existing.carePlan) : []) {
      const found = current.index.find(reference, existing?.carePlan);
      if (found?.resource.resourceType === 'ServiceRequest' && !found.key.startsWith('#')) {
        had.set(fhirGoalId(found.resource as FhirGoal), {
          key: found.key,
          resource: found.resource as FhirServiceRequest,
        });
      }
    }
    const entries: Entry[] = [];
    const serviceReferences = value.services.map((service) => {
      const base = had.get(service.id);
      had.delete(service.id);
      // Read markers of the mapping, not the service's: an inline activity becomes a ServiceRequest.
      const { inline: _inline, missing: _missing, ...own } = service;
      const resource = serviceToFhir(own, {
        clientId,
        producer: value.producer,
        base: base?.resource,
        goalReferences,
        revision,
      });
      if (base) {
        entries.push({ resource, request: { method: 'PUT', url: base.key } });
        return base.key;
      }
      const fullUrl = `urn:uuid:${uuid()}`;
      entries.push({ fullUrl, resource, request: { method: 'POST', url: 'ServiceRequest' } });
      return fullUrl;
    });
    for (const { key, resource } of had.values()) {
      // A service taken out of the part is revoked, not deleted: its history stays readable.
      entries.push({
        resource: retired(resource, 'status', 'revoked', revision),
        request: { method: 'PUT', url: key },
      });
    }
    const partAt = entries.length;
    const carePlan = planPartToFhir(value, { planId, clientId, base: existing?.carePlan, serviceReferences, revision });
    const partUrl = existing ? `CarePlan/${existing.carePlan.id ?? ''}` : `urn:uuid:${uuid()}`;
    entries.push(
      existing
        ? {
            resource: carePlan,
            request: { method: 'PUT', url: partUrl, ifMatch: weak(existing.carePlan.meta?.versionId) },
          }
        : { fullUrl: partUrl, resource: carePlan, request: { method: 'POST', url: 'CarePlan' } },
    );
    entries.push({
      resource: provenance(partUrl, value.author, organizationReference(value.producer), !existing),
      request: { method: 'POST', url: 'Provenance' },
    });

    const res = await this.transaction(entries, signal, `Writing the part of ${value.producer.id}`, async () => {
      const now = await this.read({ planId }, undefined).catch(() => undefined);
      return new ConflictError<PlanPart>(now && currentPart(now));
    });
    const version = entryVersion(res, partAt);
    const saved =
      version === undefined
        ? await readBack(async () => {
            const found = currentPart(await this.read({ planId }, undefined));
            if (!found) throw new AdapterError(`The part of ${value.producer.id} could not be read back`);
            return found;
          })
        : { value, version: weak(version) };
    this.notify(planId);
    return saved;
  }

  /** Sends a write transaction (without the signal: once on the wire, its answer is always seen). */
  private async transaction(
    entries: Entry[],
    signal: AbortSignal | undefined,
    what: string,
    conflict: () => Promise<Error>,
  ): Promise<FhirResponse> {
    throwIfAborted(signal);
    const res = await this.http.write(
      'POST',
      '',
      { resourceType: 'Bundle', type: 'transaction', entry: entries },
      undefined,
    );
    if (isVersionConflict(res.status, res.body)) throw await conflict();
    failIfError(res, what);
    return res;
  }

  /** Tells the listeners of the plan its new state; a plan no longer readable is the reader's problem. */
  private notify(planId: string): void {
    if (this.listeners.size === 0) return;
    this.getPlan({ planId }).then(
      (plan) => this.listeners.notify(plan),
      () => undefined,
    );
  }

  // -------------------------------------------------------------------------------------------
  // History
  // -------------------------------------------------------------------------------------------

  /**
   * Every version of the master and of each part, from the server's `_history`, in three
   * round trips whatever the number of parts: one `batch` of the master's history and its parts;
   * one of each part's history and of the history of every Goal a master version referenced; one
   * of the history of every ServiceRequest a part version referenced. A version of a piece is read
   * with the versions of its Goals or ServiceRequests that the same save wrote (`plan-revision`),
   * else the ones current at the time (other systems' writes). Who and when are the version's own
   * (`updatedBy`/`updatedAt` of the common sections, `author`/`updatedAt` of a part: what the
   * writer said); each save's Provenance records the same for the server's audit.
   */
  async listPlanVersions(planId: string, opts: CallOptions = {}): Promise<readonly PlanVersion[]> {
    const { signal } = opts;
    throwIfAborted(signal);
    if (!FHIR_ID.test(planId)) throw new NotFoundError('ClientPlan', planId);
    const index = new ResourceIndex(this.http.baseUrl);
    const [history, parts] = await resolveBatch(
      this.http,
      index,
      [],
      [
        `CarePlan/${planId}/_history?_count=${String(MANY)}`,
        `CarePlan?part-of=CarePlan/${planId}&_count=${String(MANY)}`,
      ],
      signal,
    );
    const masters = versionsOf(history, 'CarePlan', planId) as FhirCarePlan[];
    if (masters.length === 0 || masters.every(isPart)) throw new NotFoundError('ClientPlan', planId);
    const partIds = resourcesOf(parts)
      .flatMap((r) => asCarePlan(r) ?? [])
      .filter((c) => c.id !== undefined && partOfId(c).includes(planId))
      .map((c) => c.id as string);
    const goalKeys = unique(masters.flatMap((m) => references(m.goal)).flatMap((r) => index.keyOf(r) ?? []));
    const second = await resolveBatch(
      this.http,
      index,
      [],
      [
        ...partIds.map((id) => `CarePlan/${id}/_history?_count=${String(MANY)}`),
        ...goalKeys.map((k) => `${k}/_history?_count=${String(MANY)}`),
      ],
      signal,
    );
    const partHistories = partIds.map((id, i) => versionsOf(second[i], 'CarePlan', id) as FhirCarePlan[]);
    const histories = new Map<string, AnyResource[]>();
    goalKeys.forEach((key, i) =>
      histories.set(key, versionsOf(second[partIds.length + i], 'Goal', key.split('/')[1] ?? '')),
    );
    const serviceKeys = unique(
      partHistories
        .flat()
        .flatMap((p) => activityReferences(p))
        .flatMap((r) => index.keyOf(r) ?? []),
    );
    const third = await resolveBatch(
      this.http,
      index,
      [],
      serviceKeys.map((k) => `${k}/_history?_count=${String(MANY)}`),
      signal,
    );
    serviceKeys.forEach((key, i) =>
      histories.set(key, versionsOf(third[i], 'ServiceRequest', key.split('/')[1] ?? '')),
    );
    throwIfAborted(signal);

    /** The references of a version, each to the version of its resource that the same save wrote. */
    const resolveAt =
      (version: AnyResource): Resolve =>
      (reference, container) => {
        if (reference?.startsWith('#')) return index.find(reference, container)?.resource;
        const key = index.keyOf(reference);
        const list = key === undefined ? undefined : histories.get(key);
        if (!list || list.length === 0) return undefined;
        const revision = planRevisionOf(version);
        const same = revision === undefined ? undefined : list.find((r) => planRevisionOf(r) === revision);
        if (same) return same;
        const when = lastUpdated(version);
        return list.filter((r) => lastUpdated(r) <= when).at(-1) ?? list[0];
      };

    const common = masters
      .filter((m) => !isPart(m))
      .map((m): PlanVersion => {
        const value = fhirToPlanCommon(m, resolveAt(m));
        return {
          section: 'common',
          version: weak(m.meta?.versionId),
          value,
          changedBy: value.updatedBy ?? value.header.author,
          changedAt: value.updatedAt ?? value.header.createdAt,
        };
      });
    const pieces = [
      common,
      ...partHistories.map((versions) =>
        versions.map((p): PlanVersion => {
          const value = fhirToPlanPart(p, resolveAt(p));
          return {
            section: 'part',
            producerId: producerIdOf(p),
            version: weak(p.meta?.versionId),
            value,
            changedBy: value.author,
            changedAt: value.updatedAt,
          };
        }),
      ),
    ];
    return mergeVersions(pieces);
  }
}

/** The versions of `type/id` a `_history` Bundle holds, oldest first (a server lists them newest first). */
function versionsOf(bundle: Bundle | undefined, type: string, id: string): AnyResource[] {
  return resourcesOf(bundle)
    .filter((r) => r.resourceType === type && r.id === id)
    .sort((a, b) => lastUpdated(a).localeCompare(lastUpdated(b)));
}

const lastUpdated = (r: AnyResource) => (r.meta as { lastUpdated?: string } | undefined)?.lastUpdated ?? '';
const unique = (list: readonly string[]) => [...new Set(list)];

/** The plan item id of a Goal or a ServiceRequest: ours, else its resource id. */
function fhirGoalId(resource: FhirGoal | FhirServiceRequest): string {
  return (
    resource.identifier?.find((i) => i.system === 'https://saumaton.fi/fhir/NamingSystem/plan-item')?.value ??
    resource.id ??
    ''
  );
}

/** A resource taken out of the plan, with the status that says so and the save that did it. */
function retired(resource: AnyResource, element: string, status: string, revision: string): AnyResource {
  const { meta: _meta, ...rest } = resource as AnyResource & { meta?: unknown };
  const extension = ((resource['extension'] ?? []) as { url: string }[]).filter(
    (e) => e.url !== 'https://saumaton.fi/fhir/StructureDefinition/plan-revision',
  );
  return {
    ...rest,
    [element]: status,
    extension: [
      ...extension,
      { url: 'https://saumaton.fi/fhir/StructureDefinition/plan-revision', valueString: revision },
    ],
  };
}

/** The version a transaction answer gives its entry `at`. */
function entryVersion(res: FhirResponse, at: number): string | undefined {
  const entry = (res.body as Bundle | undefined)?.entry?.[at];
  return versionFromEtag(entry?.response?.etag) ?? entry?.resource?.meta?.versionId;
}

function timeOf(version: PlanVersion): number {
  const time = version.changedAt === undefined ? Number.NaN : Date.parse(version.changedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** The versions of several pieces merged oldest first by when each was saved, each piece's in the order saved. */
function mergeVersions(pieces: readonly (readonly PlanVersion[])[]): PlanVersion[] {
  const heads = pieces.map(() => 0);
  const merged: PlanVersion[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < pieces.length; i++) {
      const candidate = pieces[i]?.[heads[i] ?? 0];
      if (!candidate) continue;
      const leader = best < 0 ? undefined : pieces[best]?.[heads[best] ?? 0];
      if (!leader || timeOf(candidate) < timeOf(leader)) best = i;
    }
    if (best < 0) return merged;
    merged.push(pieces[best]?.[heads[best] ?? 0] as PlanVersion);
    heads[best] = (heads[best] ?? 0) + 1;
  }
}
