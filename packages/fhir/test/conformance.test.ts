/** The adapter contract, against a real FHIR server over HTTP. */
import {
  adapterConformance,
  assessmentConformance,
  consentConformance,
  planConformance,
} from '@saumaton/core/conformance';
import { consentToFhir } from '@saumaton/fhir/consent';
import { assessmentToFhir, meterReadingToFhir } from '@saumaton/fhir/assessment';
import { clientPlanTransaction } from '@saumaton/fhir/plan';
import { newTenant, seededTenant } from './server.js';

adapterConformance('FhirAdapter', {
  async create(fixtures) {
    return (await seededTenant(fixtures)).adapter();
  },
});

consentConformance('FhirAdapter', {
  // The records go in as they are, by id (a revoked one included), as another system or an
  // import would put them: the adapter's own writes would record them anew.
  async create({ consents }) {
    const tenant = await newTenant();
    for (const record of consents) {
      const { status } = await tenant.fhir('PUT', `Consent/${record.id}`, consentToFhir(record));
      if (status !== 200 && status !== 201) throw new Error(`seeding Consent/${record.id} answered ${String(status)}`);
    }
    return tenant.adapter();
  },
});

assessmentConformance('FhirAdapter', {
  // Everything goes in as it is, by id, each at a first version of its own: a completed and a
  // stopped assessment could not be created through the adapter (a new one starts in progress).
  async create({ templates, assessments, meterReadings }) {
    const tenant = await newTenant();
    const put = async (path: string, resource: unknown) => {
      const { status } = await tenant.fhir('PUT', path, resource);
      if (status !== 200 && status !== 201) throw new Error(`seeding ${path} answered ${String(status)}`);
    };
    for (const template of templates) await put(`Questionnaire/${template.id}`, template);
    for (const assessment of assessments) {
      await put(`QuestionnaireResponse/${assessment.id}`, assessmentToFhir(assessment));
    }
    for (const reading of meterReadings) await put(`Observation/${reading.id}`, meterReadingToFhir(reading));
    return tenant.adapter();
  },
});

planConformance('FhirAdapter', {
  // Each plan goes in as another system would put it there, in one transaction: the master at its
  // id, every goal, part and service a resource of its own, each at a first version (the foreign
  // plan breaks the plan rules, which the adapter's own writes would refuse).
  async create({ plans }) {
    const tenant = await newTenant();
    for (const plan of plans) {
      const { status } = await tenant.fhir(
        'POST',
        '',
        clientPlanTransaction(plan, () => crypto.randomUUID()),
      );
      if (status !== 200) throw new Error(`seeding the plan ${plan.id} answered ${String(status)}`);
    }
    return tenant.adapter();
  },
});
