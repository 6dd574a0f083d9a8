import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // The saumaton-* tags are custom elements, not Vue components: without this Vue warns
      // "Failed to resolve component" on every mount.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('saumaton-') } },
    }),
  ],
  // What the page loads at once in one chunk, as Rollup (Vite 7) made it: Rolldown otherwise splits
  // what lazily loaded chunks share with the entry into small chunks the entry imports at once
  // (README, "Through a bundler").
  build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } } },
});
