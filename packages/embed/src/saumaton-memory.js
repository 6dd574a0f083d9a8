// The in-memory adapter of the embed build (dist/saumaton-memory.js), on the shared runtime: for a
// portal's prototypes, demos and tests without a bundler (examples/plain-html). Records live in
// the page and are gone on reload; a production portal uses the FHIR adapter or its own.
export { MemoryAdapter, seed } from '@saumaton/core';
