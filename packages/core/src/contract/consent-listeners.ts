import { copyJson } from './json.js';
import type { SubscriptionRef } from './stores.js';
import type { Versioned } from './versioned.js';
import type { ConsentRecord } from '../model/consent.js';

/**
 * The consent listeners of an adapter's `subscribe()`: each gets a copy of every new version of
 * any consent record of the client its ref names (one recorded, one revoked).
 */
export class ConsentListeners {
  private readonly entries = new Set<{
    readonly clientId: string;
    readonly listener: (record: Versioned<ConsentRecord>) => void;
  }>();

  get size(): number {
    return this.entries.size;
  }

  /** Adds a listener for the client `ref` names; returns the function that removes it. */
  add(ref: SubscriptionRef<'consent'>, listener: (record: Versioned<ConsentRecord>) => void): () => void {
    const entry = { clientId: ref.clientId, listener };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  notify(record: Versioned<ConsentRecord>): void {
    for (const { clientId, listener } of this.entries) {
      if (clientId !== record.value.clientId) continue;
      try {
        listener(copyJson(record));
      } catch (error) {
        // One failing listener must neither stop the others nor fail the write that notified.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }
}
