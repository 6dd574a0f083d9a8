/**
 * A Saumaton adapter for a plain REST backend: a worked example of the store contracts, tested
 * with the conformance suite against `backend.mjs` beside it. Copy it and change the URLs.
 *
 * The backend it expects:
 *
 * | request                          | answer                                                         |
 * | -------------------------------- | -------------------------------------------------------------- |
 * | `GET  /clients/{id}`             | `200` the client, `ETag`                                       |
 * | `GET  /teams/{id}`               | `200` the team, `ETag`                                         |
 * | `GET  /clients/{id}/team`        | `200` the client's current team, `ETag`                        |
 * | `POST /teams`                    | `201` the team under an id the backend chose, `ETag`           |
 * | `PUT  /teams/{id}` + `If-Match`  | `200` the team, new `ETag`; `412` when `If-Match` is not current |
 *
 * Errors, whatever the method: `401`, `403`, `404`, `409`/`412`, `400`/`422` (with
 * `{ issues: [{ path, message, code? }] }` when it can), `5xx`.
 */
import {
  AdapterError,
  ClientSchema,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OfflineError,
  TeamSchema,
  UnauthorizedError,
  ValidationError,
  isAbortError,
  parse,
  parseVersioned,
  throwIfAborted,
  type CallOptions,
  type Client,
  type ClientStore,
  type Team,
  type TeamRef,
  type TeamStore,
  type ValidationIssue,
  type Versioned,
} from '@saumaton/core';

export interface RestAdapterOptions {
  /** The backend's absolute base URL, e.g. `https://api.example.fi/saumaton/v1`. */
  readonly baseUrl: string;
  /** Called before every request; the token is sent as `Authorization: Bearer …`, never stored. */
  readonly getAccessToken?: () => string | undefined | Promise<string | undefined>;
  /** The `fetch` to use; the global one by default. */
  readonly fetch?: typeof fetch;
}

/** What a failed request was about, to name it in errors. */
interface Target {
  readonly kind: 'Client' | 'Team';
  readonly id: string;
}

export class RestAdapter implements ClientStore, TeamStore {
  private readonly baseUrl: string;

  constructor(private readonly options: RestAdapterOptions) {
    // Absolute, so it works where no page gives a base (Node, workers, tests).
    this.baseUrl = new URL(options.baseUrl).href.replace(/\/$/, '');
  }

  async getClient(clientId: string, opts: CallOptions = {}): Promise<Versioned<Client>> {
    const res = await this.send('GET', `/clients/${encodeURIComponent(clientId)}`, { signal: opts.signal });
    return this.answer(res, { kind: 'Client', id: clientId }, (a) => parseVersioned(ClientSchema, a));
  }

  async getTeam(ref: TeamRef, opts: CallOptions = {}): Promise<Versioned<Team>> {
    const [path, target] =
      'teamId' in ref
        ? [`/teams/${encodeURIComponent(ref.teamId)}`, { kind: 'Team', id: ref.teamId } as const]
        : [
            `/clients/${encodeURIComponent(ref.clientId)}/team`,
            { kind: 'Team', id: `client ${ref.clientId}` } as const,
          ];
    const res = await this.send('GET', path, { signal: opts.signal });
    return this.answer(res, target, (a) => parseVersioned(TeamSchema, a));
  }

  /**
   * `POST /teams` when `ifMatch` is null (the backend chooses the id, which the returned team
   * carries), else `PUT /teams/{id}` with `If-Match`. The signal is checked before sending; once
   * sent, the outcome is reported as it is, since the backend may already have stored the team.
   */
  async saveTeam(team: Team, ifMatch: string | null, opts: CallOptions = {}): Promise<Versioned<Team>> {
    const value = parse(TeamSchema, team); // malformed data never leaves the page
    const { signal } = opts;
    const target = { kind: 'Team', id: value.id } as const;
    const res =
      ifMatch === null
        ? await this.send('POST', '/teams', { body: value, signal })
        : await this.send('PUT', `/teams/${encodeURIComponent(value.id)}`, { body: value, ifMatch, signal });
    if (res.status === 409 || res.status === 412) {
      // Someone else wrote first: fetch what is there now, so the user sees theirs beside their own.
      const ref: TeamRef = ifMatch === null ? { clientId: value.clientId } : { teamId: value.id };
      throw new ConflictError<Team>(await this.getTeam(ref).catch(() => undefined));
    }
    return this.answer(res, target, (a) => parseVersioned(TeamSchema, a));
  }

  /**
   * One request. The signal is checked last thing before sending. A network failure is an
   * `OfflineError`; an abort stays an `AbortError`.
   */
  private async send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    { body, ifMatch, signal }: { body?: unknown; ifMatch?: string; signal?: AbortSignal | undefined },
  ): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json' });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (ifMatch !== undefined) headers.set('If-Match', ifMatch);
    const token = await this.options.getAccessToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    throwIfAborted(signal);
    const doFetch = this.options.fetch ?? globalThis.fetch;
    try {
      return await doFetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        // A read stops when its signal fires. A write's signal was checked just above and is not
        // passed on: once sent, a write may be stored, so its answer is always awaited.
        ...(signal && method === 'GET' ? { signal } : {}),
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new OfflineError(`${method} ${path} could not reach the backend`, { cause: error });
    }
  }

  /** A successful answer as `Versioned<T>`, validated; any other status as the matching error. */
  private async answer<T>(
    res: Response,
    target: Target,
    validate: (answer: unknown) => Versioned<T>,
  ): Promise<Versioned<T>> {
    if (!res.ok) throw await errorFor(res, target);
    const version = res.headers.get('ETag');
    if (!version) {
      throw new AdapterError(
        'The backend sent no ETag; on another origin it must send Access-Control-Expose-Headers: ETag',
      );
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch (error) {
      throw new AdapterError(`The backend's answer about ${target.kind} "${target.id}" is not JSON`, { cause: error });
    }
    return validate({ value: body, version });
  }
}

/** The error a failed response stands for. 409 and 412 are handled by `saveTeam` itself. */
async function errorFor(res: Response, target: Target): Promise<Error> {
  switch (res.status) {
    case 401:
      return new UnauthorizedError('Sign in again: the backend did not accept the session');
    case 403:
      return new ForbiddenError(`Not allowed: ${target.kind} "${target.id}"`);
    case 404:
      return new NotFoundError(target.kind, target.id);
    case 409:
    case 412:
      return new ConflictError(undefined);
    case 400:
    case 422:
      return new ValidationError(await issuesOf(res));
    default:
      return new AdapterError(`The backend answered HTTP ${String(res.status)} about ${target.kind} "${target.id}"`);
  }
}

/** The issues a 400/422 answer names (`{ issues: [{ path, message, code? }] }`), or one for the whole value. */
async function issuesOf(res: Response): Promise<ValidationIssue[]> {
  const body = (await res.json().catch(() => undefined)) as { issues?: unknown; message?: unknown } | undefined;
  const issues = Array.isArray(body?.issues)
    ? body.issues.flatMap((i: unknown): ValidationIssue[] => {
        if (typeof i !== 'object' || i === null) return [];
        const { path, message, code } = i as Record<string, unknown>;
        return [
          {
            path: typeof path === 'string' ? path : '',
            message: typeof message === 'string' ? message : 'is not valid',
            ...(typeof code === 'string' ? { code } : {}),
          },
        ];
      })
    : [];
  const message = typeof body?.message === 'string' ? body.message : 'the backend refused the value';
  return issues.length > 0 ? issues : [{ path: '', message }];
}
