/* global fetch, Response, Headers, AbortSignal, AbortController -- Node 20 has them, as browsers do */
// How the example adapter maps what a backend answers to Saumaton's errors: against the example
// backend where it can produce the answer, and against a scripted `fetch` for the rest.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AdapterError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OfflineError,
  UnauthorizedError,
  ValidationError,
  isAbortError,
} from '@saumaton/core';
import { conformanceClient, conformanceTeam } from '@saumaton/core/conformance';
import { startBackend } from '../src/backend.mjs';
import { RestAdapter } from '../dist/rest-adapter.js';

/**
 * An adapter whose `fetch` answers every request with `status` (and `headers`, `body`), and
 * records what it was asked.
 * @param {number} status
 * @param {{ headers?: Record<string, string>, body?: unknown }} [answer]
 */
function scripted(status, { headers = {}, body = {} } = {}) {
  /** @type {{ url: string, init: RequestInit | undefined }[]} */
  const requests = [];
  const adapter = new RestAdapter({
    baseUrl: 'https://api.example.fi/v1/',
    fetch: async (url, init) => {
      requests.push({ url: String(url), init });
      return new Response(status === 204 ? null : JSON.stringify(body), { status, headers });
    },
  });
  return { adapter, requests };
}

describe('RestAdapter maps the backend’s answers to Saumaton errors', () => {
  /** @type {Awaited<ReturnType<typeof startBackend>>} */
  let backend;
  before(async () => {
    backend = await startBackend({ token: 'secret' });
    backend.reset({ clients: [conformanceClient], teams: [conformanceTeam] });
  });
  after(() => backend.close());

  it('401 → UnauthorizedError (no token), and the token goes as a Bearer header', async () => {
    const anonymous = new RestAdapter({ baseUrl: backend.url });
    await assert.rejects(anonymous.getClient(conformanceClient.id), UnauthorizedError);
    const signedIn = new RestAdapter({ baseUrl: backend.url, getAccessToken: () => 'secret' });
    assert.equal((await signedIn.getClient(conformanceClient.id)).value.name, conformanceClient.name);
  });

  it('403 → ForbiddenError', async () => {
    await assert.rejects(scripted(403).adapter.getTeam({ teamId: 't' }), ForbiddenError);
  });

  it('404 → NotFoundError naming the record', async () => {
    const adapter = new RestAdapter({ baseUrl: backend.url, getAccessToken: () => 'secret' });
    await assert.rejects(adapter.getTeam({ teamId: 'no/such team' }), (error) => {
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.kind, 'Team');
      assert.equal(error.id, 'no/such team');
      return true;
    });
  });

  it('412 → ConflictError carrying the current team, fetched from the backend', async () => {
    const adapter = new RestAdapter({ baseUrl: backend.url, getAccessToken: () => 'secret' });
    const base = await adapter.getTeam({ teamId: conformanceTeam.id });
    const theirs = await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
    await assert.rejects(adapter.saveTeam(base.value, base.version), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.deepEqual(error.current, theirs);
      return true;
    });
  });

  it('409 → ConflictError with the current team read again', async () => {
    let calls = 0;
    const adapter = new RestAdapter({
      baseUrl: 'https://api.example.fi/v1',
      fetch: async () =>
        ++calls === 1
          ? new Response('{}', { status: 409 })
          : new Response(JSON.stringify(conformanceTeam), { status: 200, headers: { ETag: '"7"' } }),
    });
    await assert.rejects(adapter.saveTeam(conformanceTeam, '"6"'), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.current?.version, '"7"');
      return true;
    });
  });

  it('400 and 422 → ValidationError with the issues the backend named', async () => {
    const issues = [{ path: 'members', message: 'an active team needs a coordinator', code: 'coordinator-required' }];
    for (const status of [400, 422]) {
      await assert.rejects(scripted(status, { body: { issues } }).adapter.saveTeam(conformanceTeam, '"1"'), (error) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(error.issues, issues);
        return true;
      });
    }
    await assert.rejects(scripted(400, { body: 'nonsense' }).adapter.saveTeam(conformanceTeam, '"1"'), ValidationError);
  });

  it('5xx → AdapterError, never a ValidationError', async () => {
    for (const status of [500, 502, 503]) {
      await assert.rejects(scripted(status).adapter.getClient('c'), (error) => {
        assert.ok(error instanceof AdapterError, String(error));
        return true;
      });
    }
  });

  it('a network failure → OfflineError', async () => {
    const adapter = new RestAdapter({
      baseUrl: 'https://api.example.fi/v1',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await assert.rejects(adapter.getClient('c'), OfflineError);
  });

  it('an answer without ETag → an AdapterError that says so, not "malformed data"', async () => {
    await assert.rejects(scripted(200, { body: conformanceClient }).adapter.getClient('c'), (error) => {
      assert.ok(error instanceof AdapterError);
      assert.match(error.message, /sent no ETag.*Access-Control-Expose-Headers: ETag/);
      return true;
    });
  });

  it('a malformed answer → ValidationError naming the path', async () => {
    const { adapter } = scripted(200, { headers: { ETag: '"1"' }, body: { ...conformanceClient, turvakielto: 'no' } });
    await assert.rejects(adapter.getClient('c'), (error) => {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.path, 'turvakielto');
      return true;
    });
  });

  it('encodes ids, resolves against the absolute base URL, and sends If-Match on updates', async () => {
    const { adapter, requests } = scripted(200, {
      headers: { ETag: '"2"' },
      body: { ...conformanceTeam, id: 'a/b?c' },
    });
    await adapter.getTeam({ clientId: 'x y/z' }).catch(() => undefined);
    await adapter.saveTeam({ ...conformanceTeam, id: 'a/b?c' }, '"1"');
    assert.equal(requests[0]?.url, 'https://api.example.fi/v1/clients/x%20y%2Fz/team');
    assert.equal(requests[1]?.url, 'https://api.example.fi/v1/teams/a%2Fb%3Fc');
    assert.equal(requests[1]?.init?.method, 'PUT');
    assert.equal(new Headers(requests[1]?.init?.headers).get('If-Match'), '"1"');
    assert.throws(() => new RestAdapter({ baseUrl: '/api' }), TypeError, 'a relative base URL is refused');
  });

  it('abort: a read rejects at once; a write is checked before sending and, once sent, reports its outcome', async () => {
    const adapter = new RestAdapter({ baseUrl: backend.url, getAccessToken: () => 'secret' });
    const aborted = AbortSignal.abort();
    await assert.rejects(adapter.getTeam({ teamId: conformanceTeam.id }, { signal: aborted }), isAbortError);
    const base = await adapter.getTeam({ teamId: conformanceTeam.id });
    await assert.rejects(adapter.saveTeam(base.value, base.version, { signal: aborted }), isAbortError);
    assert.equal((await adapter.getTeam({ teamId: conformanceTeam.id })).version, base.version);

    // Aborted the moment the request leaves: the write goes on, and its answer is the truth.
    const controller = new AbortController();
    const abortOnceSent = new RestAdapter({
      baseUrl: backend.url,
      getAccessToken: () => 'secret',
      fetch: (url, init) => {
        const answer = fetch(url, init);
        if (init?.method === 'PUT') controller.abort();
        return answer;
      },
    });
    const saved = await abortOnceSent.saveTeam({ ...base.value, status: 'inactive' }, base.version, {
      signal: controller.signal,
    });
    assert.ok(controller.signal.aborted);
    assert.equal(saved.value.status, 'inactive');
    assert.equal((await adapter.getTeam({ teamId: conformanceTeam.id })).version, saved.version);
  });
});
