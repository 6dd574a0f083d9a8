/** The adapter contract, against a real FHIR server over HTTP. */
import { adapterConformance } from '@saumaton/core/conformance';
import { seededTenant } from './server.js';

adapterConformance('FhirAdapter', {
  async create(fixtures) {
    return (await seededTenant(fixtures)).adapter();
  },
});
