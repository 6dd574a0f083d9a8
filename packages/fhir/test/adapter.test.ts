/**
 * The FHIR adapter against a real FHIR server over HTTP: round trips, what it writes, and how
 * it answers a server that fails, is slow, wants a token or changed under it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  AdapterError,
  ConflictError,
  OfflineError,
  UnauthorizedError,
  ValidationError,
  isAbortError,
  type Team,
} from '@saumaton/core';
import {
  exampleClient,
  exampleData,
  exampleProtectedClient,
  exampleProtectedTeam,
  exampleTeam,
  largeExampleTeam,
} from '@saumaton/core/examples';
import { createFhirAdapter, producerTypeCodeSystem, teamRoleCodeSystem } from '@saumaton/fhir';
import { seededTenant, type Tenant } from './server.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** How many POSTs (batch reads) a team's read sends: a save's transaction is the POST after them. */
async function readPosts(tenant: Tenant, teamId: string): Promise<number> {
  await tenant.clearLog();
  await tenant.adapter().getTeam({ teamId });
  return (await tenant.log()).filter((r) => r.method === 'POST').length;
}

/** Waits until the tenant has received more than `n` POSTs. */
async function postsArrived(tenant: Tenant, n: number): Promise<void> {
  const count = async () => (await tenant.log()).filter((r) => r.method === 'POST').length;
  await waitUntil(async () => (await count()) > n, 'the transaction never arrived', { interval: 20, timeout: 4000 });
}

/** A fetch that counts the HTTP round trips it makes. */
function countingFetch() {
  const counter = {
    count: 0,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => (counter.count++, fetch(input, init)),
  };
  return counter;
}

/** A team as a read returns it: no `undefined` keys, meetings in date order. */
function byDate(team: Team): Team {
  const sorted = { ...team, meetings: [...team.meetings].sort((a, b) => a.date.localeCompare(b.date)) };
  return JSON.parse(JSON.stringify(sorted)) as Team;
}

describe('FhirAdapter over HTTP', function () {
  this.timeout(20000);
  let tenant: Tenant;

  before(async () => {
    tenant = await seededTenant(exampleData);
  });

  afterEach(async () => {
    // A browser may resend a request whose connection dropped: forget what a test left unused.
    await tenant.clearFaults();
  });

  it('reads back the example teams and clients exactly as they were written', async () => {
    const adapter = tenant.adapter();
    expect((await adapter.getTeam({ teamId: exampleTeam.id })).value).to.deep.equal(byDate(exampleTeam));
    expect((await adapter.getTeam({ clientId: exampleProtectedClient.id })).value).to.deep.equal(
      byDate(exampleProtectedTeam),
    );
    expect((await adapter.getClient(exampleClient.id)).value).to.deep.equal(exampleClient);
    expect((await adapter.getClient(exampleProtectedClient.id)).value).to.deep.equal(exampleProtectedClient);
  });

  it('loads a team of 20 members in at most 3 round trips', async () => {
    const team = largeExampleTeam(20, 6);
    await tenant.adapter().saveTeam(team, null);
    const counter = countingFetch();
    const read = await tenant.adapter({ fetch: counter.fetch }).getTeam({ teamId: team.id });
    expect(read.value).to.deep.equal(byDate(team));
    console.log(`FHIR round trips to load a team of ${String(team.members.length)} members: ${String(counter.count)}`);
    expect(counter.count).to.be.at.most(3);
  });

  it('refers a new team to the organisations already on the server instead of copying them', async () => {
    const adapter = tenant.adapter();
    const team: Team = { ...exampleTeam, id: 'team-aino-2', status: 'proposed', meetings: [] };
    await adapter.saveTeam(team, null);
    for (const org of new Set(team.members.flatMap((m) => (m.organization ? [m.organization.id] : [])))) {
      const { body } = await tenant.fhir('GET', `Organization?_id=${org}`);
      expect((body as { entry?: unknown[] }).entry, org).to.have.length(1);
    }
    expect((await adapter.getTeam({ teamId: team.id })).value).to.deep.equal(byDate(team));
  });

  it('writes only resources that pass validateResource against the R4 definitions', async () => {
    const types = [
      'Patient',
      'CareTeam',
      'Practitioner',
      'PractitionerRole',
      'RelatedPerson',
      'Organization',
      'Communication',
    ];
    let checked = 0;
    for (const type of types) {
      const { body } = await tenant.fhir('GET', `${type}?_count=1000`);
      const resources = ((body as { entry?: { resource: { id: string } }[] }).entry ?? []).map((e) => e.resource);
      expect(resources.length, type).to.be.greaterThan(0);
      for (const resource of resources) {
        const outcome = await tenant.fhir('POST', `${type}/$validate`, resource);
        expect(outcome.status, `${type}/${resource.id}: ${JSON.stringify(outcome.body)}`).to.equal(200);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(30);
  });

  it('publishes its CodeSystems as valid FHIR resources', async () => {
    for (const codeSystem of [teamRoleCodeSystem, producerTypeCodeSystem]) {
      const outcome = await tenant.fhir('POST', 'CodeSystem/$validate', codeSystem);
      expect(outcome.status, `${codeSystem.id}: ${JSON.stringify(outcome.body)}`).to.equal(200);
    }
  });

  it('answers a stale write with ConflictError carrying the server’s current team', async () => {
    const mine = tenant.adapter();
    const theirs = tenant.adapter();
    const base = await mine.getTeam({ teamId: exampleProtectedTeam.id });
    const changed = await theirs.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    const error = await rejection(mine.saveTeam({ ...base.value, status: 'inactive' }, base.version));
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError<Team>).current).to.deep.equal(changed);
    await theirs.saveTeam(base.value, changed.version);
  });

  it('answers a write that loses a race at the server (412) with ConflictError too', async () => {
    const race = await seededTenant(exampleData);
    const adapter = race.adapter();
    const base = await adapter.getTeam({ teamId: exampleProtectedTeam.id });
    // The transaction is held at the server; once it has arrived (the adapter's own version
    // check is behind it), someone else writes the CareTeam: only the server's If-Match can
    // catch the save now.
    const reads = await readPosts(race, exampleProtectedTeam.id);
    await race.faults([{ method: 'POST', bundleType: 'transaction', delayMs: 500 }]);
    await race.clearLog();
    const saving = adapter.saveTeam({ ...base.value, status: 'proposed' }, base.version);
    await postsArrived(race, reads);
    const careTeam = (await race.fhir('GET', `CareTeam/${exampleProtectedTeam.id}`)).body as Record<string, unknown>;
    const put = await race.fhir('PUT', `CareTeam/${exampleProtectedTeam.id}`, { ...careTeam, name: 'Sannan tiimi' });
    expect(put.status).to.equal(200);
    const error = await rejection(saving);
    expect(error).to.be.instanceOf(ConflictError);
    const current = (error as ConflictError<Team>).current;
    expect(current?.value.status, 'nothing of the lost write was stored').to.equal('active');
    expect(current?.version).to.equal((await adapter.getTeam({ teamId: exampleProtectedTeam.id })).version);
    const log = await race.log();
    const transaction = log.filter((r) => r.method === 'POST')[reads];
    expect(transaction, 'the transaction came after the version check').to.exist;
    expect(log.indexOf(transaction!), 'and before the outside write').to.be.below(
      log.findIndex((r) => r.method === 'PUT'),
    );
  });

  it('sees a write aborted while the server holds it through: it resolves, and it was stored', async () => {
    const adapter = tenant.adapter();
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    const reads = await readPosts(tenant, exampleTeam.id);
    await tenant.faults([{ method: 'POST', bundleType: 'transaction', delayMs: 300 }]);
    await tenant.clearLog();
    const controller = new AbortController();
    const saving = adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version, {
      signal: controller.signal,
    });
    await postsArrived(tenant, reads);
    controller.abort();
    const saved = await saving;
    expect(saved.value.status).to.equal('suspended');
    expect((await adapter.getTeam({ teamId: exampleTeam.id })).version).to.equal(saved.version);
    await adapter.saveTeam(base.value, saved.version);
  });

  it('asks for the token before every request and sends it; without one the answer is UnauthorizedError', async () => {
    await tenant.requireToken(['token-1', 'token-2', 'token-3', 'token-4', 'token-5', 'token-6']);
    try {
      const error = await rejection(tenant.adapter().getTeam({ teamId: exampleTeam.id }));
      expect(error).to.be.instanceOf(UnauthorizedError);

      let calls = 0;
      const adapter = tenant.adapter({ getAccessToken: () => `token-${String((calls++ % 6) + 1)}` });
      await tenant.clearLog();
      await adapter.getTeam({ teamId: exampleTeam.id });
      const log = await tenant.log();
      expect(calls).to.equal(log.length);
      expect(log.map((r) => r.authorization)).to.deep.equal(log.map((_, i) => `Bearer token-${String(i + 1)}`));

      const expired = tenant.adapter({ getAccessToken: () => 'expired' });
      expect(await rejection(expired.getClient(exampleClient.id))).to.be.instanceOf(UnauthorizedError);
    } finally {
      await tenant.requireToken(null);
    }
  });

  it('answers a token function that fails with UnauthorizedError, sending nothing', async () => {
    await tenant.clearLog();
    const adapter = tenant.adapter({
      getAccessToken: () => Promise.reject(new Error('refresh token expired')),
    });
    expect(await rejection(adapter.getTeam({ teamId: exampleTeam.id }))).to.be.instanceOf(UnauthorizedError);
    expect(await tenant.log()).to.deep.equal([]);
  });

  it('asks for a fresh token for a retried request too', async () => {
    await tenant.faults([{ method: 'GET', path: 'Patient', status: 503, retryAfter: '0', times: 1 }]);
    await tenant.clearLog();
    let calls = 0;
    await tenant.adapter({ getAccessToken: () => `t${String(++calls)}` }).getClient(exampleClient.id);
    expect((await tenant.log()).map((r) => r.authorization)).to.deep.equal(['Bearer t1', 'Bearer t2']);
  });

  it('saves a client onto its Patient, keeping what the client does not hold, under If-Match', async () => {
    const adapter = tenant.adapter();
    const patient = (await tenant.fhir('GET', `Patient/${exampleClient.id}`)).body as Record<string, unknown>;
    const address = [{ city: 'Kokkola', postalCode: '67100' }];
    expect((await tenant.fhir('PUT', `Patient/${exampleClient.id}`, { ...patient, address })).status).to.equal(200);
    const before = await adapter.getClient(exampleClient.id);
    const saved = await adapter.saveClient({ ...before.value, languageOfService: 'sv' }, before.version);
    expect(saved.value.languageOfService).to.equal('sv');
    expect(
      ((await tenant.fhir('GET', `Patient/${exampleClient.id}`)).body as { address: unknown }).address,
    ).to.deep.equal(address);
    const stale = await rejection(adapter.saveClient({ ...before.value, name: 'Aino Stale' }, before.version));
    expect(stale).to.be.instanceOf(ConflictError);
    expect((stale as ConflictError<typeof saved.value>).current).to.deep.equal(saved);
    await adapter.saveClient(exampleClient, saved.version);
  });

  it('retries a read after 503 (and 429), honouring Retry-After', async () => {
    await tenant.faults([
      { method: 'GET', path: 'CareTeam', status: 503, retryAfter: '0', times: 1 },
      { method: 'POST', bundleType: 'batch', status: 429, retryAfter: '1', times: 1 },
    ]);
    await tenant.clearLog();
    const started = performance.now();
    const team = await tenant.adapter().getTeam({ teamId: exampleTeam.id });
    expect(team.value.id).to.equal(exampleTeam.id);
    expect(performance.now() - started, 'waited the second Retry-After asked for').to.be.at.least(950);
    const log = await tenant.log();
    expect(log.filter((r) => r.path.startsWith('CareTeam')).length).to.equal(2);
  });

  it('gives up with AdapterError when the server stays busy or asks for too long a wait', async () => {
    await tenant.faults([{ method: 'GET', path: 'Patient', status: 503, times: 4 }]);
    expect(await rejection(tenant.adapter().getClient(exampleClient.id))).to.be.instanceOf(AdapterError);
    await tenant.faults([{ method: 'GET', path: 'Patient', status: 503, retryAfter: '3600', times: 1 }]);
    const started = performance.now();
    expect(await rejection(tenant.adapter().getClient(exampleClient.id))).to.be.instanceOf(AdapterError);
    expect(performance.now() - started, 'did not wait an hour').to.be.below(2000);
  });

  it('never retries a write, and a failed write leaves nothing written', async () => {
    const adapter = tenant.adapter();
    const base = await adapter.getTeam({ teamId: exampleTeam.id });
    const reads = await readPosts(tenant, exampleTeam.id);
    await tenant.faults([{ method: 'POST', bundleType: 'transaction', status: 503, retryAfter: '0', times: 2 }]);
    await tenant.clearLog();
    const error = await rejection(adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version));
    expect(error).to.be.instanceOf(AdapterError);
    const posts = (await tenant.log()).filter((r) => r.method === 'POST').length;
    expect(posts, 'the batch reads of the version check, then one transaction').to.equal(reads + 1);
    const after = await adapter.getTeam({ teamId: exampleTeam.id });
    expect(after.version).to.equal(base.version);
    expect(after.value.status).to.equal('active');
  });

  it('answers a server that cannot be reached with OfflineError', async () => {
    // A browser itself resends a GET whose kept-alive connection drops (Chromium once, Firefox up
    // to 9 times): drop it every time.
    await tenant.faults([{ method: 'GET', path: 'Patient', status: 0, times: 20 }]);
    const dropped = await rejection(tenant.adapter({ retry: { retries: 0 } }).getClient(exampleClient.id));
    expect(dropped).to.be.instanceOf(OfflineError);
    const closed = await rejection(createFhirAdapter({ baseUrl: 'http://127.0.0.1:9/fhir' }).getClient('x'));
    expect(closed).to.be.instanceOf(OfflineError);
  });

  it('turns an OperationOutcome on 400/409/422 into a ValidationError with its diagnostics', async () => {
    for (const status of [400, 409, 422]) {
      const adapter = tenant.adapter();
      const base = await adapter.getTeam({ teamId: exampleTeam.id });
      await tenant.faults([{ method: 'POST', bundleType: 'transaction', status, times: 1 }]);
      const error = await rejection(adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version));
      expect(error, String(status)).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).issues.length).to.be.greaterThan(0);
    }
    // And a real one from the server's own validation: a CareTeam the server refuses.
    const refused = await tenant.fhir('PUT', 'CareTeam/broken', { resourceType: 'CareTeam', id: 'broken', status: 7 });
    expect(refused.status).to.equal(400);
  });

  it('an aborted load rejects with an AbortError, also while waiting to retry', async () => {
    await tenant.faults([{ method: 'GET', path: 'CareTeam', status: 503, retryAfter: '5', times: 1 }]);
    const controller = new AbortController();
    const loading = tenant.adapter().getTeam({ teamId: exampleTeam.id }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    expect(isAbortError(await rejection(loading))).to.equal(true);
  });
});
