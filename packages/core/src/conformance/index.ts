/**
 * The adapter conformance suite: one set of tests that every adapter passes, the shipped ones
 * and a provider's own. Run it from any test framework with `describe`/`it` globals (Mocha,
 * Jasmine, Vitest, node:test):
 *
 * ```ts
 * import { adapterConformance } from '@saumaton/core/conformance';
 * adapterConformance('MyAdapter', {
 *   async create(fixtures) { const a = new MyAdapter(url); await a.load(fixtures); return a; },
 * });
 * ```
 */
import { ConflictError, NotFoundError, ValidationError, isAbortError, recognizeError } from '../contract/errors.js';
import { canonicalJson } from '../contract/json.js';
import type { ClientStore, TeamStore } from '../contract/stores.js';
import type { Versioned } from '../contract/versioned.js';
import type { Client } from '../model/client.js';
import type { Team } from '../model/team.js';
import { conformanceClient, conformanceTeam } from './fixtures.js';

export { conformanceClient, conformanceTeam } from './fixtures.js';

/** What the suite hands an adapter factory: records the adapter must hold when it is returned. */
export interface ConformanceFixtures {
  readonly clients: readonly Client[];
  readonly teams: readonly Team[];
}

export interface ConformanceOptions<A extends ClientStore & TeamStore> {
  /** Returns a fresh adapter that holds exactly `fixtures`; called before each test. */
  create(fixtures: ConformanceFixtures): Promise<A>;
  /** Cleans up after each test (close connections, delete databases). */
  dispose?(adapter: A): Promise<void>;
}

type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => Promise<void>) => void;
type Hook = (body: () => Promise<void>) => void;

/** The test functions; by default the globals of the running framework. */
export interface TestApi {
  readonly describe: Suite;
  readonly it: Test;
  readonly beforeEach: Hook;
  readonly afterEach: Hook;
}

function fail(message: string): never {
  throw new Error(`Conformance: ${message}`);
}

function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(canonicalJson(actual));
  const e = JSON.stringify(canonicalJson(expected));
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return fail(`${what} resolved, but should have been rejected`);
}

function renamed(team: Team, name: string): Team {
  return { ...team, members: team.members.map((m, i) => (i === 1 ? { ...m, name } : m)) };
}

/** Defines the conformance tests for one adapter. */
export function adapterConformance<A extends ClientStore & TeamStore>(
  name: string,
  options: ConformanceOptions<A>,
  api: TestApi = globalThis,
): void {
  const { describe, it, beforeEach, afterEach } = api;
  describe(`${name} conforms to the Saumaton adapter contract`, () => {
    let adapter: A;
    beforeEach(async () => {
      adapter = await options.create({ clients: [conformanceClient], teams: [conformanceTeam] });
    });
    afterEach(async () => {
      await options.dispose?.(adapter);
    });

    it('reads a client as it was stored, with a version', async () => {
      const { value, version } = await adapter.getClient(conformanceClient.id);
      assertEqual(value, conformanceClient, 'client');
      if (typeof version !== 'string' || version === '') fail('a version is a non-empty string');
    });

    it('reads a team by its id and by its client', async () => {
      const byId = await adapter.getTeam({ teamId: conformanceTeam.id });
      assertEqual(byId.value, conformanceTeam, 'team by id');
      const byClient = await adapter.getTeam({ clientId: conformanceClient.id });
      assertEqual(byClient.value, conformanceTeam, 'team by client');
      if (byClient.version !== byId.version) fail('both reads give the same version');
    });

    it('reads its own writes, under a new version', async () => {
      const before = await adapter.getTeam({ teamId: conformanceTeam.id });
      const changed = renamed(before.value, 'Mikko Nieminen-Laine');
      const saved = await adapter.saveTeam(changed, before.version);
      assertEqual(saved.value, changed, 'saved team');
      if (saved.version === before.version) fail('a write gives a new version');
      const after = await adapter.getTeam({ teamId: conformanceTeam.id });
      assertEqual(after.value, changed, 'team read after the write');
      if (after.version !== saved.version) fail('the read gives the version the write returned');
    });

    it('creates a record when ifMatch is null, and refuses to create it twice', async () => {
      const team: Team = { ...conformanceTeam, id: 'conformance-team-2', status: 'proposed', meetings: [] };
      const created = await adapter.saveTeam(team, null);
      assertEqual((await adapter.getTeam({ teamId: team.id })).value, team, 'created team');
      const error = await rejection(adapter.saveTeam(team, null), 'creating an existing team');
      if (!(recognizeError(error) instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
      assertEqual((error as ConflictError<Team>).current?.version, created.version, 'version in the conflict');
    });

    it('rejects unknown ids with NotFoundError', async () => {
      const e1 = await rejection(adapter.getClient('no-such-client'), 'getClient of an unknown id');
      if (!(recognizeError(e1) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e1)}`);
      const e2 = await rejection(adapter.getTeam({ teamId: 'no-such-team' }), 'getTeam of an unknown id');
      if (!(recognizeError(e2) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e2)}`);
      const e3 = await rejection(adapter.getTeam({ clientId: 'no-such-client' }), 'getTeam of an unknown client');
      if (!(recognizeError(e3) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e3)}`);
    });

    it('rejects a stale write with ConflictError carrying the current value, losing nothing', async () => {
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

    it('rejects invalid data with ValidationError naming the path, and stores nothing', async () => {
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

    it('rejects a team that breaks the one-coordinator rule', async () => {
      const base = await adapter.getTeam({ teamId: conformanceTeam.id });
      const twoCoordinators: Team = {
        ...base.value,
        members: base.value.members.map((m) => (m.role === 'named-worker' ? { ...m, role: 'coordinator' } : m)),
      };
      const error = await rejection(adapter.saveTeam(twoCoordinators, base.version), 'a team with two coordinators');
      if (!(recognizeError(error) instanceof ValidationError)) fail(`expected ValidationError, got ${String(error)}`);
    });

    it('rejects an aborted call with an AbortError and writes nothing', async () => {
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

    it('tells the truth about a write aborted in flight: done and kept, or rejected and not done', async () => {
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
          if (after.version !== base.version) fail('a save that rejected with AbortError must have stored nothing');
        }
      }
    });

    it('hands out copies: changing a returned value changes nothing stored', async () => {
      const first = await adapter.getTeam({ teamId: conformanceTeam.id });
      (first.value.members as unknown[]).length = 0;
      const second = await adapter.getTeam({ teamId: conformanceTeam.id });
      assertEqual(second.value, conformanceTeam, 'team after mutating a returned copy');
    });
  });
}
