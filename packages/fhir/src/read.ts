/**
 * Reading helpers shared by the stores: one resource by id, a search, and resolving many
 * references in one `batch` round trip.
 */
import { AdapterError, NotFoundError, OfflineError } from '@saumaton/core';
import { FHIR_ID, checkShape } from './datatypes.js';
import { errorForStatus, versionFromEtag, type FhirHttp } from './http.js';
import type { ResourceIndex } from './resource-index.js';
import { AnyResourceSchema, BundleSchema, type AnyResource, type Bundle } from './resources.js';

/** Reads `Type/id`; a 404 or 410 is a `NotFoundError` naming `kind`. */
export async function readResource(
  http: FhirHttp,
  type: string,
  id: string,
  kind: string,
  signal: AbortSignal | undefined,
): Promise<{ resource: AnyResource; version: string }> {
  // An id FHIR cannot hold names nothing; it must not reach the URL either.
  if (!FHIR_ID.test(id)) throw new NotFoundError(kind, id);
  const res = await http.get(`${type}/${id}`, signal);
  if (res.status === 404 || res.status === 410) throw new NotFoundError(kind, id);
  const error = errorForStatus(res.status, res.body, `Reading ${type}/${id}`);
  if (error) throw error;
  const resource = checkShape(AnyResourceSchema, res.body, type);
  if (resource.resourceType !== type || resource.id !== id) {
    throw new AdapterError(
      `The FHIR server answered ${type}/${id} with ${resource.resourceType}/${resource.id ?? '?'}`,
    );
  }
  const version = versionFromEtag(res.etag) ?? resource.meta?.versionId;
  if (version === undefined) throw new AdapterError(`The FHIR server gave ${type}/${id} no version`);
  return { resource, version };
}

/** The path of the next page of a search answer, relative to `baseUrl`; undefined on the last page. */
export function nextPage(bundle: Bundle, baseUrl: string): string | undefined {
  const links = (bundle['link'] ?? []) as readonly { relation?: string; url?: string }[];
  const url = links.find((l) => l.relation === 'next')?.url;
  if (!url) return undefined;
  const base = baseUrl.replace(/\/$/, '');
  if (!url.startsWith(`${base}/`)) throw new AdapterError(`The FHIR server paged to another server: ${url}`);
  return url.slice(base.length + 1);
}

/** Runs a search and returns its Bundle. */
export async function search(http: FhirHttp, query: string, signal: AbortSignal | undefined): Promise<Bundle> {
  const res = await http.get(query, signal);
  const error = errorForStatus(res.status, res.body, `Searching ${query}`);
  if (error) throw error;
  if (res.status !== 200) throw new AdapterError(`Searching ${query} answered HTTP ${String(res.status)}`);
  return checkShape(BundleSchema, res.body, 'Bundle');
}

/** The resources of a Bundle's entries. */
export function resourcesOf(bundle: Bundle | undefined): AnyResource[] {
  return (bundle?.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}

/** Up to this many ids go in one `_id` search, which keeps the URL short. */
const IDS_PER_SEARCH = 50;

/**
 * Fetches, in one `batch` round trip, every resource `references` name that `index` does not
 * hold yet (grouped by type into `_id=a,b,c` searches), plus the `extra` searches; adds what it
 * finds to `index` and returns the result Bundles of the extra searches. A reference that
 * matches nothing simply stays unresolved. Nothing is sent when there is nothing to fetch.
 */
export async function resolveBatch(
  http: FhirHttp,
  index: ResourceIndex,
  references: readonly string[],
  extra: readonly string[],
  signal: AbortSignal | undefined,
): Promise<Bundle[]> {
  const byType = new Map<string, Set<string>>();
  for (const key of references.map((r) => index.keyOf(r))) {
    if (key === undefined || index.has(key)) continue;
    const [type = '', id = ''] = key.split('/');
    byType.set(type, (byType.get(type) ?? new Set()).add(id));
  }
  const lookups = [...byType].flatMap(([type, ids]) => {
    const list = [...ids];
    const chunks: string[] = [];
    for (let i = 0; i < list.length; i += IDS_PER_SEARCH) {
      chunks.push(`${type}?_id=${list.slice(i, i + IDS_PER_SEARCH).join(',')}&_count=${String(IDS_PER_SEARCH)}`);
    }
    return chunks;
  });
  const paths = [...lookups, ...extra];
  if (paths.length === 0) return [];

  const res = await http.batchGet(paths, signal);
  const error = errorForStatus(res.status, res.body, 'A batch read');
  if (error) throw error;
  if (res.status !== 200) throw new AdapterError(`A batch read answered HTTP ${String(res.status)}`);
  const answer = checkShape(BundleSchema, res.body, 'Bundle');
  const entries = answer.entry ?? [];
  if (entries.length !== paths.length) throw new AdapterError('A batch read answered with the wrong number of entries');

  return entries.flatMap((entry, i) => {
    const status = Number.parseInt(entry.response?.status ?? '200', 10);
    if (status >= 300) {
      // A type this viewer may not read, or a failing server, is an error for the whole read;
      // a lookup that found nothing only leaves its references unresolved.
      const failure = errorForStatus(status, entry.response?.outcome, `Reading ${paths[i] ?? ''}`);
      if (failure) throw failure;
      return i >= lookups.length ? [{ resourceType: 'Bundle' as const, type: 'searchset' }] : [];
    }
    const bundle = checkShape(BundleSchema, entry.resource, `Bundle.entry.${String(i)}`);
    if (i < lookups.length) {
      for (const resource of resourcesOf(bundle)) index.add(resource);
      return [];
    }
    return [bundle];
  });
}

/**
 * What a write that succeeded stored, read back. The write is done whatever happens here, so a
 * read that fails for the network or the server is tried again (a blip must not turn a done save
 * into a reported failure and then, on retry, into a conflict with the user's own change).
 */
export async function readBack<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 2 || !(error instanceof OfflineError || error instanceof AdapterError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
    }
  }
}
