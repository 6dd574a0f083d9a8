import { copyJson } from './json.js';
import type { Versioned } from './versioned.js';

/**
 * The listeners of an adapter's `subscribe()` for one kind of record: each is added with the ref
 * it follows and gets a copy of every new version of a record that ref `matches`.
 */
export class RecordListeners<T, R> {
  private readonly entries = new Set<{ readonly ref: R; readonly listener: (record: Versioned<T>) => void }>();

  constructor(private readonly matches: (ref: R, value: T) => boolean) {}

  get size(): number {
    return this.entries.size;
  }

  /** Adds a listener for the records `ref` matches; returns the function that removes it. */
  add(ref: R, listener: (record: Versioned<T>) => void): () => void {
    const entry = { ref, listener };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  notify(record: Versioned<T>): void {
    for (const { ref, listener } of this.entries) {
      if (!this.matches(ref, record.value)) continue;
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
