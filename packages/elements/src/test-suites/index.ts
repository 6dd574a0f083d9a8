/**
 * Reusable browser test suites that every Saumaton widget of a kind runs, with a factory for the
 * widget under test. Test-only: they import `@open-wc/testing` and use Mocha's globals, so the
 * runtime entry (`@saumaton/elements`) never imports them.
 */
export {
  formControlSuite,
  defaultRequiredMessages,
  type FormControlSuiteOptions,
  type SubmittedValue,
} from './form-control-suite.js';
