// The conformance suite under node's own test runner, against the example adapter over real
// HTTP to the example backend, which chooses the ids of new teams itself.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { adapterConformance } from '@saumaton/core/conformance';
import { startBackend } from '../src/backend.mjs';
import { RestAdapter } from '../dist/rest-adapter.js';

/** @type {Awaited<ReturnType<typeof startBackend>>} */
let backend;
before(async () => {
  backend = await startBackend();
});
after(() => backend.close());

adapterConformance(
  'RestAdapter',
  {
    async create(fixtures) {
      // Straight into the backend: one fixture team breaks two rules, as data from elsewhere may.
      backend.reset(fixtures);
      return new RestAdapter({ baseUrl: backend.url });
    },
  },
  { describe, it, beforeEach, afterEach },
);
