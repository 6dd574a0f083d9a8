// @ts-check
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';
import { allOk, badRequest, getStatus, serverError, validateResource } from '@medplum/core';
import { FhirRouter } from '@medplum/fhir-router';
import { loadR4Definitions } from './repository.mjs';
import { parseAuth, parseFaults, Tenant } from './tenant.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('@medplum/fhirtypes').Resource} Resource */
/** @typedef {import('@medplum/fhirtypes').Bundle} Bundle */
/** @typedef {import('@medplum/fhirtypes').OperationOutcome} OperationOutcome */
/** @typedef {import('@medplum/fhir-router').FhirRequest} FhirRequest */

/**
 * @typedef {object} FhirServer
 * @property {string} url Origin of the server, e.g. `http://127.0.0.1:8103`.
 * @property {() => Promise<void>} close Stops listening and drops open connections.
 */

/** The tenant that always exists, for the demo portal. */
export const DEMO_TENANT = 'demo';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

// A browser page on another origin (the test runner, the demo portal) talks to this server.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Location, Last-Modified, Retry-After, Content-Location, WWW-Authenticate',
};
const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Exist, If-None-Match, Prefer, Accept',
  'Access-Control-Max-Age': '600',
};

// `/t/<tenant>/fhir[/<path>][?<query>]` and `/t/<tenant>/$control/<name>`.
const TENANT_URL = /^\/t\/([^/?]+)\/(fhir|\$control)(?:\/([^?]*))?(\?.*)?$/;

/**
 * Starts a FHIR R4 server: Medplum's FHIR router over an in-memory store per tenant.
 * @param {{ host?: string, port?: number }} [options] `port: 0` picks a free port.
 * @returns {Promise<FhirServer>}
 */
export async function startFhirServer({ host = '127.0.0.1', port = 0 } = {}) {
  loadR4Definitions();
  const router = new FhirRouter();
  router.add('POST', ':resourceType/$validate', validateOperation);
  /** @type {Map<string, Tenant>} */
  const tenants = new Map([[DEMO_TENANT, new Tenant()]]);
  const logRequests = process.env['SAUMATON_FHIR_LOG'] === '1';

  const server = createServer((req, res) => {
    if (logRequests) {
      res.once('finish', () => console.log(`${req.method ?? ''} ${req.url ?? ''} -> ${res.statusCode}`));
    }
    handleRequest(req, res, router, tenants).catch((/** @type {unknown} */ err) => {
      if (!res.headersSent) {
        sendFhir(res, 500, serverError(err instanceof Error ? err : new Error(String(err))));
      } else {
        res.destroy();
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${urlHost(host)}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive connections (a browser's) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string} host
 * @returns {string} A host a client can reach: wildcard addresses become loopback.
 */
function urlHost(host) {
  if (host === '0.0.0.0' || host === '::') {
    return 'localhost';
  }
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {FhirRouter} router
 * @param {Map<string, Tenant>} tenants
 */
async function handleRequest(req, res, router, tenants) {
  for (const [name, value] of Object.entries(CORS_HEADERS)) {
    res.setHeader(name, value);
  }
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    // Preflights carry no Authorization header: answer them before auth, faults and the log.
    res.writeHead(204, PREFLIGHT_HEADERS).end();
    return;
  }

  const body = await readBody(req);
  // The Host header, so URLs in answers work for whichever name the client used.
  const origin = `http://${req.headers.host ?? 'localhost'}`;
  const url = req.url ?? '/';

  if (url === '/tenants' && method === 'POST') {
    const id = randomUUID();
    tenants.set(id, new Tenant());
    sendJson(res, 201, { baseUrl: `${origin}/t/${id}/fhir` });
    return;
  }

  const match = TENANT_URL.exec(url);
  const tenant = match && tenants.get(match[1] ?? '');
  if (!match || !tenant) {
    sendFhir(res, 404, errorOutcome('not-found', match ? `Unknown tenant ${match[1]}` : `Not found: ${url}`));
    return;
  }
  const [, tenantId, area, path = '', query = ''] = match;
  if (area === 'fhir') {
    await serveFhir(req, res, {
      router,
      tenant,
      method,
      path: path + query,
      body,
      base: `${origin}/t/${tenantId}/fhir`,
    });
  } else {
    serveControl(res, tenant, method, path, body);
  }
}

/**
 * The `type` of a posted Bundle, for faults that target only transactions (or only batches).
 * @param {Buffer} body
 * @returns {string | undefined}
 */
function bundleTypeOf(body) {
  if (body.length === 0) {
    return undefined;
  }
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    return parsed?.resourceType === 'Bundle' && typeof parsed.type === 'string' ? parsed.type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Everything sent to `<base>/...`: log, injected faults, authentication, then Medplum's router.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {{ router: FhirRouter, tenant: Tenant, method: string, path: string, body: Buffer, base: string }} request
 */
async function serveFhir(req, res, { router, tenant, method, path, body, base }) {
  const authorization = req.headers.authorization;
  tenant.record({ method, path, authorization: authorization ?? null });

  // Faults come before authentication: they stand for a proxy or network in front of the server.
  const fault = tenant.takeFault(method, path, bundleTypeOf(body));
  if (fault && fault.delayMs > 0 && !(await waitWhileOpen(res, fault.delayMs))) {
    return;
  }
  if (fault?.status === 0) {
    req.socket.destroy();
    return;
  }
  if (fault?.status !== undefined) {
    const code = fault.status >= 500 || fault.status === 429 ? 'transient' : 'processing';
    /** @type {Record<string, string>} */
    const headers = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
    sendFhir(res, fault.status, errorOutcome(code, `Injected fault: HTTP ${fault.status}`), headers);
    return;
  }

  if (!tenant.isAuthorized(authorization)) {
    const challenge = authorization ? 'Bearer error="invalid_token"' : 'Bearer';
    sendFhir(res, 401, errorOutcome('login', 'Unauthorized'), { 'WWW-Authenticate': challenge });
    return;
  }

  const parsed = parseFhirBody(req, method, path, body);
  if ('error' in parsed) {
    sendFhir(res, 400, badRequest(parsed.error));
    return;
  }
  /** @type {FhirRequest} */
  const fhirRequest = {
    method: /** @type {FhirRequest['method']} */ (method),
    url: path,
    pathname: '',
    body: parsed.value,
    params: {},
    query: {},
    headers: req.headers,
    // Without this Medplum runs a transaction Bundle as a batch: entry by entry, not all or nothing.
    config: { transactions: true },
  };
  const [result, resource] = await router.handleRequest(fhirRequest, tenant.repo);
  const status = getStatus(result);
  if (!resource) {
    sendFhir(res, status, result);
    return;
  }
  if (resource.resourceType === 'Bundle' && !resource.meta?.versionId) {
    completeBundle(resource, base);
  }
  sendFhir(res, status, resource, resourceHeaders(resource, status, base));
}

/**
 * Waits `ms`, or less when the client gives up (an aborted fetch) or the server closes.
 * @param {ServerResponse} res
 * @param {number} ms
 * @returns {Promise<boolean>} Whether the connection is still open.
 */
function waitWhileOpen(res, ms) {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    res.once('close', onClose);
  });
}

/**
 * @param {IncomingMessage} req
 * @param {string} method
 * @param {string} path
 * @param {Buffer} body
 * @returns {{ value: unknown } | { error: string }}
 */
function parseFhirBody(req, method, path, body) {
  const text = body.toString('utf8');
  const isSearch = path.split('?')[0]?.endsWith('_search');
  if (isSearch && req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
    /** @type {Record<string, string[]>} */
    const query = {};
    for (const [key, value] of new URLSearchParams(text)) {
      (query[key] ??= []).push(value);
    }
    return { value: query };
  }
  /** @type {unknown} */
  let value;
  try {
    value = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (err) {
    return { error: `Malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  // Medplum's handlers would otherwise fail on a missing body with a TypeError's message.
  const needsResource = method === 'PUT' || (method === 'POST' && !isSearch);
  if (needsResource && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    return { error: 'Expected a FHIR resource (a JSON object) as the request body' };
  }
  return { value };
}

/**
 * `POST <type>/$validate`: the body is the resource, or a Parameters with a `resource` parameter.
 * @type {import('@medplum/fhir-router').FhirRouteHandler}
 */
async function validateOperation(req) {
  /** @type {Resource | undefined} */
  let resource = req.body;
  if (resource?.resourceType === 'Parameters') {
    resource = resource.parameter?.find((p) => p.name === 'resource')?.resource;
  }
  const { resourceType } = req.params;
  if (!resource || resource.resourceType !== resourceType) {
    return [badRequest(`Expected a ${resourceType ?? ''} resource, or a Parameters with one as "resource"`)];
  }
  // Throws an OperationOutcomeError with the errors; the router turns it into a 400.
  const warnings = validateResource(resource);
  return [{ ...allOk, issue: warnings.length ? warnings : allOk.issue }];
}

/**
 * Fills in what clients expect in Bundles and Medplum leaves out: `fullUrl` on the tenant's
 * base, and for batch/transaction answers each entry's `etag`, `lastModified` and a versioned
 * `location`.
 * @param {Bundle} bundle
 * @param {string} base
 */
function completeBundle(bundle, base) {
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!resource?.id) {
      continue;
    }
    entry.fullUrl = `${base}/${resource.resourceType}/${resource.id}`;
    const versionId = resource.meta?.versionId;
    if (entry.response && versionId) {
      entry.response.etag = `W/"${versionId}"`;
      entry.response.lastModified = resource.meta?.lastUpdated;
      if (entry.response.location) {
        entry.response.location = `${resource.resourceType}/${resource.id}/_history/${versionId}`;
      }
    }
  }
}

/**
 * `ETag` and `Last-Modified` for one stored resource, and `Location` when it was created.
 * @param {Resource} resource
 * @param {number} status
 * @param {string} base
 * @returns {Record<string, string>}
 */
function resourceHeaders(resource, status, base) {
  const versionId = resource.meta?.versionId;
  if (!resource.id || !versionId) {
    return {};
  }
  /** @type {Record<string, string>} */
  const headers = { ETag: `W/"${versionId}"` };
  if (resource.meta?.lastUpdated) {
    headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  }
  if (status === 201) {
    headers['Location'] = `${base}/${resource.resourceType}/${resource.id}/_history/${versionId}`;
  }
  return headers;
}

/**
 * The test controls under `<tenant>/$control/`: plain JSON, never logged or faulted.
 * @param {ServerResponse} res
 * @param {Tenant} tenant
 * @param {string} method
 * @param {string} name
 * @param {Buffer} body
 */
function serveControl(res, tenant, method, name, body) {
  try {
    switch (`${method} ${name}`) {
      case 'POST faults':
        tenant.faults.push(...parseFaults(parseJson(body)));
        break;
      case 'DELETE faults':
        tenant.faults = [];
        break;
      case 'POST auth':
        tenant.tokens = parseAuth(parseJson(body));
        break;
      case 'GET log':
        sendJson(res, 200, tenant.log);
        return;
      case 'DELETE log':
        tenant.log = [];
        break;
      case 'POST reset':
        tenant.repo.clear();
        break;
      default:
        sendFhir(res, 404, errorOutcome('not-found', `No control ${method} $control/${name}`));
        return;
    }
  } catch (err) {
    sendFhir(res, 400, badRequest(err instanceof Error ? err.message : String(err)));
    return;
  }
  res.writeHead(204).end();
}

/**
 * @param {Buffer} body
 * @returns {unknown}
 */
function parseJson(body) {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new Error('Malformed JSON body');
  }
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(/** @type {Buffer} */ (chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * @param {import('@medplum/fhirtypes').OperationOutcomeIssue['code']} code
 * @param {string} text
 * @returns {OperationOutcome}
 */
function errorOutcome(code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {Resource} body
 * @param {Record<string, string>} [headers]
 */
function sendFhir(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': FHIR_JSON, ...headers }).end(JSON.stringify(body));
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
