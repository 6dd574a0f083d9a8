// Every test runs in a real browser: Debian's Chromium, driven through puppeteer-core.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fhirServerPlugin } from '@saumaton/fhir-test-server/wtr-plugin';
import { chromeArgs, chromePath } from './scripts/chromium.mjs';

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@saumaton/source', 'development', 'browser'] },
  concurrency: 2,
  // Lit announces its development build once per test file; every other browser message is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // The embed test page gets the strictest policy a portal may set.
    function strictCsp(context, next) {
      if (context.path === '/test/embed/csp.html') {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'",
        );
      }
      return next();
    },
  ],
  plugins: [
    // The raw file is read (no `extends`): the base config holds the decorator settings.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    // A real FHIR R4 server (Medplum's router over memory) for the FHIR adapter's tests.
    fhirServerPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [...chromeArgs, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'saumaton-chromium-'))}`],
      },
    }),
  ],
};
