// What a bundler portal ships for the need assessment: the registration module and the Memory
// adapter, imported from the npm packages (their exports: dist/), built by `scripts/size-builds.mjs`
// with Vite in production mode and measured by `npm run size` (.size-limit.js). The template comes
// through the adapter, as a portal's store serves it.
import '@saumaton/need-assessment/saumaton-need-assessment.js';
import { MemoryAdapter } from '@saumaton/core';

for (const form of document.querySelectorAll('saumaton-need-assessment')) {
  form.adapter = new MemoryAdapter();
  form.viewer = { kind: 'professional' };
}
