/**
 * <saumaton-need-assessment> on the FHIR adapter, against a real FHIR server over HTTP: the
 * connection goes away in the middle of an assessment (the server drops every request), the
 * user goes on answering, the answers wait on this device and the widget says so; the connection
 * comes back and the save reaches the server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { todayInFinland, type Assessment, type Viewer } from '@saumaton/core';
import { exampleClient } from '@saumaton/core/examples';
import { assessmentToFhir } from '@saumaton/fhir/assessment';
import { newTenant, type Tenant } from '../../packages/fhir/test/server.js';
import {
  $,
  assessmentTemplate,
  byLabel,
  cleanUp,
  renderAssessment,
  settled,
  text,
  type,
} from '../../packages/need-assessment/test/fixtures.js';
import { DraftStore, draftIdOf } from '../../packages/need-assessment/src/record/draft-store.js';

const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };

describe('<saumaton-need-assessment> on a FHIR server', function () {
  this.timeout(30000);
  let tenant: Tenant;
  const assessment: Assessment = {
    id: `assessment-network-${String(Date.now())}`,
    clientId: exampleClient.id,
    template: { id: assessmentTemplate.id },
    status: 'in-progress',
    initiation: {
      triggerDate: todayInFinland(),
      triggerKind: 'contact',
      grounds: ['other'],
      initiatedBy: { kind: 'client' },
    },
    answers: [],
  };

  before(async () => {
    tenant = await newTenant();
    await tenant.adapter().saveClient(exampleClient, null);
    for (const [path, resource] of [
      [`Questionnaire/${assessmentTemplate.id}`, assessmentTemplate],
      [`QuestionnaireResponse/${assessment.id}`, assessmentToFhir(assessment)],
    ] as const) {
      const { status } = await tenant.fhir('PUT', path, resource);
      if (status !== 200 && status !== 201) throw new Error(`seeding ${path} answered ${String(status)}`);
    }
  });

  after(cleanUp);

  it('keeps the answers while the connection is gone, says so, and saves them when it is back', async () => {
    const el = await renderAssessment((el) => {
      el.adapter = tenant.adapter();
      el.viewer = professional;
      el.editable = true;
      el.assessmentId = assessment.id;
    });
    await waitUntil(() => $(el, '.answers textarea'), 'the form', { timeout: 8000 });
    await settled(el);

    // The network goes away: every request to the server has its connection dropped.
    await tenant.faults([{ status: 0, times: 1000 }]);
    const summary = byLabel(el, 'Yhteenveto tilanteesta') as unknown as HTMLTextAreaElement;
    type(summary, 'Kirjoitettu ilman yhteyttä');
    await el.updateComplete;
    expect(await el.save()).to.be.false;
    await el.updateComplete;
    expect(text($(el, '.notice.offline'))).to.contain('No connection to the service.');
    expect(summary.value).to.equal('Kirjoitettu ilman yhteyttä');
    const draft = await DraftStore.shared().get(draftIdOf({ assessmentId: assessment.id }));
    expect(JSON.stringify(draft?.answers)).to.contain('Kirjoitettu ilman yhteyttä');
    await expect(el).to.be.accessible();

    // The network comes back; the user saves.
    await tenant.clearFaults();
    expect(await el.save()).to.be.true;
    await el.updateComplete;
    expect($(el, '.notice.offline')).to.be.null;
    const stored = await tenant.adapter().getAssessment(assessment.id);
    expect(JSON.stringify(stored.value.answers)).to.contain('Kirjoitettu ilman yhteyttä');
    expect(await DraftStore.shared().get(draftIdOf({ assessmentId: assessment.id }))).to.be.undefined;
  });
});
