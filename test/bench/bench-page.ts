// Runs in headless Chromium (see run-bench.mjs): renders <saumaton-team-roster> with a large team
// and <saumaton-consent-form> with a client's many consents, and measures first render (and the
// roster's update), including style and layout.
import { parse, ConsentRecordSchema, TeamSchema, type Team } from '@saumaton/core';
import { exampleClient, largeExampleConsents, largeExampleTeam } from '@saumaton/core/examples';
import '@saumaton/team-roster/saumaton-team-roster.js';
import '@saumaton/consent-form/saumaton-consent-form.js';
import type { TeamRoster } from '@saumaton/team-roster';
import type { ConsentForm } from '@saumaton/consent-form';

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

export interface ConsentBenchResult {
  readonly consents: number;
  readonly revoked: number;
  readonly firstRender: number[];
}

/** First render of a client's `count` consents, a third revoked with their history, as a professional sees them. */
async function runConsents(runs: number, count: number): Promise<ConsentBenchResult> {
  const consents = largeExampleConsents(count).map((c, i) => ({
    value: parse(ConsentRecordSchema, c),
    version: String(i),
  }));
  const adapter = {
    listConsents: () => Promise.resolve(structuredClone(consents)),
    getClient: () => Promise.resolve({ value: exampleClient, version: '1' }),
    recordConsent: () => Promise.reject(new Error('not in the bench')),
    revokeConsent: () => Promise.reject(new Error('not in the bench')),
  };
  const firstRender: number[] = [];
  for (let i = 0; i < runs; i++) {
    const el: ConsentForm = document.createElement('saumaton-consent-form');
    el.adapter = adapter;
    el.viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };
    el.clientId = exampleClient.id;
    const start = performance.now();
    document.body.append(el);
    for (let j = 0; j < 20 && !el.shadowRoot?.querySelector('.consent-record'); j++) {
      await el.updateComplete;
      await Promise.resolve();
    }
    if (!el.shadowRoot?.querySelector('.consent-record')) throw new Error('the consents did not render');
    document.body.getBoundingClientRect();
    firstRender.push(performance.now() - start);
    el.remove();
  }
  return { consents: count, revoked: consents.filter((c) => c.value.status === 'revoked').length, firstRender };
}

(window as unknown as { saumatonBench: typeof run; saumatonConsentBench: typeof runConsents }).saumatonBench = run;
(window as unknown as { saumatonConsentBench: typeof runConsents }).saumatonConsentBench = runConsents;
