/**
 * `@saumaton/elements/test-suites`: the reusable suites every widget runs from its own tests.
 * Test-only: it imports `@open-wc/testing`, which the runtime entry never does.
 */
export { widgetSuite, XSS_PAYLOADS, type WidgetRecord, type WidgetSuiteOptions } from './widget-suite.js';
