/**
 * The FHIR assessment store against a real FHIR server: round trips, what it writes (and that R4
 * accepts it), templates by canonical, and responses and Observations other systems wrote.
 */
import { expect } from '@open-wc/testing';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type Assessment,
  type MeterReading,
  type Versioned,
} from '@saumaton/core';
import {
  conformanceAssessment,
  conformanceClient,
  conformanceCompletedAssessment,
  conformanceMeterId,
  conformanceMeterReadings,
  conformanceOtherTemplate,
  conformanceTemplate,
} from '@saumaton/core/conformance';
import { ASSESSMENT_EXT, METER_SYSTEM, assessmentToFhir, meterReadingToFhir } from '@saumaton/fhir/assessment';
import { newTenant, type Tenant } from './server.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** A fetch that counts the HTTP round trips it makes. */
function countingFetch() {
  const counter = {
    count: 0,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => (counter.count++, fetch(input, init)),
  };
  return counter;
}

async function put(tenant: Tenant, path: string, resource: unknown): Promise<void> {
  const { status } = await tenant.fhir('PUT', path, resource);
  if (status !== 200 && status !== 201) throw new Error(`PUT ${path} answered ${String(status)}`);
}

/** A QuestionnaireResponse as another system writes one: its own questionnaire, no extensions of ours. */
const foreign = {
  resourceType: 'QuestionnaireResponse',
  id: 'phq-2-response',
  questionnaire: 'http://example.org/Questionnaire/phq-2|1.0',
  status: 'completed',
  subject: { reference: `Patient/${conformanceClient.id}` },
  authored: '2026-02-01T10:00:00Z',
  item: [{ linkId: 'q1', answer: [{ valueInteger: 2 }] }],
};

describe('FhirAssessmentStore over HTTP', function () {
  this.timeout(20000);
  let tenant: Tenant;

  beforeEach(async () => {
    tenant = await newTenant();
    await put(tenant, `Questionnaire/${conformanceTemplate.id}`, conformanceTemplate);
    await put(tenant, `Questionnaire/${conformanceOtherTemplate.id}`, conformanceOtherTemplate);
  });

  it('lists a client’s assessments, reads one and lists a meter’s readings in one round trip each', async () => {
    await put(tenant, `QuestionnaireResponse/${conformanceAssessment.id}`, assessmentToFhir(conformanceAssessment));
    await put(
      tenant,
      `QuestionnaireResponse/${conformanceCompletedAssessment.id}`,
      assessmentToFhir(conformanceCompletedAssessment),
    );
    for (let i = 0; i < 12; i++) {
      const reading = { ...conformanceMeterReadings[0], id: `reading-${String(i)}` } as MeterReading;
      await put(
        tenant,
        `Observation/${reading.id}`,
        meterReadingToFhir({ ...reading, date: `2026-01-${String(10 + i)}` }),
      );
    }
    const counts: Record<string, number> = {};
    const count = async (what: string, call: (a: ReturnType<Tenant['adapter']>) => Promise<unknown>) => {
      const counter = countingFetch();
      await call(tenant.adapter({ fetch: counter.fetch }));
      counts[what] = counter.count;
    };
    await count('list', (a) => a.listAssessments(conformanceClient.id));
    await count('get', (a) => a.getAssessment(conformanceAssessment.id));
    await count('readings', async (a) => {
      expect(await a.listMeterReadings(conformanceClient.id, conformanceMeterId)).to.have.length(12);
    });
    await count('template', (a) => a.getTemplate(conformanceTemplate.id));
    console.log(
      `FHIR round trips to list a client's 2 assessments: ${String(counts['list'])}, to read one: ${String(counts['get'])}, ` +
        `to list 12 meter readings: ${String(counts['readings'])}, to read a template: ${String(counts['template'])}`,
    );
    expect(counts).to.deep.equal({ list: 1, get: 1, readings: 1, template: 1 });
  });

  it('saves a draft in one read and one PUT under If-Match, and tells the page’s other widgets', async () => {
    const adapter = tenant.adapter();
    const created = await adapter.saveAssessment(conformanceAssessment, null);
    const heard: Versioned<Assessment>[] = [];
    const stop = adapter.subscribe({ kind: 'assessment', assessmentId: conformanceAssessment.id }, (a) =>
      heard.push(a),
    );
    await tenant.clearLog();
    const next = {
      ...created.value,
      answers: [...created.value.answers, { linkId: 'note', answer: [{ valueString: 'x' }] }],
    };
    const saved = await adapter.saveAssessment(next, created.version);
    stop();
    expect((await tenant.log()).map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`)).to.deep.equal([
      `GET QuestionnaireResponse/${conformanceAssessment.id}`,
      `PUT QuestionnaireResponse/${conformanceAssessment.id}`,
    ]);
    expect(saved.value).to.deep.equal(next);
    expect(heard).to.deep.equal([saved]);
  });

  it('tells the page’s other widgets of a reading saved, by client and meter', async () => {
    const adapter = tenant.adapter();
    const heard: Versioned<MeterReading>[] = [];
    const other: Versioned<MeterReading>[] = [];
    adapter.subscribe({ kind: 'meter', clientId: conformanceClient.id, meterId: conformanceMeterId }, (r) =>
      heard.push(r),
    );
    adapter.subscribe({ kind: 'meter', clientId: conformanceClient.id, meterId: 'conformance-other-meter' }, (r) =>
      other.push(r),
    );
    const saved = await adapter.saveMeterReading(conformanceMeterReadings[0]!, null);
    const savedOther = await adapter.saveMeterReading(conformanceMeterReadings[3]!, null);
    // Each meter's listener hears its own meter's reading only.
    expect(heard).to.deep.equal([saved]);
    expect(other).to.deep.equal([savedOther]);
  });

  it('writes only responses and Observations that pass $validate against the R4 definitions', async () => {
    const adapter = tenant.adapter();
    const created = await adapter.saveAssessment(conformanceAssessment, null);
    await adapter.saveAssessment(
      {
        ...created.value,
        status: 'completed',
        completedAt: '2026-03-16T12:00:00+02:00',
        clientView: { kind: 'obstacle', reason: 'Asiakas ei ollut tavoitettavissa.' },
      },
      created.version,
    );
    for (const reading of conformanceMeterReadings) await adapter.saveMeterReading(reading, null);
    for (const type of ['QuestionnaireResponse', 'Observation']) {
      const { body } = await tenant.fhir('GET', `${type}?_count=100`);
      const resources = ((body as { entry?: { resource: unknown }[] }).entry ?? []).map((e) => e.resource);
      expect(resources.length, type).to.be.greaterThan(0);
      for (const resource of resources) {
        const { status, body: outcome } = await tenant.fhir('POST', `${type}/$validate`, resource);
        expect(status, JSON.stringify(outcome)).to.equal(200);
      }
    }
  });

  it('reads a template by its canonical URL, with or without a version', async () => {
    const adapter = tenant.adapter();
    const url = String(conformanceTemplate.url);
    await put(tenant, 'Questionnaire/functional-capacity-old', {
      ...conformanceTemplate,
      id: 'functional-capacity-old',
      version: '2.0',
      status: 'retired',
    });
    expect((await adapter.getTemplate(`${url}|2.1`)).value).to.deep.equal(conformanceTemplate);
    expect((await adapter.getTemplate(`${url}|2.0`)).value.id).to.equal('functional-capacity-old');
    // Without a version: the active one.
    expect((await adapter.getTemplate(url)).value.id).to.equal(conformanceTemplate.id);
    expect(await rejection(adapter.getTemplate(`${url}|9.9`))).to.be.instanceOf(NotFoundError);
    expect(await rejection(adapter.getTemplate('no such template'))).to.be.instanceOf(NotFoundError);
  });

  it('leaves another system’s responses out of the list, refuses to read one as an assessment and never writes over it', async () => {
    const adapter = tenant.adapter();
    await put(tenant, `QuestionnaireResponse/${foreign.id}`, foreign);
    const mine = await adapter.saveAssessment(conformanceAssessment, null);
    expect(await adapter.listAssessments(conformanceClient.id)).to.deep.equal([mine]);
    const error = await rejection(adapter.getAssessment(foreign.id));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).path).to.equal(`QuestionnaireResponse/${foreign.id}.extension`);
    expect((error as ValidationError).message).to.contain(ASSESSMENT_EXT.initiation);
    const taken = await rejection(adapter.saveAssessment({ ...conformanceAssessment, id: foreign.id }, null));
    expect(taken).to.be.instanceOf(ConflictError);
    const { body } = await tenant.fhir('GET', `QuestionnaireResponse/${foreign.id}`);
    expect(body).to.deep.include({ status: 'completed', item: foreign.item });
  });

  it('treats a response entered in error as gone: not found, not listed, its versions not listed', async () => {
    const adapter = tenant.adapter();
    const saved = await adapter.saveAssessment(conformanceAssessment, null);
    await put(tenant, `QuestionnaireResponse/${saved.value.id}`, {
      ...assessmentToFhir(saved.value),
      status: 'entered-in-error',
    });
    const error = await rejection(adapter.getAssessment(saved.value.id));
    expect(error).to.be.instanceOf(NotFoundError);
    expect(await adapter.listAssessments(conformanceClient.id)).to.deep.equal([]);
    expect(await rejection(adapter.listAssessmentVersions(saved.value.id))).to.be.instanceOf(NotFoundError);
  });

  it('links a reading entered with an assessment to its response, and reads another system’s Observation', async () => {
    const adapter = tenant.adapter();
    const reading: MeterReading = {
      id: 'reading-with-assessment',
      clientId: conformanceClient.id,
      meter: { id: conformanceMeterId },
      date: '2026-03-01',
      rater: { kind: 'professional', name: 'Leena Korhonen' },
      values: [{ linkId: 'overall', value: 6 }],
      assessmentId: conformanceAssessment.id,
    };
    await adapter.saveMeterReading(reading, null);
    const { body } = await tenant.fhir('GET', `Observation/${reading.id}`);
    expect(body).to.deep.include({ derivedFrom: [{ reference: `QuestionnaireResponse/${conformanceAssessment.id}` }] });
    await put(tenant, 'Observation/from-elsewhere', {
      resourceType: 'Observation',
      id: 'from-elsewhere',
      status: 'final',
      code: { coding: [{ system: METER_SYSTEM, code: conformanceMeterId }] },
      subject: { reference: `Patient/${conformanceClient.id}` },
      effectiveDateTime: '2026-02-10T08:00:00+02:00',
      performer: [{ reference: `Patient/${conformanceClient.id}` }],
      component: [{ code: { coding: [{ system: METER_SYSTEM, code: 'overall' }] } }],
    });
    const listed = await adapter.listMeterReadings(conformanceClient.id, conformanceMeterId);
    expect(listed.map((r) => r.value)).to.deep.equal([
      {
        id: 'from-elsewhere',
        clientId: conformanceClient.id,
        meter: { id: conformanceMeterId },
        date: '2026-02-10',
        rater: { kind: 'client' },
        values: [{ linkId: 'overall', value: null }],
      },
      reading,
    ]);
  });
});
