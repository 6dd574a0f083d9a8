/**
 * The assessment store's conformance suite: the tests every `AssessmentStore` passes, apart from
 * the adapter suite, since a provider implements only the stores of the widgets it embeds. It is
 * defined and run like `adapterConformance` (Mocha's globals by default, or the test functions
 * passed as the third argument):
 *
 * ```ts
 * assessmentConformance('MyAdapter', {
 *   // Put the templates straight into the backend, then hand back an adapter over it.
 *   async create(fixtures) { await backend.reset(fixtures); return new MyAdapter({ baseUrl }); },
 * });
 * ```
 *
 * For now the store serves templates (`getTemplate`); the assessments themselves join it, and
 * this suite, with the next issue.
 */
import { NotFoundError, isAbortError, recognizeError } from '../contract/errors.js';
import type { AssessmentStore } from '../contract/stores.js';
import type { AssessmentTemplate } from '../model/assessment.js';
import { conformanceOtherTemplate, conformanceTemplate, conformanceTemplates } from './fixtures.js';
import { assertEqual, fail, rejection, type TestApi } from './harness.js';

/** What the suite hands an adapter factory: the templates the adapter must hold when it is returned. */
export interface AssessmentConformanceFixtures {
  readonly templates: readonly AssessmentTemplate[];
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
] as const;

/** Defines the assessment store's conformance tests for one adapter. */
export function assessmentConformance<A extends AssessmentStore>(
  name: string,
  options: AssessmentConformanceOptions<A>,
  api: TestApi = globalThis,
): void {
  const { describe, it, beforeEach, afterEach } = api;
  const [reads, apart, notFound, abortedBefore, copies] = ASSESSMENT_CONFORMANCE_TESTS;

  describe(`${name} conforms to the Saumaton assessment store contract`, () => {
    let adapter: A;
    beforeEach(async () => {
      adapter = await options.create({ templates: conformanceTemplates });
    });
    afterEach(async () => {
      await options.dispose?.(adapter);
    });

    it(reads, async () => {
      const read = await adapter.getTemplate(conformanceTemplate.id);
      assertEqual(read.value, conformanceTemplate, 'the template read');
      if (typeof read.version !== 'string' || read.version === '') fail('the template has a version');
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
  });
}
