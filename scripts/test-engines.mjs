// `npm test`'s browser part: the whole web-test-runner suite once per engine, one engine after
// the other (2 cores), each under a banner naming it, then a summary with each engine's time.
// Arguments go to wtr (`node scripts/test-engines.mjs --files 'packages/core/test/**'`);
// SAUMATON_ENGINES=firefox,webkit runs some engines only.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { assertEngines, engineVersion, selectedEngines } from './browsers.mjs';

const engines = selectedEngines();
assertEngines(engines);
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

const results = [];
for (const engine of engines) {
  const version = engineVersion(engine);
  console.log(`\n=== ${engine.name}${version ? ` (${version})` : ''} ===\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [wtr, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SAUMATON_ENGINES: engine.id },
  });
  const seconds = (performance.now() - started) / 1000;
  results.push({ engine, seconds, ok: run.status === 0 });
}

console.log('\n=== Browser tests by engine ===');
for (const { engine, seconds, ok } of results) {
  console.log(`  ${engine.name.padEnd(12)} ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
