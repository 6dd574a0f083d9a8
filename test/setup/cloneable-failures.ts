// Loaded before the test framework on every test page (web-test-runner.config.mjs, testRunnerHtml).
//
// web-test-runner sends a file's results to the runner with `structuredClone`, and a failed
// assertion's `actual` and `expected` travel as they are. When one of them is a DOM node
// (`expect($(el, 'form')).to.equal(null)` failing), the clone throws, the results never arrive,
// and the runner waits until its finish timeout and reports "did not finish" without naming the
// failing test (this hid two failing tests on a busy CI machine). Here a failed assertion's
// values that cannot be cloned become their readable description, so the failure is reported.
import { chai } from '@open-wc/testing';

function cloneable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return chai.util.inspect(value);
  }
}

chai.use((lib) => {
  const assert = lib.Assertion.prototype.assert;
  lib.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof lib.AssertionError) {
        const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failure.actual = cloneable(failure.actual);
        failure.expected = cloneable(failure.expected);
      }
      throw error;
    }
  };
});
