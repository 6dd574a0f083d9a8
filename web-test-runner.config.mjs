// Every test runs in real browsers from Debian's packages: Chromium and Firefox ESR through
// puppeteer-core, WebKit (WebKitGTK's MiniBrowser) through WebDriver. SAUMATON_ENGINES narrows
// the run (`SAUMATON_ENGINES=webkit npx wtr --files …`); `npm test` runs one engine after the
// other (scripts/test-engines.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fhirServerPlugin } from '@saumaton/fhir-test-server/wtr-plugin';
import { assertEngines, selectedEngines } from './scripts/browsers.mjs';
import { chromiumLauncher, firefoxLauncher, webkitLauncher } from './scripts/launchers.mjs';

const engines = selectedEngines();
assertEngines(engines);
const launchers = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@saumaton/source', 'development', 'browser'] },
  concurrency: 2,
  // Lit announces its development build once per test file; every other browser message is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  // Failed assertions on DOM nodes must still reach the runner (see the setup module).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><meta charset="utf-8"></head><body>` +
    `<script type="module" src="/test/setup/cloneable-failures.ts"></script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  // A file whose page stops answering still ends, with its tests reported as not finished.
  testsFinishTimeout: 5 * 60_000,
  middleware: [
    // The embed test pages get the strictest policy a portal may set.
    function strictCsp(context, next) {
      if (
        ['/test/embed/csp.html', '/test/embed/consent-csp.html', '/test/embed/consent-client.html'].includes(
          context.path,
        )
      ) {
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
  browsers: engines.map((engine) => launchers[engine.id]()),
};
