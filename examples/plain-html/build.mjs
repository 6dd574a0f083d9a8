// Builds the example site into dist/, as a portal without a bundler deploys: its own page and
// script, the embed folder copied whole to /vendor/saumaton/ (resolved through the installed
// @saumaton/embed package), and the example data from @saumaton/core/examples as JSON.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { exampleData } from '@saumaton/core/examples';

const here = import.meta.dirname;
const out = join(here, 'dist');
const embed = dirname(createRequire(import.meta.url).resolve('@saumaton/embed/saumaton-runtime.js'));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(embed, join(out, 'vendor/saumaton'), { recursive: true });
for (const file of ['index.html', 'portal.js']) await cp(join(here, file), join(out, file));
await writeFile(join(out, 'example-data.json'), JSON.stringify(exampleData));
console.log(`built ${out}: index.html, portal.js, example-data.json, vendor/saumaton/ (from ${embed})`);
