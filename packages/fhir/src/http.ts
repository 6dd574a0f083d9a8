/**
 * The HTTP side of the adapter: every request with the access token fetched for it (never kept), reads retried with backoff when the server is busy, and every failure
 * turned into the Saumaton error class a widget knows how to say.
 */
import {
  AdapterError,
  ForbiddenError,
  OfflineError,
  UnauthorizedError,
  ValidationError,
  abortError,
  isAbortError,
  throwIfAborted,
  type ValidationIssue,
} from '@saumaton/core';
import * as v from '@saumaton/core/schema';
import { OperationOutcomeSchema, type AnyResource } from './resources.js';

export interface FhirHttpOptions {
  /** The FHIR base, e.g. `https://fhir.example.fi/R4`. */
  readonly baseUrl: string;
  /** Defaults to the global `fetch`; pass one to add tracing or a test double. */
  readonly fetch?: typeof fetch | undefined;
  /** Called before every request; the token it returns is sent as `Bearer` and not kept. */
  readonly getAccessToken?: (() => string | undefined | Promise<string | undefined>) | undefined;
  /** Extra headers for every request (a tenant id, a client name). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** How reads are retried on 429 and 503; `retries: 0` turns it off. */
  readonly retry?:
    { readonly retries?: number; readonly baseDelayMs?: number; readonly maxDelayMs?: number } | undefined;
}

export interface FhirResponse {
  readonly status: number;
  readonly body: unknown;
  readonly etag: string | undefined;
}

interface RequestOptions {
  readonly body?: unknown;
  readonly ifMatch?: string | undefined;
  readonly signal?: AbortSignal | undefined;
  /**
   * May this request be sent again when the server is busy? True for reads (a batch of GETs
   * included); never for writes, which might have been done before the answer was lost.
   */
  readonly idempotent: boolean;
}

const BUSY = new Set([429, 503]);

/** `W/"3"` → `3`: the version id inside an ETag. */
export function versionFromEtag(etag: string | undefined | null): string | undefined {
  const m = etag ? /^(?:W\/)?"([^"]*)"$/.exec(etag.trim()) : null;
  return m?.[1] ?? undefined;
}

/** How long `Retry-After` asks us to wait, in ms (seconds or an HTTP date). */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The issues of an OperationOutcome, as a ValidationError reports them. */
export function outcomeIssues(body: unknown): ValidationIssue[] {
  const outcome = v.safeParse(OperationOutcomeSchema, body);
  if (!outcome.success) return [];
  return outcome.output.issue.map((issue) => ({
    path: issue.expression?.[0] ?? issue.location?.[0] ?? '',
    message: issue.diagnostics ?? issue.details?.text ?? issue.code ?? 'invalid',
    ...(issue.code !== undefined && { code: issue.code }),
  }));
}

/**
 * Did the server refuse a write because the resource changed? 412 is FHIR's answer; some
 * servers (HAPI) answer a concurrent change with 409 and an issue of code `conflict`.
 */
export function isVersionConflict(status: number, body: unknown): boolean {
  return status === 412 || (status === 409 && outcomeIssues(body).some((i) => i.code === 'conflict'));
}

/** The error for a failed response; `undefined` for statuses the caller handles (404, 412). */
export function errorForStatus(status: number, body: unknown, what: string): Error | undefined {
  const detail = outcomeIssues(body)[0]?.message;
  const message = `${what} failed with HTTP ${String(status)}${detail ? `: ${detail}` : ''}`;
  switch (status) {
    case 401:
      return new UnauthorizedError(message);
    case 403:
      return new ForbiddenError(message);
    case 400:
    case 409:
    case 422: {
      const issues = outcomeIssues(body);
      return new ValidationError(issues.length > 0 ? issues : [{ path: '', message }]);
    }
    case 404:
    case 410:
    case 412:
      return undefined;
    default:
      return status >= 400 ? new AdapterError(message) : undefined;
  }
}

export class FhirHttp {
  readonly baseUrl: string;
  private readonly fetcher: typeof fetch;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: FhirHttpOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    // Bound to the global object: a detached `fetch` throws "Illegal invocation" in browsers.
    this.fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.retries = options.retry?.retries ?? 3;
    this.baseDelayMs = options.retry?.baseDelayMs ?? 300;
    this.maxDelayMs = options.retry?.maxDelayMs ?? 10_000;
  }

  /** A GET of a path under the base (`CareTeam/1`, `CareTeam?_id=1`). */
  get(path: string, signal: AbortSignal | undefined): Promise<FhirResponse> {
    return this.request('GET', path, { signal, idempotent: true });
  }

  /** A `batch` Bundle of GETs: safe to retry, as nothing is written. */
  batchGet(paths: readonly string[], signal: AbortSignal | undefined): Promise<FhirResponse> {
    const body = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: paths.map((url) => ({ request: { method: 'GET', url } })),
    };
    return this.request('POST', '', { body, signal, idempotent: true });
  }

  /** A write: sent once, and without an abort signal, so its answer is always seen. */
  write(method: 'POST' | 'PUT', path: string, body: AnyResource, ifMatch: string | undefined): Promise<FhirResponse> {
    return this.request(method, path, { body, ifMatch, idempotent: false });
  }

  private async request(method: string, path: string, opts: RequestOptions): Promise<FhirResponse> {
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(opts.signal);
      const response = await this.send(method, path, opts);
      if (!opts.idempotent || !BUSY.has(response.status) || attempt >= this.retries) {
        const body = await readBody(response);
        return { status: response.status, body, etag: response.headers.get('ETag') ?? undefined };
      }
      const asked = retryAfterMs(response.headers.get('Retry-After'));
      if (asked !== undefined && asked > this.maxDelayMs) {
        throw new AdapterError(`The FHIR server is busy for ${String(Math.round(asked / 1000))} s`);
      }
      // Exponential backoff with jitter, unless the server said how long to wait.
      const backoff = this.baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2);
      await response.body?.cancel();
      await sleep(Math.min(asked ?? backoff, this.maxDelayMs), opts.signal);
    }
  }

  private async send(method: string, path: string, opts: RequestOptions): Promise<Response> {
    const headers = new Headers(this.options.headers);
    headers.set('Accept', 'application/fhir+json');
    if (opts.body !== undefined) headers.set('Content-Type', 'application/fhir+json');
    if (opts.ifMatch !== undefined) headers.set('If-Match', opts.ifMatch);
    let token: string | undefined;
    try {
      token = await this.options.getAccessToken?.();
    } catch (error) {
      // No token to be had (a refresh that failed): the viewer has to sign in again.
      throw new UnauthorizedError('No access token could be obtained', { cause: error });
    }
    if (token) headers.set('Authorization', `Bearer ${token}`);
    throwIfAborted(opts.signal);
    try {
      return await this.fetcher(path === '' ? this.baseUrl : `${this.baseUrl}/${path}`, {
        method,
        headers,
        body: opts.body === undefined ? null : JSON.stringify(opts.body),
        signal: opts.signal ?? null,
        // Credentials travel only as the bearer token, never as cookies to another origin.
        credentials: 'omit',
        // Always the server's current state: a cached read would carry a stale version into the
        // next write, and client records have no business in the browser's disk cache.
        cache: 'no-store',
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new OfflineError('The FHIR server could not be reached', { cause: error });
    }
  }
}

async function readBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // The body stops coming when the call is aborted or the connection drops halfway.
    if (isAbortError(error)) throw error;
    throw new OfflineError('The FHIR server’s answer was cut off', { cause: error });
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (response.ok)
      throw new AdapterError(`The FHIR server answered HTTP ${String(response.status)} with a body that is not JSON`);
    return undefined;
  }
}
