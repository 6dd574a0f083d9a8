// @ts-check
// `npm run fhir-server`: the FHIR test server for the demo portal and for manual checks.
import process from 'node:process';
import { DEMO_TENANT, startFhirServer } from './server.mjs';

const server = await startFhirServer({
  host: process.env['HOST'] || '127.0.0.1',
  port: Number(process.env['PORT'] || 8103),
});
console.log(`FHIR test server at ${server.url}; demo base ${server.url}/t/${DEMO_TENANT}/fhir`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (/** @type {unknown} */ err) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
