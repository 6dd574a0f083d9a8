// What a bundler portal ships for the roster: the registration module and the Memory adapter,
// imported from the npm packages (their exports: dist/), built by `scripts/size-builds.mjs` with
// Vite in production mode and measured by `npm run size` (.size-limit.js).
import '@saumaton/team-roster/saumaton-team-roster.js';
import { MemoryAdapter } from '@saumaton/core';

for (const roster of document.querySelectorAll('saumaton-team-roster')) {
  roster.adapter = new MemoryAdapter();
  roster.viewer = { kind: 'professional' };
}
