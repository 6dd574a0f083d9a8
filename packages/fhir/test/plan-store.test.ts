/**
 * The FHIR plan store against a real FHIR server: round trips whatever the number of parts, what
 * one save sends, history with the services each version had, Provenance, plans other systems
 * wrote, and the connection dropping in the middle of a save.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  ConflictError,
  OfflineError,
  ValidationError,
  planAt,
  planPart,
  type ClientPlan,
  type PlanPart,
  type Versioned,
  type VersionedPlan,
} from '@saumaton/core';
import { examplePlan, largePlan } from '@saumaton/core/examples';
import { clientPlanTransaction } from '@saumaton/fhir/plan';
import { newTenant, type Tenant } from './server.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function seed(tenant: Tenant, plan: ClientPlan): Promise<void> {
  const { status } = await tenant.fhir(
    'POST',
    '',
    clientPlanTransaction(plan, () => crypto.randomUUID()),
  );
  if (status !== 200) throw new Error(`seeding ${plan.id} answered ${String(status)}`);
}

async function put(tenant: Tenant, path: string, resource: unknown): Promise<void> {
  const { status } = await tenant.fhir('PUT', path, resource);
  if (status !== 200 && status !== 201) throw new Error(`PUT ${path} answered ${String(status)}`);
}

/** Without `_include` and `_revinclude` (in a URL, or in the URLs of a batch's entries). */
const stripIncludes = (url: string) => url.replace(/&_(?:rev)?include(?::iterate)?=[^&]*/g, '');

/** A fetch that forwards every request without `_include` and `_revinclude`. */
async function withoutIncludes(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = stripIncludes(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const body = typeof init?.body === 'string' ? init.body : undefined;
  const bundle = body === undefined ? undefined : (JSON.parse(body) as { entry?: { request?: { url: string } }[] });
  for (const entry of bundle?.entry ?? []) {
    if (entry.request) entry.request.url = stripIncludes(entry.request.url);
  }
  return fetch(url, { ...init, body: bundle === undefined ? init?.body : JSON.stringify(bundle) });
}

/** The example plan with five producers' parts, each with two services. */
const fiveParts: ClientPlan = {
  ...examplePlan,
  id: 'plan-five-parts',
  header: {
    ...examplePlan.header,
    producers: Array.from({ length: 5 }, (_, i) => ({
      id: `1.2.246.10.7777.${String(i + 1)}`,
      name: `Tuottaja ${String(i + 1)}`,
    })),
  },
  parts: Array.from({ length: 5 }, (_, i) => ({
    producer: { id: `1.2.246.10.7777.${String(i + 1)}`, name: `Tuottaja ${String(i + 1)}` },
    producerType: 'purchased-service',
    services: [1, 2].map((n) => ({
      id: `svc-${String(i)}-${String(n)}`,
      name: `Palvelu ${String(i)}.${String(n)}`,
      status: 'planned',
      goalIds: ['goal-finances'],
    })),
    responsibilities: [`Vastuu ${String(i)}`],
    author: { name: `Tekijä ${String(i)}` },
    updatedAt: `2026-10-0${String(i + 1)}T09:00:00+03:00`,
  })),
};

describe('FhirPlanStore over HTTP', function () {
  this.timeout(20000);
  let tenant: Tenant;

  beforeEach(async () => {
    tenant = await newTenant();
  });

  it('loads a plan with five producers’ parts in at most 4 round trips, by its id and by its client, with or without _include', async () => {
    await seed(tenant, fiveParts);
    const adapter = tenant.adapter();
    await tenant.clearLog();
    const byId = await adapter.getPlan({ planId: fiveParts.id });
    const idTrips = (await tenant.log()).length;
    await tenant.clearLog();
    const byClient = await adapter.getPlan({ clientId: fiveParts.clientId });
    const clientTrips = (await tenant.log()).length;
    await tenant.clearLog();
    const versions = await adapter.listPlanVersions(fiveParts.id);
    const historyTrips = (await tenant.log()).length;
    console.log(
      `A plan with 5 parts, 10 services and 3 goals: getPlan by id ${String(idTrips)} round trips, ` +
        `by client ${String(clientTrips)}, listPlanVersions ${String(historyTrips)}`,
    );
    expect(byId.value).to.deep.equal(JSON.parse(JSON.stringify(fiveParts)));
    expect(byClient.value).to.deep.equal(byId.value);
    expect(byId.partVersions.map((p) => p.producerId)).to.deep.equal(fiveParts.header.producers.map((p) => p.id));
    expect(idTrips).to.be.at.most(4);
    expect(clientTrips).to.be.at.most(4);
    expect(historyTrips).to.be.at.most(4);
    expect(versions.map((v) => v.section)).to.deep.equal(['common', 'part', 'part', 'part', 'part', 'part']);

    // The same through a proxy that drops _include and _revinclude, as a server without them.
    const plain = tenant.adapter({ fetch: withoutIncludes });
    await tenant.clearLog();
    const plainById = await plain.getPlan({ planId: fiveParts.id });
    const plainIdTrips = (await tenant.log()).length;
    await tenant.clearLog();
    const plainByClient = await plain.getPlan({ clientId: fiveParts.clientId });
    const plainClientTrips = (await tenant.log()).length;
    console.log(
      `The same on a server without _include: by id ${String(plainIdTrips)} round trips, by client ${String(plainClientTrips)}`,
    );
    expect(plainById).to.deep.equal(byId);
    expect(plainByClient).to.deep.equal(byId);
    expect(plainIdTrips).to.be.at.most(4);
    expect(plainClientTrips).to.be.at.most(4);
  });

  it('reads the bench plan (8 parts, 200 services, 30 goals) in the same round trips, and its history rebuilds it', async () => {
    const { plan } = largePlan();
    await seed(tenant, plan);
    const adapter = tenant.adapter();
    await tenant.clearLog();
    const read = await adapter.getPlan({ planId: plan.id });
    const trips = (await tenant.log()).length;
    console.log(`The bench plan (8 parts, 200 services, 30 goals): getPlan by id ${String(trips)} round trip(s)`);
    expect(read.value).to.deep.equal(JSON.parse(JSON.stringify(plan)));
    expect(trips).to.be.at.most(4);
    const [first] = plan.parts;
    const base = first && planPart(read, first.producer.id);
    if (!base) throw new Error('the first part');
    await adapter.savePlanPart(
      plan.id,
      { ...base.value, services: base.value.services.slice(1), updatedAt: '2027-01-10T10:00:00+02:00' },
      base.version,
    );
    const versions = await adapter.listPlanVersions(plan.id);
    expect(planAt(versions, versions.length - 1)).to.deep.equal((await adapter.getPlan({ planId: plan.id })).value);
  });

  it('saves a part under If-Match with a Provenance, and tells a widget subscribed before the store loaded', async () => {
    await seed(tenant, examplePlan);
    const adapter = tenant.adapter();
    const heard: Versioned<ClientPlan>[] = [];
    // Subscribed before the plan store is loaded: the adapter keeps the listeners.
    const stop = adapter.subscribe({ kind: 'plan', planId: examplePlan.id }, (p) => heard.push(p));
    const plan = await adapter.getPlan({ planId: examplePlan.id });
    const voucher = examplePlan.parts[1]?.producer.id ?? '';
    const base = planPart(plan, voucher);
    if (!base) throw new Error('the voucher part');
    const next: PlanPart = {
      ...base.value,
      responsibilities: [...base.value.responsibilities, 'Tuo ruokaostokset'],
      updatedAt: '2026-10-20T10:00:00+03:00',
    };
    const saved = await adapter.savePlanPart(examplePlan.id, next, base.version);
    await waitUntil(() => heard.length === 1, 'the subscriber hears of the save');
    stop();
    expect(planPart(heard[0] as VersionedPlan, voucher)).to.deep.equal(saved);
    const provenance = await tenant.fhir('GET', `Provenance?_count=100`);
    const agents = (
      (provenance.body as { entry?: { resource: { agent: { who: { display?: string } }[] } }[] }).entry ?? []
    ).map((e) => e.resource.agent[0]?.who.display);
    expect(agents).to.include(next.author.name);
    const stale = await rejection(adapter.savePlanPart(examplePlan.id, next, base.version));
    expect(stale).to.be.instanceOf(ConflictError);
    expect((stale as ConflictError<PlanPart>).current).to.deep.equal(saved);
  });

  it('lists a part’s earlier version with the services it had, a service taken out revoked, not deleted', async () => {
    await seed(tenant, examplePlan);
    const adapter = tenant.adapter();
    const county = examplePlan.parts[0]?.producer.id ?? '';
    const base = planPart(await adapter.getPlan({ planId: examplePlan.id }), county);
    if (!base) throw new Error('the county part');
    const fewer: PlanPart = {
      ...base.value,
      services: base.value.services.slice(0, 1).map((s) => ({ ...s, frequency: 'Kahden viikon välein' })),
      updatedAt: '2026-11-01T09:00:00+02:00',
    };
    await adapter.savePlanPart(examplePlan.id, fewer, base.version);
    const versions = (await adapter.listPlanVersions(examplePlan.id)).filter(
      (v) => v.section === 'part' && v.producerId === county,
    );
    expect(versions.map((v) => v.value)).to.deep.equal([base.value, fewer]);
    const requests = await tenant.fhir('GET', 'ServiceRequest?_count=100');
    const statuses = (
      (requests.body as { entry?: { resource: { status: string; identifier?: { value?: string }[] } }[] }).entry ?? []
    ).map((e) => [e.resource.identifier?.[0]?.value, e.resource.status]);
    expect(statuses).to.deep.include(['svc-debt-advice', 'revoked']);
  });

  it('reads a plan another system wrote tolerantly, and checks every save of it', async () => {
    const subject = { reference: 'Patient/p-dk' };
    await put(tenant, 'CarePlan/dk-plan', {
      resourceType: 'CarePlan',
      id: 'dk-plan',
      status: 'active',
      intent: 'plan',
      subject,
      author: { reference: 'Organization/kommune', display: 'Kommunen' },
      goal: [{ reference: 'Goal/not-there' }],
    });
    await put(tenant, 'CarePlan/dk-part', {
      resourceType: 'CarePlan',
      id: 'dk-part',
      status: 'active',
      intent: 'plan',
      subject,
      partOf: [{ reference: 'CarePlan/dk-plan' }],
      author: { display: 'Frivillig forening' },
      activity: [{ detail: { status: 'not-started', code: { text: 'Besøgsven' } } }],
    });
    await put(tenant, 'CarePlan/no-parts', {
      resourceType: 'CarePlan',
      id: 'no-parts',
      status: 'draft',
      intent: 'plan',
      subject: { reference: 'Patient/p-other' },
      author: { reference: 'Organization/kommune' },
    });
    const adapter = tenant.adapter();
    const alone = await adapter.getPlan({ clientId: 'p-other' });
    expect(alone.value.parts).to.deep.equal([]);
    expect(alone.value.header.organizer).to.deep.equal({ id: 'kommune', name: 'kommune' });

    const plan = await adapter.getPlan({ planId: 'dk-plan' });
    expect(plan.value.goals.map((g) => [g.id, g.status, g['missing']])).to.deep.equal([
      ['Goal/not-there', 'unknown', true],
    ]);
    const part = planPart(plan, 'careplan-dk-part');
    if (!part) throw new Error('the part named by its display');
    expect(part.value.producer.name).to.equal('Frivillig forening');
    expect(part.value.services).to.deep.equal([
      { id: 'dk-part-activity-0', name: 'Besøgsven', status: 'planned', inline: true },
    ]);
    // A save is checked: the producer type the other system never said is read as other-sector,
    // so only the new service's decision-like status is refused.
    const granted = { ...part.value, services: [{ id: 's-new', name: 'Ledsager', status: 'granted' }] };
    const refused = await rejection(adapter.savePlanPart('dk-plan', granted, part.version));
    expect(refused).to.be.instanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((i) => i.code)).to.deep.equal(['service-status-is-decision']);
    // Saved, the inline activity becomes a ServiceRequest of its own.
    const saved = await adapter.savePlanPart('dk-plan', part.value, part.version);
    const after = await adapter.getPlan({ planId: 'dk-plan' });
    expect(planPart(after, 'careplan-dk-part')?.value.services).to.deep.equal([
      { id: 'dk-part-activity-0', name: 'Besøgsven', status: 'planned' },
    ]);
    expect(planPart(after, 'careplan-dk-part')?.version).to.equal(saved.version);
    const stored = (await tenant.fhir('GET', 'CarePlan/dk-part')).body as { activity: { reference?: unknown }[] };
    expect(stored.activity.every((a) => a.reference !== undefined)).to.equal(true);

    // Valid FHIR, but whose plan it is cannot be told: its subject is a Group, not a Patient.
    await put(tenant, 'CarePlan/unusable', {
      resourceType: 'CarePlan',
      id: 'unusable',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Group/family' },
      author: { reference: 'Organization/kommune' },
    });
    const unusable = await rejection(adapter.getPlan({ planId: 'unusable' }));
    expect(unusable).to.be.instanceOf(ValidationError);
    expect((unusable as ValidationError).path).to.equal('CarePlan/unusable.subject');
  });

  it('answers a connection dropped in the middle of a save with OfflineError, and the save works when it is back', async () => {
    await seed(tenant, examplePlan);
    const adapter = tenant.adapter();
    const plan = await adapter.getPlan({ planId: examplePlan.id });
    const next = { ...plan.value, meetingFrequency: 'Joka toinen viikko', updatedAt: '2026-11-02T10:00:00+02:00' };
    // Dropped again and again: a browser sends a request once more when a kept-alive connection
    // closes before the answer.
    await tenant.faults([{ method: 'POST', path: '', bundleType: 'transaction', status: 0, times: 10 }]);
    const dropped = await rejection(adapter.savePlanCommon(next, plan.version));
    expect(dropped).to.be.instanceOf(OfflineError);
    await tenant.clearFaults();
    const unchanged = await adapter.getPlan({ planId: examplePlan.id });
    expect(unchanged.version).to.equal(plan.version);
    expect(unchanged.value).to.deep.equal(plan.value);
    await tenant.faults([{ method: 'POST', path: '', bundleType: 'batch', status: 0, times: 10 }]);
    expect(await rejection(adapter.getPlan({ planId: examplePlan.id }))).to.be.instanceOf(OfflineError);
    await tenant.clearFaults();
    const saved = await adapter.savePlanCommon(next, plan.version);
    expect((await adapter.getPlan({ planId: examplePlan.id })).version).to.equal(saved.version);
  });
});
