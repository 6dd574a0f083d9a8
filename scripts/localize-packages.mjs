// Runs `lit-localize <extract|build>` in every package that has its own string catalogue
// (a `lit-localize.json` beside its package.json): each package keeps its strings in
// `packages/<package>/xliff/<locale>.xlf` and generates them into its own `src/generated/`.
// Usage: node scripts/localize-packages.mjs extract|build
import { execFileSync } from 'node:child_process';
import { catalogues } from './catalogues.mjs';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: localize-packages.mjs extract|build');
  process.exit(2);
}
for (const { name, dir } of catalogues()) {
  console.log(`${name}:`);
  execFileSync('npx', ['lit-localize', command], { cwd: dir, stdio: 'inherit' });
}
