// `npm run bench`: renders <saumaton-team-roster> with 60 members and 40 meetings, and
// <saumaton-consent-form> with a client's 100 consents (a third revoked, with history), in headless
// Chromium (production Lit, as the embed build ships) and prints the median first-render (and the
// roster's update) times against the budget; then renders generated Questionnaires of 60, 300 and
// 1000 items with <saumaton-need-assessment> and with a plain-DOM baseline, a fresh page per
// sample, and prints the medians and the ratio widget / plain DOM for the first render and the
// update after the top-level gate is turned on; and meterTrendView() (the meter trend of
// @saumaton/elements/meter-trend) with 50 readings of a ten-area meter by both raters; and the
// need assessment showing an assessment of 300 items, restoring a draft that answers every
// question shown against no draft; and <saumaton-plan-viewer> with a plan of 8 producers' parts,
// 200 services and 30 goals (first render, and until every goal's trend is drawn), and that
// plan's history of 40 versions made into its timeline of field-level changes. Exits non-zero
// when a budget is not met.
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
/** Questionnaire sizes and the widget / plain-DOM ratio each may reach (first render); the gate update ≤ 2× at every size. */
const ASSESSMENT_SIZES = [60, 300, 1000];
const ASSESSMENT_RATIO = { 60: undefined, 300: 1.5, 1000: 2 };
const GATE_RATIO = 2;
const ASSESSMENT_WARMUP = 3;
const ASSESSMENT_RUNS = 15;
const TREND_READINGS = 50;
const BUDGET_TREND_MS = 20;
const DRAFT_SIZE = 300;
const DRAFT_RATIO = 1.5;
const DRAFT_WARMUP = 2;
const DRAFT_RUNS = 9;
const BUDGET_PLAN_MS = 50;
const BUDGET_HISTORY_MS = 30;

assertChromium();
const dir = mkdtempSync(join(tmpdir(), 'saumaton-bench-'));
await build({
  entryPoints: {
    bench: new URL('./bench-page.ts', import.meta.url).pathname,
    assessment: new URL('./assessment-bench-page.ts', import.meta.url).pathname,
    'meter-trend': new URL('./meter-trend-bench-page.ts', import.meta.url).pathname,
    draft: new URL('./draft-bench-page.ts', import.meta.url).pathname,
    plan: new URL('./plan-bench-page.ts', import.meta.url).pathname,
  },
  outdir: dir,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['@saumaton/source', 'production'],
  tsconfig: new URL('../../tsconfig.base.json', import.meta.url).pathname,
  logLevel: 'warning',
});
const page = (script) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>' +
  `<script type="module" src="${script}"></script></head><body></body></html>`;
writeFileSync(join(dir, 'index.html'), page('bench.js'));
writeFileSync(join(dir, 'assessment.html'), page('assessment.js'));
writeFileSync(join(dir, 'meter-trend.html'), page('meter-trend.js'));
writeFileSync(join(dir, 'draft.html'), page('draft.js'));
writeFileSync(join(dir, 'plan.html'), page('plan.js'));

const server = createServer((req, res) => {
  const file =
    {
      '/bench.js': 'bench.js',
      '/assessment.js': 'assessment.js',
      '/assessment.html': 'assessment.html',
      '/meter-trend.js': 'meter-trend.js',
      '/meter-trend.html': 'meter-trend.html',
      '/draft.js': 'draft.js',
      '/draft.html': 'draft.html',
      '/plan.js': 'plan.js',
      '/plan.html': 'plan.html',
    }[req.url] ?? 'index.html';
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
  await page.close();

  // The meter trend: a page of its own, so only its module is loaded.
  const trendPage = await browser.newPage();
  await trendPage.setViewport({ width: 1280, height: 900 });
  await trendPage.goto(`http://127.0.0.1:${port}/meter-trend.html`);
  await trendPage.waitForFunction(() => 'meterTrendBench' in window);
  await trendPage.evaluate((n, k) => window.meterTrendBench(n, k), WARMUP, TREND_READINGS);
  const trend = await trendPage.evaluate((n, k) => window.meterTrendBench(n, k), RUNS, TREND_READINGS);
  const trendFirst = median(trend.firstRender);
  const trendOk = trendFirst <= BUDGET_TREND_MS;
  failed = failed || !trendOk;
  console.log(
    `meter trend, ${trend.readings} readings (both raters, ${trend.charts} areas): ${trendFirst.toFixed(1)} ms median (budget ${BUDGET_TREND_MS} ms)  p90 ${p90(trend.firstRender).toFixed(1)} ms  ${RUNS} runs after ${WARMUP} warm-up  ${trendOk ? 'OK' : 'OVER BUDGET'}`,
  );
  await trendPage.close();

  // The plan viewer: a page of its own, so only its module is loaded.
  const planPage = await browser.newPage();
  await planPage.setViewport({ width: 1280, height: 900 });
  await planPage.goto(`http://127.0.0.1:${port}/plan.html`);
  await planPage.waitForFunction(() => 'planBench' in window);
  await planPage.evaluate((n) => window.planBench(n), WARMUP);
  const plan = await planPage.evaluate((n) => window.planBench(n), RUNS);
  const planFirst = median(plan.firstRender);
  const planOk = planFirst <= BUDGET_PLAN_MS;
  failed ||= !planOk;
  console.log(
    `<saumaton-plan-viewer>, ${plan.parts} producers' parts, ${plan.services} services, ${plan.goals} goals, to the organiser's professional, ${RUNS} runs after ${WARMUP} warm-up`,
  );
  console.log(
    `  first render  median ${planFirst.toFixed(1)} ms  p90 ${p90(plan.firstRender).toFixed(1)} ms  budget ≤ ${BUDGET_PLAN_MS} ms  ${planOk ? 'OK' : 'OVER BUDGET'}`,
  );
  console.log(
    `  every goal's trend drawn (${plan.trends} charts, loaded after the plan)  median ${median(plan.withTrends).toFixed(1)} ms  (no budget)`,
  );
  await planPage.evaluate((n) => window.planHistoryBench(n), WARMUP);
  const history = await planPage.evaluate((n) => window.planHistoryBench(n), RUNS);
  const timelineMs = median(history.timeline);
  const diffMs = median(history.diff);
  const historyOk = timelineMs <= BUDGET_HISTORY_MS && diffMs <= BUDGET_HISTORY_MS;
  failed ||= !historyOk;
  console.log(
    `  history: the timeline of ${history.versions} versions with their field-level changes  median ${timelineMs.toFixed(2)} ms;  first version against now (${history.changes} changes)  median ${diffMs.toFixed(2)} ms  budget ≤ ${BUDGET_HISTORY_MS} ms each  ${historyOk ? 'OK' : 'OVER BUDGET'}`,
  );
  await planPage.close();

  // The need assessment against plain DOM: a fresh page per sample, the two alternating.
  /** Runs `window[bench](...args)` on a fresh page of `path`, then closes it. */
  const onFreshPage = async (path, bench, ...args) => {
    const fresh = await browser.newPage();
    await fresh.setViewport({ width: 1280, height: 900 });
    await fresh.goto(`http://127.0.0.1:${port}/${path}`);
    await fresh.waitForFunction((name) => name in window, {}, bench);
    const result = await fresh.evaluate((name, given) => window[name](...given), bench, args);
    await fresh.close();
    return result;
  };
  const sample = (kind, size) => onFreshPage('assessment.html', 'assessmentBench', kind, size);
  console.log(
    `<saumaton-need-assessment> against plain DOM (createElement, a label and a native control per item, enableWhen evaluated), ${ASSESSMENT_RUNS} fresh pages each after ${ASSESSMENT_WARMUP} warm-up`,
  );
  for (const size of ASSESSMENT_SIZES) {
    for (let i = 0; i < ASSESSMENT_WARMUP; i++) {
      await sample('widget', size);
      await sample('plain', size);
    }
    const widget = [];
    const plain = [];
    for (let i = 0; i < ASSESSMENT_RUNS; i++) {
      widget.push(await sample('widget', size));
      plain.push(await sample('plain', size));
    }
    const [w0, p0] = [widget[0].controls, plain[0].controls];
    if (w0[0] !== p0[0] || w0[1] !== p0[1]) {
      throw new Error(`the widget and plain DOM disagree on the controls shown: ${w0} against ${p0}`);
    }
    const first = [median(widget.map((s) => s.firstRender)), median(plain.map((s) => s.firstRender))];
    const gate = [median(widget.map((s) => s.gate)), median(plain.map((s) => s.gate))];
    const firstRatio = first[0] / first[1];
    const gateRatio = gate[0] / gate[1];
    const firstBudget = ASSESSMENT_RATIO[size];
    const firstOk = firstBudget === undefined || firstRatio <= firstBudget;
    const gateOk = gateRatio <= GATE_RATIO;
    failed ||= !firstOk || !gateOk;
    console.log(`  ${size} items (${w0[0]} controls shown, ${w0[1]} after the gate)`);
    console.log(
      `    first render  widget ${first[0].toFixed(1)} ms  plain ${first[1].toFixed(1)} ms  ratio ${firstRatio.toFixed(2)}×  ${
        firstBudget === undefined ? '(no budget)' : `budget ≤ ${firstBudget}×  ${firstOk ? 'OK' : 'OVER BUDGET'}`
      }`,
    );
    console.log(
      `    gate update   widget ${gate[0].toFixed(1)} ms  plain ${gate[1].toFixed(1)} ms  ratio ${gateRatio.toFixed(2)}×  budget ≤ ${GATE_RATIO}×  ${gateOk ? 'OK' : 'OVER BUDGET'}`,
    );
  }

  // Restoring a draft: the assessment of 300 items with every shown question answered on the
  // device, against the same assessment with no draft; a fresh page per sample, alternating.
  const draftSample = (withDraft) => onFreshPage('draft.html', 'draftBench', DRAFT_SIZE, withDraft);
  for (let i = 0; i < DRAFT_WARMUP; i++) {
    await draftSample(false);
    await draftSample(true);
  }
  const empty = [];
  const restored = [];
  for (let i = 0; i < DRAFT_RUNS; i++) {
    empty.push(await draftSample(false));
    restored.push(await draftSample(true));
  }
  if (!restored.every((s) => s.restored) || empty.some((s) => s.restored)) {
    throw new Error('the draft bench did not restore (or restored without a draft)');
  }
  if (restored[0].controls !== empty[0].controls) {
    throw new Error(`a restored draft shows ${restored[0].controls} controls, the empty form ${empty[0].controls}`);
  }
  const [emptyMs, restoredMs] = [median(empty.map((s) => s.firstRender)), median(restored.map((s) => s.firstRender))];
  const draftRatio = restoredMs / emptyMs;
  const draftOk = draftRatio <= DRAFT_RATIO;
  failed ||= !draftOk;
  console.log(
    `<saumaton-need-assessment> with an assessment of ${DRAFT_SIZE} items (${empty[0].controls} controls), ${DRAFT_RUNS} fresh pages each after ${DRAFT_WARMUP} warm-up`,
  );
  console.log(
    `  restoring a draft  ${restoredMs.toFixed(1)} ms  without a draft ${emptyMs.toFixed(1)} ms  ratio ${draftRatio.toFixed(2)}×  budget ≤ ${DRAFT_RATIO}×  ${draftOk ? 'OK' : 'OVER BUDGET'}`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
