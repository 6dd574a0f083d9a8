/**
 * `<saumaton-plan-viewer>`'s history: the timeline of saved versions, a version's changes in the
 * user's words, keyboard only, turvakielto, failures with retry, and the time to open a version of
 * a large plan's history.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, planHistory, type AnyAdapter, type PlanVersion } from '@saumaton/core';
import { examplePlan, largePlan } from '@saumaton/core/examples';
import { setLocale } from '@saumaton/elements';
import { unmountAll } from '@saumaton/elements/test-suites';
import { html, render } from 'lit';
import { versionData } from '../src/history/history.js';
import { versionView } from '../src/history/history-view.js';
import type { PlanViewer } from '../src/PlanViewer.js';
import { $, $$, clientViewer, exampleAdapter, organiser, protectedPlan, renderPlan, text } from './helpers.js';

afterEach(async () => {
  unmountAll();
  await setLocale('en');
});

const countyId = examplePlan.parts[0]!.producer.id;

async function partVersion(adapter: MemoryAdapter, planId: string, producerId: string): Promise<string> {
  const versions = await adapter.listPlanVersions(planId);
  const own = versions.filter((v) => v.section === 'part' && v.producerId === producerId);
  return own[own.length - 1]!.version;
}

/**
 * Aino's plan after three saves: the common sections (a goal achieved, a goal added, the client's
 * view changed), and the county's part (a service removed).
 */
async function changedAdapter(payload?: string): Promise<MemoryAdapter> {
  const adapter = await exampleAdapter();
  const current = await adapter.getPlan({ planId: examplePlan.id });
  const { parts: _parts, ...common } = current.value;
  const changed = {
    ...common,
    goals: [
      ...common.goals.map((g) => (g.id === 'goal-finances' ? { ...g, status: 'achieved' as const } : g)),
      {
        id: 'goal-new',
        text: payload ?? 'Liikuntaa kahdesti viikossa',
        status: 'active' as const,
        setBy: { kind: 'together' as const },
      },
    ],
    supportNeed: {
      ...common.supportNeed,
      client: { text: payload ?? 'Rahat riittävät nyt paremmin.' },
    },
    updatedBy: { name: 'Leena Korhonen', title: 'Sosiaalityöntekijä' },
    updatedAt: '2026-10-02T09:30:00Z',
  };
  await adapter.savePlanCommon(changed, current.version);
  const county = current.value.parts.find((p) => p.producer.id === countyId)!;
  await adapter.savePlanPart(
    examplePlan.id,
    {
      ...county,
      services: county.services.filter((s) => s.id !== 'svc-debt-advice'),
      author: { name: 'Jari Heikkinen', title: 'Sosiaaliohjaaja' },
      updatedAt: '2026-10-03T10:00:00Z',
    },
    await partVersion(adapter, examplePlan.id, countyId),
  );
  return adapter;
}

async function openHistory(el: PlanViewer): Promise<void> {
  $(el, '#open-history')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '.timeline') || $(el, '.history .state.error'), 'the history does not load');
  await el.updateComplete;
}

/** Opens the newest version of the piece named `piece` in the timeline. */
async function openVersion(el: PlanViewer, piece: RegExp): Promise<HTMLElement> {
  const entry = $$(el, '.history-entry').find((b) => piece.test(text(b.querySelector('.piece'))))!;
  expect(entry, `a version of ${String(piece)}`).to.exist;
  entry.focus();
  entry.click();
  await el.updateComplete;
  await el.updateComplete;
  return entry;
}

const changeTexts = (el: PlanViewer) => $$(el, '.change').map(text);

describe('<saumaton-plan-viewer> history', () => {
  it('lists the saved versions newest first: which piece, who, when and the sections changed', async () => {
    const el = await renderPlan(await changedAdapter(), { viewer: organiser });
    expect($(el, '.timeline')).to.equal(null);
    await openHistory(el);
    expect($(el, '#open-history')!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('history-heading');
    const entries = $$(el, '.history-entry').map(text);
    expect(entries[0]).to.contain('’s part').and.contain('Jari Heikkinen').and.contain('Services');
    expect(entries[1]).to.contain('Common sections').and.contain('Leena Korhonen');
    expect(entries[1]).to.contain('Support need').and.contain('Goals and means');
    expect(entries.at(-1)).to.contain('Created');
    // The plan itself stays below the timeline.
    expect($(el, '.plan-section')).to.exist;
  });

  it('says a version’s changes in words: a goal’s status, a goal added, a view changed, a service removed', async () => {
    const el = await renderPlan(await changedAdapter(), { viewer: organiser });
    await openHistory(el);
    await openVersion(el, /Common sections/);
    expect(el.shadowRoot!.activeElement?.id).to.equal('history-version-heading');
    expect($(el, '.plan-section'), 'the plan gives way to the version').to.equal(null);
    const changes = changeTexts(el);
    const status = changes.find((c) => c.includes('Status'))!;
    expect(status).to.match(/^Goal “Vuokrat ja laskut maksetaan ajallaan\.”: Status Before Active After Achieved$/);
    expect($$(el, '.change del').map(text)).to.include('Active');
    expect($$(el, '.change ins').map(text)).to.include('Achieved');
    const added = changes.find((c) => c.startsWith('Added:'))!;
    expect(added).to.contain('Goal “Liikuntaa kahdesti viikossa”').and.contain('Status Active');
    const view = changes.find((c) => c.startsWith('Client’s view'))!;
    expect(view).to.contain('Before Rahat eivät riitä').and.contain('After Rahat riittävät nyt paremmin.');
    expect(el.shadowRoot!.innerHTML).not.to.match(/[{]"|goal-setter|"code"/);
    // The sections are headings of their own.
    expect($$(el, '.history-section h4').map(text)).to.deep.equal(['Support need', 'Goals and means']);

    $(el, '#history-back')!.click();
    await el.updateComplete;
    await el.updateComplete;
    await openVersion(el, /part/);
    const removed = changeTexts(el).find((c) => c.startsWith('Removed:'))!;
    expect(removed).to.contain('Service “Talous- ja velkaneuvonta”').and.contain('Status Planned');
  });

  it('goes back to the current plan in one step, by button or Escape, focus back on the version', async () => {
    const el = await renderPlan(await changedAdapter(), { viewer: organiser });
    await openHistory(el);
    const entry = await openVersion(el, /Common sections/);
    const id = entry.id;
    const heading = $(el, '#history-version-heading')!;
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.history-version')).to.equal(null);
    expect($(el, '.plan-section')).to.exist;
    expect(el.shadowRoot!.activeElement?.id).to.equal(id);
    await openVersion(el, /Common sections/);
    $(el, '#history-back')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(id);
    $(el, '#history-close')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.history')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('open-history');
  });

  it('reads the history again when the plan is saved while the timeline is open', async () => {
    const adapter = await changedAdapter();
    const el = await renderPlan(adapter, { viewer: organiser });
    await openHistory(el);
    const before = $$(el, '.history-entry').length;
    const current = await adapter.getPlan({ planId: examplePlan.id });
    const { parts: _parts, ...common } = current.value;
    await adapter.savePlanCommon(
      { ...common, meetingFrequency: 'Joka toinen viikko', updatedAt: '2026-10-05T08:00:00Z' },
      current.version,
    );
    await waitUntil(() => $$(el, '.history-entry').length === before + 1, 'the new version is not listed');
    expect(text($$(el, '.history-entry')[0])).to.contain('Meeting frequency');
  });

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`is accessible in ${locale}: the timeline and an opened version, in both modes`, async () => {
      await setLocale(locale);
      for (const mode of ['professional', 'client'] as const) {
        const el = await renderPlan(await changedAdapter(), {
          viewer: mode === 'client' ? clientViewer : organiser,
          mode,
        });
        await openHistory(el);
        await expect(el).to.be.accessible();
        $$(el, '.history-entry')[1]!.click();
        await el.updateComplete;
        await el.updateComplete;
        expect($(el, '.history-version')).to.exist;
        await expect(el).to.be.accessible();
        unmountAll();
      }
    });
  }

  it('speaks plainly to the client: no identifiers, OIDs or codes', async () => {
    const el = await renderPlan(await changedAdapter(), { viewer: clientViewer, mode: 'client' });
    await openHistory(el);
    expect(text($(el, '.timeline'))).not.to.contain(countyId);
    await openVersion(el, /Common sections/);
    const shown = text($(el, '.history-version'));
    expect(shown).to.contain('Your goals').and.contain('Working on it');
    expect(shown).not.to.match(/goal-new|goal-finances|1\.2\.246|OID/);
  });

  it('shows payloads in changed values as text', async () => {
    const payload = '<img src=x onerror="window.__historyXss=1">';
    const el = await renderPlan(await changedAdapter(payload), { viewer: organiser });
    await openHistory(el);
    await openVersion(el, /Common sections/);
    expect($$(el, '.change ins').map(text)).to.include(payload);
    expect($(el, '.history-version img')).to.equal(null);
    expect((window as { __historyXss?: number }).__historyXss).to.equal(undefined);
  });

  it('leaves contact details out of the history of a client with turvakielto', async () => {
    const adapter = await exampleAdapter();
    const current = await adapter.getPlan({ planId: protectedPlan.id });
    const { parts: _parts, ...common } = current.value;
    const person = common.context!.closePersons![0]!;
    await adapter.savePlanCommon(
      {
        ...common,
        context: {
          ...common.context,
          closePersons: [{ ...person, role: 'syster, stödperson', contact: { phone: '+358 40 555 0123' } }],
        },
      },
      current.version,
    );
    const el = await renderPlan(adapter, { viewer: organiser, planId: protectedPlan.id });
    await openHistory(el);
    await openVersion(el, /Common sections/);
    const shown = text($(el, '.history-version'));
    expect(shown).to.contain('syster, stödperson');
    expect(el.shadowRoot!.innerHTML).not.to.contain('555 0123');
    expect(el.shadowRoot!.innerHTML).not.to.contain('555 0199');
    expect(el.shadowRoot!.innerHTML).not.to.contain('greta@example.fi');
  });

  it('says when the history cannot be read, keeps the plan usable, and tries again', async () => {
    const memory = await changedAdapter();
    let fail = true;
    const adapter: AnyAdapter = {
      getPlan: memory.getPlan.bind(memory),
      listPlanVersions: (planId, opts) =>
        fail ? Promise.reject(new TypeError('Failed to fetch')) : memory.listPlanVersions(planId, opts),
    };
    const el = await renderPlan(adapter, { viewer: organiser });
    await openHistory(el);
    const error = $(el, '.history .state.error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).not.to.equal('');
    expect($(el, '.plan-section'), 'the plan is still there').to.exist;
    await expect(el).to.be.accessible();
    fail = false;
    (error.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitUntil(() => $(el, '.timeline'), 'the retry does not load the history');
    expect($$(el, '.history-entry').length).to.be.greaterThan(2);
  });

  it('drops a history still loading when another plan is shown, and reads that plan’s instead', async () => {
    const memory = await changedAdapter();
    const asked: { planId: string; signal: AbortSignal | undefined }[] = [];
    const adapter: AnyAdapter = {
      getPlan: memory.getPlan.bind(memory),
      listPlanVersions: (planId, opts) => {
        asked.push({ planId, signal: opts?.signal });
        return new Promise<readonly PlanVersion[]>(() => undefined);
      },
    };
    const el = await renderPlan(adapter, { viewer: organiser });
    $(el, '#open-history')!.click();
    await waitUntil(() => asked.length === 1, 'listPlanVersions is not called');
    el.planId = protectedPlan.id;
    await waitUntil(() => text($(el, '.plan-header')).includes('Klientplan'), 'the other plan does not show');
    expect(asked[0]!.signal!.aborted, 'the first plan’s load is aborted').to.equal(true);
    expect(asked.map((a) => a.planId)).to.deep.equal([examplePlan.id, protectedPlan.id]);
    expect($(el, '.history .state.loading')).to.exist;
  });

  it('shows a long history ten at a time, earlier versions a keypress away', async () => {
    const { plan, versions } = largePlan();
    const adapter: AnyAdapter = {
      getPlan: () =>
        Promise.resolve({
          value: plan,
          version: versions.filter((v) => v.section === 'common').at(-1)!.version,
          partVersions: [],
        }),
      listPlanVersions: () => Promise.resolve(versions),
    };
    const el = await renderPlan(adapter, { viewer: organiser, planId: plan.id });
    await openHistory(el);
    expect($$(el, '.history-entry')).to.have.length(10);
    const more = $(el, '#history-earlier')!;
    expect(text(more)).to.contain(String(versions.length - 10));
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.history-entry')).to.have.length(20);
    expect(el.shadowRoot!.activeElement, 'focus on the first version just shown').to.equal(
      $$(el, '.history-entry')[10],
    );
  });

  it('opens a version of a large plan’s 40-version history within 30 ms (median of 15)', async () => {
    const { plan, versions } = largePlan();
    expect(versions.length).to.be.at.least(40);
    const host = document.createElement('div');
    document.body.append(host);
    const words = { audience: 'professional' as const, locale: 'en', plan };
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      render(html``, host);
      const started = performance.now();
      const history = planHistory(versions);
      const entry = history.reduce((a, b) => (b.changes.length > a.changes.length ? b : a));
      render(
        versionView(versionData(entry, words), () => undefined),
        host,
      );
      host.getBoundingClientRect();
      times.push(performance.now() - started);
    }
    host.remove();
    const median = [...times].sort((a, b) => a - b)[7]!;
    console.log(
      `plan history: ${String(versions.length)} versions + the largest version's changes: median ${median.toFixed(2)} ms`,
    );
    expect(median).to.be.below(30);
  });
});
