/**
 * `<saumaton-plan-viewer>` editing: a producer edits only its own part, by keyboard alone, saved
 * with the part's version; the conflict keeps what the user wrote; a failed save keeps it too; the
 * responsible unit edits the common sections; a client adds their own view where allowed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, OfflineError, type AnyAdapter } from '@saumaton/core';
import { examplePlan } from '@saumaton/core/examples';
import { unmountAll } from '@saumaton/elements/test-suites';
import type { SaumatonSavedEvent } from '@saumaton/elements';
import type { PlanViewer } from '../src/PlanViewer.js';
import {
  $,
  $$,
  clientViewer,
  county,
  employment,
  exampleAdapter,
  input,
  organiser,
  part,
  renderPlan,
  settled,
  text,
  voucher,
  voucherWorker,
  withoutLiveUpdates,
} from './helpers.js';

afterEach(() => unmountAll());

const focused = (el: PlanViewer) => el.shadowRoot!.activeElement as HTMLElement | null;

async function tabTo(el: PlanViewer, matches: (e: HTMLElement) => boolean, limit = 300): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const current = focused(el);
    if (current && matches(current)) return current;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('never reached by Tab');
}

async function storedPart(adapter: MemoryAdapter, producerId: string) {
  const plan = await adapter.getPlan({ planId: examplePlan.id });
  return {
    part: plan.value.parts.find((p) => p.producer.id === producerId)!,
    version: plan.partVersions.find((p) => p.producerId === producerId)!.version,
  };
}

async function openOwnPart(el: PlanViewer): Promise<void> {
  await waitUntil(() => $(el, '#edit-part'), 'no edit button', { timeout: 4000 });
  $(el, '#edit-part')!.click();
  await el.updateComplete;
}

describe('<saumaton-plan-viewer> editing', () => {
  it('lets a producer edit only its own part: the other parts are read-only', async () => {
    const el = await renderPlan(await exampleAdapter(), { viewer: voucherWorker, editable: true });
    await waitUntil(() => $(el, '#edit-part'), 'no edit button', { timeout: 4000 });
    expect(part(el, voucher.id).querySelector('#edit-part')).not.to.equal(null);
    expect(part(el, county.id).querySelector('button')).to.equal(null);
    expect(part(el, employment.id).querySelector('button')).to.equal(null);
    expect($$(el, '#edit-part')).to.have.length(1);
    // Not the responsible unit: no editing of the common sections either.
    expect($(el, '#edit-common')).to.equal(null);
  });

  it('reads the plan once for a producer who may edit: its part and version come from that read', async () => {
    const memory = await exampleAdapter();
    let reads = 0;
    const adapter: AnyAdapter = {
      ...withoutLiveUpdates(memory),
      getPlan: (ref, opts) => {
        reads++;
        return memory.getPlan(ref, opts);
      },
    };
    const el = await renderPlan(adapter, { viewer: voucherWorker, editable: true });
    await waitUntil(() => $(el, '#edit-part'), 'no edit button', { timeout: 4000 });
    await settled(el);
    expect(reads).to.equal(1);
  });

  it('offers nothing to edit without `editable`, and nothing to a client who may not add a view', async () => {
    const el = await renderPlan(await exampleAdapter(), { viewer: voucherWorker });
    expect($$(el, 'button:not(#open-history)')).to.have.length(0);
    const client = await renderPlan(await exampleAdapter(), { viewer: clientViewer, mode: 'client', editable: true });
    expect($$(client, 'button:not(#open-history)')).to.have.length(0);
  });

  it('edits its own part by keyboard alone and saves it with the part’s version', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: voucherWorker, editable: true });
    const saved: SaumatonSavedEvent[] = [];
    el.addEventListener('saumaton-saved', (e) => saved.push(e));
    await waitUntil(() => $(el, '#edit-part'), 'no edit button', { timeout: 4000 });
    (await tabTo(el, (e) => e.id === 'edit-part')).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('field-service-0-name');
    (await tabTo(el, (e) => e.id === 'add-service')).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('field-service-1-name');
    await sendKeys({ type: 'Siivousapu' });
    (await tabTo(el, (e) => e.id === 'field-notes')).focus();
    await sendKeys({ type: 'Avain asiakkaalta' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Pekka Lindqvist' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, '#part-form'), 'the form stays open', { timeout: 4000 });
    const stored = await storedPart(adapter, voucher.id);
    expect(stored.part.services.map((s) => s.name)).to.deep.equal(['Kotipalvelu palvelusetelillä', 'Siivousapu']);
    expect(stored.part.notes).to.equal('Avain asiakkaalta');
    expect(stored.part.author.name).to.equal('Pekka Lindqvist');
    expect(saved.map((e) => e.detail.kind)).to.deep.equal(['plan-part']);
    expect(text(part(el, voucher.id))).to.contain('Siivousapu');
    // Focus returns to the button that opened the form.
    expect(focused(el)?.id).to.equal('edit-part');
  });

  it('removes a service and closes the form with Escape, changing nothing', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: voucherWorker, editable: true });
    await openOwnPart(el);
    $(el, '#part-form .service-fields button')!.click();
    await el.updateComplete;
    expect($$(el, '#part-form .service-fields')).to.have.length(0);
    $(el, '#field-notes')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '#part-form')).to.equal(null);
    expect((await storedPart(adapter, voucher.id)).part.services).to.have.length(1);
  });

  it('meets someone else’s save as a conflict that keeps what the user wrote, and saves it on top of theirs', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(withoutLiveUpdates(adapter), { viewer: voucherWorker, editable: true });
    await openOwnPart(el);
    input(el, '#field-notes', 'Minun muistiinpanoni');
    input(el, '#field-authorName', 'Pekka Lindqvist');
    const before = await storedPart(adapter, voucher.id);
    await adapter.savePlanPart(
      examplePlan.id,
      { ...before.part, responsibilities: [...before.part.responsibilities, 'Heidän vastuunsa'] },
      before.version,
    );
    $(el, '#part-form button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    expect(text($(el, '.state.conflict'))).to.contain('Responsibilities changed');
    // The user's input is still in the form.
    expect(($(el, '#field-notes') as HTMLTextAreaElement).value).to.equal('Minun muistiinpanoni');
    expect(focused(el)?.id).to.equal('conflict-heading');
    $(el, '.state.conflict button.primary')!.click();
    await waitUntil(() => !$(el, '.state.conflict') && !$(el, '#part-form'), 'not saved', { timeout: 4000 });
    const after = await storedPart(adapter, voucher.id);
    expect(after.part.notes).to.equal('Minun muistiinpanoni');
    expect(after.part.responsibilities).to.include('Heidän vastuunsa');
  });

  it('lets the user take theirs after a conflict', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(withoutLiveUpdates(adapter), { viewer: voucherWorker, editable: true });
    await openOwnPart(el);
    input(el, '#field-notes', 'Minun');
    input(el, '#field-authorName', 'Pekka Lindqvist');
    const before = await storedPart(adapter, voucher.id);
    await adapter.savePlanPart(examplePlan.id, { ...before.part, notes: 'Heidän' }, before.version);
    $(el, '#part-form button[type="submit"]')!.click();
    await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    $$(el, '.state.conflict button')[1]!.click();
    await el.updateComplete;
    expect($(el, '#part-form')).to.equal(null);
    expect(text(part(el, voucher.id))).to.contain('Heidän');
    expect((await storedPart(adapter, voucher.id)).part.notes).to.equal('Heidän');
  });

  it('keeps the input when the network fails, says so, and saves on the next try', async () => {
    const adapter = await exampleAdapter();
    let offline = true;
    const flaky: AnyAdapter = {
      ...withoutLiveUpdates(adapter),
      savePlanPart: (...args) => (offline ? Promise.reject(new OfflineError()) : adapter.savePlanPart(...args)),
    };
    const el = await renderPlan(flaky, { viewer: voucherWorker, editable: true });
    const errors: unknown[] = [];
    el.addEventListener('saumaton-error', (e) => errors.push(e.detail.error));
    await openOwnPart(el);
    input(el, '#field-notes', 'Ei saa kadota');
    input(el, '#field-authorName', 'Pekka Lindqvist');
    $(el, '#part-form button[type="submit"]')!.click();
    await waitUntil(() => $(el, '#part-form .form-error'), 'no failure shown', { timeout: 4000 });
    expect(text($(el, '#part-form .form-error'))).to.contain('What you wrote is kept');
    expect(($(el, '#field-notes') as HTMLTextAreaElement).value).to.equal('Ei saa kadota');
    expect(errors).to.have.length(1);
    offline = false;
    $(el, '#part-form button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '#part-form'), 'not saved', { timeout: 4000 });
    expect((await storedPart(adapter, voucher.id)).part.notes).to.equal('Ei saa kadota');
  });

  it('shows a missing name at its field and sends nothing', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: voucherWorker, editable: true });
    await openOwnPart(el);
    input(el, '#field-service-0-name', '');
    $(el, '#part-form button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#field-service-0-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-authorName')!.getAttribute('aria-invalid')).to.equal('true');
    expect((await storedPart(adapter, voucher.id)).part.services[0]!.name).to.equal('Kotipalvelu palvelusetelillä');
  });

  it('lets the responsible unit edit the common sections: the views, a goal and the next review date', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: organiser, editable: true });
    const saved: SaumatonSavedEvent[] = [];
    el.addEventListener('saumaton-saved', (e) => saved.push(e));
    await waitUntil(() => $(el, '#edit-common'), 'no edit button', { timeout: 4000 });
    $(el, '#edit-common')!.click();
    await el.updateComplete;
    input(el, '#field-supportProfessional', 'Uusi ammattilaisen näkemys');
    input(el, '#field-nextReviewDate', '2027-01-12');
    input(el, '#field-goal-2-status', 'achieved');
    $(el, '#add-goal')!.click();
    await el.updateComplete;
    input(el, '#field-goal-3-text', 'Uusi tavoite');
    input(el, '#field-updatedBy', 'Leena Korhonen');
    $(el, '#common-form button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '#common-form'), 'not saved', { timeout: 4000 });
    const plan = (await adapter.getPlan({ planId: examplePlan.id })).value;
    expect(plan.supportNeed.professional?.text).to.equal('Uusi ammattilaisen näkemys');
    expect(plan.supportNeed.professional?.reasons).to.equal(examplePlan.supportNeed.professional?.reasons);
    expect(plan.followUp.nextReviewDate).to.equal('2027-01-12');
    expect(plan.goals.map((g) => g.status)).to.deep.equal(['active', 'active', 'achieved', 'active']);
    expect(plan.goals[3]!.text).to.equal('Uusi tavoite');
    expect(plan.parts).to.have.length(3);
    expect(saved.map((e) => e.detail.kind)).to.deep.equal(['plan']);
    expect(text($(el, '[aria-labelledby="support-need-heading"]'))).to.contain('Uusi ammattilaisen näkemys');
  });

  it('lets a client add their own view where the host allows it, and nothing else', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, {
      viewer: clientViewer,
      mode: 'client',
      editable: true,
      allowClientView: true,
    });
    await waitUntil(() => $(el, '#edit-client-view'), 'no button', { timeout: 4000 });
    $(el, '#edit-client-view')!.click();
    await el.updateComplete;
    expect($(el, '#field-supportProfessional')).to.equal(null);
    input(el, '#field-supportClient', 'Oma näkemykseni');
    $(el, '#common-form button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '#common-form'), 'not saved', { timeout: 4000 });
    const plan = (await adapter.getPlan({ planId: examplePlan.id })).value;
    expect(plan.supportNeed.client?.text).to.equal('Oma näkemykseni');
    expect(plan.supportNeed.professional).to.deep.equal(examplePlan.supportNeed.professional);
  });

  it('never meets a conflict when another producer saves its own part meanwhile, and shows theirs at once', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: voucherWorker, editable: true });
    await openOwnPart(el);
    input(el, '#field-notes', 'Kotiavun muistiinpano');
    input(el, '#field-authorName', 'Pekka Lindqvist');
    const theirs = await storedPart(adapter, employment.id);
    await adapter.savePlanPart(
      examplePlan.id,
      { ...theirs.part, notes: 'Työllisyyspalvelujen muistiinpano' },
      theirs.version,
    );
    // Live update: the employment services' part changes on screen while the form stays open.
    await waitUntil(() => text(part(el, employment.id)).includes('Työllisyyspalvelujen muistiinpano'), 'not shown', {
      timeout: 4000,
    });
    expect(($(el, '#field-notes') as HTMLTextAreaElement).value).to.equal('Kotiavun muistiinpano');
    $(el, '#part-form button[type="submit"]')!.click();
    await waitUntil(() => !$(el, '#part-form'), 'not saved', { timeout: 4000 });
    expect($(el, '.state.conflict')).to.equal(null);
    expect((await storedPart(adapter, voucher.id)).part.notes).to.equal('Kotiavun muistiinpano');
    expect((await storedPart(adapter, employment.id)).part.notes).to.equal('Työllisyyspalvelujen muistiinpano');
  });

  it('reloads its own part with the plan when plan-id changes, dropping an open form', async () => {
    const adapter = await exampleAdapter();
    const el = await renderPlan(adapter, { viewer: voucherWorker, editable: true });
    await openOwnPart(el);
    el.planId = 'plan-protected';
    await settled(el);
    expect($(el, '#part-form')).to.equal(null);
  });
});
