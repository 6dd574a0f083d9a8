// Fails when a user-visible string lacks its Finnish or Swedish translation, package by package:
// for every package with its own catalogue (lit-localize.json), extracts the msg() calls afresh
// into a scratch folder and checks that the package's xliff/ has every one of them, each with a
// <target>, and that the package's generated locale modules are built from that xliff.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogues, lazyParts } from './catalogues.mjs';
import { catalogueDir, placement } from './split-catalogues.mjs';

const units = (file) =>
  new Map(
    [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );

let problems = 0;
for (const { name, dir, config } of catalogues()) {
  const scratch = mkdtempSync(join(tmpdir(), 'saumaton-xliff-'));
  const scratchConfig = join(scratch, 'lit-localize.json');
  writeFileSync(
    scratchConfig,
    JSON.stringify({
      ...config,
      inputFiles: config.inputFiles.map((f) => join(dir, f)),
      output: {
        ...config.output,
        outputDir: join(scratch, 'out'),
        ...(config.output.localeCodesModule ? { localeCodesModule: join(scratch, 'codes.ts') } : {}),
      },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
    }),
  );
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: 'ignore' });
  const place = lazyParts[name] ? placement(dir, config, lazyParts[name]) : new Map();

  for (const locale of config.targetLocales) {
    const xliff = join(dir, config.interchange.xliffDir, `${locale}.xlf`);
    const wanted = units(join(scratch, 'xliff', `${locale}.xlf`));
    const have = units(xliff);
    // Each string in the catalogue it loads with: the package's, or a lazy part's (split-catalogues.mjs).
    const catalogueOf = (id) => readFileSync(join(dir, catalogueDir(config, place.get(id)), `${locale}.ts`), 'utf8');
    const before = problems;
    for (const [id, body] of wanted) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
      if (!have.get(id)?.includes('<target')) {
        problems++;
        console.error(
          `${name} ${locale}: no translation for "${source}" (${id}): run npm run localize:extract and translate ${xliff}`,
        );
      } else if (!catalogueOf(id).includes(`'${id}'`)) {
        problems++;
        console.error(
          `${name} ${locale}: "${source}" is translated but not built into ${catalogueDir(config, place.get(id))}: run npm run localize:build`,
        );
      }
    }
    console.log(`${name} ${locale}: ${wanted.size} strings, ${wanted.size - (problems - before)} translated and built`);
  }
}
process.exit(problems ? 1 : 0);
