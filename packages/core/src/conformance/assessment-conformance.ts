/**
 * The assessment store's conformance suite: the tests every `AssessmentStore` passes, apart from
 * the adapter suite, since a provider implements only the stores of the widgets it embeds. It is
 * defined and run like `adapterConformance` (Mocha's globals by default, or the test functions
 * passed as the third argument):
 *
 * ```ts
 * assessmentConformance('MyAdapter', {
 *   // Put the fixtures straight into the backend (one assessment is completed already, one
 *   // stopped), then hand back an adapter over it.
 *   async create(fixtures) { await backend.reset(fixtures); return new MyAdapter({ baseUrl }); },
 * });
 * ```
 *
 * It covers templates, assessments (read-your-writes, conflicts, the rules and the changes of
 * status they allow, every version kept) and meter readings (by day, under version control).
 */
import { ConflictError, NotFoundError, ValidationError, isAbortError, recognizeError } from '../contract/errors.js';
import type { AssessmentStore } from '../contract/stores.js';
import type { Versioned } from '../contract/versioned.js';
import type { Assessment, AssessmentTemplate, MeterReading } from '../model/assessment.js';
import {
  conformanceAssessment,
  conformanceAssessments,
  conformanceClient,
  conformanceCompletedAssessment,
  conformanceMeterId,
  conformanceMeterReadings,
  conformanceOtherClient,
  conformanceOtherTemplate,
  conformanceStoppedAssessment,
  conformanceTemplate,
  conformanceTemplates,
} from './fixtures.js';
import { assertEqual, expectRuleBroken, fail, rejection, type TestApi } from './harness.js';

/**
 * What the suite hands an adapter factory: the records the adapter must hold when it is returned.
 * One assessment is completed already and one stopped: put them into the backend as they are
 * (for the embedded adapters, `seed()`), each at a first version of its own.
 */
export interface AssessmentConformanceFixtures {
  readonly templates: readonly AssessmentTemplate[];
  readonly assessments: readonly Assessment[];
  readonly meterReadings: readonly MeterReading[];
}

export interface AssessmentConformanceOptions<A extends AssessmentStore> {
  /** Returns a fresh adapter that holds exactly `fixtures`; called before each test (`beforeEach`). */
  create(fixtures: AssessmentConformanceFixtures): Promise<A>;
  /** Cleans up after each test (`afterEach`): close connections, delete databases. */
  dispose?(adapter: A): Promise<void>;
}

/** The names of the suite's tests, in the order they run; the README lists them too. */
export const ASSESSMENT_CONFORMANCE_TESTS = [
  'reads a template by its id as it was stored, every element kept, with a version',
  'tells two templates apart by their ids',
  'rejects an unknown template with NotFoundError',
  'rejects a read aborted before it starts with an AbortError',
  'hands out copies: changing a returned template changes nothing stored',
  "lists a client's assessments as they were stored, newest first, each with a version",
  'reads an assessment by its id as it was stored, every answer and unknown member kept',
  'creates an assessment in progress when ifMatch is null, readable by the id it returns, and never over an existing one',
  'saves a draft step by step, each save read back under a new version',
  'rejects a stale save with ConflictError carrying the current assessment, losing nothing',
  'rejects unknown assessment ids with NotFoundError',
  'rejects an invalid assessment or meter reading with ValidationError naming the path, and stores nothing',
  'refuses an assessment that breaks an assessment rule with ValidationError carrying the rule code, and stores nothing',
  'refuses a change of status the rules do not allow with ValidationError carrying the rule code, changing nothing',
  'completes and amends an assessment, keeping every saved version readable, oldest first',
  "lists a client's readings of one meter by the day rated, oldest first, and no other meter's or client's",
  'saves a meter reading under version control: read back in order, a stale or repeated save a ConflictError',
  'rejects a call aborted before it starts with an AbortError, and writes nothing',
  'reports a save aborted once sent truthfully: resolved and stored, or AbortError and nothing stored',
  'hands out copies: changing a returned assessment or reading changes nothing stored',
] as const;

/** The assessment with one more answer: a step of the draft. */
function answered(assessment: Assessment, text: string): Assessment {
  return { ...assessment, answers: [...assessment.answers, { linkId: 'note', answer: [{ valueString: text }] }] };
}

/** The assessment completed, the client's view given. */
function completed(assessment: Assessment): Assessment {
  return {
    ...assessment,
    status: 'completed',
    completedAt: '2026-03-16T12:00:00+02:00',
    clientView: { kind: 'given', text: 'Haluan asua kotona.' },
  };
}

const isVersion = (version: unknown) => typeof version === 'string' && version !== '';

/** Defines the assessment store's conformance tests for one adapter. */
export function assessmentConformance<A extends AssessmentStore>(
  name: string,
  options: AssessmentConformanceOptions<A>,
  api: TestApi = globalThis,
): void {
  const { describe, it, beforeEach, afterEach } = api;
  const [
    reads,
    apart,
    notFound,
    abortedBefore,
    copies,
    listsAssessments,
    readsAssessment,
    creates,
    savesDrafts,
    staleSave,
    assessmentNotFound,
    invalidData,
    ruleBroken,
    transitionRefused,
    versionsKept,
    listsReadings,
    savesReadings,
    callAbortedBefore,
    abortedInFlight,
    assessmentCopies,
  ] = ASSESSMENT_CONFORMANCE_TESTS;

  describe(`${name} conforms to the Saumaton assessment store contract`, () => {
    let adapter: A;
    beforeEach(async () => {
      adapter = await options.create({
        templates: conformanceTemplates,
        assessments: conformanceAssessments,
        meterReadings: conformanceMeterReadings,
      });
    });
    afterEach(async () => {
      await options.dispose?.(adapter);
    });

    /** The ids of the readings the adapter lists for the client and meter, in its order. */
    async function readingIds(clientId: string = conformanceClient.id, meterId = conformanceMeterId) {
      return (await adapter.listMeterReadings(clientId, meterId)).map((r) => r.value.id);
    }

    /** Fails unless the assessment `id` is still at `version`, holding `value`. */
    async function unchanged(id: string, version: string, value: Assessment, what: string): Promise<void> {
      const after = await adapter.getAssessment(id);
      if (after.version !== version) fail(`${what} changes nothing`);
      assertEqual(after.value, value, `the assessment after ${what}`);
    }

    it(reads, async () => {
      const read = await adapter.getTemplate(conformanceTemplate.id);
      assertEqual(read.value, conformanceTemplate, 'the template read');
      if (!isVersion(read.version)) fail('the template has a version');
    });

    it(apart, async () => {
      const [first, second] = await Promise.all([
        adapter.getTemplate(conformanceTemplate.id),
        adapter.getTemplate(conformanceOtherTemplate.id),
      ]);
      assertEqual(first.value.id, conformanceTemplate.id, 'the first template read');
      assertEqual(second.value, conformanceOtherTemplate, 'the second template read');
    });

    it(notFound, async () => {
      const error = recognizeError(
        await rejection(adapter.getTemplate('conformance-no-such-template'), 'an unknown template'),
      );
      if (!(error instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(error)}`);
    });

    it(abortedBefore, async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(
        adapter.getTemplate(conformanceTemplate.id, { signal: controller.signal }),
        'an aborted read',
      );
      if (!isAbortError(error)) fail(`expected an AbortError, got ${String(error)}`);
    });

    it(copies, async () => {
      const first = await adapter.getTemplate(conformanceTemplate.id);
      const copy = first.value as Record<string, unknown> as { item: unknown[]; title: string };
      copy.item.length = 0;
      copy.title = 'changed';
      const second = await adapter.getTemplate(conformanceTemplate.id);
      assertEqual(second.value, conformanceTemplate, 'the template after mutating a returned copy');
    });

    it(listsAssessments, async () => {
      const listed = await adapter.listAssessments(conformanceClient.id);
      assertEqual(
        listed.map((a) => a.value),
        [conformanceAssessment, conformanceCompletedAssessment],
        'the first client’s assessments, the one initiated last first',
      );
      for (const { value, version } of listed) {
        if (!isVersion(version)) fail(`"${value.id}" has a version, a non-empty string`);
      }
      const other = await adapter.listAssessments(conformanceOtherClient.id);
      assertEqual(
        other.map((a) => a.value),
        [conformanceStoppedAssessment],
        'the second client’s stopped assessment',
      );
      assertEqual(await adapter.listAssessments('no-such-client'), [], 'the assessments of a client without any');
    });

    it(readsAssessment, async () => {
      const read = await adapter.getAssessment(conformanceAssessment.id);
      assertEqual(read.value, conformanceAssessment, 'the assessment read');
      const listed = (await adapter.listAssessments(conformanceClient.id)).find(
        (a) => a.value.id === conformanceAssessment.id,
      );
      if (listed?.version !== read.version) fail('the read and the list give the same version');
      const stopped = await adapter.getAssessment(conformanceStoppedAssessment.id);
      assertEqual(stopped.value, conformanceStoppedAssessment, 'the stopped assessment read');
    });

    it(creates, async () => {
      const draft: Assessment = { ...conformanceAssessment, id: 'conformance-assessment-new', answers: [] };
      const created = await adapter.saveAssessment(draft, null);
      // A backend may choose the id of a new record itself (POST → 201): the create returns it.
      const id = created.value.id;
      if (typeof id !== 'string' || id === '') fail('a created assessment has an id');
      assertEqual(created.value, { ...draft, id }, 'the created assessment');
      const read = await adapter.getAssessment(id);
      assertEqual(read.value, { ...draft, id }, 'the created assessment read by the id the create returned');
      if (read.version !== created.version) fail('the read gives the version the create returned');

      const existing = await adapter.getAssessment(conformanceAssessment.id);
      const again: Assessment = { ...draft, id: conformanceAssessment.id };
      if (id === draft.id) {
        // The adapter keeps the ids it is given: a create naming a stored assessment is a conflict.
        const error = await rejection(adapter.saveAssessment(again, null), 'creating an assessment whose id is taken');
        const conflict = recognizeError(error);
        if (!(conflict instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
        assertEqual(
          (conflict as ConflictError<Assessment>).current?.version,
          existing.version,
          'the version in the conflict',
        );
      } else {
        const second = await adapter.saveAssessment(again, null);
        if (second.value.id === conformanceAssessment.id || second.value.id === id) {
          fail(`a create never reuses an existing id, got "${second.value.id}"`);
        }
      }
      await unchanged(conformanceAssessment.id, existing.version, conformanceAssessment, 'a create over it');
      if ((await adapter.getAssessment(id)).version !== created.version) fail('nor over the one just created');
    });

    it(savesDrafts, async () => {
      let current = await adapter.getAssessment(conformanceAssessment.id);
      const versions = [current.version];
      for (const text of ['Ensimmäinen vaihe', 'Toinen vaihe']) {
        const next = answered(current.value, text);
        const saved = await adapter.saveAssessment(next, current.version);
        assertEqual(saved.value, next, 'the saved draft');
        if (versions.includes(saved.version)) fail('every save gives a new version');
        const read = await adapter.getAssessment(conformanceAssessment.id);
        assertEqual(read.value, next, 'the draft read after it was saved');
        if (read.version !== saved.version) fail('the read gives the version the save returned');
        versions.push(saved.version);
        current = read;
      }
      const listed = await adapter.listAssessments(conformanceClient.id);
      if (listed.find((a) => a.value.id === conformanceAssessment.id)?.version !== current.version) {
        fail('the list gives the version of the last save');
      }
    });

    it(staleSave, async () => {
      const base = await adapter.getAssessment(conformanceAssessment.id);
      const theirs = await adapter.saveAssessment(answered(base.value, 'Theirs'), base.version);
      const error = await rejection(adapter.saveAssessment(answered(base.value, 'Mine'), base.version), 'a stale save');
      const conflict = recognizeError(error);
      if (!(conflict instanceof ConflictError)) fail(`expected ConflictError, got ${String(error)}`);
      const current = (conflict as ConflictError<Assessment>).current;
      if (!current) fail('the conflict carries the current assessment');
      assertEqual(current.value, theirs.value, 'the current assessment in the conflict');
      if (current.version !== theirs.version) fail('the conflict carries the current version');
      await unchanged(conformanceAssessment.id, theirs.version, theirs.value, 'a stale save');
    });

    it(assessmentNotFound, async () => {
      const e1 = await rejection(adapter.getAssessment('no-such-assessment'), 'getAssessment of an unknown id');
      if (!(recognizeError(e1) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e1)}`);
      const e2 = await rejection(
        adapter.listAssessmentVersions('no-such-assessment'),
        'listAssessmentVersions of an unknown id',
      );
      if (!(recognizeError(e2) instanceof NotFoundError)) fail(`expected NotFoundError, got ${String(e2)}`);
    });

    it(invalidData, async () => {
      const base = await adapter.getAssessment(conformanceAssessment.id);
      const badAnswer = {
        ...base.value,
        answers: [{ linkId: 'mobility', item: [{ linkId: 'walks' }, { text: 'no linkId' }] }],
      } as unknown as Assessment;
      const e1 = recognizeError(await rejection(adapter.saveAssessment(badAnswer, base.version), 'an invalid answer'));
      if (!(e1 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e1)}`);
      if (e1.path !== 'answers.0.item.1.linkId') fail(`the error names the failing path, got "${e1.path}"`);
      const badGround = {
        ...base.value,
        initiation: { ...base.value.initiation, grounds: ['over-75', 'bored'] },
      } as unknown as Assessment;
      const e2 = recognizeError(await rejection(adapter.saveAssessment(badGround, base.version), 'an unknown ground'));
      if (!(e2 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e2)}`);
      if (e2.path !== 'initiation.grounds.1') fail(`the error names the failing path, got "${e2.path}"`);
      await unchanged(conformanceAssessment.id, base.version, conformanceAssessment, 'an invalid save');

      const [reading] = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      if (!reading) fail('the client has meter readings');
      const badValue = {
        ...reading.value,
        values: [...reading.value.values, { linkId: 'health', value: 'seven' }],
      } as unknown as MeterReading;
      const e3 = recognizeError(
        await rejection(adapter.saveMeterReading(badValue, reading.version), 'an invalid value'),
      );
      if (!(e3 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e3)}`);
      if (e3.path !== 'values.1.value') fail(`the error names the failing path, got "${e3.path}"`);
      const badDay = { ...reading.value, id: 'conformance-reading-bad-day', date: '2026-02-30' };
      const e4 = recognizeError(await rejection(adapter.saveMeterReading(badDay, null), 'a day that does not exist'));
      if (!(e4 instanceof ValidationError)) fail(`expected ValidationError, got ${String(e4)}`);
      if (e4.path !== 'date') fail(`the error names the failing path, got "${e4.path}"`);
      const after = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      assertEqual(
        after.map((r) => r.value.id),
        ['conformance-reading-1', 'conformance-reading-3', 'conformance-reading-2'],
        'the readings after the invalid saves',
      );
      if (after[0]?.version !== reading.version) fail('an invalid reading stores nothing');
    });

    it(ruleBroken, async () => {
      const base = await adapter.getAssessment(conformanceAssessment.id);
      const noView: Assessment = { ...completed(base.value), clientView: undefined };
      expectRuleBroken(
        await rejection(adapter.saveAssessment(noView, base.version), 'completing without the client’s view'),
        'client-view-required',
      );
      const obstacle: Assessment = { ...completed(base.value), clientView: { kind: 'obstacle', reason: ' ' } };
      expectRuleBroken(
        await rejection(adapter.saveAssessment(obstacle, base.version), 'an obstacle without its reason'),
        'obstacle-reason-required',
      );
      const noGrounds: Assessment = { ...base.value, initiation: { ...base.value.initiation, grounds: [] } };
      expectRuleBroken(
        await rejection(adapter.saveAssessment(noGrounds, base.version), 'an assessment without grounds'),
        'grounds-required',
      );
      const noReason: Assessment = { ...base.value, status: 'stopped' };
      expectRuleBroken(
        await rejection(adapter.saveAssessment(noReason, base.version), 'stopping without a reason'),
        'stopped-reason-required',
      );
      await unchanged(conformanceAssessment.id, base.version, conformanceAssessment, 'a refused save');
    });

    it(transitionRefused, async () => {
      const done = await adapter.getAssessment(conformanceCompletedAssessment.id);
      const reopened: Assessment = { ...done.value, status: 'in-progress' };
      expectRuleBroken(
        await rejection(adapter.saveAssessment(reopened, done.version), 'a completed assessment back in progress'),
        'transition-not-allowed',
      );
      const edited = answered(done.value, 'Changed without amending');
      expectRuleBroken(
        await rejection(adapter.saveAssessment(edited, done.version), 'a completed assessment changed'),
        'amend-to-change',
      );
      await unchanged(done.value.id, done.version, conformanceCompletedAssessment, 'a refused change of status');

      const stopped = await adapter.getAssessment(conformanceStoppedAssessment.id);
      const resumed: Assessment = { ...stopped.value, status: 'in-progress', stoppedReason: undefined };
      expectRuleBroken(
        await rejection(adapter.saveAssessment(resumed, stopped.version), 'a stopped assessment resumed'),
        'transition-not-allowed',
      );
      await unchanged(stopped.value.id, stopped.version, conformanceStoppedAssessment, 'resuming a stopped one');

      const born: Assessment = completed({ ...conformanceAssessment, id: 'conformance-assessment-born-completed' });
      expectRuleBroken(
        await rejection(adapter.saveAssessment(born, null), 'a new assessment completed already'),
        'starts-in-progress',
      );
      const missing = await rejection(adapter.getAssessment(born.id), 'reading an assessment whose create was refused');
      if (!(recognizeError(missing) instanceof NotFoundError)) fail('a refused create stores nothing');
    });

    it(versionsKept, async () => {
      const first = await adapter.getAssessment(conformanceAssessment.id);
      const step = await adapter.saveAssessment(answered(first.value, 'Vaihe'), first.version);
      const done = await adapter.saveAssessment(completed(step.value), step.version);
      // Recording that the summary was given changes a completed assessment without amending it.
      const summarised = await adapter.saveAssessment({ ...done.value, summaryGivenAt: '2026-03-17' }, done.version);
      const amendment: Assessment = { ...answered(summarised.value, 'Korjaus'), status: 'amended' };
      const amended = await adapter.saveAssessment(amendment, summarised.version);
      const versions = await adapter.listAssessmentVersions(conformanceAssessment.id);
      assertEqual(
        versions.map((v) => v.value),
        [first, step, done, summarised, amended].map((v) => v.value),
        'every version saved, oldest first',
      );
      assertEqual(
        versions.map((v) => v.version),
        [first, step, done, summarised, amended].map((v) => v.version),
        'the versions of the saves',
      );
      assertEqual(
        (await adapter.getAssessment(conformanceAssessment.id)).value,
        amended.value,
        'the current assessment, the amended one',
      );
      const seeded = await adapter.listAssessmentVersions(conformanceCompletedAssessment.id);
      assertEqual(
        seeded.map((v) => v.value),
        [conformanceCompletedAssessment],
        'the one version of an assessment never saved again',
      );
    });

    it(listsReadings, async () => {
      const readings = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      const expected = conformanceMeterReadings
        .filter((r) => r.clientId === conformanceClient.id && r.meter.id === conformanceMeterId)
        .sort((a, b) => (a.date < b.date ? -1 : 1));
      assertEqual(
        readings.map((r) => r.value),
        expected,
        'the first client’s readings of the meter, oldest first',
      );
      for (const { value, version } of readings) {
        if (!isVersion(version)) fail(`"${value.id}" has a version, a non-empty string`);
      }
      assertEqual(
        await readingIds(conformanceClient.id, 'conformance-other-meter'),
        ['conformance-reading-other-meter'],
        'the readings of another meter',
      );
      assertEqual(
        await readingIds(conformanceOtherClient.id),
        ['conformance-reading-other-client'],
        'the second client’s readings',
      );
      assertEqual(await readingIds('no-such-client'), [], 'the readings of a client without any');
    });

    it(savesReadings, async () => {
      const reading: MeterReading = {
        id: 'conformance-reading-new',
        clientId: conformanceClient.id,
        meter: { id: conformanceMeterId, version: '1' },
        date: '2026-03-10',
        rater: { kind: 'professional', name: 'Leena Korhonen' },
        values: [{ linkId: 'overall', value: 6 }],
        assessmentId: conformanceAssessment.id,
      };
      const created = await adapter.saveMeterReading(reading, null);
      const id = created.value.id;
      assertEqual(created.value, { ...reading, id }, 'the created reading');
      assertEqual(
        await readingIds(),
        ['conformance-reading-1', 'conformance-reading-3', id, 'conformance-reading-2'],
        'the readings with the new one in its place',
      );
      const changed: MeterReading = { ...created.value, values: [{ linkId: 'overall', value: 8 }] };
      const saved = await adapter.saveMeterReading(changed, created.version);
      if (saved.version === created.version) fail('a save gives a new version');
      const listed = (await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId)).find(
        (r) => r.value.id === id,
      );
      assertEqual(listed?.value, changed, 'the reading read after the save');
      if (listed?.version !== saved.version) fail('the list gives the version the save returned');

      const stale = recognizeError(
        await rejection(adapter.saveMeterReading({ ...reading, id }, created.version), 'a stale save of a reading'),
      );
      if (!(stale instanceof ConflictError)) fail(`expected ConflictError, got ${String(stale)}`);
      assertEqual((stale as ConflictError<MeterReading>).current?.value, changed, 'the reading in the conflict');
      if (id === reading.id) {
        const twice = recognizeError(await rejection(adapter.saveMeterReading(reading, null), 'creating it twice'));
        if (!(twice instanceof ConflictError)) fail(`expected ConflictError, got ${String(twice)}`);
      }
      const after = (await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId)).find(
        (r) => r.value.id === id,
      );
      if (after?.version !== saved.version) fail('a refused save changes nothing');
    });

    it(callAbortedBefore, async () => {
      const controller = new AbortController();
      controller.abort();
      const signal = controller.signal;
      const base = await adapter.getAssessment(conformanceAssessment.id);
      const [reading] = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      if (!reading) fail('the client has meter readings');
      const calls: [string, () => Promise<unknown>][] = [
        ['listAssessments', () => adapter.listAssessments(conformanceClient.id, { signal })],
        ['getAssessment', () => adapter.getAssessment(conformanceAssessment.id, { signal })],
        ['listAssessmentVersions', () => adapter.listAssessmentVersions(conformanceAssessment.id, { signal })],
        ['saveAssessment', () => adapter.saveAssessment(answered(base.value, 'Aborted'), base.version, { signal })],
        [
          'saveAssessment (create)',
          () => adapter.saveAssessment({ ...base.value, id: 'conformance-assessment-aborted' }, null, { signal }),
        ],
        ['listMeterReadings', () => adapter.listMeterReadings(conformanceClient.id, conformanceMeterId, { signal })],
        [
          'saveMeterReading',
          () => adapter.saveMeterReading({ ...reading.value, date: '2026-05-05' }, reading.version, { signal }),
        ],
      ];
      for (const [method, call] of calls) {
        const error = await rejection(call(), `an aborted ${method}`);
        if (!isAbortError(error)) fail(`${method}: expected an AbortError, got ${String(error)}`);
      }
      await unchanged(conformanceAssessment.id, base.version, conformanceAssessment, 'an aborted save');
      const created = await rejection(
        adapter.getAssessment('conformance-assessment-aborted'),
        'reading an assessment whose create was aborted',
      );
      if (!(recognizeError(created) instanceof NotFoundError)) fail('an aborted create stores nothing');
      const [after] = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      if (after?.version !== reading.version) fail('an aborted save of a reading changes nothing');
    });

    it(abortedInFlight, async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const base = await adapter.getAssessment(conformanceAssessment.id);
        const changed = answered(base.value, `In flight ${String(attempt)}`);
        const controller = new AbortController();
        const saving = adapter.saveAssessment(changed, base.version, { signal: controller.signal });
        // Abort at a different moment each time: before, during and after the backend's work.
        await new Promise((resolve) => setTimeout(resolve, attempt));
        controller.abort();
        let saved: Versioned<Assessment> | undefined;
        let error: unknown;
        try {
          saved = await saving;
        } catch (e) {
          error = e;
        }
        const after = await adapter.getAssessment(conformanceAssessment.id);
        const versions = await adapter.listAssessmentVersions(conformanceAssessment.id);
        if (versions.at(-1)?.version !== after.version) fail('the last version kept is the current one');
        if (saved) {
          if (after.version !== saved.version) fail('a save that resolved must have been stored');
          assertEqual(after.value, changed, 'the assessment after a save that resolved');
        } else {
          if (!isAbortError(error)) fail(`expected an AbortError, got ${String(error)}`);
          if (after.version !== base.version) {
            fail('a save that rejected with AbortError must have stored nothing: once sent, report the outcome');
          }
        }
      }
    });

    it(assessmentCopies, async () => {
      const first = await adapter.getAssessment(conformanceAssessment.id);
      (first.value.answers as unknown[]).length = 0;
      first.value.initiation.grounds.push('urgent');
      assertEqual(
        (await adapter.getAssessment(conformanceAssessment.id)).value,
        conformanceAssessment,
        'the assessment after mutating a returned copy',
      );
      const [listed] = await adapter.listAssessments(conformanceClient.id);
      if (!listed) fail('the client has assessments');
      listed.value.status = 'stopped';
      const [version] = await adapter.listAssessmentVersions(conformanceAssessment.id);
      if (!version) fail('the assessment has a version');
      version.value.template.id = 'changed';
      assertEqual(
        (await adapter.listAssessmentVersions(conformanceAssessment.id)).map((v) => v.value),
        [conformanceAssessment],
        'the versions after mutating returned copies',
      );
      const [reading] = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      if (!reading) fail('the client has meter readings');
      reading.value.values.length = 0;
      const [again] = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
      assertEqual(again?.value, conformanceMeterReadings[1], 'the reading after mutating a returned copy');
    });
  });
}
