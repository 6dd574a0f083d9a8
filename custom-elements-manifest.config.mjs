import { existsSync, readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';

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
    {
      // The manifest describes the package as published: module paths name the built files the
      // `exports` map exposes (`dist/src/TeamRoster.js`, not `src/TeamRoster.ts`, which is not
      // shipped), only modules reachable from an export are listed, and each registration module
      // (`saumaton-<tag>.ts` at the package root) carries the `custom-element-definition` of its tag.
      // Runs last: the plugins above work on the analyzer's source paths.
      name: 'saumaton-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
        const sources = new Set(customElementsManifest.modules.map((mod) => mod.path));
        // `src/x.ts`, `./x.js` relative to `from`, or `src/x.js` → `dist/src/x.js` when it is one of ours.
        const published = (ref, from) => {
          const path = ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : ref;
          const source = path.replace(/\.(js|ts)$/, '.ts');
          return sources.has(source) ? `dist/${source.replace(/\.ts$/, '.js')}` : undefined;
        };
        const entries = new Set();
        const targets = (value) =>
          typeof value === 'string'
            ? [value]
            : value && typeof value === 'object'
              ? Object.values(value).flatMap(targets)
              : [];
        for (const target of targets(pkg.exports ?? {})) {
          if (target.endsWith('.js')) entries.add(target.replace(/^\.\//, ''));
        }
        for (const mod of customElementsManifest.modules) {
          const from = mod.path;
          mod.path = published(from, from);
          for (const entry of mod.exports ?? []) {
            const target = entry.declaration?.module ?? entry.declaration?.package;
            const mapped = target && published(target, from);
            if (mapped) {
              delete entry.declaration.package;
              entry.declaration.module = mapped;
            }
          }
          for (const declaration of mod.declarations ?? []) {
            if (declaration.superclass?.module) {
              declaration.superclass.module =
                published(declaration.superclass.module, from) ?? declaration.superclass.module;
            }
          }
        }
        // `import { X } from './src/x.js'; export { X };` is recorded as X declared in the module itself.
        const declaredIn = new Map();
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) declaredIn.set(d.name, mod.path);
        }
        for (const mod of customElementsManifest.modules) {
          for (const entry of mod.exports ?? []) {
            const d = entry.declaration;
            if (d?.module === mod.path && !(mod.declarations ?? []).some((own) => own.name === d.name)) {
              d.module = declaredIn.get(d.name) ?? d.module;
            }
          }
        }
        // Only what a consumer can import: the entry modules and what they re-export, transitively.
        const byPath = new Map(customElementsManifest.modules.map((mod) => [mod.path, mod]));
        const kept = new Set();
        const visit = (path) => {
          const mod = byPath.get(path);
          if (!mod || kept.has(mod)) return;
          kept.add(mod);
          for (const entry of mod.exports ?? []) visit(entry.declaration?.module);
        };
        for (const entry of entries) visit(entry);
        customElementsManifest.modules = customElementsManifest.modules.filter((mod) => kept.has(mod));
        for (const mod of customElementsManifest.modules) {
          // A module's own helpers that it does not export are not API.
          const exported = new Set((mod.exports ?? []).map((entry) => entry.declaration?.name));
          mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement || exported.has(d.name));
          const tag = /^dist\/(saumaton-[a-z-]+)\.js$/.exec(mod.path)?.[1];
          const element =
            tag &&
            customElementsManifest.modules
              .flatMap((other) => (other.declarations ?? []).map((d) => [other.path, d]))
              .find(([, d]) => d.tagName === tag);
          if (element) {
            mod.exports = [
              ...(mod.exports ?? []),
              {
                kind: 'custom-element-definition',
                name: tag,
                declaration: { name: element[1].name, module: element[0] },
              },
            ];
          }
        }
      },
    },
  ],
};
