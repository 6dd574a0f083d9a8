// @ts-check
import { TestRepository } from './repository.mjs';

/**
 * A planned misbehaviour for the next matching requests.
 * @typedef {object} Fault
 * @property {string | undefined} method HTTP method to match; any when absent.
 * @property {string} path Prefix of the FHIR path (after `/fhir/`, query included) to match.
 * @property {string | undefined} bundleType Match only a posted Bundle of this type (`batch`, `transaction`).
 * @property {number} times How many more requests it applies to.
 * @property {number | undefined} status Answer with this status; 0 destroys the socket; absent serves normally.
 * @property {string | undefined} retryAfter `Retry-After` header value sent with `status`.
 * @property {number} delayMs Wait this long before answering (or serving).
 */

/**
 * @typedef {object} LogEntry
 * @property {string} method
 * @property {string} path FHIR path after `/fhir/`, query included.
 * @property {string | null} authorization The `Authorization` header as received.
 */

/** Keeps a long-running demo server from growing without bound; tests read far fewer. */
const MAX_LOG_ENTRIES = 10_000;

/** One isolated FHIR store with its own test controls. */
export class Tenant {
  repo = new TestRepository();

  /** @type {Fault[]} */
  faults = [];

  /**
   * Accepted bearer tokens; `undefined` means no authentication is required.
   * @type {Set<string> | undefined}
   */
  tokens;

  /** @type {LogEntry[]} */
  log = [];

  /** @param {LogEntry} entry */
  record(entry) {
    this.log.push(entry);
    if (this.log.length > MAX_LOG_ENTRIES) {
      this.log.shift();
    }
  }

  /**
   * Uses up one application of the first fault that matches, if any.
   * @param {string} method
   * @param {string} path
   * @param {string | undefined} bundleType The `type` of a posted Bundle.
   * @returns {Fault | undefined}
   */
  takeFault(method, path, bundleType) {
    const index = this.faults.findIndex(
      (fault) =>
        (fault.method === undefined || fault.method === method) &&
        path.startsWith(fault.path) &&
        (fault.bundleType === undefined || fault.bundleType === bundleType),
    );
    const fault = this.faults[index];
    if (fault && --fault.times === 0) {
      this.faults.splice(index, 1);
    }
    return fault;
  }

  /**
   * @param {string | undefined} authorization
   * @returns {boolean}
   */
  isAuthorized(authorization) {
    if (!this.tokens) {
      return true;
    }
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    return token !== undefined && this.tokens.has(token);
  }
}

/**
 * Reads the body of `POST $control/faults`. Throws a message for the client on bad input.
 * @param {unknown} body
 * @returns {Fault[]}
 */
export function parseFaults(body) {
  if (!Array.isArray(body)) {
    throw new Error('Expected an array of faults');
  }
  return body.map((item, i) => {
    /** @param {string} message */
    const fail = (message) => new Error(`faults[${i}]: ${message}`);
    if (typeof item !== 'object' || item === null) {
      throw fail('expected an object');
    }
    const { method, path = '', bundleType, times = 1, status, retryAfter, delayMs = 0 } = item;
    if (method !== undefined && typeof method !== 'string') {
      throw fail('method must be a string');
    }
    if (typeof path !== 'string') {
      throw fail('path must be a string');
    }
    if (bundleType !== undefined && typeof bundleType !== 'string') {
      throw fail('bundleType must be a string');
    }
    if (!Number.isInteger(times) || times < 1) {
      throw fail('times must be a positive integer');
    }
    if (status !== undefined && !(status === 0 || (Number.isInteger(status) && status >= 200 && status <= 599))) {
      throw fail('status must be 0 (drop the connection) or an HTTP status from 200 to 599');
    }
    if (retryAfter !== undefined && typeof retryAfter !== 'string' && typeof retryAfter !== 'number') {
      throw fail('retryAfter must be a string or a number');
    }
    if (typeof delayMs !== 'number' || !(delayMs >= 0)) {
      throw fail('delayMs must be a non-negative number');
    }
    return {
      method: method?.toUpperCase(),
      path,
      bundleType,
      times,
      status,
      retryAfter: retryAfter === undefined ? undefined : String(retryAfter),
      delayMs,
    };
  });
}

/**
 * Reads the body of `POST $control/auth`: `{ token: string | null }` or `{ tokens: string[] }`.
 * @param {unknown} body
 * @returns {Set<string> | undefined} The accepted tokens, or `undefined` to turn authentication off.
 */
export function parseAuth(body) {
  if (typeof body === 'object' && body !== null) {
    if ('tokens' in body && Array.isArray(body.tokens) && body.tokens.every((t) => typeof t === 'string')) {
      return new Set(body.tokens);
    }
    if ('token' in body && (body.token === null || typeof body.token === 'string')) {
      return body.token === null ? undefined : new Set([body.token]);
    }
  }
  throw new Error('Expected { "token": string | null } or { "tokens": string[] }');
}
