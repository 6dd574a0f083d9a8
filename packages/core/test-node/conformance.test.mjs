// The conformance suites under node's own test runner (no globals: the test functions are passed
// in), against the MemoryAdapter as built. The browser run covers them under Mocha's globals.
import { afterEach, beforeEach, describe, it } from 'node:test';
import { MemoryAdapter } from '@saumaton/core';
import {
  adapterConformance,
  assessmentConformance,
  consentConformance,
  planConformance,
} from '@saumaton/core/conformance';

adapterConformance(
  'MemoryAdapter (node:test)',
  { create: (fixtures) => MemoryAdapter.withData(fixtures) },
  { describe, it, beforeEach, afterEach },
);
consentConformance(
  'MemoryAdapter (node:test)',
  { create: (fixtures) => MemoryAdapter.withData(fixtures) },
  { describe, it, beforeEach, afterEach },
);
assessmentConformance(
  'MemoryAdapter (node:test)',
  { create: (fixtures) => MemoryAdapter.withData(fixtures) },
  { describe, it, beforeEach, afterEach },
);
planConformance(
  'MemoryAdapter (node:test)',
  { create: (fixtures) => MemoryAdapter.withData(fixtures) },
  { describe, it, beforeEach, afterEach },
);
