/* global fetch -- a Node 20 global that the repository's ESLint config does not list for .mjs files */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fhirServerPlugin } from '../src/wtr-plugin.mjs';

/**
 * The part of a Koa context the plugin reads.
 * @param {string} method
 * @param {string} path
 */
const context = (method, path) => /** @type {import('koa').Context} */ (/** @type {unknown} */ ({ method, path }));

test('the plugin runs the server for the test run and tells pages where it is', async () => {
  const plugin = fhirServerPlugin();
  assert.equal(plugin.name, 'saumaton-fhir-server');
  await plugin.serverStart?.(/** @type {any} */ ({}));
  try {
    const served = await plugin.serve?.(context('GET', '/__fhir-test-server.json'));
    assert.ok(served && typeof served === 'object');
    assert.equal(served.type, 'json');
    const { url } = JSON.parse(served.body);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${url}/tenants`, { method: 'POST' })).status, 201);
    assert.equal(await plugin.serve?.(context('GET', '/index.html')), undefined);
  } finally {
    await plugin.serverStop?.();
  }
});
