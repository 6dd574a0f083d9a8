// The custom-elements manifest of each package, generated from its JSDoc: the public API of an
// element is what its JSDoc says (attributes, properties, events, parts, CSS properties).
export default {
  globs: ['src/**/*.ts', '*.ts'],
  exclude: ['**/*.test.ts', 'src/generated/**', 'dist/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
