/** What the conformance suites share: the test functions they are defined with, and their assertions. */
import { ValidationError, recognizeError } from '../contract/errors.js';
import { canonicalJson } from '../contract/json.js';

type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => Promise<void>) => void;
type Hook = (body: () => Promise<void>) => void;

/**
 * The test functions the suite defines its tests with; by default the globals of the running
 * framework. Node's `node:test` exports all four, as does the `mocha` module under the mocha CLI.
 */
export interface TestApi {
  readonly describe: Suite;
  readonly it: Test;
  readonly beforeEach: Hook;
  readonly afterEach: Hook;
}

export function fail(message: string): never {
  throw new Error(`Conformance: ${message}`);
}

export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(canonicalJson(actual));
  const e = JSON.stringify(canonicalJson(expected));
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return fail(`${what} resolved, but should have been rejected`);
}

/** The rejection as a `ValidationError` naming the rule `code`, or a failed test. */
export function expectRuleBroken(rejected: unknown, code: string): void {
  const error = recognizeError(rejected);
  if (!(error instanceof ValidationError)) fail(`expected ValidationError, got ${String(rejected)}`);
  const codes = error.issues.map((i) => i.code);
  if (!codes.includes(code)) fail(`the ValidationError names the rule "${code}", got ${JSON.stringify(codes)}`);
}
