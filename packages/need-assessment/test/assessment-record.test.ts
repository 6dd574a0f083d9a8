/**
 * `<saumaton-need-assessment>` with an assessment: the deadlines, answers kept on this device
 * at once and restored, saving with `ifMatch`, a conflict that keeps the user's answers, another
 * window on the same assessment, completing, amending, a new assessment, the client's summary.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import {
  MemoryAdapter,
  nthWeekdayAfter,
  todayInFinland,
  type Assessment,
  type AssessmentTemplate,
  type Viewer,
} from '@saumaton/core';
import { exampleClient } from '@saumaton/core/examples';
import { formatDate } from '@saumaton/elements';
import type { NeedAssessment } from '../src/NeedAssessment.js';
import { DraftStore, draftIdOf } from '../src/record/draft-store.js';
import { $, $$, assessmentTemplate, byLabel, cleanUp, renderAssessment, settled, text, type } from './fixtures.js';

const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };
const client: Viewer = { kind: 'client', clientId: exampleClient.id } as Viewer;

let counter = 0;
/** An assessment of the fixtures' template, in progress, with one answer; a new id per test. */
function anAssessment(extra: Partial<Assessment> = {}): Assessment {
  counter++;
  return {
    id: `assessment-test-${String(Date.now())}-${String(counter)}`,
    clientId: exampleClient.id,
    template: { id: assessmentTemplate.id },
    status: 'in-progress',
    initiation: {
      triggerDate: todayInFinland(),
      triggerKind: 'contact',
      grounds: ['over-75'],
      initiatedBy: { kind: 'client' },
    },
    answers: [{ linkId: 'situation', item: [{ linkId: 'summary', answer: [{ valueString: 'Aloitettu' }] }] }],
    ...extra,
  };
}

async function setUp(
  assessment: Assessment,
  options: { editable?: boolean; viewer?: Viewer; templates?: AssessmentTemplate[] } = {},
) {
  const adapter = await MemoryAdapter.withData({
    clients: [exampleClient],
    templates: options.templates ?? [assessmentTemplate],
    assessments: [assessment],
  });
  const el = await renderAssessment((el) => {
    el.adapter = adapter;
    el.viewer = options.viewer ?? professional;
    el.editable = options.editable ?? true;
    el.assessmentId = assessment.id;
  });
  await waitUntil(() => $(el, '.record'), 'the assessment is shown', { timeout: 4000 });
  await settledForm(el);
  return { el, adapter };
}

/** Waits until the form inside the record shows its items. */
async function settledForm(el: NeedAssessment): Promise<void> {
  await waitUntil(() => $(el, '.answers fieldset, .answers input, .answers textarea'), 'the answers are shown', {
    timeout: 4000,
  });
  await settled(el);
}

/** A new widget on the same assessment, as after a reload, once it shows the restored answers. */
async function reopened(adapter: MemoryAdapter, assessmentId: string): Promise<NeedAssessment> {
  const el = await renderAssessment((el) => {
    el.adapter = adapter;
    el.viewer = professional;
    el.editable = true;
    el.assessmentId = assessmentId;
  });
  await waitUntil(() => $(el, '.notice.restored'), 'the restored notice', { timeout: 4000 });
  return el;
}

const summaryField = (el: NeedAssessment) => byLabel(el, 'Yhteenveto tilanteesta') as unknown as HTMLTextAreaElement;
const button = (el: NeedAssessment, label: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
const drafts = () => DraftStore.shared();

describe('<saumaton-need-assessment> with an assessment', function () {
  this.timeout(15000);
  afterEach(cleanUp);

  it('shows the assessment read-only, with its deadlines, to a viewer who may not edit', async () => {
    const assessment = anAssessment();
    const { el } = await setUp(assessment, { editable: false, viewer: client });
    expect(text($(el, 'h2'))).to.equal('Palvelutarpeen arviointi');
    // Over 75: start by the 7th weekday, shown with its date.
    expect(text($(el, 'header'))).to.contain(formatDate(nthWeekdayAfter(assessment.initiation.triggerDate, 7)));
    expect(summaryField(el).value).to.equal('Aloitettu');
    expect(summaryField(el).matches(':disabled')).to.be.true;
    expect($$(el, 'button').map(text)).not.to.include('Save');
    await expect(el).to.be.accessible();
  });

  it('keeps every change on this device at once, saves it with ifMatch, then removes the draft', async () => {
    const assessment = anAssessment();
    const { el, adapter } = await setUp(assessment);
    type(summaryField(el), 'Tilanne kirjattu');
    await el.updateComplete;
    const draft = await drafts().get(draftIdOf({ assessmentId: assessment.id }));
    expect(draft, 'the draft on this device').to.exist;
    expect(JSON.stringify(draft!.answers)).to.contain('Tilanne kirjattu');
    expect(text($(el, '.save-state'))).to.contain('not yet saved');

    const saved = oneEvent(el, 'saumaton-saved');
    expect(await el.save()).to.be.true;
    const event = await saved;
    expect(event.detail.kind).to.equal('assessment');
    const stored = await adapter.getAssessment(assessment.id);
    expect(JSON.stringify(stored.value.answers)).to.contain('Tilanne kirjattu');
    expect(await drafts().get(draftIdOf({ assessmentId: assessment.id }))).to.be.undefined;
    await el.updateComplete;
    expect(text($(el, '.save-state'))).to.equal('All answers are saved.');
    await expect(el).to.be.accessible();
  });

  it('restores the answers kept on this device, says so, and never applies initial values over them', async () => {
    const template: AssessmentTemplate = {
      ...assessmentTemplate,
      item: [
        ...(assessmentTemplate.item as object[]),
        { linkId: 'note', type: 'string', text: 'Huomio', initial: [{ valueString: 'Oletus' }] },
      ],
    };
    // Nothing answered yet: a new form gets the template's initial values.
    const assessment = anAssessment({ answers: [] });
    const first = await setUp(assessment, { templates: [template] });
    type(summaryField(first.el), 'Kirjoitettu ennen katkosta');
    const note = byLabel(first.el, 'Huomio');
    expect(note.value, 'initial value of a new answer').to.equal('Oletus');
    type(note, '');
    await first.el.updateComplete;
    // The page goes away before anything was saved: a new widget on the same assessment.
    first.el.remove();
    const el = await reopened(first.adapter, assessment.id);
    await settledForm(el);
    expect(text($(el, '.notice.restored'))).to.contain('Restored from this device, not yet saved.');
    expect(summaryField(el).value).to.equal('Kirjoitettu ennen katkosta');
    expect(byLabel(el, 'Huomio').value, 'the cleared answer stays cleared').to.equal('');
    await expect(el).to.be.accessible();
    expect(await el.save()).to.be.true;
    await el.updateComplete;
    expect($(el, '.notice.restored')).to.be.null;
  });

  it('meets someone else’s save as a conflict, shows what differs and keeps the user’s answers', async () => {
    const assessment = anAssessment();
    const { el, adapter } = await setUp(assessment);
    type(summaryField(el), 'Minun versioni');
    await el.updateComplete;
    // Someone else saves first.
    const current = await adapter.getAssessment(assessment.id);
    await adapter.saveAssessment(
      { ...current.value, answers: [{ linkId: 'visits', answer: [{ valueInteger: 3 }] }] },
      current.version,
    );
    const errored = oneEvent(el, 'saumaton-error');
    expect(await el.save()).to.be.false;
    await errored;
    await el.updateComplete;
    const conflict = $(el, '.state.conflict')!;
    expect(conflict).to.exist;
    expect(text(conflict)).to.contain('Yhteenveto tilanteesta');
    expect(text(conflict)).to.contain('Käyntejä viikossa');
    expect(summaryField(el).value, 'my answer is kept').to.equal('Minun versioni');
    await expect(el).to.be.accessible();

    button(el, 'Save my change on top of theirs').click();
    await waitUntil(() => !$(el, '.state.conflict'), 'the conflict is resolved', { timeout: 4000 });
    const stored = await adapter.getAssessment(assessment.id);
    expect(JSON.stringify(stored.value.answers)).to.contain('Minun versioni');
  });

  it('a draft older than the saved version meets the conflict when saved, not a silent overwrite', async () => {
    const assessment = anAssessment();
    const first = await setUp(assessment);
    type(summaryField(first.el), 'Vanha luonnos');
    await first.el.updateComplete;
    first.el.remove();
    const current = await first.adapter.getAssessment(assessment.id);
    await first.adapter.saveAssessment({ ...current.value, answers: [] }, current.version);
    const el = await reopened(first.adapter, assessment.id);
    expect(text($(el, '.notice.restored'))).to.contain('Someone has saved the assessment since');
    expect(await el.save()).to.be.false;
    await el.updateComplete;
    expect($(el, '.state.conflict')).to.exist;
    expect(summaryField(el).value).to.equal('Vanha luonnos');
  });

  it('tells when another window on this device changed the same assessment, and lets the user choose', async () => {
    const assessment = anAssessment();
    const { el } = await setUp(assessment);
    type(summaryField(el), 'Tämä ikkuna');
    await el.updateComplete;
    const other = new DraftStore();
    try {
      const mine = await drafts().get(draftIdOf({ assessmentId: assessment.id }));
      await other.put({
        ...mine!,
        answers: [{ linkId: 'situation', item: [{ linkId: 'summary', answer: [{ valueString: 'Toinen ikkuna' }] }] }],
      });
      await waitUntil(() => $(el, '.notice.other-tab'), 'the other window is told', { timeout: 4000 });
      expect(summaryField(el).value, 'nothing replaced silently').to.equal('Tämä ikkuna');
      await expect(el).to.be.accessible();
      button(el, 'Show the answers from that window').click();
      await waitUntil(() => summaryField(el).value === 'Toinen ikkuna', 'the other answers are shown', {
        timeout: 4000,
      });
      expect($(el, '.notice.other-tab')).to.be.null;
    } finally {
      other.close();
    }
  });

  it('completes only with the client’s own view or the obstacle, fires the event, and shows it read-only', async () => {
    const assessment = anAssessment();
    const { el, adapter } = await setUp(assessment);
    byLabel(el, 'Asuu yksin').querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    expect(await el.complete()).to.be.false;
    await el.updateComplete;
    expect(text($(el, '.completion'))).to.match(/obstacle|view/i);

    ($(el, '.completion input[value=obstacle]') as HTMLInputElement).click();
    await el.updateComplete;
    type($(el, '#completion-reason') as HTMLTextAreaElement, 'Asiakas ei ollut tavoitettavissa.');
    await el.updateComplete;
    const submitted = oneEvent(el, 'saumaton-assessment-submitted');
    expect(await el.complete()).to.be.true;
    const event = await submitted;
    expect(event.detail.assessment.status).to.equal('completed');
    expect(event.detail.assessment.clientView).to.deep.equal({
      kind: 'obstacle',
      reason: 'Asiakas ei ollut tavoitettavissa.',
    });
    expect((await adapter.getAssessment(assessment.id)).value.status).to.equal('completed');
    await el.updateComplete;
    expect(summaryField(el).matches(':disabled'), 'a completed assessment is read-only').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('amends a completed assessment and keeps the completed version readable', async () => {
    const assessment = anAssessment({
      status: 'completed',
      completedAt: '2026-11-20T10:00:00+02:00',
      clientView: { kind: 'given', text: 'Haluan apua.' },
      answers: [
        {
          linkId: 'situation',
          item: [
            { linkId: 'summary', answer: [{ valueString: 'Valmis' }] },
            { linkId: 'lives-alone', answer: [{ valueBoolean: false }] },
          ],
        },
      ],
    });
    const { el, adapter } = await setUp(assessment);
    button(el, 'Amend the assessment').click();
    await el.updateComplete;
    expect(summaryField(el).matches(':disabled')).to.be.false;
    type(summaryField(el), 'Korjattu');
    await el.updateComplete;
    const submitted = oneEvent(el, 'saumaton-assessment-submitted');
    expect(await el.complete()).to.be.true;
    expect((await submitted).detail.assessment.status).to.equal('amended');
    expect((await adapter.getAssessment(assessment.id)).value.status).to.equal('amended');
    await waitUntil(() => $(el, '.versions'), 'the earlier versions', { timeout: 4000 });
    button(el, 'Show this version').click();
    await el.updateComplete;
    expect(text($(el, '.versions'))).to.contain('Valmis');
    await expect(el).to.be.accessible();
  });

  it('starts a new assessment for a client from the initiation form', async () => {
    const adapter = await MemoryAdapter.withData({ clients: [exampleClient], templates: [assessmentTemplate] });
    const el = await renderAssessment((el) => {
      el.adapter = adapter;
      el.viewer = professional;
      el.editable = true;
      el.clientId = exampleClient.id;
      el.templateId = assessmentTemplate.id!;
    });
    await waitUntil(() => $(el, 'form, .record'), 'the initiation form', { timeout: 4000 });
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'saumaton-saved');
    // The form's own controls: the trigger day, its kind and a ground.
    type($(el, '#initiation-triggerDate') as HTMLInputElement, todayInFinland());
    await el.updateComplete;
    ($(el, '#initiation-triggerKind input') as HTMLInputElement).click();
    await el.updateComplete;
    ($(el, '#initiation-grounds input[value=over-75]') as HTMLInputElement).click();
    await el.updateComplete;
    const initiator = $(el, '#initiation-initiatorKind') as HTMLSelectElement;
    initiator.value = 'client';
    initiator.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    ($(el, 'form') as HTMLFormElement).requestSubmit();
    const event = await saved;
    expect(event.detail.kind).to.equal('assessment');
    const created = await adapter.listAssessments(exampleClient.id);
    expect(created).to.have.length(1);
    expect(created[0]!.value.initiation.grounds).to.include('over-75');
    await settledForm(el);
    expect(text($(el, 'h2'))).to.equal('Palvelutarpeen arviointi');
  });

  it('takes the client’s own view from a template that asks for it, and never asks twice', async () => {
    const shipped = (await (
      await fetch(new URL('../../questionnaire/templates/service-need-assessment.json', import.meta.url))
    ).json()) as AssessmentTemplate;
    const assessment = anAssessment({ template: { id: shipped.id }, answers: [] });
    const { el, adapter } = await setUp(assessment, { templates: [shipped] });
    expect($(el, '.completion input[type=radio]'), 'no second question of the view').to.be.null;
    type(byLabel(el, "The client's view of their need for services"), 'Haluan asua kotona.');
    await el.updateComplete;
    expect(await el.save()).to.be.true;
    expect((await adapter.getAssessment(assessment.id)).value.clientView).to.deep.equal({
      kind: 'given',
      text: 'Haluan asua kotona.',
    });
  });

  it('shows a printable summary for the client in the client’s language of service', async () => {
    const assessment = anAssessment();
    const { el } = await setUp(assessment);
    button(el, 'Summary for the client').click();
    await el.updateComplete;
    const summary = $(el, '.client-summary [lang]')!;
    expect(summary).to.exist;
    expect(summary.getAttribute('lang')).to.equal('fi');
    expect(text(summary)).to.contain('Aloitettu');
    await expect(el).to.be.accessible();
  });
});
