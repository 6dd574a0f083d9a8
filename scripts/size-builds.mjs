// `npm run size`, first step: the production builds .size-limit.js measures besides the embed
// folder (built by `npm run build`).
//   - test/size/<widget>/: each widget and the Memory adapter imported from the npm packages,
//     built by Vite in production mode, into test/size/dist/<widget>/: Vite's defaults and one
//     setting we recommend to every portal on Vite 8, `initialChunk` below (why:
//     test/size/README.md).
//   - the React and Vue examples, each built as its README says (examples/*/dist/).
// The Angular example is measured when built (`npm run test:examples -- angular`, in .ci/run).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Everything the page loads at once in one chunk, as Rollup (Vite 7 and earlier) made it: Vite 8's
 * Rolldown otherwise splits the modules that lazily loaded chunks share with the entry (here
 * @lit/localize, which the locale chunks import, and core's errors, which the Memory adapter's
 * consent and assessment stores import) into chunks of their own that the entry imports at once:
 * two more requests and about 1 kB more gzip. Lazily loaded code stays lazy.
 */
const initialChunk = { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } };

const root = join(import.meta.dirname, '..');
for (const widget of ['team-roster', 'consent-form', 'need-assessment', 'plan-viewer']) {
  await build({
    root: join(root, 'test/size', widget),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: join(root, 'test/size/dist', widget),
      emptyOutDir: true,
      rolldownOptions: { output: initialChunk },
    },
  });
}
for (const example of ['react', 'vue']) {
  execFileSync('npm', ['run', 'build', '--silent', '-w', `@saumaton/example-${example}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
