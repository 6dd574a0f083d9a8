import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain React + Vite setup, with one setting we recommend on Vite 8: what the page loads at once
// goes into one chunk, as Rollup (Vite 7) made it. Rolldown otherwise splits what lazily loaded
// chunks share with the entry (Lit's localization, core's errors, the consent rules…) into small
// chunks the entry imports at once: more requests and more bytes (README, "Through a bundler").
export default defineConfig({
  plugins: [react()],
  build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } } },
});
