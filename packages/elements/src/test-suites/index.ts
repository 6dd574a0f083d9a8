/**
 * `@saumaton/elements/test-suites`: the reusable browser test suites every Saumaton widget runs
 * from its own tests, with a factory for the widget under test. Test-only: they import
 * `@open-wc/testing` and use Mocha's globals, so the runtime entry never imports them.
 */
export { widgetSuite, XSS_PAYLOADS, type WidgetRecord, type WidgetSuiteOptions } from './widget-suite.js';
export {
  formControlSuite,
  defaultRequiredMessages,
  type FormControlSuiteOptions,
  type SubmittedValue,
} from './form-control-suite.js';
export { isolateTestPage, mount, unmountAll } from './mount.js';
