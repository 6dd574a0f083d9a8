// @ts-check
/**
 * A tiny REST backend for the example adapter and its tests: node:http, records in memory, an
 * `ETag` per record, `If-Match` on every update, ids chosen by the backend on create (`201`),
 * and CORS that lets a page on another origin read the `ETag`. It enforces the same team rules
 * as the adapters Saumaton ships, with core's `newlyBrokenRules`: a backend in another language
 * does the same with its own code.
 */
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import {
  ClientSchema,
  TEAM_STATUS_PREFERENCE,
  TeamSchema,
  ValidationError,
  newlyBrokenRules,
  parse,
} from '@saumaton/core';

/** @typedef {import('@saumaton/core').Client} Client */
/** @typedef {import('@saumaton/core').Team} Team */
/** @typedef {{ value: any, version: number }} StoredRecord */

// Without `Access-Control-Expose-Headers: ETag` a page on another origin reads no version.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Location',
};
const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Accept',
  'Access-Control-Max-Age': '600',
};

/** @param {number} version */
const etag = (version) => `"${String(version)}"`;

/**
 * Starts the backend.
 * @param {{ host?: string, port?: number, token?: string }} [options] `port: 0` picks a free
 *   port; with `token`, every request must carry `Authorization: Bearer <token>`.
 * @returns {Promise<{ url: string, reset(data?: { clients?: readonly Client[], teams?: readonly Team[] }): void, close(): Promise<void> }>}
 */
export async function startBackend({ host = '127.0.0.1', port = 0, token } = {}) {
  /** @type {Map<string, StoredRecord>} */
  let clients = new Map();
  /** @type {Map<string, StoredRecord>} */
  let teams = new Map();

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} [body]
   * @param {Record<string, string>} [headers]
   */
  function send(res, status, body, headers = {}) {
    res.writeHead(status, {
      ...CORS,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  /** @param {import('node:http').ServerResponse} res @param {StoredRecord} record @param {number} [status] */
  function sendRecord(res, record, status = 200, headers = {}) {
    send(res, status, record.value, { ETag: etag(record.version), ...headers });
  }

  /** @param {import('node:http').IncomingMessage} req */
  async function readJson(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    if (req.method === 'OPTIONS') return send(res, 204, undefined, PREFLIGHT);
    if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) {
      return send(res, 401, { message: 'sign in' }, { 'WWW-Authenticate': 'Bearer' });
    }
    const url = new URL(req.url ?? '/', 'http://backend');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [collection, id, sub] = parts;

    if (req.method === 'GET' && collection === 'clients' && id !== undefined && parts.length === 2) {
      const client = clients.get(id);
      return client ? sendRecord(res, client) : send(res, 404, { message: 'no such client' });
    }
    if (req.method === 'GET' && collection === 'clients' && id !== undefined && sub === 'team' && parts.length === 3) {
      // A client has one team at a time; older ones may be kept: active first, inactive last.
      const team = [...teams.values()]
        .filter((t) => t.value.clientId === id)
        .sort(
          (a, b) =>
            TEAM_STATUS_PREFERENCE[/** @type {Team} */ (a.value).status] -
            TEAM_STATUS_PREFERENCE[/** @type {Team} */ (b.value).status],
        )[0];
      return team ? sendRecord(res, team) : send(res, 404, { message: 'the client has no team' });
    }
    if (req.method === 'GET' && collection === 'teams' && id !== undefined && parts.length === 2) {
      const team = teams.get(id);
      return team ? sendRecord(res, team) : send(res, 404, { message: 'no such team' });
    }
    if (req.method === 'POST' && collection === 'teams' && parts.length === 1) {
      // The backend chooses the id of a new team; the one sent is ignored.
      const team = { ...parse(TeamSchema, await readJson(req)), id: `team-${randomUUID()}` };
      const broken = newlyBrokenRules(undefined, team);
      if (broken.length > 0) return send(res, 422, { issues: broken });
      const record = { value: team, version: 1 };
      teams.set(team.id, record);
      return sendRecord(res, record, 201, { Location: `/teams/${encodeURIComponent(team.id)}` });
    }
    if (req.method === 'PUT' && collection === 'teams' && id !== undefined && parts.length === 2) {
      const ifMatch = req.headers['if-match'];
      if (ifMatch === undefined) return send(res, 428, { message: 'an update needs If-Match' });
      const stored = teams.get(id);
      if (!stored) return send(res, 404, { message: 'no such team' });
      if (ifMatch !== etag(stored.version)) return sendRecord(res, stored, 412);
      const team = parse(TeamSchema, await readJson(req));
      if (team.id !== id) return send(res, 422, { issues: [{ path: 'id', message: 'is not the team in the URL' }] });
      // Only what this write newly breaks: a team that arrived broken can be mended step by step.
      const broken = newlyBrokenRules(/** @type {Team} */ (stored.value), team);
      if (broken.length > 0) return send(res, 422, { issues: broken });
      const record = { value: team, version: stored.version + 1 };
      teams.set(id, record);
      return sendRecord(res, record);
    }
    return send(res, 404, { message: 'no such resource' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((/** @type {unknown} */ error) => {
      if (error instanceof ValidationError) return send(res, 422, { issues: error.issues });
      if (error instanceof SyntaxError) return send(res, 400, { message: 'the body is not JSON' });
      console.error(error);
      return send(res, 500, { message: 'internal error' });
    });
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://${host}:${String(address.port)}`,
    /** Replaces everything the backend holds by `data`, as it is (teams may break rules). */
    reset(data = {}) {
      clients = new Map((data.clients ?? []).map((c) => [c.id, { value: parse(ClientSchema, c), version: 1 }]));
      teams = new Map((data.teams ?? []).map((t) => [t.id, { value: parse(TeamSchema, t), version: 1 }]));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
