// `npm run bench`: renders <saumaton-team-roster> with 60 members and 40 meetings, and
// <saumaton-consent-form> with a client's 100 consents (a third revoked, with history), in headless
// Chromium (production Lit, as the embed build ships) and prints the median first-render (and the
// roster's update) times against the budget. Exits non-zero when a budget is not met.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { assertChromium, chromeArgs, chromePath } from '../../scripts/browsers.mjs';

const MEMBERS = 60;
const MEETINGS = 40;
const WARMUP = 5;
const RUNS = 31;
const BUDGET_FIRST_RENDER_MS = 30;
const CONSENTS = 100;

assertChromium();
const dir = mkdtempSync(join(tmpdir(), 'saumaton-bench-'));
await build({
  entryPoints: [new URL('./bench-page.ts', import.meta.url).pathname],
  outfile: join(dir, 'bench.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['@saumaton/source', 'production'],
  tsconfig: new URL('../../tsconfig.base.json', import.meta.url).pathname,
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>' +
    '<script type="module" src="bench.js"></script></head><body></body></html>',
);

const server = createServer((req, res) => {
  const file = req.url === '/bench.js' ? 'bench.js' : 'index.html';
  res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
  res.end(readFileSync(join(dir, file)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [...chromeArgs, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'saumaton-bench-chromium-'))}`],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'saumatonBench' in window);
  await page.evaluate((n, m, k) => window.saumatonBench(n, m, k), WARMUP, MEMBERS, MEETINGS);
  const result = await page.evaluate((n, m, k) => window.saumatonBench(n, m, k), RUNS, MEMBERS, MEETINGS);

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  const firstRender = median(result.firstRender);
  const update = median(result.update);
  const ok = firstRender <= BUDGET_FIRST_RENDER_MS;
  failed = !ok;
  console.log(
    `<saumaton-team-roster>, ${result.members} members and ${result.meetings} meetings, ${RUNS} runs after ${WARMUP} warm-up`,
  );
  console.log(
    `  first render  median ${firstRender.toFixed(1)} ms  p90 ${p90(result.firstRender).toFixed(1)} ms  budget ≤ ${BUDGET_FIRST_RENDER_MS} ms  ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  console.log(
    `  update        median ${update.toFixed(1)} ms  p90 ${p90(result.update).toFixed(1)} ms  (editable on: every card gains its actions)`,
  );

  await page.evaluate((n, c) => window.saumatonConsentBench(n, c), WARMUP, CONSENTS);
  const consents = await page.evaluate((n, c) => window.saumatonConsentBench(n, c), RUNS, CONSENTS);
  const consentFirst = median(consents.firstRender);
  const consentOk = consentFirst <= BUDGET_FIRST_RENDER_MS;
  failed = failed || !consentOk;
  console.log(
    `<saumaton-consent-form>, ${consents.consents} consents (${consents.revoked} revoked, with history), ${RUNS} runs after ${WARMUP} warm-up`,
  );
  console.log(
    `  first render  median ${consentFirst.toFixed(1)} ms  p90 ${p90(consents.firstRender).toFixed(1)} ms  budget ≤ ${BUDGET_FIRST_RENDER_MS} ms  ${consentOk ? 'OK' : 'OVER BUDGET'}`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
