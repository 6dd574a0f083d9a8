// Builds the embed folder, packages/embed/dist/, for portals without a bundler: ES modules that
// share one runtime, so a page embedding several widgets loads Lit, core and elements once.
//
//   saumaton-runtime.js        Lit, core, elements and the one localization runtime; exports
//                              setLocale, the error classes and the parse helpers
//   saumaton-<widget>.js       one small module per widget: registers its tag
//   saumaton-provider.js       registers <saumaton-provider>
//   saumaton-fhir.js           the FHIR adapter (createFhirAdapter) on the same runtime
//   saumaton-memory.js         the Memory adapter (MemoryAdapter, seed) for prototypes and demos
//   locales/<package>.<locale>.js   each package's strings, loaded only when the page is in
//                              that language and only for the widgets it embeds (a lazy part's,
//                              such as plan-viewer-history, only when that part loads)
//   shared/for-<entries>.js    code some entries share but not every widget (the consent model
//                              the consent form and the FHIR adapter both use), imported by them
//
// A portal writes one <script type="module"> per widget and copies the whole folder.
// The widget modules come from the dependencies of @saumaton/embed: each one that exports a
// registration module (./saumaton-<tag>.js) adds that module, so adding a widget is one line in
// packages/embed/package.json.
// Usage (from packages/embed): node ../../scripts/build-embed.mjs
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { minify as terser } from 'terser';
import ts from 'typescript';
import { copyFile, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const require = createRequire(join(root, 'package.json'));

/** The entry modules: the runtime, each widget's registration module, the FHIR adapter. */
const input = { 'saumaton-runtime': join(root, 'src/saumaton-runtime.js') };
for (const dependency of Object.keys(pkg.dependencies ?? {})) {
  const manifest = JSON.parse(await readFile(require.resolve(`${dependency}/package.json`), 'utf8'));
  for (const subpath of Object.keys(manifest.exports ?? {})) {
    const registration = /^\.\/(saumaton-[a-z-]+)\.js$/.exec(subpath);
    if (registration) input[registration[1]] = `${dependency}/${registration[1]}.js`;
  }
}
input['saumaton-fhir'] = '@saumaton/fhir';
input['saumaton-memory'] = join(root, 'src/saumaton-memory.js');

const posix = (id) => id.split(sep).join('/');
/** A package's generated strings, or a lazy part's (`src/history/generated/`): its package-part name and locale. */
function isLocaleModule(path) {
  const found = /\/packages\/([^/]+)\/dist\/src\/(?:([^/]+)\/)?generated\/locales\/([a-z-]+)\.js$/.exec(path);
  return found && [found[0], found[2] ? `${found[1]}-${found[2]}` : found[1], found[3]];
}
/** Lit, core and elements: what the runtime is made of (the registration modules are not). */
const isRuntimeCandidate = (path) =>
  /\/packages\/core\/dist\/|\/packages\/elements\/dist\/src\//.test(path) ||
  /\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(path) ||
  path === posix(input['saumaton-runtime']);

/**
 * The modules whose code a build of `entries` alone uses, and the module of each entry: `used`
 * loads with the entries, `lazy` only when an `import()` asks for it.
 */
async function probeModules(entries) {
  const probe = await rollup({ ...inputOptions, input: entries, onwarn: () => {} });
  const { output } = await probe.generate({ format: 'es' });
  await probe.close();
  // Only what the entries load with them: their chunks and the chunks those import statically.
  // What a dynamic import() reaches (FHIRPath, for a template with expressions) is loaded when
  // asked for, so it must stay out of the entry's module: rollup makes it a chunk of its own.
  const byName = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (!chunk || loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of byName.values()) if (chunk.isEntry) visit(chunk);
  const used = new Set();
  const lazy = new Set();
  const lazyShared = new Set();
  for (const chunk of byName.values()) {
    if (chunk.isEntry) used.add(chunk.facadeModuleId);
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength > 0) (loaded.has(chunk) ? used : lazy).add(id);
      // In a chunk that no import() asks for by name: shared by several lazily loaded modules.
      if (module.renderedLength > 0 && !loaded.has(chunk) && !chunk.isDynamicEntry) lazyShared.add(id);
    }
  }
  return { used, lazy, lazyShared };
}

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

/** Our own modules, minified where a minifier does not look: CSS and HTML inside template literals. */
const minifyLiterals = {
  name: 'minify-literals',
  async transform(source, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/.test(id)) return null;
    let out = source;
    for (const [literal, text] of source.matchAll(/\bcss\s*`([^`$\\]*)`/g)) {
      const { code } = await transform(text, { loader: 'css', minify: true });
      out = out.replace(literal, `css\`${code.trim()}\``);
    }
    return { code: collapseTemplateWhitespace(out, id), map: null };
  },
};

/**
 * Minifies each chunk with Terser: on these chunks it compresses about 0.6 kB (gzip) better than
 * esbuild, which the single-widget budget needs. Legal comments (Lit's licence) are kept.
 */
const minify = {
  name: 'minify',
  async renderChunk(code, chunk) {
    const result = await terser(code, {
      module: true,
      ecma: 2022,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
      format: { comments: /@license|@preserve|^!/ },
      sourceMap: { asObject: true, filename: chunk.fileName },
    });
    return { code: result.code, map: result.map };
  },
};

const inputOptions = {
  plugins: [
    // Lit's production build (no dev-mode warnings).
    nodeResolve({ exportConditions: ['production'], browser: true }),
    minifyLiterals,
  ],
};
/**
 * The runtime holds what every page needs: the modules the runtime's own exports use, and the
 * modules of Lit, core and elements that **every** widget uses. Each module is placed by probe
 * builds (one per entry, unwritten) that tell which entries use it. A module only one entry uses
 * goes into that entry's module; one that several but not all use (the consent model, used by
 * the consent form and the FHIR adapter) goes into a shared chunk that only those entries import.
 * So a page embedding one widget never pays for what only another widget, the FHIR or Memory
 * adapter or the provider needs, however many widgets the folder holds.
 */
const entries = Object.keys(input).filter((name) => name !== 'saumaton-runtime');
const notWidgets = ['saumaton-fhir', 'saumaton-memory', 'saumaton-provider'];
const widgets = entries.filter((name) => !notWidgets.includes(name));
const ownRuntime = (await probeModules({ 'saumaton-runtime': input['saumaton-runtime'] })).used;
const usedBy = new Map();
const lazyFor = new Map();
const lazySharedFor = new Map();
for (const name of entries) {
  const { used, lazy, lazyShared } = await probeModules({ [name]: input[name] });
  for (const id of used) usedBy.set(id, [...(usedBy.get(id) ?? []), name]);
  for (const id of lazy) lazyFor.set(id, [...(lazyFor.get(id) ?? []), name]);
  for (const id of lazyShared) lazySharedFor.set(id, [...(lazySharedFor.get(id) ?? []), name]);
}
/**
 * The chunk of each module: the runtime, a package's locale chunk, the one entry using it, or the
 * `for-<entries>` chunk of the several using it; undefined (Rollup decides) for what no entry's
 * probe counted, such as a module only imported dynamically (FHIRPath).
 */
function chunkOf(id) {
  const path = posix(id);
  const locale = isLocaleModule(path);
  if (locale) return `locales/${locale[1]}.${locale[2]}`;
  if (ownRuntime.has(id)) return 'saumaton-runtime';
  const users = usedBy.get(id) ?? [];
  if (isRuntimeCandidate(path) && widgets.every((w) => users.includes(w))) return 'saumaton-runtime';
  // Entries that load the module only through an import() (the roster's editing tools): it must
  // not go into another entry's module, which loading it would then run.
  const later = (lazyFor.get(id) ?? []).filter((name) => !users.includes(name));
  if (users.length === 1 && later.length === 0) return users[0];
  const short = (names) => names.map((u) => u.replace(/^saumaton-/, '')).join('-');
  // Named, not left to Rollup: an unassigned module that the runtime's modules also import (core's
  // index re-exports everything) would be pulled into the runtime.
  if (users.length > 0) return `for-${short(users)}${later.length ? `-later-${short(later)}` : ''}`;
  // Loaded only later, through import(), it gets a chunk of its own, `for-later-<entries>`:
  // - core or elements code (the Memory adapter's assessment rules, the deadline rules of the FHIR
  //   adapter's assessment store), or Rollup would pull it into the runtime, whose core index
  //   re-exports every module;
  // - code several entries load later (the shared form fields of the roster's and the consent
  //   form's editing tools), or Rollup may put it into one of those entries' modules, which the
  //   other's editing chunk would then import and run;
  // - what one entry's lazily loaded modules share (the consent form's rule messages, for its
  //   record and answer forms): named for that entry, not after whichever module Rollup meets first.
  if (
    later.length > 1 ||
    (later.length === 1 && (isRuntimeCandidate(path) || lazySharedFor.get(id)?.includes(later[0])))
  ) {
    return `for-later-${short(later)}`;
  }
  return undefined;
}

await rm(join(root, 'dist'), { recursive: true, force: true });
const bundle = await rollup({
  ...inputOptions,
  input,
  // The runtime entry keeps its public names; other chunks import from it under short ones.
  preserveEntrySignatures: 'allow-extension',
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    // TypeScript's decorator helper reads `this` at the top level; in a module it is undefined.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});
const { output } = await bundle.write({
  dir: join(root, 'dist'),
  format: 'es',
  entryFileNames: '[name].js',
  // Locale chunks keep their names; a chunk shared by some entries is named for what it holds.
  chunkFileNames: (chunk) => (chunk.name.startsWith('locales/') ? '[name].js' : 'shared/[name].js'),
  manualChunks: chunkOf,
  sourcemap: true,
  plugins: [minify],
});
await bundle.close();
await copyFile(join(root, '..', '..', 'LICENSE'), join(root, 'dist', 'LICENSE'));

// EMBED_MODULES=1 lists what each chunk is made of, largest first (sizes before minifying).
for (const o of output) {
  if (!process.env.EMBED_MODULES || o.type !== 'chunk') continue;
  console.log(o.fileName);
  const modules = Object.entries(o.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  for (const [id, m] of modules) if (m.renderedLength) console.log(`  ${m.renderedLength} ${relative(root, id)}`);
}
const files = output.filter((o) => o.type === 'chunk').map((o) => relative(root, join(root, 'dist', o.fileName)));
console.log(`built the embed folder: ${files.join(', ')}`);
