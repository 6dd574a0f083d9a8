// The framework type tests (test/frameworks/): the React, Vue and Angular typings each package
// generates into dist/frameworks/ at build time, compiled as a portal compiles them, through the
// packages' `exports`. Run by `npm run typecheck` and `npm test`. The typings come from a build:
// when any is missing or older than the sources, the manifests or the generator, this builds
// first (`npm run build`, about 15 s) and says so.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const FRAMEWORKS = ['react', 'vue', 'angular'];

/** The newest modification time under `path` (TypeScript sources and JSON only). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.(ts|json|mjs)$/.test(path) ? stat.mtimeMs : 0;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

// The packages whose build generates typings: those whose build script runs the generator.
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => {
    const file = join(dir, 'package.json');
    return existsSync(file) && /framework-types\.mjs/.test(JSON.parse(readFileSync(file, 'utf8')).scripts?.build ?? '');
  });
const shared = Math.max(
  newest(join(root, 'scripts/framework-types.mjs')),
  newest(join(root, 'custom-elements-manifest.config.mjs')),
  newest(join(root, 'packages/core/src')),
);
/** What a package's typings are made from: its sources, its package.json (not its generated manifest). */
const sources = (dir) =>
  Math.max(
    newest(join(dir, 'src')),
    newest(join(dir, 'package.json')),
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => newest(join(dir, name))),
  );
const stale = packages.flatMap((dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // A widget's typings also carry what it inherits from the packages it depends on (elements).
  const inputs = Math.max(
    shared,
    sources(dir),
    ...packages
      .filter((other) => JSON.parse(readFileSync(join(other, 'package.json'), 'utf8')).name in (pkg.dependencies ?? {}))
      .map(sources),
  );
  return FRAMEWORKS.map((fw) => join(dir, 'dist/frameworks', `${fw}.d.ts`)).filter(
    (file) => !existsSync(file) || statSync(file).mtimeMs < inputs,
  );
});
if (stale.length > 0) {
  console.log(`type-tests: ${stale.length} framework typings missing or older than their sources; building first`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}
execFileSync('npx', ['tsc', '-p', 'test/frameworks/tsconfig.json'], { cwd: root, stdio: 'inherit' });
console.log(
  `type-tests: React 19, Vue 3 and Angular typings of ${packages.map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).join(', ')} compile, and reject what they must`,
);
