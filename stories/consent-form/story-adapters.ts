/**
 * Adapters for the consent form's stories. Each story's loader calls one of these, so every render
 * starts from fresh data and a consent recorded in one story never leaks into another.
 */
import { MemoryAdapter, OfflineError, type AnyAdapter, type CallOptions } from '@saumaton/core';
import { exampleClient, exampleConsents, exampleProtectedClient } from '@saumaton/core/examples';

/** Aino's consents (one revoked, with its history) and Sanna's statutory exception. */
export function exampleAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ clients: [exampleClient, exampleProtectedClient], consents: exampleConsents });
}

/** A client without any consent yet. */
export function noConsentsAdapter(): Promise<MemoryAdapter> {
  return MemoryAdapter.withData({ clients: [exampleClient] });
}

/** The consent stores without live updates, as most remote backends are: a stale revocation then meets the conflict. */
export async function withoutLiveUpdatesAdapter(): Promise<{ adapter: AnyAdapter; store: MemoryAdapter }> {
  const store = await exampleAdapter();
  return {
    store,
    adapter: {
      getClient: store.getClient.bind(store),
      listConsents: store.listConsents.bind(store),
      recordConsent: store.recordConsent.bind(store),
      revokeConsent: store.revokeConsent.bind(store),
    },
  };
}

/** Never answers: the loading state. */
export function neverAnsweringAdapter(): AnyAdapter {
  return { listConsents: () => new Promise<never>(() => undefined) };
}

/** Offline on the first load; "Try again" then reaches the example data. */
export async function offlineOnceAdapter(): Promise<AnyAdapter> {
  const online = await exampleAdapter();
  let failures = 1;
  return {
    getClient: online.getClient.bind(online),
    listConsents: (clientId: string, opts?: CallOptions) => {
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new OfflineError('The network is not reachable.'));
      }
      return online.listConsents(clientId, opts);
    },
  };
}
