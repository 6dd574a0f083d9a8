// The plan's history as built, under node (a server or a command-line tool may compute it too):
// the bench's large plan and its timeline are the same whatever the machine's time zone (the
// example's dates are written with their offset, and ordering uses instants, never local days),
// and a diff of two of its versions stays inside the bench's budget here as well.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { diffPlan, planHistory, PLAN_FIELDS, PLAN_SECTIONS } from '@saumaton/core';
import { largePlan } from '@saumaton/core/examples';

const BATTERY = `
import { planHistory } from '@saumaton/core';
import { largePlan } from '@saumaton/core/examples';
const large = largePlan({ parts: 8, services: 200, goals: 30 });
const timeline = planHistory(large.versions);
process.stdout.write(JSON.stringify({ large, timeline }));
`;

/** The large plan and its timeline made in a child process whose time zone is `tz`. */
function run(tz) {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', BATTERY], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

describe('the plan history under node', () => {
  it('makes the same large plan and the same timeline in any time zone', () => {
    const helsinki = run('Europe/Helsinki');
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      assert.deepEqual(run(tz), helsinki, tz);
    }
    assert.equal(helsinki.timeline.length, 40);
    assert.equal(helsinki.timeline.filter((e) => e.kind === 'created').length, 9);
  });

  it('names only known sections and fields, and diffs two versions of the large plan within budget', () => {
    const large = largePlan({ parts: 8, services: 200, goals: 30 });
    const timeline = planHistory(large.versions);
    for (const entry of timeline) {
      for (const change of entry.changes) {
        assert.ok(PLAN_SECTIONS.includes(change.section), change.section);
        assert.ok(change.field === 'other' || PLAN_FIELDS.includes(change.field), change.field);
      }
    }
    const firstParts = large.plan.parts.map(
      (part) => large.versions.find((v) => v.section === 'part' && v.producerId === part.producer.id).value,
    );
    const first = { ...large.versions[0].value, parts: firstParts };
    const times = [];
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      diffPlan(first, large.plan);
      times.push(performance.now() - started);
    }
    const median = times.sort((a, b) => a - b)[7];
    console.log(`plan diff under node: median ${median.toFixed(2)} ms`);
    assert.ok(median < 30, `${median} ms`);
  });
});
