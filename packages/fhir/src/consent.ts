/**
 * `@saumaton/fhir/consent`: the consent store and its mapping, a module of its own so that the
 * adapter (`@saumaton/fhir`) loads it only when a consent method is first called.
 */
export { FhirConsentStore } from './consent-store.js';
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
