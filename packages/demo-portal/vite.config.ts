import { fileURLToPath } from 'node:url';
import { defineConfig, defaultClientConditions } from 'vite';

/**
 * The demo portal is the Vite root. Workspace packages resolve to their TypeScript sources
 * through the `@saumaton/source` export condition, so `npm start` needs no build of the
 * libraries first. Two pages: the county portal walking one client's multi-service process
 * (index.html), and a private service-voucher producer's staff portal with the client's plan and
 * its own intake form (producer.html); both are served by `npm start` and built into dist/.
 */
export default defineConfig({
  resolve: {
    conditions: ['@saumaton/source', ...defaultClientConditions],
  },
  // The repo compiles with `experimentalDecorators: true, useDefineForClassFields: false`
  // (tsconfig.base.json). Oxc picks that up from the root tsconfig.json, but say it here too:
  // Vite does not lower standard decorators, and Chromium would throw a SyntaxError on them.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        producer: fileURLToPath(new URL('producer.html', import.meta.url)),
      },
    },
  },
});
