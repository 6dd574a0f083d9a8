// `npm test`'s browser part: the whole web-test-runner suite once per engine, one engine after
// the other (2 cores), each under a banner naming it, then a summary of each engine's counts
// and time. Arguments go to wtr (`npm run test:browsers -- --files 'packages/core/test/**'`);
// SAUMATON_ENGINES=firefox,webkit runs some engines only.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { assertEngines, engineVersion, selectedEngines } from './browsers.mjs';

const engines = selectedEngines();
assertEngines(engines);
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

/** Runs wtr for one engine, passing its output through; resolves to its exit code and counts. */
function runWtr(engine) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [wtr, ...process.argv.slice(2)], {
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, SAUMATON_ENGINES: engine.id },
    });
    let counts = '';
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
      const all = [...tail.matchAll(/\d+ passed, \d+ failed(?:, \d+ skipped)?/g)];
      if (all.length > 0) counts = all[all.length - 1][0];
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts }));
  });
}

const results = [];
for (const engine of engines) {
  const version = engineVersion(engine);
  console.log(`\n=== ${engine.name}${version ? ` (${version})` : ''} ===\n`);
  const started = performance.now();
  const { code, counts } = await runWtr(engine);
  results.push({ engine, counts, ok: code === 0, seconds: (performance.now() - started) / 1000 });
}

console.log('\n=== Browser tests by engine ===');
for (const { engine, counts, ok, seconds } of results) {
  const outcome = ok ? 'ok' : 'FAILED';
  console.log(`  ${engine.name.padEnd(12)} ${outcome.padEnd(7)}${counts.padEnd(36)}${seconds.toFixed(1)} s`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
