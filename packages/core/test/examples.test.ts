import { expect } from '@open-wc/testing';
import {
  AssessmentSchema,
  ClientPlanSchema,
  ConsentRecordSchema,
  MemoryAdapter,
  MeterReadingSchema,
  checkAssessment,
  checkAssessmentTransition,
  checkConsentRules,
  checkMeterReading,
  checkPlan,
  consentHistory,
  parse,
} from '@saumaton/core';
import {
  exampleAssessment,
  exampleClient,
  exampleConsents,
  exampleData,
  exampleMeterReadings,
  examplePlan,
  exampleTemplateIds,
  largeExampleConsents,
} from '@saumaton/core/examples';

describe('example consents', () => {
  it('fit the model and keep every consent rule', () => {
    for (const record of [...exampleConsents, ...largeExampleConsents(30)]) {
      expect(parse(ConsentRecordSchema, record), record.id).to.deep.equal(record);
      expect(checkConsentRules(record), record.id).to.deep.equal([]);
    }
  });

  it('give the example client every instrument, one consent withdrawn with its history', async () => {
    const adapter = await MemoryAdapter.withData(exampleData);
    const listed = await adapter.listConsents(exampleClient.id);
    const own = exampleConsents.filter((c) => c.clientId === exampleClient.id);
    expect(listed.map((r) => r.value.id).sort()).to.deep.equal(own.map((c) => c.id).sort());
    const instruments = new Set(listed.map((r) => (r.value.basis === 'consent' ? r.value.instrument : r.value.basis)));
    expect([...instruments].sort()).to.deep.equal(['case-consent', 'disclosure-permit', 'disclosure-prohibition']);
    const withdrawn = listed.filter((r) => r.value.status === 'revoked');
    expect(withdrawn).to.have.length(1);
    expect(consentHistory(withdrawn[0]!.value).map((e) => e.action)).to.deep.equal(['recorded', 'revoked']);
  });

  it('make benchmark data with a third of the consents revoked', () => {
    const many = largeExampleConsents(99);
    expect(many).to.have.length(99);
    expect(many.filter((c) => c.status === 'revoked')).to.have.length(33);
    expect(new Set(many.map((c) => c.id)).size).to.equal(99);
  });
});

describe('example assessment and meter readings', () => {
  it('fit the model and keep every rule: an assessment that may be created in progress, readings on the 0–10 scale', () => {
    expect(parse(AssessmentSchema, exampleAssessment)).to.deep.equal(exampleAssessment);
    expect(checkAssessment(exampleAssessment)).to.deep.equal([]);
    expect(checkAssessmentTransition(undefined, exampleAssessment)).to.deep.equal([]);
    for (const reading of exampleMeterReadings) {
      expect(parse(MeterReadingSchema, reading), reading.id).to.deep.equal(reading);
      expect(checkMeterReading(reading), reading.id).to.deep.equal([]);
      expect(reading.values, reading.id).to.have.length(10);
    }
  });

  it('give the example client an assessment in progress and a meter trend, the last reading made with it', async () => {
    const adapter = await MemoryAdapter.withData(exampleData);
    const [assessment, ...others] = await adapter.listAssessments(exampleClient.id);
    expect(others).to.deep.equal([]);
    expect(assessment!.value.status).to.equal('in-progress');
    expect(assessment!.value.template.id).to.equal(exampleTemplateIds.assessment);
    const readings = await adapter.listMeterReadings(exampleClient.id, exampleTemplateIds.meter);
    expect(readings.map((r) => r.value.date)).to.deep.equal(['2026-03-10', '2026-06-09', '2026-09-08', '2026-11-24']);
    expect(readings.at(-1)!.value.assessmentId).to.equal(exampleAssessment.id);
  });
});

describe('example plan', () => {
  it('fits the model, keeps every plan rule, and reads back from the example data with three producers’ parts', async () => {
    expect(parse(ClientPlanSchema, examplePlan)).to.deep.equal(examplePlan);
    expect(checkPlan(examplePlan)).to.deep.equal([]);
    const adapter = await MemoryAdapter.withData(exampleData);
    const plan = await adapter.getPlan({ clientId: exampleClient.id });
    expect(plan.value).to.deep.equal(examplePlan);
    expect(plan.value.parts.map((p) => p.producerType)).to.deep.equal([
      'own-production',
      'service-voucher',
      'employment-services',
    ]);
    expect(plan.value.header.organizer.id).to.equal(plan.value.parts[0]!.producer.id);
    expect(plan.partVersions).to.have.length(3);
  });

  it('links goals to the finances and housing areas of the meter Aino’s readings are of, and names a next review', () => {
    const linked = examplePlan.goals.filter((g) => g.meter);
    expect(linked.map((g) => [g.meter?.id, g.areaLinkId])).to.deep.equal([
      [exampleTemplateIds.meter, 'finances'],
      [exampleTemplateIds.meter, 'housing'],
    ]);
    const areas = new Set(exampleMeterReadings.flatMap((r) => r.values.map((v) => v.linkId)));
    for (const goal of linked) expect(areas.has(goal.areaLinkId!), goal.id).to.equal(true);
    expect(examplePlan.followUp.nextReviewDate).to.equal('2026-12-08');
  });
});
