// What a bundler portal ships for the plan viewer: the registration module and the Memory adapter,
// imported from the npm packages (their exports: dist/), built by `scripts/size-builds.mjs` with
// Vite in production mode and measured by `npm run size` (.size-limit.js).
import '@saumaton/plan-viewer/saumaton-plan-viewer.js';
import { MemoryAdapter } from '@saumaton/core';

for (const viewer of document.querySelectorAll('saumaton-plan-viewer')) {
  viewer.adapter = new MemoryAdapter();
  viewer.viewer = { kind: 'professional' };
}
