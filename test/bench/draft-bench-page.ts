// Runs in headless Chromium (see run-bench.mjs): <saumaton-need-assessment> showing an assessment
// of a generated 300-item Questionnaire (`assessment-id`, the Memory adapter), measured from the
// element's connection until every control is in the DOM and laid out: once with no draft on the
// device, once restoring a draft that answers every question shown (the same items enabled).
import { MemoryAdapter, type Assessment, type QuestionnaireResponseItem } from '@saumaton/core';
import { DraftStore, draftIdOf } from '../../packages/need-assessment/src/record/draft-store.js';
import '@saumaton/need-assessment/saumaton-need-assessment.js';
import { generate } from './assessment-bench-page.js';

interface Item {
  readonly linkId: string;
  readonly type: string;
  readonly item?: Item[];
  readonly enableWhen?: unknown[];
}

/** An answer of `type`, as the form would hold it. */
function answerOf(type: string, i: number): Record<string, unknown> {
  switch (type) {
    case 'integer':
      return { valueInteger: i };
    case 'boolean':
      return { valueBoolean: i % 2 === 0 };
    case 'choice':
      return { valueString: ['Never', 'Sometimes', 'Often'][i % 3] };
    case 'date':
      return { valueDate: '2026-11-30' };
    default:
      return { valueString: `Answer ${i}, kept on this device.` };
  }
}

/**
 * Answers to every question enabled at first, except the gate and each group's first question (on
 * which the `exists` conditions hang): the draft then shows the same items as the empty form.
 */
function draftAnswers(template: Record<string, unknown>): QuestionnaireResponseItem[] {
  let i = 0;
  const answer = (item: Item, first: boolean): QuestionnaireResponseItem | undefined => {
    if (item.type === 'group') {
      const children = (item.item ?? [])
        .map((child, index) => answer(child, index === 0))
        .filter((c): c is QuestionnaireResponseItem => !!c);
      return children.length ? { linkId: item.linkId, item: children } : undefined;
    }
    if (item.linkId === 'gate' || first || item.enableWhen) return undefined;
    return { linkId: item.linkId, answer: [answerOf(item.type, i++)] };
  };
  return (template.item as Item[])
    .map((item) => answer(item, false))
    .filter((c): c is QuestionnaireResponseItem => !!c);
}

/** The next task, without the clamping of nested timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

export interface DraftSample {
  readonly firstRender: number;
  readonly controls: number;
  readonly restored: boolean;
}

async function sample(size: number, withDraft: boolean): Promise<DraftSample> {
  const template = generate(size);
  const assessment: Assessment = {
    id: `bench-assessment-${crypto.randomUUID()}`,
    clientId: 'client-bench',
    template: { id: template.id as string },
    status: 'in-progress',
    initiation: {
      triggerDate: '2026-11-30',
      triggerKind: 'contact',
      grounds: ['other'],
      initiatedBy: { kind: 'client' },
    },
    answers: [],
  };
  const adapter = await MemoryAdapter.withData({ templates: [template as never], assessments: [assessment] });
  if (withDraft) {
    const saved = await adapter.getAssessment(assessment.id);
    const drafts = new DraftStore();
    await drafts.put({
      id: draftIdOf({ assessmentId: assessment.id }),
      assessmentId: assessment.id,
      baseVersion: saved.version,
      answers: draftAnswers(template),
    });
    drafts.close();
  }
  const el = document.createElement('saumaton-need-assessment');
  el.adapter = adapter;
  el.viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };
  el.editable = true;
  el.assessmentId = assessment.id;
  const start = performance.now();
  document.body.append(el);
  const shown = () => el.shadowRoot?.querySelector('.answers .assessment');
  // Bounded by time, not by a count of tasks: the record reads IndexedDB, which on a loaded
  // machine took longer than 500 tasks (the bench then stopped, "did not render").
  while (!shown() && performance.now() - start < 10_000) {
    await el.updateComplete;
    await nextTask();
  }
  if (!shown()) throw new Error('the assessment did not render');
  document.body.getBoundingClientRect();
  const firstRender = performance.now() - start;
  return {
    firstRender,
    controls: el.shadowRoot!.querySelectorAll('.answers input, .answers textarea, .answers select').length,
    restored: !!el.shadowRoot!.querySelector('.notice.restored'),
  };
}

(window as unknown as { draftBench: (size: number, withDraft: boolean) => Promise<DraftSample> }).draftBench = sample;
