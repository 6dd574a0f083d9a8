/**
 * The FHIR test server, as the browser tests reach it: a fresh tenant (an empty store of its
 * own) per adapter, and the tenant's test controls (faults, required token, request log).
 */
import { createFhirAdapter, type FhirAdapter, type FhirAdapterOptions } from '@saumaton/fhir';
import { checkTeamRules, type Client, type Team } from '@saumaton/core';

export interface Fault {
  readonly method?: string;
  readonly path?: string;
  /** Only a posted Bundle of this type: the adapter's reads are `batch`, its writes `transaction`. */
  readonly bundleType?: 'batch' | 'transaction';
  readonly status?: number;
  readonly times?: number;
  readonly retryAfter?: string;
  readonly delayMs?: number;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string | null;
}

export class Tenant {
  constructor(readonly baseUrl: string) {}

  private control(path: string, init?: RequestInit): Promise<Response> {
    return fetch(`${this.baseUrl.replace(/\/fhir$/, '/$control')}/${path}`, { cache: 'no-store', ...init });
  }

  private async post(path: string, body: unknown): Promise<void> {
    const res = await this.control(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
    if (!res.ok) throw new Error(`control ${path} answered ${String(res.status)}`);
  }

  faults(faults: readonly Fault[]): Promise<void> {
    return this.post('faults', faults);
  }

  async clearFaults(): Promise<void> {
    await this.control('faults', { method: 'DELETE' });
  }

  requireToken(tokens: readonly string[] | null): Promise<void> {
    return this.post('auth', tokens === null ? { token: null } : { tokens });
  }

  async log(): Promise<LoggedRequest[]> {
    return (await (await this.control('log')).json()) as LoggedRequest[];
  }

  async clearLog(): Promise<void> {
    await this.control('log', { method: 'DELETE' });
  }

  adapter(options: Omit<FhirAdapterOptions, 'baseUrl'> = {}): FhirAdapter {
    return createFhirAdapter({ baseUrl: this.baseUrl, retry: { baseDelayMs: 20 }, ...options });
  }

  /** A raw FHIR request, for setting up what the adapter would never write itself. */
  async fhir(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.baseUrl}/${path}`, {
      method,
      // What the server holds now: a resource with Last-Modified is heuristically fresh for a
      // while, and Firefox then answered a GET after a write from its cache.
      cache: 'no-store',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  }
}

let serverUrl: Promise<string> | undefined;

export async function newTenant(): Promise<Tenant> {
  serverUrl ??= fetch('/__fhir-test-server.json').then(async (r) => ((await r.json()) as { url: string }).url);
  const res = await fetch(`${await serverUrl}/tenants`, { method: 'POST' });
  return new Tenant(((await res.json()) as { baseUrl: string }).baseUrl);
}

/**
 * A tenant holding `clients` and `teams`, written through the adapter itself. A team that breaks
 * a team rule, which the adapter would refuse to create, is written as `proposed` (which the
 * rules allow) and then given its real status by a raw FHIR update, as another system might.
 */
export async function seededTenant(data: { clients: readonly Client[]; teams: readonly Team[] }): Promise<Tenant> {
  const tenant = await newTenant();
  const adapter = tenant.adapter();
  for (const client of data.clients) await adapter.saveClient(client, null);
  for (const team of data.teams) {
    if (checkTeamRules(team).length === 0) {
      await adapter.saveTeam(team, null);
      continue;
    }
    await adapter.saveTeam({ ...team, status: 'proposed' }, null);
    const { body } = await tenant.fhir('GET', `CareTeam/${team.id}`);
    const written = await tenant.fhir('PUT', `CareTeam/${team.id}`, { ...(body as object), status: team.status });
    if (written.status !== 200) throw new Error(`seeding CareTeam/${team.id} answered ${String(written.status)}`);
  }
  return tenant;
}
