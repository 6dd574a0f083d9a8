// The portal's own script, as a provider without a bundler writes it: the FHIR adapter and the
// error classes come from the embed folder, on the runtime the roster module already loaded.
import { createFhirAdapter } from '/packages/embed/dist/saumaton-fhir.js';
import { ConflictError, NotFoundError } from '/packages/embed/dist/saumaton-runtime.js';

window.__errors = { ConflictError, NotFoundError };
const baseUrl = new URLSearchParams(location.search).get('fhir');
window.__adapter = createFhirAdapter({ baseUrl });
document.querySelector('saumaton-team-roster').adapter = window.__adapter;
