// Builds a widget's self-contained embed module: one minified ES module with Lit and core
// bundled that registers the tag, for portals without a bundler:
//   <script type="module" src="saumaton-team-roster.embed.js"></script>
// Translations stay what they are in the npm build, loaded on demand: the Finnish and Swedish
// strings are sibling files (`saumaton-team-roster.embed.fi.js`, `….sv.js`) that the embed
// module imports relative to its own URL only when the page turns to that language. Each file
// stands alone: nothing is shared between them but the URL.
// Usage (from the package folder): node ../../scripts/build-embed.mjs saumaton-team-roster
import { build, transform } from 'esbuild';
import ts from 'typescript';
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

/**
 * Collapses each run of white space that holds a line break, in the static parts of `html`
 * templates, to one space. Outside <pre> and <textarea> (which the templates never fill) a run
 * of white space renders as one space anyway, so nothing a user sees changes: only the
 * indentation the source formatter added goes.
 */
function collapseTemplateWhitespace(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'html') {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const part of parts) edits.push([part.getStart(file), part.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of edits.sort((x, y) => y[0] - x[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/[ \t]*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

/** Our own modules, minified where esbuild does not look: CSS and HTML inside template literals. */
const minifyLiterals = {
  name: 'minify-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/](elements|team-roster)[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [literal, text] of source.matchAll(/\bcss\s*`([^`$\\]*)`/g)) {
        const { code } = await transform(text, { loader: 'css', minify: true });
        source = source.replace(literal, `css\`${code.trim()}\``);
      }
      return { contents: collapseTemplateWhitespace(source, args.path), loader: 'js' };
    });
  },
};

await build({
  ...common,
  entryPoints: [`dist/${name}.js`],
  outfile: `dist/${name}.embed.js`,
  plugins: [siblingLocales, minifyLiterals],
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
