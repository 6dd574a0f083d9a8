// The shared runtime of the embed build (dist/saumaton-runtime.js): Lit, core and elements, with
// the one localization runtime. Every widget module and the FHIR adapter module import it, so a
// page loads it once however many widgets it embeds. What it exports is for a portal's own
// scripts: setLocale, and what a hand-written adapter needs to speak the store contracts (the
// error classes, the parse helpers and the schemas they take).
export { setLocale, getLocale, matchLocale, describeError } from '@saumaton/elements';
export {
  SaumatonError,
  AdapterError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
  UnauthorizedError,
  OfflineError,
  ValidationError,
  abortError,
  throwIfAborted,
  isAbortError,
  isSaumatonError,
  recognizeError,
  parse,
  parseVersioned,
  ClientSchema,
  TeamSchema,
} from '@saumaton/core';
