/**
 * The consent store's conformance suite: the tests every `ConsentStore` passes, apart from the
 * adapter suite, since a provider implements only the stores of the widgets it embeds. It is
 * defined and run like `adapterConformance` (Mocha's globals by default, or the test functions
 * passed as the third argument):
 *
 * ```ts
 * consentConformance('MyAdapter', {
 *   // Put the records straight into the backend (one is revoked already), then hand back an adapter.
 *   async create(fixtures) { await backend.reset(fixtures); return new MyAdapter({ baseUrl }); },
 * });
 * ```
 */
import { ConflictError, NotFoundError, ValidationError, isAbortError, recognizeError } from '../contract/errors.js';
import type { ConsentStore } from '../contract/stores.js';
import type { Versioned } from '../contract/versioned.js';
import type { CaseConsent, ConsentRecord, Revocation } from '../model/consent.js';
import { consentHistory } from '../rules/consent-rules.js';
import {
  conformanceClient,
  conformanceConsents,
  conformanceException,
  conformanceOtherClient,
  conformancePermit,
  conformanceProhibition,
  conformanceRevokedConsent,
} from './fixtures.js';
import { assertEqual, expectRuleBroken, fail, rejection, type TestApi } from './harness.js';

/**
 * What the suite hands an adapter factory: the consent records the adapter must hold when it is
 * returned (`conformanceConsents`). One of them is revoked already and one is a statutory
 * exception: put them into the backend as they are (for the embedded adapters, `seed()`).
 */
export interface ConsentConformanceFixtures {
  readonly consents: readonly ConsentRecord[];
}

export interface ConsentConformanceOptions<A extends ConsentStore> {
  /** Returns a fresh adapter that holds exactly `fixtures`; called before each test (`beforeEach`). */
  create(fixtures: ConsentConformanceFixtures): Promise<A>;
  /** Cleans up after each test (`afterEach`): close connections, delete databases. */
  dispose?(adapter: A): Promise<void>;
}

/** The names of the suite's tests, in the order they run; the README lists them too. */
export const CONSENT_CONFORMANCE_TESTS = [
  "lists a client's consent records as they were stored, revoked ones and statutory exceptions too, each with a version",
  'records a consent and lists it under the id it returns (read-your-writes), never over an existing one',
  'revokes a consent as a new version that keeps what was recorded and adds who revoked, when, how and why',
  'refuses to revoke a revoked consent again with ValidationError, changing nothing',
  'rejects a stale revocation with ConflictError carrying the current consent, losing nothing',
  'rejects an invalid consent or revocation with ValidationError naming the path, and stores nothing',
  'refuses a consent that breaks a consent rule with ValidationError carrying the rule code, and stores nothing',
  'rejects revoking an unknown consent with NotFoundError',
  'rejects a call aborted before it starts with an AbortError, and writes nothing',
  'reports a revocation aborted once sent truthfully: resolved and stored, or AbortError and nothing stored',
  'hands out copies: changing a returned record changes nothing stored',
] as const;

/** A new case consent of the first client: given by herself in a portal, so no professional wrote it down. */
function newCaseConsent(id: string): CaseConsent {
  return {
    id,
    clientId: conformanceClient.id,
    basis: 'consent',
    instrument: 'case-consent',
    purpose: { kind: 'joint-plan' },
    decision: 'given',
    actor: { kind: 'client', competence: 'adult' },
    method: 'electronic',
    recordedBy: { organization: conformancePermit.recordedBy.organization },
    formLanguage: 'sv',
    validFrom: '2026-03-02',
    status: 'active',
    printoutRequested: false,
  };
}

function revocationByClient(reason: string): Revocation {
  return { at: '2026-04-15', by: { kind: 'client' }, method: 'electronic', reason };
}

const byId = (a: Versioned<ConsentRecord>, b: Versioned<ConsentRecord>) =>
  a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0;

/** Defines the consent store's conformance tests for one adapter. */
export function consentConformance<A extends ConsentStore>(
  name: string,
  options: ConsentConformanceOptions<A>,
  api: TestApi = globalThis,
): void {
  const { describe, it, beforeEach, afterEach } = api;
  const [
    lists,
    readsOwnWrites,
    revokes,
    revokedTwice,
    staleRevocation,
    invalidData,
    ruleBroken,
    notFound,
    abortedBefore,
    abortedInFlight,
    copies,
  ] = CONSENT_CONFORMANCE_TESTS;

  describe(`${name} conforms to the Saumaton consent store contract`, () => {
    let adapter: A;
    beforeEach(async () => {
      adapter = await options.create({ consents: conformanceConsents });
    });
    afterEach(async () => {
      await options.dispose?.(adapter);
    });

    /** The client's record `id` as the adapter lists it, or a failed test. */
    async function listed(id: string, clientId: string = conformanceClient.id): Promise<Versioned<ConsentRecord>> {
      const found = (await adapter.listConsents(clientId)).find((r) => r.value.id === id);
      return found ?? fail(`the list of client "${clientId}" has the record "${id}"`);
    }

    it(lists, async () => {
      const records = [...(await adapter.listConsents(conformanceClient.id))].sort(byId);
      const expected = [conformancePermit, conformanceProhibition, conformanceRevokedConsent].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      );
      assertEqual(
        records.map((r) => r.value),
        expected,
        'the first client’s consents',
      );
      for (const { value, version } of records) {
        if (typeof version !== 'string' || version === '') fail(`"${value.id}" has a version, a non-empty string`);
      }
      const other = await adapter.listConsents(conformanceOtherClient.id);
      assertEqual(
        other.map((r) => r.value),
        [conformanceException],
        'the second client’s statutory exception',
      );
      assertEqual(await adapter.listConsents('no-such-client'), [], 'the consents of a client without any');
    });

    it(readsOwnWrites, async () => {
      const consent = newCaseConsent('conformance-consent-new');
      const recorded = await adapter.recordConsent(consent);
      // A backend may choose the id of a new record itself (POST → 201): the create returns it.
      const id = recorded.value.id;
      if (typeof id !== 'string' || id === '') fail('a recorded consent has an id');
      assertEqual(recorded.value, { ...consent, id }, 'recorded consent');
      const read = await listed(id);
      assertEqual(read.value, { ...consent, id }, 'the consent as listed after it was recorded');
      if (read.version !== recorded.version) fail('the list gives the version the record returned');

      const existing = await listed(conformancePermit.id);
      const again = { ...consent, id: conformancePermit.id };
      if (id === consent.id) {
        // The adapter keeps the ids it is given: recording over a stored record is a conflict.
        const error = await rejection(adapter.recordConsent(again), 'recording a consent whose id is taken');
        const conflict = recognizeError(error);
        if (!(conflict instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
        assertEqual(
          (conflict as ConflictError<ConsentRecord>).current?.version,
          existing.version,
          'version in the conflict',
        );
      } else {
        const second = await adapter.recordConsent(again);
        if (second.value.id === conformancePermit.id || second.value.id === id) {
          fail(`a record never reuses an existing id, got "${second.value.id}"`);
        }
      }
      const after = await listed(conformancePermit.id);
      if (after.version !== existing.version) fail('recording never writes over an existing record');
      assertEqual(after.value, conformancePermit, 'the stored permit after the attempt');
    });

    it(revokes, async () => {
      const base = await listed(conformancePermit.id);
      const revocation = revocationByClient('En halua enää tietojen siirtyvän.');
      const saved = await adapter.revokeConsent(conformancePermit.id, revocation, base.version);
      const expected: ConsentRecord = { ...conformancePermit, status: 'revoked', revocation };
      assertEqual(saved.value, expected, 'the revoked consent');
      if (saved.version === base.version) fail('a revocation gives a new version');
      const after = await listed(conformancePermit.id);
      assertEqual(after.value, expected, 'the revoked consent, still listed');
      if (after.version !== saved.version) fail('the list gives the version the revocation returned');
      assertEqual(
        consentHistory(after.value).map((e) => [e.action, e.at, e.recordedBy?.organization.id]),
        [
          ['recorded', conformancePermit.validFrom, conformancePermit.recordedBy.organization.id],
          ['revoked', revocation.at, undefined],
        ],
        'the history read from the revoked consent',
      );
    });

    it(revokedTwice, async () => {
      const base = await listed(conformanceRevokedConsent.id);
      const revocation: Revocation = {
        ...revocationByClient('again'),
        by: { kind: 'court-appointed-guardian', name: 'Matti Virtanen' },
      };
      expectRuleBroken(
        await rejection(
          adapter.revokeConsent(conformanceRevokedConsent.id, revocation, base.version),
          'revoking a revoked consent',
        ),
        'already-revoked',
      );
      const after = await listed(conformanceRevokedConsent.id);
      if (after.version !== base.version) fail('a refused revocation changes nothing');
      assertEqual(after.value, conformanceRevokedConsent, 'the revoked consent, as it was');
    });

    it(staleRevocation, async () => {
      const base = await listed(conformancePermit.id);
      const theirs = await adapter.revokeConsent(conformancePermit.id, revocationByClient('Theirs'), base.version);
      const error = await rejection(
        adapter.revokeConsent(conformancePermit.id, revocationByClient('Mine'), base.version),
        'a stale revocation',
      );
      const conflict = recognizeError(error);
      if (!(conflict instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
      const current = (conflict as ConflictError<ConsentRecord>).current;
      if (!current) fail('the conflict carries the current consent');
      assertEqual(current.value, theirs.value, 'current consent in the conflict');
      if (current.version !== theirs.version) fail('the conflict carries the current version');
      const after = await listed(conformancePermit.id);
      assertEqual(after.value, theirs.value, 'the consent after the conflict');
    });

    it(invalidData, async () => {
      const before = await adapter.listConsents(conformanceClient.id);
      const invalid = {
        ...newCaseConsent('conformance-consent-invalid'),
        method: 'telepathy',
      } as unknown as ConsentRecord;
      const rejected = recognizeError(await rejection(adapter.recordConsent(invalid), 'recording an invalid consent'));
      if (!(rejected instanceof ValidationError)) fail(`expected ValidationError, got ${String(rejected)}`);
      if (rejected.path !== 'method') fail(`the error names the failing path "method", got "${rejected.path}"`);

      const base = await listed(conformanceProhibition.id);
      const badRevocation = { ...revocationByClient('x'), at: 'yesterday' };
      const refused = recognizeError(
        await rejection(
          adapter.revokeConsent(conformanceProhibition.id, badRevocation, base.version),
          'an invalid revocation',
        ),
      );
      if (!(refused instanceof ValidationError)) fail(`expected ValidationError, got ${String(refused)}`);
      if (refused.path !== 'revocation.at' && refused.path !== 'at') {
        fail(`the error names the failing path "revocation.at", got "${refused.path}"`);
      }
      const after = await adapter.listConsents(conformanceClient.id);
      assertEqual([...after].sort(byId), [...before].sort(byId), 'the consents after the refused writes');
    });

    it(ruleBroken, async () => {
      const before = await adapter.listConsents(conformanceClient.id);
      const uninformed: ConsentRecord = { ...conformancePermit, id: 'conformance-uninformed', informing: undefined };
      expectRuleBroken(
        await rejection(adapter.recordConsent(uninformed), 'a permit without informing'),
        'informing-required',
      );
      const byGuardian: ConsentRecord = {
        ...conformanceProhibition,
        id: 'conformance-guardian-prohibition',
        actor: { kind: 'guardian', name: 'Pirjo Virtanen', competence: 'authority-verified' },
      };
      expectRuleBroken(
        await rejection(adapter.recordConsent(byGuardian), 'a prohibition set by a guardian'),
        'guardian-cannot-prohibit',
      );
      const after = await adapter.listConsents(conformanceClient.id);
      assertEqual([...after].sort(byId), [...before].sort(byId), 'the consents after the refused records');
    });

    it(notFound, async () => {
      const error = await rejection(
        adapter.revokeConsent('no-such-consent', revocationByClient('x'), '1'),
        'revoking an unknown consent',
      );
      if (!(recognizeError(error) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(error)}`);
    });

    it(abortedBefore, async () => {
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const e1 = await rejection(adapter.listConsents(conformanceClient.id, { signal }), 'an aborted list');
      if (!isAbortError(e1)) fail(`expected an AbortError, got ${String(e1)}`);
      const before = await adapter.listConsents(conformanceClient.id);
      const e2 = await rejection(
        adapter.recordConsent(newCaseConsent('conformance-consent-aborted'), { signal }),
        'an aborted record',
      );
      if (!isAbortError(e2)) fail(`expected an AbortError, got ${String(e2)}`);
      const base = await listed(conformancePermit.id);
      const e3 = await rejection(
        adapter.revokeConsent(conformancePermit.id, revocationByClient('Aborted'), base.version, { signal }),
        'an aborted revocation',
      );
      if (!isAbortError(e3)) fail(`expected an AbortError, got ${String(e3)}`);
      const after = await adapter.listConsents(conformanceClient.id);
      assertEqual([...after].sort(byId), [...before].sort(byId), 'the consents after the aborted writes');
    });

    it(abortedInFlight, async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const base = await adapter.recordConsent(newCaseConsent(`conformance-in-flight-${String(attempt)}`));
        const id = base.value.id;
        const revocation = revocationByClient(`In flight ${String(attempt)}`);
        const controller = new AbortController();
        const revoking = adapter.revokeConsent(id, revocation, base.version, { signal: controller.signal });
        // Abort at a different moment each time: before, during and after the backend's work.
        await new Promise((resolve) => setTimeout(resolve, attempt));
        controller.abort();
        let saved: Versioned<ConsentRecord> | undefined;
        let error: unknown;
        try {
          saved = await revoking;
        } catch (e) {
          error = e;
        }
        const after = await listed(id);
        if (saved) {
          if (after.version !== saved.version) fail('a revocation that resolved must have been stored');
          assertEqual(
            after.value,
            { ...base.value, status: 'revoked', revocation },
            'after a revocation that resolved',
          );
        } else {
          if (!isAbortError(error)) fail(`expected an AbortError, got ${String(error)}`);
          if (after.version !== base.version) {
            fail('a revocation that rejected with AbortError must have stored nothing: once sent, report the outcome');
          }
        }
      }
    });

    it(copies, async () => {
      const first = await listed(conformancePermit.id);
      const value = first.value as { recipients: unknown[] };
      value.recipients.length = 0;
      const second = await listed(conformancePermit.id);
      assertEqual(second.value, conformancePermit, 'the permit after mutating a returned copy');
    });
  });
}
