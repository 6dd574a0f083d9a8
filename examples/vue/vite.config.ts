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
});
