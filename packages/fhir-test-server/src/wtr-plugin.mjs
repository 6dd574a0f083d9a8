// @ts-check
import { startFhirServer } from './server.mjs';

/** Where browser tests ask for the server's URL, on the test runner's own origin. */
const DISCOVERY_PATH = '/__fhir-test-server.json';

/**
 * A @web/test-runner plugin that runs the FHIR test server for the whole test run, so browser
 * tests talk to a real FHIR server over HTTP. A test reads `{ url }` from
 * `/__fhir-test-server.json`, then creates its own tenant with `POST <url>/tenants`.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function fhirServerPlugin() {
  /** @type {import('./server.mjs').FhirServer | undefined} */
  let server;
  return {
    name: 'saumaton-fhir-server',
    async serverStart() {
      server = await startFhirServer({ port: 0 });
    },
    async serverStop() {
      await server?.close();
      server = undefined;
    },
    serve(context) {
      if (context.method === 'GET' && context.path === DISCOVERY_PATH && server) {
        return { body: JSON.stringify({ url: server.url }), type: 'json' };
      }
      return undefined;
    },
  };
}
