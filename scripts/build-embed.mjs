// Builds a widget's self-contained embed module: one minified ES module with Lit and core
// bundled that registers the tag, for portals without a bundler:
//   <script type="module" src="saumaton-team-roster.embed.js"></script>
// Translations stay what they are in the npm build, loaded on demand: the Finnish and Swedish
// strings are sibling files (`saumaton-team-roster.embed.fi.js`, `….sv.js`) that the embed
// module imports relative to its own URL only when the page turns to that language. Each file
// stands alone: nothing is shared between them but the URL.
// Usage (from the package folder): node ../../scripts/build-embed.mjs saumaton-team-roster
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const name = process.argv[2];
if (!name) {
  console.error('usage: build-embed.mjs <registration module name>');
  process.exit(2);
}

const locales = ['fi', 'sv'];
const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // Lit's production build (no dev-mode warnings).
  conditions: ['production'],
  legalComments: 'eof',
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** Leaves `import('./generated/locales/fi.js')` to load the sibling locale file at run time. */
const siblingLocales = {
  name: 'sibling-locales',
  setup(b) {
    b.onResolve({ filter: /\/generated\/locales\/(fi|sv)\.js$/ }, (args) => ({
      path: `./${name}.embed.${/(fi|sv)\.js$/.exec(args.path)[1]}.js`,
      external: true,
    }));
  },
};

/** Minifies the CSS of `css` template literals that have no interpolations, with esbuild's CSS minifier. */
const minifyCssLiterals = {
  name: 'minify-css-literals',
  setup(b) {
    b.onLoad({ filter: /styles\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [literal, text] of source.matchAll(/\bcss\s*`([^`$\\]*)`/g)) {
        const { code } = await transform(text, { loader: 'css', minify: true });
        source = source.replace(literal, `css\`${code.trim()}\``);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

await build({
  ...common,
  entryPoints: [`dist/${name}.js`],
  outfile: `dist/${name}.embed.js`,
  plugins: [siblingLocales, minifyCssLiterals],
});

const elements = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@saumaton/elements/package.json'));
for (const locale of locales) {
  await build({
    ...common,
    entryPoints: [join(elements, `dist/src/generated/locales/${locale}.js`)],
    outfile: `dist/${name}.embed.${locale}.js`,
  });
}
console.log(`built dist/${name}.embed.js (+ ${locales.map((l) => `.${l}.js`).join(', ')})`);
