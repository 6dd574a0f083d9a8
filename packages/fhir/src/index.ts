/**
 * @saumaton/fhir — Saumaton's store contracts over a FHIR R4 server, and the pure mapping
 * between the domain model and FHIR resources that it is built on.
 */
export { createFhirAdapter, FhirAdapter, FhirClientStore, FhirTeamStore, type FhirAdapterOptions } from './adapter.js';
export { FhirConsentStore } from './consent-store.js';
export { FhirHttp, type FhirHttpOptions } from './http.js';
export { patientToClient, clientToPatient } from './map-client.js';
export {
  readTeamSnapshot,
  planTeamWrite,
  type TeamSnapshot,
  type MemberSource,
  type TransactionEntry,
} from './map-team.js';
export {
  consentToFhir,
  fhirToConsent,
  provenanceFor,
  SOTE_CONSENT_PROFILE,
  CONSENT_KIND_SYSTEM,
  CONSENT_SECTOR_SYSTEM,
  CASE_CONSENT_PURPOSE_SYSTEM,
  CONSENT_DETAIL_EXTENSION,
  type FhirConsent,
  type FhirProvenance,
} from './map-consent.js';
export { ResourceIndex, type Found } from './resource-index.js';
export * from './codes.js';
