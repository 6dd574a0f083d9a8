// `npm run pack:check`: what each published package would put on npm, after `npm run build`.
// Prints `npm pack --dry-run` sizes per package and fails when a package
//   - ships TypeScript sources (only `.d.ts` may be TypeScript),
//   - ships a source map whose sources are neither in the tarball nor inlined in the map,
//   - has a custom-elements manifest naming a module that is not in the tarball,
//   - lacks LICENSE, `repository` (with its `directory`), `homepage`, `bugs` or `keywords`,
//   - has a problem publint (strict) or Are The Types Wrong (ESM-only profile) reports.
// Run in `.ci/run` after the build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(import.meta.dirname, '..');
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packages = rootPkg.workspaces
  .map((dir) => ({ dir: join(root, dir), pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const problems = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [];

for (const { dir, pkg } of packages) {
  const where = relative(root, dir);
  const problem = (text) => problems.push(`${pkg.name}: ${text}`);
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', where], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = new Set(packed.files.map((f) => f.path));
  const bytes = (test) => packed.files.filter((f) => test(f.path)).reduce((sum, f) => sum + f.size, 0);
  rows.push([
    pkg.name,
    kB(packed.size),
    kB(packed.unpackedSize),
    String(packed.files.length),
    kB(bytes((p) => p.endsWith('.js'))),
    kB(bytes((p) => p.endsWith('.d.ts'))),
    kB(bytes((p) => p.endsWith('.map'))),
  ]);

  for (const file of files) {
    if (/\.(ts|tsx|mts|cts)$/.test(file) && !/\.d\.(ts|mts|cts)$/.test(file))
      problem(`ships the TypeScript source ${file}`);
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    (map.sources ?? []).forEach((source, i) => {
      const shipped = files.has(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
      if (!shipped && typeof map.sourcesContent?.[i] !== 'string') {
        problem(`${file} points at ${source}, which is neither shipped nor inlined`);
      }
    });
  }
  if (pkg.customElements) {
    // The manifest describes the package as published: every module it names is in the tarball.
    for (const mod of JSON.parse(readFileSync(join(dir, pkg.customElements), 'utf8')).modules ?? []) {
      if (!files.has(mod.path)) problem(`${pkg.customElements} names ${mod.path}, which is not shipped`);
    }
  }
  if (!files.has('LICENSE')) problem('has no LICENSE in its tarball');
  if (pkg.repository?.directory !== where) problem(`needs "repository": { …, "directory": "${where}" }`);
  if (!pkg.repository?.url) problem('needs a repository url');
  if (!pkg.homepage) problem('needs a homepage');
  if (!pkg.bugs?.url) problem('needs bugs.url');
  if (!pkg.keywords?.length) problem('needs keywords');

  const { messages } = await publint({ pkgDir: dir, strict: true, pack: 'npm' });
  for (const message of messages) problem(`publint ${message.type}: ${formatMessage(message, pkg)}`);

  // Types are checked where there are types: @saumaton/embed is a folder of modules for pages
  // without a bundler, with none. ESM-only on purpose: require() and node10 are not supported.
  if (pkg.types || JSON.stringify(pkg.exports ?? {}).includes('"types"')) {
    try {
      execFileSync('npx', ['attw', '--pack', where, '--profile', 'esm-only', '--format', 'ascii'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      problem(`Are The Types Wrong:\n${error.stdout}${error.stderr}`);
    }
  }
}

const header = ['package', 'packed', 'unpacked', 'files', 'js', 'd.ts', 'maps'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`npm pack --dry-run, per published package:\n${line(header)}`);
for (const row of rows) console.log(line(row));

if (problems.length > 0) {
  console.error(`\n${problems.length} packaging problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\npack:check: ${packages.length} packages: no TypeScript sources, no dangling source maps or manifest paths, metadata complete, publint and attw clean`,
);
