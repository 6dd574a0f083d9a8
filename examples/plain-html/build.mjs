// Builds the example site into dist/, as a portal without a bundler deploys: its own page and
// script, the embed folder copied whole to /vendor/saumaton/ (resolved through the installed
// @saumaton/embed package), and the example data from @saumaton/core/examples as JSON, with the
// service-need assessment template of @saumaton/questionnaire that the need assessment reads.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { exampleData } from '@saumaton/core/examples';

const here = import.meta.dirname;
const out = join(here, 'dist');
const require = createRequire(import.meta.url);
const embed = dirname(require.resolve('@saumaton/embed/saumaton-runtime.js'));
const template = require.resolve('@saumaton/questionnaire/templates/service-need-assessment.json');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(embed, join(out, 'vendor/saumaton'), { recursive: true });
for (const file of ['index.html', 'portal.js']) await cp(join(here, file), join(out, file));
const templates = [JSON.parse(await readFile(template, 'utf8'))];
await writeFile(join(out, 'example-data.json'), JSON.stringify({ ...exampleData, templates }));
console.log(`built ${out}: index.html, portal.js, example-data.json, vendor/saumaton/ (from ${embed})`);
