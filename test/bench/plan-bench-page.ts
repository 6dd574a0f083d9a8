// Runs in headless Chromium (see run-bench.mjs): <saumaton-plan-viewer> showing a large shared
// plan (8 producers' parts, 200 planned services, 30 goals, each goal following an area of the
// life-situation meter) to the organiser's professional, who may edit; measures the first render
// of the whole plan including style and layout, and, apart, until every goal's trend is drawn
// (the meter-trend module and the readings load after the plan). And the plan's history: the
// timeline of its 40 saved versions with every version's field-level changes (`planHistory`), and
// the changes between its first version and now (`diffPlan`), the work of opening the history.
import { diffPlan, planAt, planHistory, type AssessmentTemplate } from '@saumaton/core';
import { largePlan } from '@saumaton/core/examples';
import meterTemplate from '@saumaton/questionnaire/templates/life-situation-meter.json' with { type: 'json' };
import '@saumaton/plan-viewer/saumaton-plan-viewer.js';
import type { PlanViewer } from '@saumaton/plan-viewer';

const { plan, versions, meterReadings } = largePlan({ parts: 8, services: 200, goals: 30 });
const partVersions = plan.parts.map((part) => ({ producerId: part.producer.id, version: '1' }));

const adapter = {
  getPlan: () => Promise.resolve({ value: structuredClone(plan), version: '1', partVersions }),
  listPlanVersions: () => Promise.resolve(structuredClone(versions)),
  savePlanCommon: () => Promise.reject(new Error('not in the bench')),
  savePlanPart: () => Promise.reject(new Error('not in the bench')),
  getTemplate: () => Promise.resolve({ value: meterTemplate as unknown as AssessmentTemplate, version: '1' }),
  listMeterReadings: () => Promise.resolve(meterReadings.map((value) => ({ value, version: '1' }))),
};

/** Waits for updates, never timers, until `done()`; fails after `max` rounds. */
async function until(el: PlanViewer, done: () => boolean, what: string, max = 200): Promise<void> {
  for (let i = 0; i < max && !done(); i++) {
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (!done()) throw new Error(`the plan viewer never showed ${what}`);
}

export interface PlanBenchResult {
  readonly parts: number;
  readonly services: number;
  readonly goals: number;
  readonly trends: number;
  readonly firstRender: number[];
  readonly withTrends: number[];
}

async function run(runs: number): Promise<PlanBenchResult> {
  const firstRender: number[] = [];
  const withTrends: number[] = [];
  let counts = { parts: 0, services: 0, trends: 0 };
  for (let i = 0; i < runs; i++) {
    const el = document.createElement('saumaton-plan-viewer');
    el.adapter = adapter;
    el.viewer = { kind: 'professional', organizationId: plan.header.organizer.id };
    el.planId = plan.id;
    el.editable = true;
    const root = () => el.shadowRoot;
    const start = performance.now();
    document.body.append(el);
    // The plan is shown when every producer's part is (microtasks only: the adapter answers at once).
    for (let j = 0; j < 20 && (root()?.querySelectorAll('.part').length ?? 0) < plan.parts.length; j++) {
      await el.updateComplete;
      await Promise.resolve();
    }
    if ((root()?.querySelectorAll('.part').length ?? 0) < plan.parts.length) throw new Error('the plan did not render');
    document.body.getBoundingClientRect(); // style and layout are part of rendering
    firstRender.push(performance.now() - start);
    await until(
      el,
      () => (root()?.querySelectorAll('.goal svg[role="img"]').length ?? 0) >= plan.goals.length,
      'every goal trend',
    );
    document.body.getBoundingClientRect();
    withTrends.push(performance.now() - start);
    counts = {
      parts: root()?.querySelectorAll('.part').length ?? 0,
      services: root()?.querySelectorAll('.service').length ?? 0,
      trends: root()?.querySelectorAll('.goal svg[role="img"]').length ?? 0,
    };
    el.remove();
  }
  return { ...counts, goals: plan.goals.length, firstRender, withTrends };
}

export interface HistoryBenchResult {
  readonly versions: number;
  readonly changes: number;
  readonly timeline: number[];
  readonly diff: number[];
}

function runHistory(runs: number): HistoryBenchResult {
  const timeline: number[] = [];
  const diff: number[] = [];
  let changes = 0;
  const first = planAt(versions, 0);
  if (!first) throw new Error('the large plan has no first version');
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const entries = planHistory(versions);
    timeline.push(performance.now() - start);
    start = performance.now();
    changes = diffPlan(first, plan).reduce((sum, piece) => sum + piece.changes.length, 0);
    diff.push(performance.now() - start);
    if (entries.length !== versions.length) throw new Error('the timeline lost versions');
  }
  return { versions: versions.length, changes, timeline, diff };
}

Object.assign(window, { planBench: run, planHistoryBench: runHistory });
