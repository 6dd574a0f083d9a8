/**
 * The adapter conformance suite: one set of tests that every adapter passes, the shipped ones
 * and a provider's own. It defines its tests through `describe`, `it`, `beforeEach` and
 * `afterEach`: by default the globals of the running framework (Mocha, Jasmine, Vitest with
 * globals, @web/test-runner), or the ones passed as the third argument, for runners without
 * globals such as node's own `node:test`:
 *
 * ```ts
 * import { describe, it, beforeEach, afterEach } from 'node:test';
 * import { adapterConformance } from '@saumaton/core/conformance';
 *
 * adapterConformance(
 *   'MyAdapter',
 *   {
 *     // Put the fixtures straight into the backend (not through the adapter: one team breaks
 *     // the team rules on purpose), then hand back an adapter over it.
 *     async create(fixtures) { await backend.reset(fixtures); return new MyAdapter({ baseUrl }); },
 *   },
 *   { describe, it, beforeEach, afterEach },
 * );
 * ```
 *
 * Under Mocha (or @web/test-runner, which runs Mocha), pass nothing: its globals are used; with
 * globals turned off, pass the four functions `import { describe, it, beforeEach, afterEach }
 * from 'mocha'` gives under the mocha CLI. Every test is async and sets no timeout of its own.
 *
 * `adapterConformance` covers the client and team stores. Each further store has a suite of its
 * own, run the same way, since a provider implements only the stores of the widgets it embeds:
 * `consentConformance` for the `ConsentStore`, `assessmentConformance` for the `AssessmentStore`,
 * `planConformance` for the `PlanStore`.
 */
import { ConflictError, NotFoundError, ValidationError, isAbortError, recognizeError } from '../contract/errors.js';
import { checkTeamRules } from '../rules/team-checks.js';
import { assertEqual, expectRuleBroken, fail, rejection, type TestApi } from './harness.js';
import type { ClientStore, TeamStore } from '../contract/stores.js';
import type { Versioned } from '../contract/versioned.js';
import type { Client } from '../model/client.js';
import type { Team } from '../model/team.js';
import { conformanceBrokenTeam, conformanceClient, conformanceOtherClient, conformanceTeam } from './fixtures.js';

export type { TestApi } from './harness.js';
export {
  CONSENT_CONFORMANCE_TESTS,
  consentConformance,
  type ConsentConformanceFixtures,
  type ConsentConformanceOptions,
} from './consent-conformance.js';
export {
  ASSESSMENT_CONFORMANCE_TESTS,
  assessmentConformance,
  type AssessmentConformanceFixtures,
  type AssessmentConformanceOptions,
} from './assessment-conformance.js';
export {
  PLAN_CONFORMANCE_TESTS,
  planConformance,
  type PlanConformanceFixtures,
  type PlanConformanceOptions,
} from './plan-conformance.js';
export {
  conformanceBrokenTeam,
  conformanceClient,
  conformanceConsents,
  conformanceException,
  conformanceOtherClient,
  conformancePermit,
  conformanceProhibition,
  conformanceRevokedConsent,
  conformanceOtherTemplate,
  conformanceTeam,
  conformanceTemplate,
  conformanceTemplates,
  conformanceAssessment,
  conformanceAssessments,
  conformanceCompletedAssessment,
  conformanceStoppedAssessment,
  conformanceMeterId,
  conformanceMeterReadings,
  conformancePlan,
  conformancePlans,
  conformanceCompletedPlan,
  conformanceForeignPlan,
  conformanceOrganizerPart,
  conformanceVoucherPart,
  conformanceProducers,
} from './fixtures.js';

/**
 * What the suite hands an adapter factory: records the adapter must hold when it is returned.
 * `teams` includes `conformanceBrokenTeam`, which breaks two team rules as data from another
 * system may: load it as it is, past the adapter's own rule checks (straight into the backend,
 * or with `seed()` for the embedded adapters).
 */
export interface ConformanceFixtures {
  readonly clients: readonly Client[];
  readonly teams: readonly Team[];
}

export interface ConformanceOptions<A extends ClientStore & TeamStore> {
  /** Returns a fresh adapter that holds exactly `fixtures`; called before each test (`beforeEach`). */
  create(fixtures: ConformanceFixtures): Promise<A>;
  /** Cleans up after each test (`afterEach`): close connections, delete databases. */
  dispose?(adapter: A): Promise<void>;
}

function renamed(team: Team, name: string): Team {
  return { ...team, members: team.members.map((m, i) => (i === 1 ? { ...m, name } : m)) };
}

/** The team with its members' roles changed as `roles` says (by member id). */
function withRoles(team: Team, roles: Readonly<Record<string, Team['members'][number]['role']>>): Team {
  return { ...team, members: team.members.map((m) => (roles[m.id] ? { ...m, role: roles[m.id]! } : m)) };
}

/**
 * The names of the suite's tests, in the order they run; the README lists them too. Exported so a
 * provider can see what a failing test's name refers to.
 */
export const CONFORMANCE_TESTS = [
  'reads a client as it was stored, with a version',
  'reads a team by its id and by its client',
  'reads its own writes, under a new version',
  'creates a team when ifMatch is null, readable by the id it returns, and never over an existing one',
  'creates a proposed team with no members, and refuses to create a team that breaks a team rule',
  'rejects unknown ids with NotFoundError',
  'rejects a stale write with ConflictError carrying the current value, losing nothing',
  'rejects invalid data with ValidationError naming the path, and stores nothing',
  'refuses a write that newly breaks a team rule with ValidationError carrying the rule code, and stores nothing',
  'mends a stored team that breaks two rules one step at a time',
  'refuses a new break on a team that already breaks other rules',
  'rejects a call aborted before it starts with an AbortError, and writes nothing',
  'reports a write aborted once sent truthfully: resolved and stored, or AbortError and nothing stored',
  'hands out copies: changing a returned value changes nothing stored',
] as const;

/** Defines the conformance tests for one adapter. */
export function adapterConformance<A extends ClientStore & TeamStore>(
  name: string,
  options: ConformanceOptions<A>,
  api: TestApi = globalThis,
): void {
  const { describe, it, beforeEach, afterEach } = api;
  const [
    readsClient,
    readsTeam,
    readsOwnWrites,
    creates,
    createsWithRules,
    notFound,
    staleWrite,
    invalidData,
    newBreak,
    mends,
    newBreakOnBroken,
    abortedBefore,
    abortedInFlight,
    copies,
  ] = CONFORMANCE_TESTS;
  describe(`${name} conforms to the Saumaton adapter contract`, () => {
    let adapter: A;
    beforeEach(async () => {
      adapter = await options.create({
        clients: [conformanceClient, conformanceOtherClient],
        teams: [conformanceTeam, conformanceBrokenTeam],
      });
    });
    afterEach(async () => {
      await options.dispose?.(adapter);
    });

    it(readsClient, async () => {
      const { value, version } = await adapter.getClient(conformanceClient.id);
      assertEqual(value, conformanceClient, 'client');
      if (typeof version !== 'string' || version === '') fail('a version is a non-empty string');
    });

    it(readsTeam, async () => {
      const byId = await adapter.getTeam({ teamId: conformanceTeam.id });
      assertEqual(byId.value, conformanceTeam, 'team by id');
      const byClient = await adapter.getTeam({ clientId: conformanceClient.id });
      assertEqual(byClient.value, conformanceTeam, 'team by client');
      if (byClient.version !== byId.version) fail('both reads give the same version');
    });

    it(readsOwnWrites, async () => {
      const before = await adapter.getTeam({ teamId: conformanceTeam.id });
      const changed = renamed(before.value, 'Mikko Nieminen-Laine');
      const saved = await adapter.saveTeam(changed, before.version);
      assertEqual(saved.value, changed, 'saved team');
      if (saved.version === before.version) fail('a write gives a new version');
      const after = await adapter.getTeam({ teamId: conformanceTeam.id });
      assertEqual(after.value, changed, 'team read after the write');
      if (after.version !== saved.version) fail('the read gives the version the write returned');
    });

    it(creates, async () => {
      const team: Team = { ...conformanceTeam, id: 'conformance-team-2', status: 'proposed', meetings: [] };
      const created = await adapter.saveTeam(team, null);
      // A backend may choose the id of a new record itself (POST → 201): the create returns it.
      const id = created.value.id;
      if (typeof id !== 'string' || id === '') fail('a created team has an id');
      assertEqual(created.value, { ...team, id }, 'created team');
      const read = await adapter.getTeam({ teamId: id });
      assertEqual(read.value, { ...team, id }, 'created team read by the id the create returned');
      if (read.version !== created.version) fail('the read gives the version the create returned');

      const existing = await adapter.getTeam({ teamId: conformanceTeam.id });
      const again: Team = { ...team, id: conformanceTeam.id };
      if (id === team.id) {
        // The adapter keeps the ids it is given: a create naming a stored team is a conflict.
        const error = await rejection(adapter.saveTeam(again, null), 'creating a team whose id is taken');
        if (!(recognizeError(error) instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
        assertEqual((error as ConflictError<Team>).current?.version, existing.version, 'version in the conflict');
      } else {
        // The backend chooses ids: a second create is a team of its own.
        const second = await adapter.saveTeam(again, null);
        if (second.value.id === conformanceTeam.id || second.value.id === id) {
          fail(`a create must never reuse an existing id, got "${second.value.id}"`);
        }
      }
      const after = await adapter.getTeam({ teamId: conformanceTeam.id });
      if (after.version !== existing.version) fail('a create never writes over an existing team');
      if ((await adapter.getTeam({ teamId: id })).version !== created.version) fail('nor over the one just created');
    });

    it(createsWithRules, async () => {
      const empty: Team = {
        id: 'conformance-team-new',
        clientId: conformanceClient.id,
        status: 'proposed',
        members: [],
        meetings: [],
      };
      const created = await adapter.saveTeam(empty, null);
      assertEqual(created.value, { ...empty, id: created.value.id }, 'created empty team');
      // A create has no stored version to compare with: it must satisfy every rule.
      const leaderless: Team = {
        ...conformanceTeam,
        id: 'conformance-team-leaderless',
        members: conformanceTeam.members.filter((m) => m.role !== 'coordinator'),
        meetings: [],
      };
      expectRuleBroken(
        await rejection(adapter.saveTeam(leaderless, null), 'creating an active team without a coordinator'),
        'coordinator-required',
      );
      const missing = await rejection(
        adapter.getTeam({ teamId: leaderless.id }),
        'reading a team whose create was refused',
      );
      if (!(recognizeError(missing) instanceof NotFoundError)) fail('a refused create stores nothing');
    });

    it(notFound, async () => {
      const e1 = await rejection(adapter.getClient('no-such-client'), 'getClient of an unknown id');
      if (!(recognizeError(e1) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e1)}`);
      const e2 = await rejection(adapter.getTeam({ teamId: 'no-such-team' }), 'getTeam of an unknown id');
      if (!(recognizeError(e2) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e2)}`);
      const e3 = await rejection(adapter.getTeam({ clientId: 'no-such-client' }), 'getTeam of an unknown client');
      if (!(recognizeError(e3) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e3)}`);
    });

    it(staleWrite, async () => {
      const base = await adapter.getTeam({ teamId: conformanceTeam.id });
      const theirs = await adapter.saveTeam(renamed(base.value, 'Theirs'), base.version);
      const error = await rejection(adapter.saveTeam(renamed(base.value, 'Mine'), base.version), 'a stale write');
      if (!(recognizeError(error) instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
      const current = (error as ConflictError<Team>).current;
      if (!current) fail('the conflict carries the current value');
      assertEqual(current.value, theirs.value, 'current value in the conflict');
      if (current.version !== theirs.version) fail('the conflict carries the current version');
      assertEqual(
        (await adapter.getTeam({ teamId: conformanceTeam.id })).value,
        theirs.value,
        'team after the conflict',
      );
    });

    it(invalidData, async () => {
      const base = await adapter.getTeam({ teamId: conformanceTeam.id });
      const invalid = {
        ...base.value,
        members: base.value.members.map((m, i) => (i === 1 ? { ...m, role: 'boss' } : m)),
      } as unknown as Team;
      const rejected = await rejection(adapter.saveTeam(invalid, base.version), 'an invalid write');
      const error = recognizeError(rejected);
      if (!(error instanceof ValidationError)) fail(`expected ValidationError, got ${String(rejected)}`);
      if (!error.path.startsWith('members.1')) {
        fail(`the error names the failing path, got "${error.path}"`);
      }
      const after = await adapter.getTeam({ teamId: conformanceTeam.id });
      if (after.version !== base.version) fail('an invalid write changes nothing');
    });

    it(newBreak, async () => {
      const base = await adapter.getTeam({ teamId: conformanceTeam.id });
      const twoCoordinators = withRoles(base.value, { 'm-named-worker': 'coordinator' });
      expectRuleBroken(
        await rejection(adapter.saveTeam(twoCoordinators, base.version), 'a team with two coordinators'),
        'one-coordinator',
      );
      const noCoordinator = withRoles(base.value, { 'm-coordinator': 'member' });
      expectRuleBroken(
        await rejection(adapter.saveTeam(noCoordinator, base.version), 'an active team without a coordinator'),
        'coordinator-required',
      );
      const after = await adapter.getTeam({ teamId: conformanceTeam.id });
      if (after.version !== base.version) fail('a refused write changes nothing');
    });

    it(mends, async () => {
      const broken = await adapter.getTeam({ teamId: conformanceBrokenTeam.id });
      assertEqual(broken.value, conformanceBrokenTeam, 'the broken team, held as it was loaded');
      // An edit that touches neither broken rule is saved: the team is no worse than before.
      const edited = await adapter.saveTeam(renamed(broken.value, 'Pekka Salo-Niemi'), broken.version);
      // Either rule alone, then the other: each step mends one and breaks nothing new.
      const coordinated = await adapter.saveTeam(
        withRoles(edited.value, { 'b-social-worker': 'coordinator' }),
        edited.version,
      );
      const mended = await adapter.saveTeam(
        withRoles(coordinated.value, { 'b-nurse': 'named-worker' }),
        coordinated.version,
      );
      const after = await adapter.getTeam({ teamId: conformanceBrokenTeam.id });
      if (after.version !== mended.version) fail('the last step was stored');
      const left = checkTeamRules(after.value).map((i) => i.code);
      if (left.length > 0) fail(`the mended team breaks no rule, got ${JSON.stringify(left)}`);
    });

    it(newBreakOnBroken, async () => {
      const broken = await adapter.getTeam({ teamId: conformanceBrokenTeam.id });
      const twoCoordinators = withRoles(broken.value, { 'b-social-worker': 'coordinator', 'b-nurse': 'coordinator' });
      expectRuleBroken(
        await rejection(adapter.saveTeam(twoCoordinators, broken.version), 'two coordinators on a broken team'),
        'one-coordinator',
      );
      const after = await adapter.getTeam({ teamId: conformanceBrokenTeam.id });
      if (after.version !== broken.version) fail('a refused write changes nothing');
    });

    it(abortedBefore, async () => {
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const e1 = await rejection(adapter.getTeam({ teamId: conformanceTeam.id }, { signal }), 'an aborted read');
      if (!isAbortError(e1)) fail(`expected an AbortError, got ${String(e1)}`);
      const base = await adapter.getTeam({ teamId: conformanceTeam.id });
      const e2 = await rejection(
        adapter.saveTeam(renamed(base.value, 'Aborted'), base.version, { signal }),
        'an aborted write',
      );
      if (!isAbortError(e2)) fail(`expected an AbortError, got ${String(e2)}`);
      const after = await adapter.getTeam({ teamId: conformanceTeam.id });
      if (after.version !== base.version) fail('an aborted write changes nothing');
    });

    it(abortedInFlight, async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const base = await adapter.getTeam({ teamId: conformanceTeam.id });
        const changed = renamed(base.value, `In flight ${String(attempt)}`);
        const controller = new AbortController();
        const saving = adapter.saveTeam(changed, base.version, { signal: controller.signal });
        // Abort at a different moment each time: before, during and after the backend's work.
        await new Promise((resolve) => setTimeout(resolve, attempt));
        controller.abort();
        let saved: Versioned<Team> | undefined;
        let error: unknown;
        try {
          saved = await saving;
        } catch (e) {
          error = e;
        }
        const after = await adapter.getTeam({ teamId: conformanceTeam.id });
        if (saved) {
          if (after.version !== saved.version) fail('a save that resolved must have been stored');
          assertEqual(after.value, changed, 'team after a save that resolved');
        } else {
          if (!isAbortError(error)) fail(`expected an AbortError, got ${String(error)}`);
          if (after.version !== base.version) {
            fail('a save that rejected with AbortError must have stored nothing: once sent, report the outcome');
          }
        }
      }
    });

    it(copies, async () => {
      const first = await adapter.getTeam({ teamId: conformanceTeam.id });
      (first.value.members as unknown[]).length = 0;
      const second = await adapter.getTeam({ teamId: conformanceTeam.id });
      assertEqual(second.value, conformanceTeam, 'team after mutating a returned copy');
    });
  });
}
