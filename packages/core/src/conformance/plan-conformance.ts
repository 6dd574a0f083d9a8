/**
 * The plan store's conformance suite: the tests every `PlanStore` passes, apart from the adapter
 * suite, since a provider implements only the stores of the widgets it embeds. It is defined and
 * run like `adapterConformance` (Mocha's globals by default, or the test functions passed as the
 * third argument):
 *
 * ```ts
 * planConformance('MyAdapter', {
 *   // Put the fixtures straight into the backend (one plan was written by another system and
 *   // breaks the plan rules), then hand back an adapter over it.
 *   async create(fixtures) { await backend.reset(fixtures); return new MyAdapter({ baseUrl }); },
 * });
 * ```
 *
 * It covers reading a plan with its parts, saving the common sections and each producer's part
 * with `ifMatch`, **the concurrency rule** (two producers saving their own parts at the same time
 * never conflict; two saves of the same part do), every version listed with who and when, data
 * from other systems read tolerantly, and the plan rules enforced on write with their codes.
 */
import { ConflictError, NotFoundError, ValidationError, isAbortError, recognizeError } from '../contract/errors.js';
import type { PlanStore, VersionedPlan } from '../contract/stores.js';
import type { Versioned } from '../contract/versioned.js';
import { commonOf, type ClientPlan, type PlanCommon, type PlanPart } from '../model/plan.js';
import {
  conformanceClient,
  conformanceCompletedPlan,
  conformanceForeignPlan,
  conformanceOrganizerPart,
  conformanceOtherClient,
  conformancePlan,
  conformancePlans,
  conformanceProducers,
  conformanceVoucherPart,
} from './fixtures.js';
import { assertEqual, expectRuleBroken, fail, rejection, type TestApi } from './harness.js';

/**
 * What the suite hands an adapter factory: the plans the adapter must hold when it is returned,
 * each with its parts. One was written by another system and breaks the plan rules: put it into
 * the backend as it is (for the embedded adapters, `seed()`), each piece at a first version.
 */
export interface PlanConformanceFixtures {
  readonly plans: readonly ClientPlan[];
}

export interface PlanConformanceOptions<A extends PlanStore> {
  /** Returns a fresh adapter that holds exactly `fixtures`; called before each test (`beforeEach`). */
  create(fixtures: PlanConformanceFixtures): Promise<A>;
  /** Cleans up after each test (`afterEach`): close connections, delete databases. */
  dispose?(adapter: A): Promise<void>;
}

/** The names of the suite's tests, in the order they run; the README lists them too. */
export const PLAN_CONFORMANCE_TESTS = [
  'reads a plan by its id and by its client, the common sections and every part each with a version',
  'rejects an unknown plan with NotFoundError in every method',
  'creates a plan when ifMatch is null, readable by the id it returns, and never over an existing one',
  "saves the common sections under a new version, every part's version as it was",
  "saves a producer's part under a new version, the common sections and the other parts as they were",
  "creates a producer's first part when ifMatch is null, and never over that producer's part",
  'rejects a stale save of a part with ConflictError carrying the current part, losing nothing',
  'never conflicts when two producers save their own parts at the same time from the same base',
  'lets one of two saves of the same part from the same version win, the other a ConflictError',
  'rejects a stale save of the common sections with ConflictError; a part saved meanwhile is no conflict',
  'lists every saved version of the common sections and of each part with who and when, oldest first',
  'reads a plan written by another system tolerantly: unknown members and statuses kept as they came',
  'rejects invalid data with ValidationError naming the path, and stores nothing',
  'refuses a save that breaks a plan rule with ValidationError carrying the rule code, and stores nothing',
  'rejects a call aborted before it starts with an AbortError, and writes nothing',
  'hands out copies: changing a returned plan or version changes nothing stored',
] as const;

const isVersion = (version: unknown) => typeof version === 'string' && version !== '';

/** The part with one more responsibility: a producer's edit. */
function withResponsibility(part: PlanPart, text: string, at = '2026-03-01T10:00:00+02:00'): PlanPart {
  return { ...part, responsibilities: [...part.responsibilities, text], updatedAt: at };
}

/** The common sections with the meeting frequency changed: the responsible unit's edit. */
function withMeetings(plan: PlanCommon, text: string, at = '2026-03-01T11:00:00+02:00'): PlanCommon {
  return { ...commonOf(plan), meetingFrequency: text, updatedAt: at, updatedBy: { name: 'Leena Korhonen' } };
}

/** The version of the part of `producerId` in a plan as read. */
function versionOf(plan: VersionedPlan, producerId: string): string {
  const found = plan.partVersions.find((p) => p.producerId === producerId);
  if (!found) fail(`the plan lists the version of the part of "${producerId}"`);
  return found.version;
}

/** The part of `producerId` in a plan as read. */
function partOf(plan: VersionedPlan, producerId: string): PlanPart {
  const found = plan.value.parts.find((p) => p.producer.id === producerId);
  if (!found) fail(`the plan has the part of "${producerId}"`);
  return found;
}

function expectConflict<T>(rejected: unknown, what: string): ConflictError<T> {
  const error = recognizeError(rejected);
  if (!(error instanceof ConflictError)) fail(`${what}: expected ConflictError, got ${String(rejected)}`);
  return error as ConflictError<T>;
}

/** Defines the plan store's conformance tests for one adapter. */
export function planConformance<A extends PlanStore>(
  name: string,
  options: PlanConformanceOptions<A>,
  api: TestApi = globalThis,
): void {
  const { describe, it, beforeEach, afterEach } = api;
  const [
    reads,
    notFound,
    creates,
    savesCommon,
    savesPart,
    createsPart,
    stalePart,
    twoProducers,
    samePartRace,
    staleCommon,
    versionsListed,
    tolerant,
    invalidData,
    ruleBroken,
    abortedBefore,
    copies,
  ] = PLAN_CONFORMANCE_TESTS;
  const { organizer, voucher, employment } = conformanceProducers;

  describe(`${name} conforms to the Saumaton plan store contract`, () => {
    let adapter: A;
    beforeEach(async () => {
      adapter = await options.create({ plans: conformancePlans });
    });
    afterEach(async () => {
      await options.dispose?.(adapter);
    });

    const read = () => adapter.getPlan({ planId: conformancePlan.id });

    /** Fails unless the plan reads as `expected` at the same versions as `before`. */
    async function unchanged(before: VersionedPlan, what: string): Promise<void> {
      const after = await adapter.getPlan({ planId: before.value.id });
      assertEqual(after.value, before.value, `the plan after ${what}`);
      assertEqual(after.version, before.version, `the version of the common sections after ${what}`);
      assertEqual(after.partVersions, before.partVersions, `the versions of the parts after ${what}`);
    }

    it(reads, async () => {
      const byId = await read();
      assertEqual(byId.value, conformancePlan, 'the plan read by its id');
      if (!isVersion(byId.version)) fail('the common sections have a version, a non-empty string');
      assertEqual(
        byId.partVersions.map((p) => p.producerId),
        [organizer.id, voucher.id],
        'the parts listed with their versions, in the order of the header’s producers',
      );
      for (const { producerId, version } of byId.partVersions) {
        if (!isVersion(version)) fail(`the part of "${producerId}" has a version, a non-empty string`);
      }
      const byClient = await adapter.getPlan({ clientId: conformanceClient.id });
      assertEqual(byClient.value, conformancePlan, 'the client’s plan: the active one, not the completed one');
      assertEqual(byClient.version, byId.version, 'the same version by client as by id');
      assertEqual(byClient.partVersions, byId.partVersions, 'the same part versions by client as by id');
      const completed = await adapter.getPlan({ planId: conformanceCompletedPlan.id });
      assertEqual(completed.value, conformanceCompletedPlan, 'a plan without parts');
      assertEqual(completed.partVersions, [], 'no part versions for a plan without parts');
    });

    it(notFound, async () => {
      const calls: [string, () => Promise<unknown>][] = [
        ['getPlan by id', () => adapter.getPlan({ planId: 'no-such-plan' })],
        ['getPlan by client', () => adapter.getPlan({ clientId: 'no-such-client' })],
        ['listPlanVersions', () => adapter.listPlanVersions('no-such-plan')],
        ['savePlanPart to an unknown plan', () => adapter.savePlanPart('no-such-plan', conformanceVoucherPart, null)],
        [
          'savePlanCommon of an unknown plan',
          () => adapter.savePlanCommon({ ...commonOf(conformancePlan), id: 'no-such-plan' }, '1'),
        ],
      ];
      for (const [what, call] of calls) {
        const error = recognizeError(await rejection(call(), what));
        if (!(error instanceof NotFoundError)) fail(`${what}: expected NotFoundError, got ${String(error)}`);
      }
      const before = await read();
      const part: PlanPart = { ...conformanceVoucherPart, producer: employment, producerType: 'employment-services' };
      const error = recognizeError(
        await rejection(adapter.savePlanPart(conformancePlan.id, part, '1'), 'replacing a part that does not exist'),
      );
      if (!(error instanceof NotFoundError))
        fail(`replacing a missing part: expected NotFoundError, got ${String(error)}`);
      await unchanged(before, 'saves of what does not exist');
    });

    it(creates, async () => {
      const draft: PlanCommon = {
        ...commonOf(conformancePlan),
        id: 'conformance-plan-new',
        clientId: conformanceOtherClient.id,
        status: 'draft',
        goals: [],
      };
      const created = await adapter.savePlanCommon(draft, null);
      const id = created.value.id;
      if (typeof id !== 'string' || id === '') fail('a created plan has an id');
      assertEqual(created.value, { ...draft, id }, 'the created common sections');
      const readBack = await adapter.getPlan({ planId: id });
      assertEqual(readBack.value, { ...draft, id, parts: [] }, 'the created plan read by the id the create returned');
      if (readBack.version !== created.version) fail('the read gives the version the create returned');
      const existing = await read();
      if (id === draft.id) {
        const conflict = expectConflict<PlanCommon>(
          await rejection(adapter.savePlanCommon({ ...draft, id: conformancePlan.id }, null), 'a create over a plan'),
          'creating a plan whose id is taken',
        );
        assertEqual(conflict.current?.version, existing.version, 'the version in the conflict');
      }
      await unchanged(existing, 'a create over it');
      const withParts = await adapter.savePlanCommon({ ...conformancePlan, id: 'conformance-plan-parts' }, null);
      const stored = await adapter.getPlan({ planId: withParts.value.id });
      assertEqual(stored.value.parts, [], 'the parts of a plan created with parts: none, parts are saved on their own');
    });

    it(savesCommon, async () => {
      const before = await read();
      const next = withMeetings(before.value, 'Kahden viikon välein');
      const saved = await adapter.savePlanCommon(next, before.version);
      assertEqual(saved.value, next, 'the saved common sections');
      if (saved.version === before.version) fail('a save gives a new version');
      const after = await read();
      assertEqual(after.value, { ...next, parts: before.value.parts }, 'the plan read after the save');
      assertEqual(after.version, saved.version, 'the version the save returned');
      assertEqual(after.partVersions, before.partVersions, 'the parts’ versions, unchanged');
    });

    it(savesPart, async () => {
      const before = await read();
      const next = withResponsibility(partOf(before, voucher.id), 'Hoitaa kauppa-asiat');
      const saved = await adapter.savePlanPart(conformancePlan.id, next, versionOf(before, voucher.id));
      assertEqual(saved.value, next, 'the saved part');
      if (saved.version === versionOf(before, voucher.id)) fail('a save gives the part a new version');
      const after = await read();
      assertEqual(partOf(after, voucher.id), next, 'the part read after the save');
      assertEqual(versionOf(after, voucher.id), saved.version, 'the part’s version the save returned');
      assertEqual(after.version, before.version, 'the common sections’ version, unchanged');
      assertEqual(versionOf(after, organizer.id), versionOf(before, organizer.id), 'the other part’s version');
      assertEqual(partOf(after, organizer.id), conformanceOrganizerPart, 'the other part, unchanged');
      assertEqual(commonOf(after.value), commonOf(conformancePlan), 'the common sections, unchanged');
    });

    it(createsPart, async () => {
      const before = await read();
      const part: PlanPart = {
        producer: employment,
        producerType: 'employment-services',
        services: [{ id: 'service-work-trial', name: 'Työkokeilu', status: 'applied', start: '2026-04-01' }],
        responsibilities: ['Järjestää työkokeilun'],
        author: { name: 'Sari Laine', organizationId: employment.id },
        updatedAt: '2026-03-02T08:00:00+02:00',
      };
      const created = await adapter.savePlanPart(conformancePlan.id, part, null);
      assertEqual(created.value, part, 'the created part');
      const after = await read();
      assertEqual(partOf(after, employment.id), part, 'the new part read back');
      assertEqual(versionOf(after, employment.id), created.version, 'the new part’s version');
      assertEqual(after.version, before.version, 'the common sections’ version, unchanged');
      const again = expectConflict<PlanPart>(
        await rejection(
          adapter.savePlanPart(conformancePlan.id, withResponsibility(part, 'Toinen'), null),
          'creating a second part of the same producer',
        ),
        'a create over that producer’s part',
      );
      assertEqual(again.current?.value, part, 'the producer’s part in the conflict');
      assertEqual(again.current?.version, created.version, 'its version in the conflict');
      const second = expectConflict<PlanPart>(
        await rejection(
          adapter.savePlanPart(conformancePlan.id, conformanceVoucherPart, null),
          'creating a part of a producer that has one',
        ),
        'a create over a seeded part',
      );
      assertEqual(second.current?.value, conformanceVoucherPart, 'the seeded part in the conflict');
      assertEqual(partOf(await read(), employment.id), part, 'the part after the refused creates');
    });

    it(stalePart, async () => {
      const base = await read();
      const version = versionOf(base, voucher.id);
      const theirs = await adapter.savePlanPart(
        conformancePlan.id,
        withResponsibility(partOf(base, voucher.id), 'Theirs'),
        version,
      );
      const conflict = expectConflict<PlanPart>(
        await rejection(
          adapter.savePlanPart(conformancePlan.id, withResponsibility(partOf(base, voucher.id), 'Mine'), version),
          'a stale save of a part',
        ),
        'a stale save of a part',
      );
      if (!conflict.current) fail('the conflict carries the current part');
      assertEqual(conflict.current.value, theirs.value, 'the current part in the conflict');
      assertEqual(conflict.current.version, theirs.version, 'the current version in the conflict');
      const after = await read();
      assertEqual(partOf(after, voucher.id), theirs.value, 'the part after the stale save: theirs');
      assertEqual(versionOf(after, voucher.id), theirs.version, 'its version after the stale save');
    });

    it(twoProducers, async () => {
      const base = await read();
      const mine = withResponsibility(partOf(base, organizer.id), 'Sopii talousneuvonnan', '2026-03-03T10:00:00+02:00');
      const theirs = withResponsibility(partOf(base, voucher.id), 'Auttaa siivouksessa', '2026-03-03T10:00:00+02:00');
      const [a, b] = await Promise.all([
        adapter.savePlanPart(conformancePlan.id, mine, versionOf(base, organizer.id)),
        adapter.savePlanPart(conformancePlan.id, theirs, versionOf(base, voucher.id)),
      ]);
      assertEqual(a.value, mine, 'the first producer’s saved part');
      assertEqual(b.value, theirs, 'the second producer’s saved part');
      const after = await read();
      assertEqual(partOf(after, organizer.id), mine, 'the first producer’s part, both saves kept');
      assertEqual(partOf(after, voucher.id), theirs, 'the second producer’s part, both saves kept');
      assertEqual(versionOf(after, organizer.id), a.version, 'the first part’s new version');
      assertEqual(versionOf(after, voucher.id), b.version, 'the second part’s new version');
      // And with the common sections saved at the same moment from the same base.
      const [c, d, e] = await Promise.all([
        adapter.savePlanCommon(withMeetings(base.value, 'Viikoittain'), base.version),
        adapter.savePlanPart(conformancePlan.id, withResponsibility(mine, 'Kolmas'), a.version),
        adapter.savePlanPart(conformancePlan.id, withResponsibility(theirs, 'Neljäs'), b.version),
      ]);
      const last = await read();
      assertEqual(last.version, c.version, 'the common sections saved alongside');
      assertEqual(versionOf(last, organizer.id), d.version, 'the first part saved alongside');
      assertEqual(versionOf(last, voucher.id), e.version, 'the second part saved alongside');
    });

    it(samePartRace, async () => {
      const base = await read();
      const version = versionOf(base, voucher.id);
      const one = withResponsibility(partOf(base, voucher.id), 'Yksi');
      const two = withResponsibility(partOf(base, voucher.id), 'Kaksi');
      const results = await Promise.allSettled([
        adapter.savePlanPart(conformancePlan.id, one, version),
        adapter.savePlanPart(conformancePlan.id, two, version),
      ]);
      const won = results.filter((r): r is PromiseFulfilledResult<Versioned<PlanPart>> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (won.length !== 1 || lost.length !== 1) {
        fail(`exactly one of two saves of the same part wins, got ${String(won.length)} of 2`);
      }
      const conflict = expectConflict<PlanPart>(lost[0]!.reason, 'the save that lost');
      const winner = won[0]!.value;
      assertEqual(conflict.current?.value, winner.value, 'the part in the conflict: the one that won');
      const after = await read();
      assertEqual(partOf(after, voucher.id), winner.value, 'the part after the race: the winner’s');
      assertEqual(versionOf(after, voucher.id), winner.version, 'its version');
    });

    it(staleCommon, async () => {
      const base = await read();
      const part = await adapter.savePlanPart(
        conformancePlan.id,
        withResponsibility(partOf(base, voucher.id), 'Meanwhile'),
        versionOf(base, voucher.id),
      );
      const theirs = await adapter.savePlanCommon(withMeetings(base.value, 'Theirs'), base.version);
      const conflict = expectConflict<PlanCommon>(
        await rejection(adapter.savePlanCommon(withMeetings(base.value, 'Mine'), base.version), 'a stale save'),
        'a stale save of the common sections',
      );
      if (!conflict.current) fail('the conflict carries the current common sections');
      assertEqual(conflict.current.value, theirs.value, 'the common sections in the conflict');
      assertEqual(conflict.current.version, theirs.version, 'their version in the conflict');
      const after = await read();
      assertEqual(commonOf(after.value), theirs.value, 'the common sections after the stale save: theirs');
      assertEqual(partOf(after, voucher.id), part.value, 'the part saved meanwhile, kept');
    });

    it(versionsListed, async () => {
      const base = await read();
      const first = await adapter.savePlanPart(
        conformancePlan.id,
        withResponsibility(partOf(base, voucher.id), 'Ensimmäinen', '2026-03-01T09:00:00+02:00'),
        versionOf(base, voucher.id),
      );
      const common = await adapter.savePlanCommon(
        withMeetings(base.value, 'Viikoittain', '2026-03-02T09:00:00+02:00'),
        base.version,
      );
      const second = await adapter.savePlanPart(
        conformancePlan.id,
        withResponsibility(first.value, 'Toinen', '2026-03-03T09:00:00+02:00'),
        first.version,
      );
      const versions = await adapter.listPlanVersions(conformancePlan.id);
      const summary = versions.map((v) => [v.section, v.section === 'part' ? v.producerId : '', v.version]);
      assertEqual(
        summary,
        [
          ['common', '', base.version],
          ['part', organizer.id, versionOf(base, organizer.id)],
          ['part', voucher.id, versionOf(base, voucher.id)],
          ['part', voucher.id, first.version],
          ['common', '', common.version],
          ['part', voucher.id, second.version],
        ],
        'every version of every piece, oldest first by when it was saved',
      );
      assertEqual(versions[0]?.value, commonOf(conformancePlan), 'the first version of the common sections');
      assertEqual(versions[4]?.value, common.value, 'the saved version of the common sections');
      assertEqual(versions[5]?.value, second.value, 'the last version of the part');
      assertEqual(versions[4]?.changedBy, { name: 'Leena Korhonen' }, 'who saved the common sections');
      assertEqual(versions[4]?.changedAt, '2026-03-02T09:00:00+02:00', 'when they were saved');
      assertEqual(versions[2]?.changedBy, conformanceVoucherPart.author, 'who saved the voucher part first');
      assertEqual(versions[2]?.changedAt, conformanceVoucherPart.updatedAt, 'when');
      const seeded = await adapter.listPlanVersions(conformanceForeignPlan.id);
      assertEqual(
        seeded.map((v) => v.section),
        ['common', 'part'],
        'a plan never saved again: one version of each piece',
      );
    });

    it(tolerant, async () => {
      const foreign = await adapter.getPlan({ planId: conformanceForeignPlan.id });
      assertEqual(foreign.value, conformanceForeignPlan, 'the foreign plan, every member and status as it came');
      const byClient = await adapter.getPlan({ clientId: conformanceOtherClient.id });
      assertEqual(byClient.value.id, conformanceForeignPlan.id, 'the foreign plan by its client');
      const [part] = foreign.value.parts;
      if (!part) fail('the foreign plan has its part');
      // The part as it came breaks rules (its service's status, its producer type): a save as
      // it is is refused; mended, it is stored with its unknown members kept.
      const version = versionOf(foreign, part.producer.id);
      expectRuleBroken(
        await rejection(adapter.savePlanPart(foreign.value.id, part, version), 'saving the foreign part as it is'),
        'service-status-unknown',
      );
      const mended: PlanPart = {
        ...part,
        producerType: 'other-sector',
        services: part.services.map((s) => ({ ...s, status: 'planned' })),
      };
      const saved = await adapter.savePlanPart(foreign.value.id, mended, version);
      const after = await adapter.getPlan({ planId: conformanceForeignPlan.id });
      assertEqual(partOf(after, part.producer.id), mended, 'the mended part, unknown members kept');
      assertEqual(versionOf(after, part.producer.id), saved.version, 'its new version');
      if (!('extension' in partOf(after, part.producer.id))) fail('the part’s extension survives a save');
    });

    it(invalidData, async () => {
      const before = await read();
      const badService = {
        ...partOf(before, voucher.id),
        services: [{ id: 'service-home-help', name: 'Kotipalvelu', status: 'planned', start: '2026-02-30' }],
      } as PlanPart;
      const e1 = recognizeError(
        await rejection(
          adapter.savePlanPart(conformancePlan.id, badService, versionOf(before, voucher.id)),
          'a day that does not exist',
        ),
      );
      if (!(e1 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e1)}`);
      if (e1.path !== 'services.0.start') fail(`the error names the failing path, got "${e1.path}"`);
      const noProducer = { ...partOf(before, voucher.id), producer: { name: 'Nimetön' } } as unknown as PlanPart;
      const e2 = recognizeError(
        await rejection(adapter.savePlanPart(conformancePlan.id, noProducer, null), 'a part without its producer'),
      );
      if (!(e2 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e2)}`);
      if (e2.path !== 'producer.id') fail(`the error names the failing path, got "${e2.path}"`);
      const badGoal = {
        ...commonOf(before.value),
        goals: [{ ...conformancePlan.goals[0]!, setBy: { kind: 'nobody' } }],
      } as unknown as PlanCommon;
      const e3 = recognizeError(await rejection(adapter.savePlanCommon(badGoal, before.version), 'an unknown setter'));
      if (!(e3 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e3)}`);
      if (e3.path !== 'goals.0.setBy.kind') fail(`the error names the failing path, got "${e3.path}"`);
      await unchanged(before, 'invalid saves');
    });

    it(ruleBroken, async () => {
      const before = await read();
      const part = partOf(before, voucher.id);
      const version = versionOf(before, voucher.id);
      const granted: PlanPart = { ...part, services: part.services.map((s) => ({ ...s, status: 'granted' })) };
      expectRuleBroken(
        await rejection(adapter.savePlanPart(conformancePlan.id, granted, version), 'a service granted in a plan'),
        'service-status-is-decision',
      );
      const myonnetty: PlanPart = { ...part, services: part.services.map((s) => ({ ...s, status: 'Myönnetty' })) };
      expectRuleBroken(
        await rejection(adapter.savePlanPart(conformancePlan.id, myonnetty, version), 'a service "myönnetty"'),
        'service-status-is-decision',
      );
      const backwards: PlanPart = {
        ...part,
        services: part.services.map((s) => ({ ...s, start: '2026-05-01', end: '2026-04-01' })),
      };
      expectRuleBroken(
        await rejection(
          adapter.savePlanPart(conformancePlan.id, backwards, version),
          'a service ending before it starts',
        ),
        'end-before-start',
      );
      const common = commonOf(before.value);
      const halfLinked: PlanCommon = { ...common, goals: common.goals.map((g) => ({ ...g, areaLinkId: undefined })) };
      expectRuleBroken(
        await rejection(adapter.savePlanCommon(halfLinked, before.version), 'a goal with a meter but no area'),
        'goal-meter-area-incomplete',
      );
      const noReview: PlanCommon = { ...common, followUp: { ...common.followUp, nextReviewDate: undefined } };
      expectRuleBroken(
        await rejection(adapter.savePlanCommon(noReview, before.version), 'an active plan without a next review'),
        'next-review-required',
      );
      const moved: PlanCommon = { ...common, clientId: conformanceOtherClient.id };
      expectRuleBroken(
        await rejection(adapter.savePlanCommon(moved, before.version), 'a plan moved to another client'),
        'client-changed',
      );
      await unchanged(before, 'refused saves');
    });

    it(abortedBefore, async () => {
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const before = await read();
      const calls: [string, () => Promise<unknown>][] = [
        ['getPlan', () => adapter.getPlan({ planId: conformancePlan.id }, { signal })],
        ['getPlan by client', () => adapter.getPlan({ clientId: conformanceClient.id }, { signal })],
        ['listPlanVersions', () => adapter.listPlanVersions(conformancePlan.id, { signal })],
        [
          'savePlanCommon',
          () => adapter.savePlanCommon(withMeetings(before.value, 'Aborted'), before.version, { signal }),
        ],
        [
          'savePlanPart',
          () =>
            adapter.savePlanPart(
              conformancePlan.id,
              withResponsibility(partOf(before, voucher.id), 'Aborted'),
              versionOf(before, voucher.id),
              { signal },
            ),
        ],
      ];
      for (const [method, call] of calls) {
        const error = await rejection(call(), `an aborted ${method}`);
        if (!isAbortError(error)) fail(`${method}: expected an AbortError, got ${String(error)}`);
      }
      await unchanged(before, 'aborted saves');
    });

    it(copies, async () => {
      const first = await read();
      first.value.parts.length = 0;
      first.value.goals[0]!.text = 'changed';
      (first.partVersions as unknown as unknown[]).length = 0;
      assertEqual((await read()).value, conformancePlan, 'the plan after mutating a returned copy');
      const [version] = await adapter.listPlanVersions(conformancePlan.id);
      if (!version) fail('the plan has a version');
      version.value.status = 'completed';
      const [again] = await adapter.listPlanVersions(conformancePlan.id);
      assertEqual(again?.value, commonOf(conformancePlan), 'the versions after mutating a returned copy');
    });
  });
}
