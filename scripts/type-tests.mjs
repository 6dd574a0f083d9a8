// The framework type tests (test/frameworks/): the React, Vue and Angular typings each package
// generates into dist/frameworks/ at build time, compiled as a portal compiles them, through the
// packages' `exports`, by each framework's own checker: tsc for a portal without a framework
// (test/frameworks/plain) and for React's JSX (react),
// vue-tsc under strictTemplates for single-file components (vue), ngc under strictTemplates for
// Angular templates (angular; angular/rejected must fail with exactly the errors listed below).
// Run by `npm run typecheck` and `npm test`. The typings come from a build:
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
const run = (tool, project) =>
  execFileSync('npx', [tool, '-p', project], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
const check = (label, tool, project) => {
  try {
    run(tool, project);
    console.log(`type-tests: ${label}: pass`);
  } catch (error) {
    process.stdout.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`type-tests: ${label} (${tool} -p ${project}) failed`);
  }
};

check(
  'Plain TypeScript, the registration module alone (tsc): compiles, each @ts-expect-error is an error',
  'tsc',
  'test/frameworks/plain/tsconfig.json',
);
check('React 19 JSX (tsc): compiles, each @ts-expect-error is an error', 'tsc', 'test/frameworks/react/tsconfig.json');
check(
  'Vue 3 single-file components (vue-tsc, strictTemplates): compile, each @vue-expect-error is an error',
  'vue-tsc',
  'test/frameworks/vue/tsconfig.json',
);
check('Angular templates (ngc, strictTemplates): compile', 'ngc', 'test/frameworks/angular/tsconfig.json');

// Angular templates take no @ts-expect-error: the rejected component must fail with exactly these.
const expected = [
  `Argument of type 'SaumatonSavedEvent<"team">' is not assignable to parameter of type 'CustomEvent<number>'`,
  "Property 'answers' does not exist on type",
  "Property 'value' does not exist on type 'SaumatonErrorDetail'",
  `Argument of type 'SaumatonSavedEvent<"plan" | "plan-part">' is not assignable to parameter of type 'CustomEvent<number>'`,
];
let output = '';
try {
  run('ngc', 'test/frameworks/angular/rejected/tsconfig.json');
} catch (error) {
  // eslint-disable-next-line no-control-regex
  output = `${error.stdout ?? ''}${error.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
}
const errors = output.match(/error TS\d+/g) ?? [];
const missing = expected.filter((text) => !output.includes(text));
if (errors.length !== expected.length || missing.length > 0) {
  process.stdout.write(output);
  throw new Error(
    `type-tests: Angular's rejected templates: expected ${expected.length} errors, got ${errors.length}${
      missing.length ? `; missing: ${missing.join(' | ')}` : ''
    }`,
  );
}
console.log(
  `type-tests: Angular templates (ngc): a wrong $event detail is refused, ${errors.length} errors as expected`,
);
console.log(
  `type-tests: the framework typings of ${packages.map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).join(', ')} pass`,
);
