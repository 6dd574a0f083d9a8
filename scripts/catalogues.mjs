// The packages that keep their own string catalogue: those with a lit-localize.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {{ name: string, dir: string, config: any }[]} */
export function catalogues(root = process.cwd()) {
  return readdirSync(join(root, 'packages'))
    .map((folder) => join(root, 'packages', folder))
    .filter((dir) => existsSync(join(dir, 'lit-localize.json')))
    .map((dir) => ({
      name: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name,
      dir,
      config: JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8')),
    }));
}

/**
 * Parts of a package whose strings load with the part, not with the package: `src/<part>/` gets
 * its own generated catalogue in `src/<part>/generated/locales/`, registered by the part when it
 * loads: the plan viewer's forms load only for a viewer who may edit, its history only when opened.
 */
export const lazyParts = {
  '@saumaton/consent-form': ['forms'],
  '@saumaton/plan-viewer': ['forms', 'history'],
};
