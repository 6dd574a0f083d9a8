// `npm run size`, first step: the production builds .size-limit.js measures besides the embed
// folder (built by `npm run build`).
//   - test/size/: the roster and the Memory adapter imported from the npm packages, built by Vite
//     in production mode with its defaults, into test/size/dist/.
//   - the React and Vue examples, each built as its README says (examples/*/dist/).
// The Angular example is measured when built (`npm run test:examples -- angular`, in .ci/run).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
await build({
  root: join(root, 'test/size'),
  logLevel: 'warn',
  mode: 'production',
  build: { outDir: join(root, 'test/size/dist'), emptyOutDir: true },
});
for (const example of ['react', 'vue']) {
  execFileSync('npm', ['run', 'build', '--silent', '-w', `@saumaton/example-${example}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
