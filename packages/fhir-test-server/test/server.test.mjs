// What the FHIR test server does, and the facts about Medplum 4.5.2 behind it that the FHIR
// adapter relies on. Run with `node --test packages/fhir-test-server/test/`.
/* global fetch, AbortSignal -- Node 20 globals that the repository's ESLint config does not list for .mjs files */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { performance } from 'node:perf_hooks';
import { startFhirServer } from '../src/server.mjs';

/** @type {import('../src/server.mjs').FhirServer} */
let server;
before(async () => {
  server = await startFhirServer();
});
after(() => server.close());

const ORG_IDENTIFIER = 'identifier=urn:ietf:rfc:3986|urn:oid:1.2.246.10.99999999.1';
const PRACTITIONER_URN = 'urn:uuid:6f1c1a52-1d0c-4b8e-9a51-0c5d1c1b0a01';
const CARE_TEAM_URN = 'urn:uuid:6f1c1a52-1d0c-4b8e-9a51-0c5d1c1b0a02';
const ORGANIZATION_URN = 'urn:uuid:6f1c1a52-1d0c-4b8e-9a51-0c5d1c1b0a03';

/**
 * @typedef {object} Answer
 * @property {number} status
 * @property {Headers} headers
 * @property {any} body
 */

/** A fresh tenant, with helpers for its FHIR base and its test controls. */
async function newTenant() {
  const response = await fetch(`${server.url}/tenants`, { method: 'POST' });
  assert.equal(response.status, 201);
  /** @type {{ baseUrl: string }} */
  const { baseUrl } = await response.json();
  const controlUrl = baseUrl.replace(/\/fhir$/, '/$control');
  return {
    base: baseUrl,
    /**
     * @param {string} method
     * @param {string} path Relative to the FHIR base, e.g. `CareTeam/x`.
     * @param {unknown} [body] A value to send as JSON, or a string to send as it is.
     * @param {Record<string, string>} [headers]
     * @returns {Promise<Answer>}
     */
    fhir: (method, path, body, headers = {}) =>
      send(method, `${baseUrl}/${path}`, body, { 'Content-Type': 'application/fhir+json', ...headers }),
    /**
     * @param {string} method
     * @param {string} name
     * @param {unknown} [body]
     * @returns {Promise<Answer>}
     */
    control: (method, name, body) => send(method, `${controlUrl}/${name}`, body, {}),
  };
}

/**
 * @param {string} method
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} headers
 * @returns {Promise<Answer>}
 */
async function send(method, url, body, headers) {
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/**
 * @param {any} outcome
 * @returns {string} Every issue's text, for assertions that name the failed rule.
 */
function issuesText(outcome) {
  assert.equal(outcome.resourceType, 'OperationOutcome');
  return outcome.issue.map((/** @type {any} */ issue) => issue.details?.text ?? issue.diagnostics).join('\n');
}

/** @param {Partial<Record<string, unknown>>} [fields] */
function careTeam(fields = {}) {
  return { resourceType: 'CareTeam', status: 'active', name: 'Leena’s team', ...fields };
}

/** @param {any} bundle */
function entryStatuses(bundle) {
  return bundle.entry.map((/** @type {any} */ entry) => entry.response.status);
}

describe('tenants', () => {
  test('each tenant starts empty and sees only its own resources', async () => {
    const one = await newTenant();
    const two = await newTenant();
    assert.equal((await one.fhir('POST', 'CareTeam', careTeam())).status, 201);
    assert.equal((await one.fhir('GET', 'CareTeam')).body.total, 1);
    assert.equal((await two.fhir('GET', 'CareTeam')).body.total, 0);
  });

  test('the demo tenant always exists', async () => {
    const answer = await send('GET', `${server.url}/t/demo/fhir/CareTeam?_count=1`, undefined, {});
    assert.equal(answer.status, 200);
    assert.equal(answer.body.resourceType, 'Bundle');
  });

  test('an unknown tenant or path answers 404 with an OperationOutcome', async () => {
    const tenant = await send('GET', `${server.url}/t/no-such-tenant/fhir/CareTeam`, undefined, {});
    assert.equal(tenant.status, 404);
    assert.match(issuesText(tenant.body), /Unknown tenant/);
    assert.equal((await send('GET', `${server.url}/elsewhere`, undefined, {})).status, 404);
  });
});

describe('HTTP semantics', () => {
  test('create answers 201 with Location, ETag and Last-Modified; read answers the same ETag', async () => {
    const { base, fhir } = await newTenant();
    const created = await fhir('POST', 'CareTeam', careTeam());
    assert.equal(created.status, 201);
    assert.match(created.headers.get('content-type') ?? '', /^application\/fhir\+json/);
    const { id, meta } = created.body;
    assert.equal(created.headers.get('etag'), `W/"${meta.versionId}"`);
    assert.equal(created.headers.get('location'), `${base}/CareTeam/${id}/_history/${meta.versionId}`);
    assert.equal(created.headers.get('last-modified'), new Date(meta.lastUpdated).toUTCString());

    const read = await fhir('GET', `CareTeam/${id}`);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), created.headers.get('etag'));
    assert.equal(read.headers.get('location'), null);
  });

  test('reading an unknown id answers 404', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('GET', 'CareTeam/nobody');
    assert.equal(answer.status, 404);
    assert.equal(answer.body.resourceType, 'OperationOutcome');
  });

  test('PUT with the current If-Match succeeds; with a stale one answers 412 and keeps the resource', async () => {
    const { fhir } = await newTenant();
    const created = (await fhir('POST', 'CareTeam', careTeam())).body;
    const etag = `W/"${created.meta.versionId}"`;
    const updated = await fhir('PUT', `CareTeam/${created.id}`, { ...created, name: 'Renamed' }, { 'If-Match': etag });
    assert.equal(updated.status, 200);
    assert.notEqual(updated.headers.get('etag'), etag);

    const stale = await fhir('PUT', `CareTeam/${created.id}`, { ...created, name: 'Lost' }, { 'If-Match': etag });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.resourceType, 'OperationOutcome');
    assert.equal((await fhir('GET', `CareTeam/${created.id}`)).body.name, 'Renamed');
  });

  test('a preflight is answered for a page on another origin', async () => {
    const response = await fetch(`${server.url}/t/demo/fhir/CareTeam/x`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:8000',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, content-type, if-match',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /\bPUT\b/);
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /\bIf-Match\b/);
  });

  test('every answer lets the page read ETag, Location, Last-Modified and Retry-After', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('GET', 'CareTeam');
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
    const exposed = answer.headers.get('access-control-expose-headers') ?? '';
    for (const name of ['ETag', 'Location', 'Last-Modified', 'Retry-After', 'Content-Location']) {
      assert.match(exposed, new RegExp(`\\b${name}\\b`));
    }
  });

  test('search results carry full URLs on the tenant base', async () => {
    const { base, fhir } = await newTenant();
    const { id } = (await fhir('POST', 'CareTeam', careTeam())).body;
    const bundle = (await fhir('GET', 'CareTeam')).body;
    assert.equal(bundle.entry[0].fullUrl, `${base}/CareTeam/${id}`);
  });

  test('history lists versions newest first, every time it is read', async () => {
    const { fhir } = await newTenant();
    const created = (await fhir('POST', 'CareTeam', careTeam({ name: 'First' }))).body;
    await fhir('PUT', `CareTeam/${created.id}`, { ...created, name: 'Second' });
    for (let i = 0; i < 2; i++) {
      const history = (await fhir('GET', `CareTeam/${created.id}/_history`)).body;
      assert.deepEqual(
        history.entry.map((/** @type {any} */ e) => e.resource.name),
        ['Second', 'First'],
      );
    }
  });

  test('a malformed or missing body answers 400, and the server stays up', async () => {
    const { fhir } = await newTenant();
    const malformed = await fhir('POST', 'CareTeam', '{"resourceType": "CareTeam",');
    assert.equal(malformed.status, 400);
    assert.match(issuesText(malformed.body), /Malformed JSON/);
    assert.equal((await fhir('PUT', 'CareTeam/x')).status, 400);
    assert.equal((await fhir('POST', 'CareTeam', 'null')).status, 400);
    assert.equal((await fhir('GET', 'CareTeam')).status, 200);
  });
});

describe('validation on every write', () => {
  test('an invalid create answers 400 with the issues and stores nothing', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('POST', 'CareTeam', careTeam({ nickname: 'x' }));
    assert.equal(answer.status, 400);
    assert.match(issuesText(answer.body), /Invalid additional property "nickname"/);
    assert.equal((await fhir('GET', 'CareTeam')).body.total, 0);
  });

  test('an invalid update answers 400 and keeps the stored version', async () => {
    const { fhir } = await newTenant();
    const created = (await fhir('POST', 'CareTeam', careTeam())).body;
    const answer = await fhir('PUT', `CareTeam/${created.id}`, { ...created, participant: [{}] });
    assert.equal(answer.status, 400);
    assert.equal((await fhir('GET', `CareTeam/${created.id}`)).body.meta.versionId, created.meta.versionId);
  });

  test('$validate answers 200 for a valid resource and 400 with the issues for an invalid one', async () => {
    const { fhir } = await newTenant();
    const valid = await fhir('POST', 'CareTeam/$validate', careTeam());
    assert.equal(valid.status, 200);
    assert.deepEqual(
      valid.body.issue.map((/** @type {any} */ i) => i.severity),
      ['information'],
    );

    const asParameters = await fhir('POST', 'CareTeam/$validate', {
      resourceType: 'Parameters',
      parameter: [{ name: 'resource', resource: careTeam({ nickname: 'x' }) }],
    });
    assert.equal(asParameters.status, 400);
    assert.match(issuesText(asParameters.body), /nickname/);

    assert.equal((await fhir('POST', 'Patient/$validate', careTeam())).status, 400);
    assert.equal((await fhir('GET', 'CareTeam')).body.total, 0);
  });

  test('(e) element ids, our own extensions and the Finnish TURVAKIELTO security label are valid', async () => {
    const { fhir } = await newTenant();
    const team = careTeam({
      meta: {
        security: [
          {
            system: 'https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs',
            code: 'TURVAKIELTO',
          },
        ],
      },
      extension: [{ url: 'https://saumaton.fi/fhir/StructureDefinition/team-purpose', valueString: 'Kotiutus' }],
      participant: [
        {
          id: 'm-leena',
          extension: [{ url: 'https://saumaton.fi/fhir/StructureDefinition/member-note', valueString: 'Omahoitaja' }],
          member: { id: 'ref-leena', reference: 'Practitioner/leena', display: 'Leena Laine' },
        },
      ],
    });
    assert.equal((await fhir('POST', 'CareTeam/$validate', team)).status, 200);
    const created = await fhir('POST', 'CareTeam', team);
    assert.equal(created.status, 201);
    assert.equal(created.body.participant[0].id, 'm-leena');
    assert.equal(created.body.participant[0].member.id, 'ref-leena');
  });

  test('(f) ctm-1 is enforced: onBehalfOf only for a Practitioner member', async () => {
    const { fhir } = await newTenant();
    const onBehalfOf = { reference: 'Organization/org-1' };
    const forRole = careTeam({ participant: [{ member: { reference: 'PractitionerRole/role-1' }, onBehalfOf }] });
    const answer = await fhir('POST', 'CareTeam', forRole);
    assert.equal(answer.status, 400);
    assert.match(issuesText(answer.body), /ctm-1/);
    const forPractitioner = careTeam({ participant: [{ member: { reference: 'Practitioner/p-1' }, onBehalfOf }] });
    assert.equal((await fhir('POST', 'CareTeam', forPractitioner)).status, 201);
  });

  test('codes are not checked against value sets (a required binding included)', async () => {
    const { fhir } = await newTenant();
    assert.equal((await fhir('POST', 'CareTeam', careTeam({ status: 'no-such-status' }))).status, 201);
  });
});

describe('update, create-as-update and versions', () => {
  test('(a) PUT to an unknown id creates it with that id, answering 200 (not 201)', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('PUT', 'CareTeam/my-own-id', careTeam({ id: 'my-own-id' }));
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('location'), null);
    assert.equal((await fhir('GET', 'CareTeam/my-own-id')).status, 200);
  });

  test('(a) a PUT entry in a transaction creates an unknown id too, with entry status 200', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: careTeam({ id: 'tx-own-id' }), request: { method: 'PUT', url: 'CareTeam/tx-own-id' } }],
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(entryStatuses(answer.body), ['200']);
    assert.equal((await fhir('GET', 'CareTeam/tx-own-id')).status, 200);
  });

  test('(i) a PUT of an unchanged resource still makes a new version', async () => {
    const { fhir } = await newTenant();
    const created = (await fhir('POST', 'CareTeam', careTeam())).body;
    const again = (await fhir('PUT', `CareTeam/${created.id}`, created)).body;
    assert.notEqual(again.meta.versionId, created.meta.versionId);
    // Version ids are random UUIDs, not 1, 2, 3: a client must treat them as opaque.
    assert.match(again.meta.versionId, /^[0-9a-f]{8}-[0-9a-f]{4}-/);
    const history = (await fhir('GET', `CareTeam/${created.id}/_history`)).body;
    assert.equal(history.entry.length, 2);
  });
});

describe('transactions and batches', () => {
  test('(b) urn:uuid references between POSTed entries are rewritten to the assigned ids', async () => {
    const { base, fhir } = await newTenant();
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: CARE_TEAM_URN,
          resource: careTeam({ participant: [{ id: 'm-1', member: { reference: PRACTITIONER_URN } }] }),
          request: { method: 'POST', url: 'CareTeam' },
        },
        {
          fullUrl: PRACTITIONER_URN,
          resource: { resourceType: 'Practitioner', name: [{ family: 'Laine', given: ['Leena'] }] },
          request: { method: 'POST', url: 'Practitioner' },
        },
      ],
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.type, 'transaction-response');
    assert.deepEqual(entryStatuses(answer.body), ['201', '201']);
    const [teamEntry, practitionerEntry] = answer.body.entry;
    const practitioner = practitionerEntry.resource;
    assert.equal(teamEntry.resource.participant[0].member.reference, `Practitioner/${practitioner.id}`);
    const stored = (await fhir('GET', `CareTeam/${teamEntry.resource.id}`)).body;
    assert.equal(stored.participant[0].member.reference, `Practitioner/${practitioner.id}`);

    // What the wrapper adds to each entry: full URL, versioned location, ETag, Last-Modified.
    assert.equal(practitionerEntry.fullUrl, `${base}/Practitioner/${practitioner.id}`);
    assert.equal(
      practitionerEntry.response.location,
      `Practitioner/${practitioner.id}/_history/${practitioner.meta.versionId}`,
    );
    assert.equal(practitionerEntry.response.etag, `W/"${practitioner.meta.versionId}"`);
    assert.equal(practitionerEntry.response.lastModified, practitioner.meta.lastUpdated);
  });

  test('(c) a conditional create reuses the match, and urn:uuid references point to it', async () => {
    const { fhir } = await newTenant();
    const bundle = () => ({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: ORGANIZATION_URN,
          resource: {
            resourceType: 'Organization',
            identifier: [{ system: 'urn:ietf:rfc:3986', value: 'urn:oid:1.2.246.10.99999999.1' }],
            name: 'Hyvinvointialue',
          },
          request: { method: 'POST', url: 'Organization', ifNoneExist: ORG_IDENTIFIER },
        },
        {
          resource: careTeam({ managingOrganization: [{ reference: ORGANIZATION_URN }] }),
          request: { method: 'POST', url: 'CareTeam' },
        },
      ],
    });
    const first = (await fhir('POST', '', bundle())).body;
    const second = (await fhir('POST', '', bundle())).body;
    assert.deepEqual(entryStatuses(first), ['201', '201']);
    assert.deepEqual(entryStatuses(second), ['200', '201']);
    const orgId = first.entry[0].resource.id;
    assert.equal(second.entry[0].resource.id, orgId);
    assert.equal(second.entry[1].resource.managingOrganization[0].reference, `Organization/${orgId}`);
    assert.equal((await fhir('GET', 'Organization')).body.total, 1);
  });

  test('(d) a stale ifMatch rejects the whole transaction with 412 and writes nothing', async () => {
    const { fhir } = await newTenant();
    const v1 = (await fhir('POST', 'CareTeam', careTeam({ name: 'v1' }))).body;
    const v2 = (await fhir('PUT', `CareTeam/${v1.id}`, { ...v1, name: 'v2' })).body;
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: { resourceType: 'Practitioner', name: [{ family: 'Uusi' }] },
          request: { method: 'POST', url: 'Practitioner' },
        },
        {
          resource: { ...v2, name: 'v3' },
          request: { method: 'PUT', url: `CareTeam/${v1.id}`, ifMatch: `W/"${v1.meta.versionId}"` },
        },
      ],
    });
    assert.equal(answer.status, 412);
    assert.equal(answer.body.resourceType, 'OperationOutcome');
    assert.equal((await fhir('GET', `CareTeam/${v1.id}`)).body.meta.versionId, v2.meta.versionId);
    // The Practitioner entry ran before the failing PUT; the rollback undid it.
    assert.equal((await fhir('GET', 'Practitioner')).body.total, 0);
  });

  test('a current ifMatch in a transaction is accepted', async () => {
    const { fhir } = await newTenant();
    const v1 = (await fhir('POST', 'CareTeam', careTeam())).body;
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          resource: { ...v1, name: 'v2' },
          request: { method: 'PUT', url: `CareTeam/${v1.id}`, ifMatch: `W/"${v1.meta.versionId}"` },
        },
      ],
    });
    assert.deepEqual(entryStatuses(answer.body), ['200']);
  });

  test('an invalid entry rejects the whole transaction with 400 and writes nothing', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: careTeam(), request: { method: 'POST', url: 'CareTeam' } },
        { resource: careTeam({ nickname: 'x' }), request: { method: 'POST', url: 'CareTeam' } },
      ],
    });
    assert.equal(answer.status, 400);
    assert.match(issuesText(answer.body), /nickname/);
    assert.equal((await fhir('GET', 'CareTeam')).body.total, 0);
  });

  test('an invalid entry in a batch fails alone, with 400 in its own response', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { resource: careTeam(), request: { method: 'POST', url: 'CareTeam' } },
        { resource: careTeam({ nickname: 'x' }), request: { method: 'POST', url: 'CareTeam' } },
      ],
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.type, 'batch-response');
    assert.deepEqual(entryStatuses(answer.body), ['201', '400']);
    assert.equal((await fhir('GET', 'CareTeam')).body.total, 1);
  });

  test('(h) a batch of GETs answers each entry on its own, 404 for the missing one', async () => {
    const { fhir } = await newTenant();
    await fhir('PUT', 'Practitioner/a', { resourceType: 'Practitioner', id: 'a' });
    await fhir('PUT', 'Organization/b', { resourceType: 'Organization', id: 'b', name: 'B' });
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { request: { method: 'GET', url: 'Practitioner/a' } },
        { request: { method: 'GET', url: 'Organization/b' } },
        { request: { method: 'GET', url: 'Practitioner/missing' } },
      ],
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(entryStatuses(answer.body), ['200', '200', '404']);
    assert.equal(answer.body.entry[0].resource.id, 'a');
    assert.match(answer.body.entry[0].response.etag, /^W\/"/);
    assert.equal(answer.body.entry[2].response.outcome.resourceType, 'OperationOutcome');
  });

  test('(j) DELETE inside a transaction removes the resource', async () => {
    const { fhir } = await newTenant();
    const { id } = (await fhir('POST', 'CareTeam', careTeam())).body;
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { request: { method: 'DELETE', url: `CareTeam/${id}` } },
        { resource: careTeam({ name: 'Replacement' }), request: { method: 'POST', url: 'CareTeam' } },
      ],
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(entryStatuses(answer.body), ['200', '201']);
    assert.equal((await fhir('GET', `CareTeam/${id}`)).status, 404);
  });

  test('(j) deleting an unknown id fails the whole transaction with 404', async () => {
    const { fhir } = await newTenant();
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { request: { method: 'DELETE', url: 'CareTeam/nobody' } },
        { resource: careTeam(), request: { method: 'POST', url: 'CareTeam' } },
      ],
    });
    assert.equal(answer.status, 404);
    assert.equal((await fhir('GET', 'CareTeam')).body.total, 0);
  });
});

describe('Medplum limits an adapter must stay within', () => {
  /** @param {number} i */
  const conditionalOrganization = (i) => ({
    resource: { resourceType: 'Organization', identifier: [{ system: 'urn:example', value: `o${i}` }] },
    request: { method: 'POST', url: 'Organization', ifNoneExist: `identifier=urn:example|o${i}` },
  });
  const practitioner = { resource: { resourceType: 'Practitioner' }, request: { method: 'POST', url: 'Practitioner' } };

  test('a transaction with a conditional entry may have at most 8 entries', async () => {
    const { fhir } = await newTenant();
    const eight = [conditionalOrganization(1), ...Array.from({ length: 7 }, () => practitioner)];
    assert.equal((await fhir('POST', '', { resourceType: 'Bundle', type: 'transaction', entry: eight })).status, 200);
    const nine = [...eight, practitioner];
    const answer = await fhir('POST', '', { resourceType: 'Bundle', type: 'transaction', entry: nine });
    assert.equal(answer.status, 400);
    assert.match(issuesText(answer.body), /strict isolation but has too many entries/);
  });

  test('a transaction may have at most 50 updates', async () => {
    const { fhir } = await newTenant();
    /** @param {number} count */
    const puts = (count) =>
      Array.from({ length: count }, (_, i) => ({
        resource: { resourceType: 'Practitioner', id: `p${i}` },
        request: { method: 'PUT', url: `Practitioner/p${i}` },
      }));
    assert.equal(
      (await fhir('POST', '', { resourceType: 'Bundle', type: 'transaction', entry: puts(50) })).status,
      200,
    );
    const answer = await fhir('POST', '', { resourceType: 'Bundle', type: 'transaction', entry: puts(51) });
    assert.equal(answer.status, 400);
    assert.match(issuesText(answer.body), /more update operations than allowed/);
  });

  test('only lower-case urn:uuid references are rewritten; others are stored as sent', async () => {
    const { fhir } = await newTenant();
    const upper = PRACTITIONER_URN.toUpperCase().replace('URN:UUID:', 'urn:uuid:');
    const answer = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { ...practitioner, fullUrl: upper },
        {
          resource: careTeam({ participant: [{ member: { reference: upper } }] }),
          request: { method: 'POST', url: 'CareTeam' },
        },
      ],
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.entry[1].resource.participant[0].member.reference, upper);
  });
});

describe('(g) search', () => {
  test('by recipient, by subject and by a list of ids', async () => {
    const { fhir } = await newTenant();
    await fhir('PUT', 'Practitioner/p1', { resourceType: 'Practitioner', id: 'p1' });
    await fhir('PUT', 'CareTeam/t1', careTeam({ id: 't1', subject: { reference: 'Patient/x' } }));
    await fhir(
      'PUT',
      'CareTeam/t2',
      careTeam({ id: 't2', participant: [{ member: { reference: 'Practitioner/p1' } }] }),
    );
    await fhir('PUT', 'CareTeam/t3', careTeam({ id: 't3' }));
    await fhir('POST', 'Communication', {
      resourceType: 'Communication',
      status: 'completed',
      recipient: [{ reference: 'CareTeam/t1' }],
    });

    /** @param {string} query */
    const ids = async (query) =>
      ((await fhir('GET', query)).body.entry ?? []).map(
        (/** @type {any} */ e) => `${e.resource.resourceType}/${e.resource.id}`,
      );
    assert.equal((await ids('Communication?recipient=CareTeam/t1')).length, 1);
    assert.equal((await ids('Communication?recipient=CareTeam/t2')).length, 0);
    assert.deepEqual(await ids('CareTeam?subject=Patient/x'), ['CareTeam/t1']);
    assert.deepEqual((await ids('CareTeam?_id=t1,t2,nobody')).sort(), ['CareTeam/t1', 'CareTeam/t2']);
    assert.deepEqual(await ids('CareTeam?_id=t2&_include=CareTeam:participant'), ['CareTeam/t2', 'Practitioner/p1']);
  });

  test('_include, _revinclude and :iterate: the matches, then each resource they bring in once, marked include', async () => {
    const { fhir } = await newTenant();
    const subject = { reference: 'Patient/x' };
    await fhir('PUT', 'Patient/x', { resourceType: 'Patient', id: 'x' });
    await fhir('PUT', 'Goal/g1', {
      resourceType: 'Goal',
      id: 'g1',
      lifecycleStatus: 'active',
      description: { text: 'g' },
      subject,
    });
    const request = (/** @type {string} */ id) => ({
      resourceType: 'ServiceRequest',
      id,
      status: 'draft',
      intent: 'plan',
      subject,
    });
    await fhir('PUT', 'ServiceRequest/s1', request('s1'));
    await fhir('PUT', 'ServiceRequest/s2', request('s2'));
    const plan = (/** @type {Record<string, unknown>} */ extra) => ({
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      subject,
      ...extra,
    });
    await fhir('PUT', 'CarePlan/m', plan({ id: 'm', goal: [{ reference: 'Goal/g1' }, { reference: 'Goal/gone' }] }));
    for (const [id, service] of [
      ['p1', 's1'],
      ['p2', 's2'],
    ]) {
      await fhir(
        'PUT',
        `CarePlan/${id}`,
        plan({
          id,
          partOf: [{ reference: 'CarePlan/m' }],
          activity: [{ reference: { reference: `ServiceRequest/${service}` } }],
        }),
      );
    }
    await fhir('PUT', 'CarePlan/other', plan({ id: 'other' }));

    /** @param {string} query */
    const found = async (query) =>
      ((await fhir('GET', query)).body.entry ?? []).map(
        (/** @type {any} */ e) => `${e.search.mode} ${e.resource.resourceType}/${e.resource.id}`,
      );
    assert.deepEqual(await found('CarePlan?_id=m'), ['match CarePlan/m']);
    // A reference to nothing (Goal/gone) includes nothing.
    assert.deepEqual(await found('CarePlan?_id=m&_include=CarePlan:goal'), ['match CarePlan/m', 'include Goal/g1']);
    assert.deepEqual(await found('CarePlan?_id=m&_include=CarePlan:goal:Patient'), ['match CarePlan/m']);
    assert.deepEqual(await found('CarePlan?_id=m&_revinclude=CarePlan:part-of'), [
      'match CarePlan/m',
      'include CarePlan/p1',
      'include CarePlan/p2',
    ]);
    // Without :iterate, an _include applies to the matches only; with it, to what was included too.
    assert.deepEqual(await found('CarePlan?_id=m&_revinclude=CarePlan:part-of&_include=CarePlan:activity-reference'), [
      'match CarePlan/m',
      'include CarePlan/p1',
      'include CarePlan/p2',
    ]);
    assert.deepEqual(
      await found(
        'CarePlan?_id=m&_revinclude=CarePlan:part-of&_include=CarePlan:goal&_include:iterate=CarePlan:activity-reference',
      ),
      [
        'match CarePlan/m',
        'include Goal/g1',
        'include CarePlan/p1',
        'include CarePlan/p2',
        'include ServiceRequest/s1',
        'include ServiceRequest/s2',
      ],
    );
    // _count counts the matches; the subject is one Patient, included once.
    const bySubject = await found('CarePlan?subject=Patient/x&_include=CarePlan:subject&_count=2');
    assert.deepEqual(bySubject.filter((e) => e.startsWith('match')).length, 2);
    assert.deepEqual(
      bySubject.filter((e) => e.startsWith('include')),
      ['include Patient/x'],
    );
  });
});

describe('test controls', () => {
  test('a fault answers the next matching requests with its status and Retry-After', async () => {
    const { fhir, control } = await newTenant();
    const planted = await control('POST', 'faults', [
      { method: 'GET', path: 'CareTeam', status: 503, times: 2, retryAfter: '0' },
    ]);
    assert.equal(planted.status, 204);
    assert.equal((await fhir('GET', 'Practitioner')).status, 200);
    assert.equal((await fhir('POST', 'CareTeam', careTeam())).status, 201);
    const faulted = await fhir('GET', 'CareTeam?_id=x');
    assert.equal(faulted.status, 503);
    assert.equal(faulted.headers.get('retry-after'), '0');
    assert.equal(faulted.body.resourceType, 'OperationOutcome');
    assert.equal((await fhir('GET', 'CareTeam/x')).status, 503);
    assert.equal((await fhir('GET', 'CareTeam/x')).status, 404);
  });

  test('a fault with a bundleType matches only a posted Bundle of that type', async () => {
    const { fhir, control } = await newTenant();
    await control('POST', 'faults', [{ method: 'POST', bundleType: 'transaction', status: 503 }]);
    const bundle = (/** @type {string} */ type) => ({
      resourceType: 'Bundle',
      type,
      entry: [{ resource: { resourceType: 'Practitioner' }, request: { method: 'POST', url: 'Practitioner' } }],
    });
    assert.equal((await fhir('POST', '', bundle('batch'))).status, 200);
    assert.equal((await fhir('POST', '', bundle('transaction'))).status, 503);
    assert.equal((await fhir('POST', '', bundle('transaction'))).status, 200);
  });

  test('a fault with only a delay serves the request late', async () => {
    const { fhir, control } = await newTenant();
    await control('POST', 'faults', [{ path: 'CareTeam', delayMs: 150 }]);
    const started = performance.now();
    assert.equal((await fhir('GET', 'CareTeam')).status, 200);
    assert.ok(performance.now() - started >= 140);
  });

  test('a client may abort while a delay runs, and the server carries on', async () => {
    const { base, fhir, control } = await newTenant();
    await control('POST', 'faults', [{ delayMs: 5000 }]);
    await assert.rejects(fetch(`${base}/CareTeam`, { signal: AbortSignal.timeout(50) }), { name: 'TimeoutError' });
    assert.equal((await fhir('GET', 'CareTeam')).status, 200);
  });

  test('status 0 drops the connection', async () => {
    const { base, fhir, control } = await newTenant();
    await control('POST', 'faults', [{ method: 'POST', path: '', status: 0 }]);
    await assert.rejects(fetch(base, { method: 'POST', body: '{}' }), TypeError);
    assert.equal((await fhir('GET', 'CareTeam')).status, 200);
  });

  test('DELETE faults removes faults not yet used; a bad fault is refused with 400', async () => {
    const { fhir, control } = await newTenant();
    await control('POST', 'faults', [{ status: 500, times: 5 }]);
    assert.equal((await control('DELETE', 'faults')).status, 204);
    assert.equal((await fhir('GET', 'CareTeam')).status, 200);
    assert.equal((await control('POST', 'faults', { status: 500 })).status, 400);
    assert.equal((await control('POST', 'faults', [{ status: 42 }])).status, 400);
    assert.equal((await control('POST', 'faults', '[{')).status, 400);
  });

  test('auth: with a token set, requests need that bearer token, else 401 with WWW-Authenticate', async () => {
    const { fhir, control } = await newTenant();
    assert.equal((await control('POST', 'auth', { token: 'abc' })).status, 204);
    const missing = await fhir('GET', 'CareTeam');
    assert.equal(missing.status, 401);
    assert.equal(missing.headers.get('www-authenticate'), 'Bearer');
    assert.equal(missing.body.resourceType, 'OperationOutcome');
    const wrong = await fhir('GET', 'CareTeam', undefined, { Authorization: 'Bearer other' });
    assert.equal(wrong.status, 401);
    assert.match(wrong.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
    assert.equal((await fhir('GET', 'CareTeam', undefined, { Authorization: 'Bearer abc' })).status, 200);

    await control('POST', 'auth', { tokens: ['t1', 't2'] });
    assert.equal((await fhir('GET', 'CareTeam', undefined, { Authorization: 'Bearer t2' })).status, 200);
    assert.equal((await fhir('GET', 'CareTeam', undefined, { Authorization: 'Bearer abc' })).status, 401);

    await control('POST', 'auth', { token: null });
    assert.equal((await fhir('GET', 'CareTeam')).status, 200);
    assert.equal((await control('POST', 'auth', { token: 42 })).status, 400);
  });

  test('the log lists every FHIR request with its Authorization; DELETE clears it', async () => {
    const { fhir, control } = await newTenant();
    await fhir('GET', 'CareTeam?subject=Patient/x', undefined, { Authorization: 'Bearer one' });
    await fhir('POST', 'CareTeam', careTeam());
    await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [{ request: { method: 'GET', url: 'CareTeam' } }],
    });
    const log = await control('GET', 'log');
    assert.equal(log.status, 200);
    assert.deepEqual(log.body, [
      { method: 'GET', path: 'CareTeam?subject=Patient/x', authorization: 'Bearer one' },
      { method: 'POST', path: 'CareTeam', authorization: null },
      { method: 'POST', path: '', authorization: null },
    ]);
    assert.equal((await control('DELETE', 'log')).status, 204);
    assert.deepEqual((await control('GET', 'log')).body, []);
  });

  test('reset empties the repository', async () => {
    const { fhir, control } = await newTenant();
    await fhir('POST', 'CareTeam', careTeam());
    assert.equal((await control('POST', 'reset')).status, 204);
    assert.equal((await fhir('GET', 'CareTeam')).body.total, 0);
  });

  test('an unknown control answers 404', async () => {
    const { control } = await newTenant();
    assert.equal((await control('POST', 'nothing')).status, 404);
  });
});
