/**
 * The plan store of the embedded adapters, loaded by `RecordAdapter` on the first plan call: a
 * page that embeds only the roster never loads the plan model and its rules.
 *
 * A plan is kept in pieces, each a record with a version of its own: the common sections in
 * `plans` (by the plan's id, listed by client) and each producer's part in `planParts` (by
 * `partKey(planId, producerId)`, listed by the plan's id). Every version of each is kept too
 * (`planVersions`, `planPartVersions`). A save compares-and-puts only its own piece, which is
 * what lets two producers save their own parts at the same time without a conflict.
 */
import { ConflictError, NotFoundError, assertNoIssues, throwIfAborted } from '../contract/errors.js';
import type { RecordListeners } from '../contract/record-listeners.js';
import type { PlanRef, PlanVersion, VersionedPlan } from '../contract/stores.js';
import type { CallOptions, Versioned } from '../contract/versioned.js';
import { parse } from '../model/parse.js';
import {
  ClientPlanSchema,
  PlanCommonSchema,
  PlanPartSchema,
  commonOf,
  type ClientPlan,
  type PlanCommon,
  type PlanPart,
} from '../model/plan.js';
import { checkPlan, checkPlanChange, checkPlanPart, checkPlanPartChange, planOrder } from '../rules/plan-rules.js';
import {
  notFoundIfMissing,
  storedValue,
  writeRecord,
  type Collection,
  type RecordBackend,
  type StoredRecord,
} from './record-io.js';

/** The backend and the listeners a plan call works with. */
export interface PlanRecords {
  readonly backend: RecordBackend;
  readonly listeners: RecordListeners<ClientPlan, { readonly planId: string }>;
}

/**
 * Between a plan's id and a producer's in a part's record id: a control character, which no id
 * may hold (`IdSchema`), so the two never run together.
 */
const SEPARATOR = '\u001f';

/** The record id of the part of `producerId` in the plan `planId`. */
export function partKey(planId: string, producerId: string): string {
  return `${planId}${SEPARATOR}${producerId}`;
}

/** The plan a part's record id belongs to. */
export function planOfPartKey(key: string): string {
  return key.slice(0, key.indexOf(SEPARATOR));
}

const versionNumber = (version: string) => Number.parseInt(version, 10) || 0;

/** The plan's parts, in the order its header lists the producers, any others after by id. */
async function readParts(backend: RecordBackend, common: PlanCommon, signal?: AbortSignal) {
  const records = await backend.listByClient('planParts', common.id, signal);
  throwIfAborted(signal);
  const parts = records.map((r) => ({ value: parse(PlanPartSchema, r.value), version: r.version }));
  const rank = new Map(common.header.producers.map((p, i) => [p.id, i]));
  const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return parts.sort((a, b) => {
    const [x, y] = [a.value.producer.id, b.value.producer.id];
    return order(x) - order(y) || (x < y ? -1 : x > y ? 1 : 0);
  });
}

/** The whole plan around its common sections as read. */
async function assemble(
  backend: RecordBackend,
  common: Versioned<PlanCommon>,
  signal?: AbortSignal,
): Promise<VersionedPlan> {
  const parts = await readParts(backend, common.value, signal);
  const value: ClientPlan = { ...common.value, parts: parts.map((p) => p.value) };
  return {
    value,
    version: common.version,
    partVersions: parts.map((p) => ({ producerId: p.value.producer.id, version: p.version })),
  };
}

export async function getPlan({ backend }: PlanRecords, ref: PlanRef, opts: CallOptions = {}): Promise<VersionedPlan> {
  throwIfAborted(opts.signal);
  let common: Versioned<PlanCommon> | undefined;
  if ('planId' in ref) {
    const record = await backend.get('plans', ref.planId, opts.signal);
    throwIfAborted(opts.signal);
    if (!record) throw new NotFoundError('ClientPlan', ref.planId);
    common = { value: parse(PlanCommonSchema, record.value), version: record.version };
  } else {
    const records = await backend.listByClient('plans', ref.clientId, opts.signal);
    throwIfAborted(opts.signal);
    const plans = records.map((r) => ({ value: parse(PlanCommonSchema, r.value), version: r.version }));
    common = plans.sort((a, b) => planOrder(a.value, b.value))[0];
    if (!common) throw new NotFoundError('ClientPlan', `client ${ref.clientId}`);
  }
  return assemble(backend, common, opts.signal);
}

/** Another instance (another tab) wrote `id` of `collection`: tells the listeners of the plan it belongs to. */
export function onChange(records: PlanRecords, collection: Collection, id: string): void {
  if (collection === 'plans') notifyPlan(records, id);
  else if (collection === 'planParts') notifyPlan(records, planOfPartKey(id));
}

/** Tells the listeners of the plan `planId` its new state; a plan no longer readable is the reader's problem. */
export function notifyPlan(records: PlanRecords, planId: string): void {
  if (records.listeners.size === 0) return;
  getPlan(records, { planId }, {}).then(
    (plan) => records.listeners.notify(plan),
    () => undefined,
  );
}

export async function savePlanCommon(
  records: PlanRecords,
  plan: PlanCommon,
  ifMatch: string | null,
  opts: CallOptions = {},
): Promise<Versioned<PlanCommon>> {
  const { backend } = records;
  const value = parse(PlanCommonSchema, commonOf(plan));
  assertNoIssues(checkPlan(value));
  if (ifMatch !== null) {
    throwIfAborted(opts.signal);
    const stored = await backend.get('plans', value.id, opts.signal);
    if (!stored) throw new NotFoundError('ClientPlan', value.id);
    if (stored.version !== ifMatch) {
      throw new ConflictError({ value: parse(PlanCommonSchema, stored.value), version: stored.version });
    }
    assertNoIssues(checkPlanChange(storedValue(PlanCommonSchema, stored), value));
  }
  const saved = await writeRecord(
    backend,
    'plans',
    value.id,
    value.clientId,
    value,
    ifMatch,
    PlanCommonSchema,
    opts.signal,
    'planVersions',
  ).catch((error: unknown) => notFoundIfMissing(error, ifMatch, 'ClientPlan', value.id));
  notifyPlan(records, value.id);
  return saved;
}

export async function savePlanPart(
  records: PlanRecords,
  planId: string,
  part: PlanPart,
  ifMatch: string | null,
  opts: CallOptions = {},
): Promise<Versioned<PlanPart>> {
  const { backend } = records;
  const value = parse(PlanPartSchema, part);
  assertNoIssues(checkPlanPart(value));
  throwIfAborted(opts.signal);
  if (!(await backend.get('plans', planId, opts.signal))) throw new NotFoundError('ClientPlan', planId);
  const key = partKey(planId, value.producer.id);
  if (ifMatch !== null) {
    throwIfAborted(opts.signal);
    const stored = await backend.get('planParts', key, opts.signal);
    if (!stored) throw new NotFoundError('PlanPart', value.producer.id);
    if (stored.version !== ifMatch) {
      throw new ConflictError({ value: parse(PlanPartSchema, stored.value), version: stored.version });
    }
    assertNoIssues(checkPlanPartChange(storedValue(PlanPartSchema, stored), value));
  }
  const saved = await writeRecord(
    backend,
    'planParts',
    key,
    planId,
    value,
    ifMatch,
    PlanPartSchema,
    opts.signal,
    'planPartVersions',
  ).catch((error: unknown) => notFoundIfMissing(error, ifMatch, 'PlanPart', value.producer.id));
  notifyPlan(records, planId);
  return saved;
}

/** A piece's kept versions in the order saved; a piece stored without them (by other software) has its current one. */
function versionsOf(kept: StoredRecord[], current: StoredRecord): StoredRecord[] {
  return kept.length > 0 ? kept.sort((a, b) => versionNumber(a.version) - versionNumber(b.version)) : [current];
}

/** When a version was saved, as a number to order by; unknown first. */
function timeOf(version: PlanVersion): number {
  const time = version.changedAt === undefined ? Number.NaN : Date.parse(version.changedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * The versions of several pieces merged oldest first by when each was saved, each piece's own
 * versions kept in the order they were saved whatever the writers' clocks said.
 */
export function mergeVersions(pieces: readonly (readonly PlanVersion[])[]): PlanVersion[] {
  const heads = pieces.map(() => 0);
  const merged: PlanVersion[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < pieces.length; i++) {
      const candidate = pieces[i]![heads[i]!];
      if (!candidate) continue;
      if (best < 0 || timeOf(candidate) < timeOf(pieces[best]![heads[best]!]!)) best = i;
    }
    if (best < 0) return merged;
    merged.push(pieces[best]![heads[best]!]!);
    heads[best]!++;
  }
}

export async function listPlanVersions(
  { backend }: PlanRecords,
  planId: string,
  opts: CallOptions = {},
): Promise<PlanVersion[]> {
  throwIfAborted(opts.signal);
  const current = await backend.get('plans', planId, opts.signal);
  throwIfAborted(opts.signal);
  if (!current) throw new NotFoundError('ClientPlan', planId);
  const common = versionsOf(await backend.listByClient('planVersions', planId, opts.signal), current).map(
    (r): PlanVersion => {
      const value = parse(PlanCommonSchema, r.value);
      const changedBy = value.updatedBy ?? value.header.author;
      const changedAt = value.updatedAt ?? value.header.createdAt;
      return { section: 'common', version: r.version, value, changedBy, changedAt };
    },
  );
  const pieces: PlanVersion[][] = [common];
  for (const part of await backend.listByClient('planParts', planId, opts.signal)) {
    const kept = await backend.listByClient('planPartVersions', part.id, opts.signal);
    pieces.push(
      versionsOf(kept, part).map((r): PlanVersion => {
        const value = parse(PlanPartSchema, r.value);
        return {
          section: 'part',
          producerId: value.producer.id,
          version: r.version,
          value,
          changedBy: value.author,
          changedAt: value.updatedAt,
        };
      }),
    );
  }
  throwIfAborted(opts.signal);
  return mergeVersions(pieces);
}

/**
 * Stores a whole plan as it is, its common sections and every part, checking their shape but not
 * the plan rules, and never over an existing plan or part (`ConflictError`): how plans written
 * elsewhere get into an embedded store, and how `seed()` and tests put them there.
 */
export async function importPlan(
  records: PlanRecords,
  plan: ClientPlan,
  opts: CallOptions = {},
): Promise<VersionedPlan> {
  const { backend } = records;
  const whole = parse(ClientPlanSchema, plan);
  const common = commonOf(whole);
  await writeRecord(
    backend,
    'plans',
    common.id,
    common.clientId,
    common,
    null,
    PlanCommonSchema,
    opts.signal,
    'planVersions',
  );
  for (const part of whole.parts) {
    await writeRecord(
      backend,
      'planParts',
      partKey(common.id, part.producer.id),
      common.id,
      part,
      null,
      PlanPartSchema,
      opts.signal,
      'planPartVersions',
    );
  }
  notifyPlan(records, common.id);
  return getPlan(records, { planId: common.id }, opts);
}
