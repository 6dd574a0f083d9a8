// After `lit-localize build`: moves the strings only a lazily loaded part of a package uses
// (catalogues.mjs `lazyParts`) out of the package's generated catalogue into the part's own,
// `src/<part>/generated/locales/<locale>.ts`, so they load with the part. A string the rest of
// the package uses too stays in the package's catalogue. Which strings a file uses is read as
// lit-localize reads them (its own analysis, one source file at a time).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastGlob from 'fast-glob';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

/** The message ids each source file of the package uses, by file. */
function idsByFile(dir, config) {
  const fileNames = fastGlob.sync(config.inputFiles, { cwd: dir, absolute: true });
  // lit-localize's own compiler options for `inputFiles`.
  const program = ts.createProgram(fileNames, {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    experimentalDecorators: true,
    lib: ['lib.esnext.d.ts', 'lib.dom.d.ts'],
    allowJs: true,
  });
  const own = join(dir, 'src') + sep;
  const byFile = new Map();
  for (const file of program.getSourceFiles()) {
    const path = file.fileName.split('/').join(sep);
    if (file.isDeclarationFile || !path.startsWith(own) || path.includes(`${sep}generated${sep}`)) continue;
    const one = new Proxy(program, {
      get: (target, key) =>
        key === 'getSourceFiles'
          ? () => [file]
          : typeof target[key] === 'function'
            ? target[key].bind(target)
            : target[key],
    });
    byFile.set(path, new Set(extractMessagesFromProgram(one).messages.map((m) => m.name)));
  }
  return byFile;
}

/** The generated module's header (up to `templates = {`), its entries by id, and its end. */
function parse(text) {
  const start = text.indexOf('export const templates = {');
  const end = text.lastIndexOf('};');
  const head = text.slice(0, start);
  const entries = new Map();
  let current;
  for (const line of text.slice(start + 'export const templates = {'.length, end).split('\n')) {
    const id = /^\s*'([^']+)':/.exec(line)?.[1];
    if (id) entries.set((current = id), line.trim());
    else if (current && line.trim()) entries.set(current, `${entries.get(current)}\n${line}`);
  }
  return { head, entries };
}

/** A generated module with `entries`, importing only the tags they use. */
function write(file, head, entries) {
  const body = [...entries.values()].join('\n');
  const header = head
    .split('\n')
    .filter((line) => {
      const tag = /^\s*import\s*\{\s*(\w+)\s*\}\s*from/.exec(line)?.[1];
      return !tag || body.includes(`${tag}\``);
    })
    .join('\n');
  writeFileSync(file, `${header}export const templates = {\n${body}\n};\n`);
}

/**
 * Where each of the package's strings belongs: the lazy part whose files alone use it, else the
 * package's catalogue (`undefined`). Shared with check-translations.mjs.
 */
export function placement(dir, config, parts) {
  const byFile = idsByFile(dir, config);
  const place = new Map();
  for (const part of parts) {
    const inside = join(dir, 'src', part) + sep;
    const mine = new Set();
    const others = new Set();
    for (const [file, ids] of byFile) for (const id of ids) (file.startsWith(inside) ? mine : others).add(id);
    for (const id of mine) if (!others.has(id)) place.set(id, part);
  }
  return place;
}

/** The generated catalogue of `part` (or of the package), relative to the package. */
export const catalogueDir = (config, part) => (part ? `src/${part}/generated/locales` : config.output.outputDir);

export function splitCatalogues(dir, config, parts) {
  const place = placement(dir, config, parts);
  for (const locale of config.targetLocales) {
    const file = join(dir, config.output.outputDir, `${locale}.ts`);
    const { head, entries } = parse(readFileSync(file, 'utf8'));
    for (const part of parts) {
      const moved = new Map([...entries].filter(([id]) => place.get(id) === part));
      mkdirSync(join(dir, catalogueDir(config, part)), { recursive: true });
      write(join(dir, catalogueDir(config, part), `${locale}.ts`), head, moved);
      console.log(`  ${locale}: ${moved.size} strings of src/${part}/ into its own catalogue`);
    }
    write(file, head, new Map([...entries].filter(([id]) => !place.has(id))));
  }
}
