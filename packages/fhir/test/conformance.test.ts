/** The adapter contract, against a real FHIR server over HTTP. */
import { adapterConformance, consentConformance } from '@saumaton/core/conformance';
import { consentToFhir } from '@saumaton/fhir';
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
