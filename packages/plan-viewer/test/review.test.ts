/**
 * `<saumaton-plan-viewer>` recording a review (seed 002: the client's and the team's feedback in
 * their own words, the goals evaluated, the next review): by keyboard, checked at its fields,
 * landing on someone else's version after a conflict, offered only to the responsible unit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { todayInFinland, type MemoryAdapter } from '@saumaton/core';
import { examplePlan } from '@saumaton/core/examples';
import { unmountAll } from '@saumaton/elements/test-suites';
import type { SaumatonSavedEvent } from '@saumaton/elements';
import type { PlanViewer } from '../src/PlanViewer.js';
import {
  $,
  clientViewer,
  exampleAdapter,
  input,
  organiser,
  renderPlan,
  text,
  voucherWorker,
  withoutLiveUpdates,
} from './helpers.js';

afterEach(() => unmountAll());

const focused = (el: PlanViewer) => el.shadowRoot!.activeElement as HTMLElement | null;
const stored = async (adapter: MemoryAdapter) => (await adapter.getPlan({ planId: examplePlan.id })).value;

async function openReview(el: PlanViewer): Promise<void> {
  await waitUntil(() => $(el, '#record-review'), 'no review button', { timeout: 4000 });
  $(el, '#record-review')!.click();
  await el.updateComplete;
}

describe('<saumaton-plan-viewer> recording a review', () => {
  it('records a review by keyboard: both feedbacks, a goal evaluated, the next review', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: organiser, editable: true });
    const saved: SaumatonSavedEvent[] = [];
    el.addEventListener('saumaton-saved', (e) => saved.push(e));
    await waitUntil(() => $(el, '#record-review'), 'no review button', { timeout: 4000 });
    $(el, '#record-review')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The form opens in the follow-up section, on its first field: the day, today unless changed.
    expect(focused(el)?.id).to.equal('field-date');
    expect(($(el, '#field-date') as HTMLInputElement).value).to.equal(todayInFinland());
    expect($(el, '[aria-labelledby="follow-up-heading"] #review-form')).not.to.equal(null);
    // Tab walks a date field's day, month and year first in some engines.
    for (let i = 0; i < 4 && focused(el)?.id === 'field-date'; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-clientFeedback');
    await sendKeys({ type: 'Arki sujuu paremmin.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Vuokrarästit maksettu.' });
    await sendKeys({ press: 'Tab' });
    // The first open goal's evaluation: typing the start of an option's name chooses it.
    expect(focused(el)?.id).to.equal('field-evaluation-0-achievement');
    await sendKeys({ type: 'Imp' });
    await el.updateComplete;
    expect(($(el, '#field-evaluation-0-achievement') as HTMLSelectElement).value).to.equal('improving');
    // A date field takes keys differently in each engine: set it as a date picker would.
    input(el, '#field-nextReviewDate', '2027-03-02');
    $(el, '#field-recordedBy')!.focus();
    await sendKeys({ type: 'Leena Korhonen' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, '#review-form'), 'the form stays open', { timeout: 4000 });

    const plan = await stored(adapter);
    const entries = plan.followUp.entries ?? [];
    expect(entries).to.have.length((examplePlan.followUp.entries ?? []).length + 1);
    const entry = entries.at(-1)!;
    expect(entry).to.deep.include({
      date: todayInFinland(),
      clientFeedback: 'Arki sujuu paremmin.',
      teamFeedback: 'Vuokrarästit maksettu.',
      nextReviewDate: '2027-03-02',
    });
    expect(entry.recordedBy).to.deep.include({ name: 'Leena Korhonen', organizationId: organiser.organizationId });
    const goal = examplePlan.goals[0]!;
    expect(entry.goalEvaluations?.map((g) => [g.goalId, g.achievement])).to.deep.equal([[goal.id, 'improving']]);
    // The goal carries its evaluation too; the other goals are unchanged.
    expect(plan.goals[0]!.evaluations?.at(-1)).to.deep.include({ date: todayInFinland(), achievement: 'improving' });
    expect(plan.goals.slice(1)).to.deep.equal(examplePlan.goals.slice(1));
    expect(plan.followUp.nextReviewDate).to.equal('2027-03-02');
    expect(plan.followUp.method).to.equal(examplePlan.followUp.method);
    expect(plan.updatedBy?.name).to.equal('Leena Korhonen');
    expect(saved.map((e) => e.detail.kind)).to.deep.equal(['plan']);

    const followUp = text($(el, '[aria-labelledby="follow-up-heading"]'));
    expect(followUp).to.contain('Arki sujuu paremmin.').and.to.contain('Vuokrarästit maksettu.');
    expect(followUp).to.contain(`${goal.text}: Improving`);
    expect(focused(el)?.id).to.equal('record-review');
  });

  it('shows at their fields a review with nothing in it, one dated ahead and a next review before it; sends nothing', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: organiser, editable: true });
    await openReview(el);
    input(el, '#field-date', '2999-01-01');
    input(el, '#field-recordedBy', 'Leena Korhonen');
    $(el, '#review-form button[type="submit"]')!.click();
    await el.updateComplete;
    const invalid = () =>
      [...el.shadowRoot!.querySelectorAll('[aria-invalid="true"]')].map((e) => e.id).sort((a, b) => a.localeCompare(b));
    expect(invalid()).to.deep.equal(['field-clientFeedback', 'field-date', 'field-nextReviewDate']);
    expect(focused(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#field-date-error'))).to.contain('cannot be in the future');
    // An error more than one field answers goes with any of them: the team's feedback answers "nothing recorded".
    input(el, '#field-teamFeedback', 'Tiimi kokoontui.');
    await el.updateComplete;
    expect($(el, '#field-clientFeedback')!.getAttribute('aria-invalid')).to.equal('false');

    input(el, '#field-date', '2026-11-02');
    input(el, '#field-nextReviewDate', '2026-11-01');
    $(el, '#review-form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(invalid()).to.deep.equal(['field-nextReviewDate']);
    expect(text($(el, '#field-nextReviewDate-error'))).to.contain('must come after this one');
    expect((await stored(adapter)).followUp).to.deep.equal(examplePlan.followUp);

    // Escape closes the form, as every form here does, and focus goes back to its button.
    $(el, '#field-teamFeedback')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '#review-form')).to.equal(null);
    expect(focused(el)?.id).to.equal('record-review');
  });

  it('meets a save of the plan meanwhile as a conflict, keeping the review, and lands it on theirs', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(withoutLiveUpdates(adapter), { viewer: organiser, editable: true });
    await openReview(el);
    input(el, '#field-clientFeedback', 'Oma palautteeni');
    input(el, '#field-nextReviewDate', '2027-03-02');
    input(el, '#field-recordedBy', 'Leena Korhonen');
    const current = await adapter.getPlan({ planId: examplePlan.id });
    await adapter.savePlanCommon({ ...current.value, meetingFrequency: 'Joka toinen viikko' }, current.version);
    $(el, '#review-form button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    await el.updateComplete;
    // Told above the plan, as every conflict of the plan's version; focus goes to it, the form keeps what was typed.
    expect(focused(el)?.id).to.equal('conflict-heading');
    const conflict = text($(el, '.state.conflict'));
    expect(conflict).to.contain('Meeting frequency').and.contain('the review you recorded');
    // Only their change is listed, not the user's own review.
    expect(conflict).not.to.contain('The reviews held').and.not.to.contain('The goals');
    expect(($(el, '#field-clientFeedback') as HTMLTextAreaElement).value).to.equal('Oma palautteeni');
    $(el, '.state.conflict button.primary')!.click();
    await waitUntil(() => !$(el, '#review-form'), 'not saved', { timeout: 4000 });
    const plan = await stored(adapter);
    expect(plan.meetingFrequency).to.equal('Joka toinen viikko');
    expect(plan.followUp.entries?.at(-1)?.clientFeedback).to.equal('Oma palautteeni');
    expect(plan.followUp.nextReviewDate).to.equal('2027-03-02');
  });

  it('is offered to the responsible unit only: not to another producer, nor to the client', async () => {
    const producer = await renderPlan(await exampleAdapter(), { viewer: voucherWorker, editable: true });
    await waitUntil(() => $(producer, '#edit-part'), 'no edit button', { timeout: 4000 });
    expect($(producer, '#record-review')).to.equal(null);
    const client = await renderPlan(await exampleAdapter(), {
      viewer: clientViewer,
      mode: 'client',
      editable: true,
      allowClientView: true,
    });
    expect($(client, '#record-review')).to.equal(null);
    const readOnly = await renderPlan(await exampleAdapter(), { viewer: organiser });
    expect($(readOnly, '#record-review')).to.equal(null);
  });

  it('drops the review when the user takes theirs after a conflict, and says so', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(withoutLiveUpdates(adapter), { viewer: organiser, editable: true });
    await openReview(el);
    input(el, '#field-clientFeedback', 'Ei tallenneta');
    input(el, '#field-nextReviewDate', '2027-03-02');
    input(el, '#field-recordedBy', 'Leena Korhonen');
    const current = await adapter.getPlan({ planId: examplePlan.id });
    await adapter.savePlanCommon({ ...current.value, strengths: 'Sinnikkyys' }, current.version);
    $(el, '#review-form button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    $(el, '.state.conflict button:not(.primary)')!.click();
    await el.updateComplete;
    expect($(el, '#review-form')).to.equal(null);
    expect($(el, '.state.conflict')).to.equal(null);
    await waitUntil(() => text($(el, '[role="status"][aria-live]')) === 'Your change was discarded.', 'not told');
    expect(focused(el)?.id).to.equal('record-review');
    expect((await stored(adapter)).followUp).to.deep.equal(examplePlan.followUp);
    expect(text($(el, '[aria-labelledby="follow-up-heading"]'))).not.to.contain('Ei tallenneta');
  });

  it('shows someone else’s save while the form stays open, then adds the review to it without a conflict', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: organiser, editable: true });
    await openReview(el);
    input(el, '#field-teamFeedback', 'Tiimin palaute');
    input(el, '#field-nextReviewDate', '2027-03-02');
    input(el, '#field-recordedBy', 'Leena Korhonen');
    const current = await adapter.getPlan({ planId: examplePlan.id });
    await adapter.savePlanCommon({ ...current.value, meetingFrequency: 'Joka toinen viikko' }, current.version);
    await waitUntil(() => text(el.shadowRoot!.querySelector('article')).includes('Joka toinen viikko'), 'not shown', {
      timeout: 4000,
    });
    expect(($(el, '#field-teamFeedback') as HTMLTextAreaElement).value).to.equal('Tiimin palaute');
    $(el, '#review-form button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '#review-form'), 'not saved', { timeout: 4000 });
    expect($(el, '.state.conflict')).to.equal(null);
    const plan = await stored(adapter);
    expect(plan.meetingFrequency).to.equal('Joka toinen viikko');
    expect(plan.followUp.entries?.at(-1)?.teamFeedback).to.equal('Tiimin palaute');
  });

  it('evaluates only the goals still open; a goal removed meanwhile loses its evaluation, the review stays', async () => {
    const goals = examplePlan.goals.map((g, i) => (i === 1 ? { ...g, status: 'achieved' } : g));
    const adapter = await exampleAdapter([{ ...examplePlan, goals }]);
    const el = await renderPlan(withoutLiveUpdates(adapter), { viewer: organiser, editable: true });
    await openReview(el);
    const legends = [...el.shadowRoot!.querySelectorAll('#review-form .goal-fields legend')].map((l) => text(l));
    expect(legends).to.deep.equal([goals[0]!.text, goals[2]!.text]);
    input(el, '#field-evaluation-0-achievement', 'partly-achieved');
    input(el, '#field-evaluation-0-note', 'Laskut maksussa, säästö ei vielä.');
    input(el, '#field-evaluation-1-achievement', 'no-change');
    input(el, '#field-teamFeedback', 'Työtoiminta ei ole alkanut.');
    input(el, '#field-nextReviewDate', '2027-03-02');
    input(el, '#field-recordedBy', 'Leena Korhonen');
    // Someone removes the work goal before the review is saved: a review never names a goal the plan no longer has.
    const current = await adapter.getPlan({ planId: examplePlan.id });
    const withoutWork = current.value.goals.filter((g) => g.id !== goals[2]!.id);
    await adapter.savePlanCommon({ ...current.value, goals: withoutWork }, current.version);
    $(el, '#review-form button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    expect(text($(el, '.state.conflict'))).to.contain('The goals');
    $(el, '.state.conflict button.primary')!.click();
    await waitUntil(() => !$(el, '#review-form'), 'not saved', { timeout: 4000 });
    const plan = await stored(adapter);
    expect(plan.goals.map((g) => g.id)).to.deep.equal([goals[0]!.id, goals[1]!.id]);
    expect(plan.goals[1]!.evaluations).to.deep.equal(goals[1]!.evaluations);
    const by = {
      name: 'Leena Korhonen',
      organizationId: organiser.organizationId,
      practitionerId: organiser.practitionerId,
    };
    const finances = {
      date: todayInFinland(),
      achievement: 'partly-achieved',
      text: 'Laskut maksussa, säästö ei vielä.',
      by,
    };
    expect(plan.goals[0]!.evaluations?.at(-1)).to.deep.equal(finances);
    const entry = plan.followUp.entries?.at(-1);
    expect(entry?.teamFeedback).to.equal('Työtoiminta ei ole alkanut.');
    expect(entry?.goalEvaluations).to.deep.equal([{ goalId: goals[0]!.id, ...finances }]);
  });
});
