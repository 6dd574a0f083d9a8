// Runs `lit-localize <extract|build>` in every package that has its own string catalogue
// (a `lit-localize.json` beside its package.json): each package keeps its strings in
// `packages/<package>/xliff/<locale>.xlf` and generates them into its own `src/generated/`.
// Usage: node scripts/localize-packages.mjs extract|build
//
// extract also carries translations across packages: when a string moves from one package to
// another (a field template moving into elements), its id stays the same (a hash of the source
// text), so the translation it had in the old package's xliff is written into the new one
// instead of being lost.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues, lazyParts } from './catalogues.mjs';
import { splitCatalogues } from './split-catalogues.mjs';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: localize-packages.mjs extract|build');
  process.exit(2);
}

const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const xliffOf = ({ dir, config }, locale) => join(dir, config.interchange.xliffDir, `${locale}.xlf`);
const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

const packages = catalogues();
/** Every translation any package's xliff has now, by locale and id. */
const known = new Map();
if (command === 'extract') {
  for (const p of packages) {
    for (const locale of p.config.targetLocales) {
      const byId = known.get(locale) ?? new Map();
      for (const [, id, body] of read(xliffOf(p, locale)).matchAll(UNIT)) {
        const target = /<target>[\s\S]*?<\/target>/.exec(body)?.[0];
        if (target) byId.set(id, target);
      }
      known.set(locale, byId);
    }
  }
}

for (const p of packages) {
  console.log(`${p.name}:`);
  execFileSync('npx', ['lit-localize', command], { cwd: p.dir, stdio: 'inherit' });
  if (command === 'build' && lazyParts[p.name]) splitCatalogues(p.dir, p.config, lazyParts[p.name]);
  if (command !== 'extract') continue;
  for (const locale of p.config.targetLocales) {
    const file = xliffOf(p, locale);
    let carried = 0;
    const text = read(file).replace(UNIT, (unit, id, body) => {
      const target = known.get(locale)?.get(id);
      if (body.includes('<target') || !target) return unit;
      carried++;
      return unit.replace(/(<\/source>)/, `$1\n  ${target}`);
    });
    if (carried) {
      writeFileSync(file, text);
      console.log(`  ${locale}: carried ${carried} translation(s) over from another package`);
    }
  }
}
