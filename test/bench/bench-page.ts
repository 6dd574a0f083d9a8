// Runs in headless Chromium (see run-bench.mjs): renders <saumaton-team-roster> with a large team
// and measures first render and update, including style and layout.
import { parse, TeamSchema, type Team } from '@saumaton/core';
import { exampleClient, largeExampleTeam } from '@saumaton/core/examples';
import '@saumaton/team-roster/saumaton-team-roster.js';
import type { TeamRoster } from '@saumaton/team-roster';

export interface BenchResult {
  readonly members: number;
  readonly meetings: number;
  readonly firstRender: number[];
  readonly update: number[];
}

async function rendered(el: TeamRoster): Promise<void> {
  // The adapter answers in microtasks: wait for updates, not timers, until the team is shown.
  for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('.roster'); i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
  if (!el.shadowRoot?.querySelector('.roster')) throw new Error('the roster did not render the team');
}

async function run(runs: number, members: number, meetings: number): Promise<BenchResult> {
  const team: Team = parse(TeamSchema, largeExampleTeam(members, meetings));
  const adapter = {
    getTeam: () => Promise.resolve({ value: structuredClone(team), version: '1' }),
    getClient: () => Promise.resolve({ value: exampleClient, version: '1' }),
    saveTeam: (value: Team) => Promise.resolve({ value, version: '2' }),
  };
  const firstRender: number[] = [];
  const update: number[] = [];
  for (let i = 0; i < runs; i++) {
    const el = document.createElement('saumaton-team-roster');
    el.adapter = adapter;
    el.viewer = { kind: 'professional' };
    el.teamId = team.id;
    const start = performance.now();
    document.body.append(el);
    await rendered(el);
    document.body.getBoundingClientRect(); // style and layout are part of rendering
    firstRender.push(performance.now() - start);

    const before = performance.now();
    el.editable = true; // every member card gains its edit actions
    await el.updateComplete;
    document.body.getBoundingClientRect();
    update.push(performance.now() - before);
    el.remove();
  }
  return { members, meetings, firstRender, update };
}

(window as unknown as { saumatonBench: typeof run }).saumatonBench = run;
