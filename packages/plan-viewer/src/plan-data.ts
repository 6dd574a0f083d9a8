/**
 * The plan as the viewer reads it: validated at the boundary, each part with its own version,
 * the services grouped by package and placed in their chains. Pure: no DOM, no Lit, nothing
 * localized, so unit tests reach it directly.
 */
import {
  ClientPlanSchema,
  PlanCommonSchema,
  PlanPartSchema,
  ValidationError,
  parseVersioned,
  type ClientPlan,
  type PlanCommon,
  type PlanPart,
  type PlannedService,
  type PlanRef,
  type PlanViews,
  type Versioned,
} from '@saumaton/core';

/** The version of each producer's part, by the producer's id. */
export type PartVersions = ReadonlyMap<string, string>;

/** Part versions of every plan value the viewer has read, kept beside the value (never in it). */
const partVersionsOf = new WeakMap<ClientPlan, PartVersions>();

/** The version of `producerId`'s part in `plan` as read; undefined when it has none (its first save takes `null`). */
export function partVersion(plan: ClientPlan, producerId: string): string | undefined {
  return partVersionsOf.get(plan)?.get(producerId);
}

function readPartVersions(answer: unknown): Map<string, string> {
  const listed = (answer as { partVersions?: unknown } | null)?.partVersions;
  const versions = new Map<string, string>();
  if (!Array.isArray(listed)) return versions;
  for (const entry of listed as unknown[]) {
    const { producerId, version } = (entry ?? {}) as { producerId?: unknown; version?: unknown };
    if (typeof producerId === 'string' && typeof version === 'string') versions.set(producerId, version);
  }
  return versions;
}

/**
 * A plan as `getPlan` answered it, validated (`ClientPlanSchema`), with its parts' versions
 * kept for `partVersion`. Refuses, with `ValidationError`, a plan that is not the one `ref` asked for.
 */
export function readPlan(answer: unknown, ref?: PlanRef): Versioned<ClientPlan> {
  const record = parseVersioned(ClientPlanSchema, answer);
  const plan = record.value;
  const wrong =
    ref && 'planId' in ref ? plan.id !== ref.planId : ref && 'clientId' in ref ? plan.clientId !== ref.clientId : false;
  if (wrong) {
    throw new ValidationError([
      { path: 'id', message: 'the adapter answered with another plan than the one asked for' },
    ]);
  }
  partVersionsOf.set(plan, readPartVersions(answer));
  return record;
}

/**
 * A plan's new version from a save of its common sections or a live update: a whole plan as read
 * (with `parts`), or the common sections alone, which keep `shown`'s parts and their versions.
 */
export function readPlanUpdate(answer: unknown, shown: ClientPlan | undefined): Versioned<ClientPlan> {
  const value = (answer as { value?: { parts?: unknown } } | null)?.value;
  if (value && Array.isArray(value.parts)) return readPlan(answer);
  const common = parseVersioned(PlanCommonSchema, answer);
  return withParts(common, shown);
}

/** The common sections `common` with `shown`'s parts and their versions. */
export function withParts(common: Versioned<PlanCommon>, shown: ClientPlan | undefined): Versioned<ClientPlan> {
  const { parts: _ignored, ...sections } = common.value as PlanCommon & { parts?: unknown };
  const plan: ClientPlan = { ...sections, parts: shown?.parts ?? [] };
  partVersionsOf.set(plan, shown ? (partVersionsOf.get(shown) ?? new Map()) : new Map());
  return { value: plan, version: common.version };
}

/** A producer's part as the store answered a save of it, validated; refused when it is another producer's. */
export function readPart(answer: unknown, producerId: string): Versioned<PlanPart> {
  const record = parseVersioned(PlanPartSchema, answer);
  if (record.value.producer.id !== producerId) {
    throw new ValidationError([{ path: 'producer.id', message: 'the adapter answered with another producer’s part' }]);
  }
  return record;
}

/** The part of `producerId` in a plan as read, with its version; null when the producer has none yet. */
export function partOf(plan: ClientPlan, producerId: string): Versioned<PlanPart> | null {
  const part = plan.parts.find((p) => p.producer.id === producerId);
  const version = partVersion(plan, producerId);
  return part && version !== undefined ? { value: part, version } : null;
}

/** The plan's parts, the one of `producerId` replaced by `own` (added when it is new). */
export function partsWith(plan: ClientPlan, own: PlanPart | undefined): readonly PlanPart[] {
  if (!own) return plan.parts;
  const i = plan.parts.findIndex((p) => p.producer.id === own.producer.id);
  return i < 0 ? [...plan.parts, own] : plan.parts.map((p, j) => (j === i ? own : p));
}

/** True when both views are recorded and say different things. */
export function viewsDiffer(views: PlanViews): boolean {
  const client = views.client?.text.trim();
  const professional = views.professional?.text.trim();
  return Boolean(client && professional && client !== professional);
}

/** A service with the part (and so the producer) it belongs to. */
export interface PlacedService {
  readonly service: PlannedService;
  readonly part: PlanPart;
}

/** The services of a service package (or of none: `package` undefined), in the parts' order. */
export interface PackageGroup {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly services: readonly PlacedService[];
}

/** Every service with its part, in the parts' order. */
export function placedServices(parts: readonly PlanPart[]): PlacedService[] {
  return parts.flatMap((part) => part.services.map((service) => ({ service, part })));
}

/** The services grouped by service package, packages in the order first met, the unpackaged last. */
export function packageGroups(parts: readonly PlanPart[]): PackageGroup[] {
  const groups = new Map<string, { id: string; name: string | undefined; services: PlacedService[] }>();
  const loose: PlacedService[] = [];
  for (const placed of placedServices(parts)) {
    const pkg = placed.service.package;
    if (!pkg) {
      loose.push(placed);
      continue;
    }
    let group = groups.get(pkg.id);
    if (!group) groups.set(pkg.id, (group = { id: pkg.id, name: pkg.name, services: [] }));
    group.name ??= pkg.name;
    group.services.push(placed);
  }
  const out: PackageGroup[] = [...groups.values()];
  if (loose.length && out.length) out.push({ id: undefined, name: undefined, services: loose });
  return out;
}

/** Statuses under which a service no longer covers its step of a chain. */
const NOT_COVERING: readonly string[] = ['ended', 'cancelled'];

/** One step of a service chain: the services on it and the producers that cover it. */
export interface ChainStep {
  readonly name: string;
  readonly services: readonly PlacedService[];
  /** The producers whose services on this step are in effect (not ended or cancelled). */
  readonly producers: readonly { readonly id: string; readonly name: string }[];
  /** No producer covers the step. */
  readonly gap: boolean;
  /** Two or more producers cover the same step. */
  readonly overlap: boolean;
}

export interface ServiceChain {
  readonly id: string;
  readonly name: string | undefined;
  readonly steps: readonly ChainStep[];
}

/**
 * The service chains the plan's services are placed in, each as its steps in order: the steps
 * the chain names (`chain.steps`, a list of step names the organiser's chain definition gives, on
 * any of its services), then any other step its services name, in the order of their start
 * dates. A step no service in effect covers is a gap; one that two producers cover, an overlap.
 */
export function serviceChains(parts: readonly PlanPart[]): ServiceChain[] {
  const chains = new Map<
    string,
    { id: string; name: string | undefined; declared: string[]; placed: PlacedService[] }
  >();
  for (const placed of placedServices(parts)) {
    const chain = placed.service.chain;
    if (!chain) continue;
    let entry = chains.get(chain.id);
    if (!entry) chains.set(chain.id, (entry = { id: chain.id, name: chain.name, declared: [], placed: [] }));
    entry.name ??= chain.name;
    const steps = (chain as { steps?: unknown }).steps;
    if (Array.isArray(steps)) {
      for (const step of steps)
        if (typeof step === 'string' && !entry.declared.includes(step)) entry.declared.push(step);
    }
    entry.placed.push(placed);
  }
  return [...chains.values()].map((entry) => {
    const byStart = [...entry.placed].sort((a, b) =>
      (a.service.start ?? '9999').localeCompare(b.service.start ?? '9999'),
    );
    const names = [...entry.declared];
    for (const placed of byStart) {
      const step = placed.service.chain?.step;
      if (step && !names.includes(step)) names.push(step);
    }
    const steps = names.map((name): ChainStep => {
      const services = byStart.filter((p) => p.service.chain?.step === name);
      const producers = new Map<string, string>();
      for (const { service, part } of services) {
        if (!NOT_COVERING.includes(service.status)) producers.set(part.producer.id, part.producer.name);
      }
      return {
        name,
        services,
        producers: [...producers].map(([id, producerName]) => ({ id, name: producerName })),
        gap: producers.size === 0,
        overlap: producers.size > 1,
      };
    });
    return { id: entry.id, name: entry.name, steps };
  });
}

/** The goals a service serves, by id, as their texts (unknown ids left out). */
export function goalTexts(plan: Pick<ClientPlan, 'goals'>, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).flatMap((id) => plan.goals.filter((g) => g.id === id).map((g) => g.text));
}
