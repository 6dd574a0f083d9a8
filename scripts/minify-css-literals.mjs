// Minifies the CSS of each `css` tagged template in a package's built modules (dist/**/*.js), as
// the embed build does for its own chunks: otherwise every bundler build of a widget ships its
// style sheets' comments and indentation (0.9 kB gzip of a page with the roster, `npm run size`),
// since no bundler's minifier looks inside template literals. Only static literals (no `${…}`).
// A literal with code after it keeps its line count, so the source maps tsc wrote stay true.
// Run in a package folder, after tsc: `node ../../scripts/minify-css-literals.mjs`.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

/** Nothing but the end of the statement and the source map comment. */
const nothingAfter = /^[;\s]*(\/\/# sourceMappingURL=\S+\s*)?$/;

const dist = join(process.cwd(), 'dist');
const modules = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.js'));
for (const file of modules) {
  const path = join(dist, file);
  const source = await readFile(path, 'utf8');
  let out = '';
  let from = 0;
  for (const match of source.matchAll(/\bcss\s*`([^`$\\]*)`/g)) {
    const [literal, text] = match;
    const end = match.index + literal.length;
    const { code } = await transform(text, { loader: 'css', minify: true });
    const lines = nothingAfter.test(source.slice(end)) ? '' : '\n'.repeat(text.split('\n').length - 1);
    out += `${source.slice(from, match.index)}css \`${code.trim()}${lines}\``;
    from = end;
  }
  out += source.slice(from);
  if (out !== source) await writeFile(path, out);
}
