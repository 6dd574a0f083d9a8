import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The custom-elements manifest of each package, generated from its JSDoc: the public API of an
// element is what its JSDoc says (attributes, properties, events, parts, CSS properties).
export default {
  globs: ['src/**/*.ts', '*.ts'],
  exclude: ['**/*.test.ts', 'src/generated/**', 'dist/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // What every widget inherits (adapter, viewer, the --saumaton-* tokens, a form control's
      // name/required/disabled…) is documented once, in @saumaton/elements, and copied from its
      // manifest into each widget's, marked `inheritedFrom`. (The analyzer's own `dependencies`
      // mode does this too, but cannot resolve relative imports in sub-folders and floods the
      // build log with warnings.)
      name: 'saumaton-inherit-from-elements',
      packageLinkPhase({ customElementsManifest }) {
        const own = resolve('custom-elements.json');
        const manifestPath = resolve('../elements/custom-elements.json');
        if (!existsSync(manifestPath) || own === manifestPath) return;
        const bases = new Map();
        for (const mod of JSON.parse(readFileSync(manifestPath, 'utf8')).modules ?? []) {
          for (const declaration of mod.declarations ?? []) bases.set(declaration.name, declaration);
        }
        const inheritedFrom = (name) => ({ name, package: '@saumaton/elements' });
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            const base =
              declaration.superclass?.package === '@saumaton/elements' && bases.get(declaration.superclass.name);
            if (!base) continue;
            for (const key of ['members', 'attributes', 'cssProperties', 'events']) {
              const mine = (declaration[key] ??= []);
              const names = new Set(mine.map((entry) => entry.name));
              for (const entry of base[key] ?? []) {
                if (!names.has(entry.name))
                  mine.push({ ...entry, inheritedFrom: entry.inheritedFrom ?? inheritedFrom(base.name) });
              }
            }
          }
        }
      },
    },
    {
      // The manifest is the public API: private and protected members are not part of it, and
      // `dispatchEvent(new SaumatonSavedEvent(…))` shows up as a nameless event beside the
      // documented @fires entries.
      name: 'saumaton-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected',
              );
            }
          }
        }
      },
    },
  ],
};
