/**
 * The plan mapping as pure functions: a plan → FHIR → the same plan, what the resources say to a
 * FHIR reader (and that R4 accepts every one), and plans other systems wrote read liberally.
 */
import { expect } from '@open-wc/testing';
import { ValidationError, type ClientPlan, type PlanCommon, type PlanPart } from '@saumaton/core';
import { conformanceForeignPlan, conformancePlan } from '@saumaton/core/conformance';
import { examplePlan } from '@saumaton/core/examples';
import { ResourceIndex, SECURITY_LABEL_SYSTEM, SOTE_ORGANIZATION_SYSTEM } from '@saumaton/fhir';
import {
  PERTAINS_TO_GOAL,
  PLAN_EXT,
  PLAN_ITEM_SYSTEM,
  clientPlanTransaction,
  fhirToPlanCommon,
  fhirToPlanPart,
  isPart,
  type FhirCarePlan,
  type FhirGoal,
  type FhirServiceRequest,
  type Resolve,
} from '@saumaton/fhir/plan';
import { newTenant } from './server.js';

type Resource = { resourceType: string; id?: string; [key: string]: unknown };

/**
 * The resources of a plan's transaction as a server would store them: each new one given an id
 * (`goal-1`, `servicerequest-2`, …), every `urn:uuid:` reference to it rewritten.
 */
function stored(plan: ClientPlan): Resource[] {
  const bundle = clientPlanTransaction(plan, () => crypto.randomUUID());
  const ids = new Map<string, string>();
  bundle.entry.forEach((entry, i) => {
    const type = entry.resource.resourceType;
    const id = entry.request.method === 'PUT' ? entry.request.url.split('/')[1] : `${type.toLowerCase()}-${String(i)}`;
    if (entry.fullUrl) ids.set(entry.fullUrl, `${type}/${id ?? ''}`);
    entry.resource = { ...entry.resource, id };
  });
  let json = JSON.stringify(bundle.entry.map((e) => e.resource));
  for (const [urn, ref] of ids) json = json.split(urn).join(ref);
  return JSON.parse(json) as Resource[];
}

/** The plan the resources hold, read as the store reads it. */
function read(resources: readonly Resource[], planId: string): ClientPlan {
  const index = new ResourceIndex('http://fhir.example/R4');
  for (const r of resources) index.add(r);
  const resolve: Resolve = (ref, container) => index.find(ref, container)?.resource;
  const master = resources.find((r) => r.resourceType === 'CarePlan' && r.id === planId) as FhirCarePlan;
  const parts = resources.filter((r) => r.resourceType === 'CarePlan' && isPart(r as FhirCarePlan)) as FhirCarePlan[];
  return { ...fhirToPlanCommon(master, resolve), parts: parts.map((p) => fhirToPlanPart(p, resolve)) };
}

/** The example plan with every section filled in, under turvakielto. */
const fullPlan: ClientPlan = {
  ...examplePlan,
  clienthood: { ...examplePlan.clienthood, turvakielto: true, endDate: '2027-06-30', endReason: 'Muutto' },
  context: {
    ...examplePlan.context,
    representatives: [
      {
        name: 'Eero Mäkelä',
        kind: 'authorised-person',
        competence: 'Asiointi Kelassa',
        contact: { email: 'e@example.fi' },
      },
    ],
  },
  partners: [{ name: 'Kela', organization: { id: '0246246-0', name: 'Kela' }, role: 'Asumistuki' }],
  evaluation: {
    date: '2026-09-08',
    clientView: 'Arki sujuu paremmin.',
    participantsView: 'Tavoitteet etenevät.',
    workerAssessment: 'Talous on vakaampi.',
    by: { name: 'Leena Korhonen' },
  },
  goals: [
    ...examplePlan.goals,
    { id: 'goal-done', text: 'Asumistuki haettu.', status: 'achieved', setBy: { kind: 'professional' } },
  ],
  parts: examplePlan.parts.map((part, i) =>
    i === 0
      ? {
          ...part,
          services: part.services.map((s) => ({
            ...s,
            package: { id: 'pkg-adult', name: 'Aikuisten palvelukokonaisuus' },
            chain: { id: 'chain-home', name: 'Kotoa kotiin', step: '2' },
          })),
        }
      : part,
  ),
};

describe('The plan mapping', () => {
  for (const [name, plan] of [
    ['the conformance plan', conformancePlan],
    ['a plan another system wrote, its unknown members and statuses included', conformanceForeignPlan],
    ['a plan with every section, under turvakielto', fullPlan],
  ] as const) {
    it(`maps ${name} to FHIR and back unchanged`, () => {
      expect(read(stored(plan), plan.id)).to.deep.equal(JSON.parse(JSON.stringify(plan)));
    });
  }

  it('writes the common sections as one master CarePlan and each part as a CarePlan partOf it', () => {
    const resources = stored(fullPlan);
    const carePlans = resources.filter((r) => r.resourceType === 'CarePlan') as FhirCarePlan[];
    const master = carePlans.find((c) => c.id === fullPlan.id);
    expect(master?.subject?.reference).to.equal(`Patient/${fullPlan.clientId}`);
    expect(master?.intent).to.equal('plan');
    expect(master?.status).to.equal('active');
    expect(master?.author?.identifier).to.deep.equal({
      system: SOTE_ORGANIZATION_SYSTEM,
      value: `urn:oid:${fullPlan.header.organizer.id}`,
    });
    expect(master?.contributor?.map((c) => c.display)).to.deep.equal(fullPlan.header.producers.map((p) => p.name));
    expect(master?.goal).to.have.length(fullPlan.goals.length);
    expect((master?.meta as { security?: { system?: string }[] }).security?.[0]?.system).to.equal(
      SECURITY_LABEL_SYSTEM,
    );
    const parts = carePlans.filter(isPart);
    expect(parts).to.have.length(fullPlan.parts.length);
    for (const [i, part] of parts.entries()) {
      expect(part.partOf).to.deep.equal([{ reference: `CarePlan/${fullPlan.id}` }]);
      expect(part.author?.display).to.equal(fullPlan.parts[i]?.producer.name);
      expect(part.activity?.every((a) => a.reference?.reference?.startsWith('ServiceRequest/'))).to.equal(true);
      expect(part.activity?.some((a) => 'detail' in a)).to.equal(false);
    }
    // Every extension of ours is under the project's StructureDefinition base.
    const urls = JSON.stringify(resources).match(/"url":"[^"]+"/g) ?? [];
    for (const url of urls.map((u) => u.slice(7, -1))) {
      expect(
        url.startsWith('https://saumaton.fi/fhir/StructureDefinition/') ||
          url === PERTAINS_TO_GOAL ||
          !url.includes('/'),
        url,
      ).to.equal(true);
    }
  });

  it('writes planned services as ServiceRequests of intent plan, never an order, performed by the producer', () => {
    const resources = stored(fullPlan);
    const requests = resources.filter((r) => r.resourceType === 'ServiceRequest') as FhirServiceRequest[];
    expect(requests).to.have.length(4);
    for (const request of requests) {
      expect(request.intent).to.equal('plan');
      expect(request.performer).to.have.length(1);
    }
    const socialWork = requests.find((r) => r.identifier?.[0]?.value === 'svc-social-work');
    expect(socialWork?.identifier?.[0]?.system).to.equal(PLAN_ITEM_SYSTEM);
    expect(socialWork?.status).to.equal('active');
    expect(socialWork?.performer?.[0]?.display).to.equal(fullPlan.parts[0]?.producer.name);
    expect(socialWork?.occurrencePeriod).to.deep.equal({ start: '2026-03-02' });
    const goals = (socialWork?.extension ?? []).filter((e) => e.url === PERTAINS_TO_GOAL);
    expect(goals.map((g) => g.valueReference?.reference?.split('/')[0])).to.deep.equal(['Goal', 'Goal']);
  });

  it('writes goals as Goals expressed by the client, or by the responsible unit for a professional’s', () => {
    const goals = stored(fullPlan).filter((r) => r.resourceType === 'Goal') as FhirGoal[];
    const by = (id: string) => goals.find((g) => g.identifier?.[0]?.value === id);
    expect(by('goal-finances')?.expressedBy?.reference).to.equal(`Patient/${fullPlan.clientId}`);
    expect(by('goal-housing')?.expressedBy).to.deep.equal({
      reference: `Patient/${fullPlan.clientId}`,
      display: 'Aino Mäkelä',
    });
    expect(by('goal-work')?.expressedBy?.identifier?.value).to.equal(`urn:oid:${fullPlan.header.organizer.id}`);
    expect(by('goal-finances')?.lifecycleStatus).to.equal('active');
    expect(by('goal-finances')?.target).to.deep.equal([{ dueDate: '2027-03-31' }]);
    expect(by('goal-done')?.lifecycleStatus).to.equal('completed');
    expect(by('goal-done')?.achievementStatus?.coding?.[0]?.code).to.equal('achieved');
    const meter = by('goal-finances')?.extension?.find((e) => e.url === PLAN_EXT.goal)?.extension;
    expect(meter?.find((e) => e.url === 'areaLinkId')?.valueString).to.equal('finances');
  });

  it('writes only resources that pass $validate against the R4 definitions', async () => {
    const tenant = await newTenant();
    for (const resource of [...stored(fullPlan), ...stored(conformancePlan)]) {
      const { status, body } = await tenant.fhir('POST', `${resource.resourceType}/$validate`, resource);
      expect(status, `${resource.resourceType}/${resource.id ?? ''}: ${JSON.stringify(body)}`).to.equal(200);
    }
  });
});

describe('Reading plans other systems wrote', () => {
  const subject = { reference: 'Patient/p-1', display: 'Maija Meikäläinen' };
  const master = {
    resourceType: 'CarePlan',
    id: 'dk-plan',
    status: 'revoked',
    intent: 'plan',
    title: 'Handleplan',
    subject,
    created: '2026-01-10',
    author: { reference: 'Organization/kommune', display: 'Kommunen' },
    contained: [
      {
        resourceType: 'Goal',
        id: 'g1',
        lifecycleStatus: 'accepted',
        description: { text: 'Klare sig selv i hjemmet' },
        subject,
        expressedBy: { reference: 'Practitioner/pr-1', display: 'Hanne' },
        note: [{ text: 'Træning to gange om ugen' }],
      },
    ],
    goal: [{ reference: '#g1' }, { reference: 'Goal/gone', display: 'Et mål der er slettet' }],
  };
  const part = {
    resourceType: 'CarePlan',
    id: 'dk-part',
    status: 'active',
    intent: 'plan',
    subject,
    partOf: [{ reference: 'CarePlan/dk-plan' }],
    author: { display: 'Frivillig forening' },
    category: [{ text: 'Frivillig' }],
    contributor: [{ display: 'Ole' }],
    meta: { lastUpdated: '2026-01-11T08:00:00Z' },
    activity: [
      {
        detail: {
          status: 'in-progress',
          code: { text: 'Besøgsven' },
          scheduledPeriod: { start: '2026-01-15' },
          goal: [{ reference: 'CarePlan/dk-plan#g1' }],
        },
      },
      { reference: { reference: 'ServiceRequest/sr-1' } },
      { reference: { reference: 'ServiceRequest/missing', display: 'Madordning' } },
    ],
  };
  const request = {
    resourceType: 'ServiceRequest',
    id: 'sr-1',
    status: 'active',
    intent: 'order',
    subject,
    code: { coding: [{ system: 'http://example.org', code: 'x', display: 'Hjemmehjælp' }] },
    occurrenceDateTime: '2026-02-01',
  };
  const index = new ResourceIndex('http://fhir.example/R4');
  index.add(request);
  const resolve: Resolve = (ref, container) => index.find(ref, container)?.resource;

  it('reads a plan without our extensions: contained goals, a missing goal shown as missing, statuses as they are', () => {
    const common: PlanCommon = fhirToPlanCommon(master as FhirCarePlan, resolve);
    expect(common.status).to.equal('revoked');
    expect(common.header.documentName).to.equal('Handleplan');
    expect(common.header.organizer).to.deep.equal({ id: 'kommune', name: 'Kommunen' });
    expect(common.header.client.name).to.equal('Maija Meikäläinen');
    expect(common.header.createdAt).to.equal('2026-01-10');
    expect(common.goals[0]).to.deep.equal({
      id: 'g1',
      text: 'Klare sig selv i hjemmet',
      status: 'accepted',
      setBy: { kind: 'professional', name: 'Hanne' },
      means: 'Træning to gange om ugen',
    });
    expect(common.goals[1]).to.deep.equal({
      id: 'Goal/gone',
      text: 'Et mål der er slettet',
      status: 'unknown',
      setBy: { kind: 'professional' },
      missing: true,
    });
  });

  it('reads a part whose producer is only a name, with inline activities and a missing request', () => {
    const read: PlanPart = fhirToPlanPart(part as FhirCarePlan, resolve);
    expect(read.producer).to.deep.equal({ id: 'careplan-dk-part', name: 'Frivillig forening' });
    expect(read.producerType).to.equal('Frivillig');
    expect(read.author).to.deep.equal({ name: 'Ole' });
    expect(read.updatedAt).to.equal('2026-01-11T08:00:00Z');
    expect(read.services).to.deep.equal([
      {
        id: 'dk-part-activity-0',
        name: 'Besøgsven',
        status: 'ongoing',
        start: '2026-01-15',
        goalIds: ['CarePlan/dk-plan#g1'],
        inline: true,
      },
      { id: 'sr-1', name: 'Hjemmehjælp', status: 'ongoing', start: '2026-02-01' },
      { id: 'ServiceRequest/missing', name: 'Madordning', status: 'unknown', missing: true },
    ]);
  });

  it('refuses a plan it cannot use with a ValidationError naming the element', () => {
    const { subject: _s, author: _a, ...broken } = master;
    let error: unknown;
    try {
      fhirToPlanCommon(broken as FhirCarePlan, resolve);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).to.deep.equal([
      'CarePlan/dk-plan.subject',
      'CarePlan/dk-plan.author',
    ]);
  });
});
