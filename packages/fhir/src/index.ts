/**
 * @saumaton/fhir — Saumaton's store contracts over a FHIR R4 server, and the pure mapping
 * between the domain model and FHIR resources that it is built on. The consent and assessment
 * stores and their mappings are modules of their own (`@saumaton/fhir/consent`,
 * `@saumaton/fhir/assessment`), which the adapter loads on its first consent or assessment call.
 */
export { createFhirAdapter, FhirAdapter, FhirClientStore, FhirTeamStore, type FhirAdapterOptions } from './adapter.js';
export { FhirHttp, type FhirHttpOptions } from './http.js';
export { patientToClient, clientToPatient } from './map-client.js';
export {
  readTeamSnapshot,
  planTeamWrite,
  type TeamSnapshot,
  type MemberSource,
  type TransactionEntry,
} from './map-team.js';
export { ResourceIndex, type Found } from './resource-index.js';
export * from './codes.js';
