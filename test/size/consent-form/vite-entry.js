// What a bundler portal ships for the consent form: the registration module and the Memory
// adapter, imported from the npm packages (their exports: dist/), built by `scripts/size-builds.mjs`
// with Vite in production mode and measured by `npm run size` (.size-limit.js).
import '@saumaton/consent-form/saumaton-consent-form.js';
import { MemoryAdapter } from '@saumaton/core';

for (const form of document.querySelectorAll('saumaton-consent-form')) {
  form.adapter = new MemoryAdapter();
  form.viewer = { kind: 'professional' };
}
