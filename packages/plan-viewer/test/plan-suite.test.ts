import { waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@saumaton/core';
import { exampleClient, examplePlan } from '@saumaton/core/examples';
import { widgetSuite } from '@saumaton/elements/test-suites';
import { PlanViewer } from '../src/PlanViewer.js';
import {
  $,
  exampleAdapter,
  input,
  organiser,
  protectedPlan,
  settled,
  voucher,
  voucherWorker,
  withoutLiveUpdates,
} from './helpers.js';
import '../saumaton-plan-viewer.js';

/** Aino's plan with `payload` in every text a user or another system could have written. */
function poisonedPlan(payload: string) {
  const p = payload;
  return {
    ...examplePlan,
    header: { ...examplePlan.header, documentName: p, serviceTasks: [p], author: { name: p, title: p } },
    clienthood: {
      ...examplePlan.clienthood,
      endReason: undefined,
      responsibleWorker: { kind: 'named-worker' as const, name: p, title: p },
    },
    context: { closePersons: [{ name: p, kind: 'close-person' as const, role: p, tasks: p }] },
    supportNeed: { client: { text: p, reasons: p }, professional: { text: `${p} `, reasons: p } },
    servicesNeeded: { client: { text: p }, professional: { text: p } },
    meetingFrequency: p,
    strengths: p,
    expectedDuration: p,
    goals: [
      {
        id: 'goal-1',
        text: p,
        means: p,
        status: p,
        setBy: { kind: 'client' as const, name: p },
        evaluations: [{ date: '2026-09-08', achievement: p, text: p }],
      },
    ],
    partners: [{ name: p, role: p }],
    responsibilities: [{ party: 'client' as const, name: p, text: p }],
    followUp: {
      method: p,
      nextReviewDate: '2026-12-08',
      entries: [{ id: 'r1', date: '2026-09-08', clientFeedback: p, teamFeedback: p }],
    },
    evaluation: { clientView: p, participantsView: p, workerAssessment: p },
    health: { careNeeds: p, goals: p, implementation: p, followUp: p },
    parts: examplePlan.parts.map((part) => ({
      ...part,
      producerType: p,
      notes: p,
      responsibilities: [p],
      author: { name: p },
      services: [
        {
          id: `svc-${part.producer.id}`,
          name: p,
          status: p,
          duration: p,
          frequency: p,
          responsiblePerson: { name: p },
          package: { id: 'pkg', name: p },
          chain: { id: 'chain', name: p, step: p },
        },
      ],
    })),
  };
}

widgetSuite<PlanViewer>({
  tag: 'saumaton-plan-viewer',
  element: PlanViewer,
  adapter: () => exampleAdapter(),
  records: [
    { select: (el) => (el.planId = examplePlan.id), text: 'Rahat eivät riitä' },
    { select: (el) => (el.planId = protectedPlan.id), text: 'Hemvårdens och hälsocentralens gemensamma vård' },
  ],
  poisoned: (payload) => MemoryAdapter.withData({ clients: [exampleClient], plans: [poisonedPlan(payload)] }),
  editable: (el) => {
    el.viewer = organiser;
    el.editable = true;
  },
  states: {
    'the client’s copy, in plain language': async (el) => {
      el.mode = 'client';
      el.viewer = { kind: 'client' };
      el.allowClientView = true;
      await el.updateComplete;
    },
    'turvakielto, service packages and a chain with a gap and an overlap': async (el) => {
      el.planId = protectedPlan.id;
      await settled(el);
    },
    'a producer editing their own part': async (el) => {
      el.viewer = voucherWorker;
      await settled(el);
      await waitUntil(() => $(el, '#edit-part'), 'no edit button', { timeout: 4000 });
      $(el, '#edit-part')!.click();
      await el.updateComplete;
    },
    'the common sections’ form, showing its errors': async (el) => {
      await waitUntil(() => $(el, '#edit-common'), 'no edit button', { timeout: 4000 });
      $(el, '#edit-common')!.click();
      await el.updateComplete;
      input(el, '#field-goal-0-text', '');
      $(el, '#common-form button[type="submit"]')!.click();
      await el.updateComplete;
      if (!$(el, '[aria-invalid="true"]')) throw new Error('no field error shown');
    },
    'recording a review, showing its errors': async (el) => {
      await waitUntil(() => $(el, '#record-review'), 'no review button', { timeout: 4000 });
      $(el, '#record-review')!.click();
      await el.updateComplete;
      input(el, '#field-date', '2999-01-01');
      $(el, '#review-form button[type="submit"]')!.click();
      await el.updateComplete;
      if (!$(el, '#field-nextReviewDate[aria-invalid="true"]')) throw new Error('no field error shown');
    },
    conflict: async (el) => {
      const adapter = el.adapter as MemoryAdapter;
      el.adapter = withoutLiveUpdates(adapter);
      el.viewer = voucherWorker;
      await settled(el);
      await waitUntil(() => $(el, '#edit-part'), 'no edit button', { timeout: 4000 });
      $(el, '#edit-part')!.click();
      await el.updateComplete;
      const plan = await adapter.getPlan({ planId: examplePlan.id });
      const version = plan.partVersions.find((p) => p.producerId === voucher.id)!.version;
      const current = plan.value.parts.find((p) => p.producer.id === voucher.id)!;
      await adapter.savePlanPart(examplePlan.id, { ...current, notes: 'Someone else’s note' }, version);
      input(el, '#field-authorName', 'Pekka Lindqvist');
      $(el, '#part-form button[type="submit"]')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    },
  },
  reflow: async (el) => {
    await waitUntil(() => $(el, '#edit-common'), 'no edit button', { timeout: 4000 });
    $(el, '#edit-common')!.click();
    await el.updateComplete;
  },
});
