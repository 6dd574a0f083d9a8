// The custom-elements manifest of each package, generated from its JSDoc: the public API of an
// element is what its JSDoc says (attributes, properties, events, parts, CSS properties).
export default {
  globs: ['src/**/*.ts', '*.ts'],
  exclude: ['**/*.test.ts', 'src/generated/**', 'dist/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // Inherited members (adapter, viewer) come from @saumaton/elements' own manifest, documented once there.
  dependencies: true,
  plugins: [
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
