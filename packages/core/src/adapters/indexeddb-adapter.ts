import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { AdapterError, abortError, throwIfAborted } from '../contract/errors.js';
import {
  COLLECTIONS,
  RecordAdapter,
  keptVersion,
  type Collection,
  type RecordBackend,
  type StoredRecord,
} from './record-adapter.js';

interface SaumatonDb extends DBSchema {
  clients: { key: string; value: StoredRecord; indexes: { clientId: string } };
  teams: { key: string; value: StoredRecord; indexes: { clientId: string } };
  consents: { key: string; value: StoredRecord; indexes: { clientId: string } };
  templates: { key: string; value: StoredRecord; indexes: { clientId: string } };
  assessments: { key: string; value: StoredRecord; indexes: { clientId: string } };
  /** Every version of each assessment, listed by the assessment's id (`keptVersion`). */
  assessmentVersions: { key: string; value: StoredRecord; indexes: { clientId: string } };
  meterReadings: { key: string; value: StoredRecord; indexes: { clientId: string } };
  /** Plans' common sections, listed by client. */
  plans: { key: string; value: StoredRecord; indexes: { clientId: string } };
  /** Every version of each plan's common sections, listed by the plan's id. */
  planVersions: { key: string; value: StoredRecord; indexes: { clientId: string } };
  /** Producers' parts, listed by the plan's id (as their `clientId`). */
  planParts: { key: string; value: StoredRecord; indexes: { clientId: string } };
  /** Every version of each part, listed by the part's record id. */
  planPartVersions: { key: string; value: StoredRecord; indexes: { clientId: string } };
}

/**
 * The database's schema version. Each version only adds object stores, so an upgrade creates
 * the stores a database of `oldVersion` lacks and leaves every record it holds as it was:
 * 1: clients, teams. 2: consents. 3: templates (assessment templates). 4: assessments, their
 * versions, meter readings. 5: plans (the common sections), their versions, the producers' parts,
 * their versions.
 */
export const INDEXEDDB_VERSION = 5;

/** The object stores each schema version added. */
const ADDED_IN: Readonly<Record<number, readonly Collection[]>> = {
  1: ['clients', 'teams'],
  2: ['consents'],
  3: ['templates'],
  4: ['assessments', 'assessmentVersions', 'meterReadings'],
  5: ['plans', 'planVersions', 'planParts', 'planPartVersions'],
};

type Tx<M extends IDBTransactionMode> = IDBPTransaction<SaumatonDb, Collection[], M>;

/**
 * Runs one IndexedDB transaction and ends it early when the signal aborts; a failure of the
 * database itself (quota, a blocked upgrade, a closed connection) becomes an `AdapterError`.
 */
async function inTransaction<T, M extends IDBTransactionMode>(
  db: IDBPDatabase<SaumatonDb>,
  collections: Collection[],
  mode: M,
  signal: AbortSignal | undefined,
  work: (tx: Tx<M>) => Promise<T>,
): Promise<T> {
  throwIfAborted(signal);
  let tx: Tx<M> | undefined;
  const onAbort = () => {
    try {
      tx?.abort();
    } catch {
      // Already committed: the result stands (see below).
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const transaction = db.transaction(collections, mode);
    tx = transaction;
    // Observed here so a failed transaction never surfaces as an unhandled rejection.
    const done = transaction.done.then(
      () => true,
      () => false,
    );
    const result = await work(transaction);
    if (!(await done)) throw transaction.error ?? new DOMException('The transaction was aborted', 'AbortError');
    // Committed: the write happened, so report it even if the signal fired meanwhile.
    return result;
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw new AdapterError('The browser database failed', { cause: error });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

class IndexedDbBackend implements RecordBackend {
  private db: Promise<IDBPDatabase<SaumatonDb>> | undefined;
  /** Tells the other tabs (and other adapters on this page) what this one wrote. */
  private readonly channel: BroadcastChannel | undefined;

  constructor(private readonly name: string) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`saumaton-idb:${name}`) : undefined;
  }

  watch(onChange: (collection: Collection, id: string) => void): void {
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as { collection?: unknown; id?: unknown } | null;
      const collection = COLLECTIONS.find((c) => c === data?.collection);
      if (collection && typeof data?.id === 'string') onChange(collection, data.id);
    });
  }

  private open(): Promise<IDBPDatabase<SaumatonDb>> {
    this.db ??= openDB<SaumatonDb>(this.name, INDEXEDDB_VERSION, {
      upgrade(db, oldVersion) {
        for (let version = oldVersion + 1; version <= INDEXEDDB_VERSION; version++) {
          for (const name of ADDED_IN[version] ?? []) {
            db.createObjectStore(name, { keyPath: 'id' }).createIndex('clientId', 'clientId');
          }
        }
      },
      // Another tab upgrades or deletes the database: let go, and reopen on the next call.
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        this.db = undefined;
      },
      terminated: () => {
        this.db = undefined;
      },
    }).catch((error: unknown) => {
      this.db = undefined;
      throw new AdapterError('The browser database could not be opened', { cause: error });
    });
    return this.db;
  }

  async get(collection: Collection, id: string, signal?: AbortSignal) {
    return inTransaction(await this.open(), [collection], 'readonly', signal, (tx) =>
      tx.objectStore(collection).get(id),
    );
  }

  async listByClient(collection: Collection, clientId: string, signal?: AbortSignal) {
    return inTransaction(await this.open(), [collection], 'readonly', signal, (tx) =>
      tx.objectStore(collection).index('clientId').getAll(clientId),
    );
  }

  async compareAndPut(
    collection: Collection,
    id: string,
    ifMatch: string | null,
    next: (current: StoredRecord | undefined) => StoredRecord,
    signal?: AbortSignal,
    keep?: Collection,
  ) {
    // The read and the writes share one readwrite transaction, so no other tab can write between
    // and a kept version is stored exactly when the record is.
    const collections = keep ? [collection, keep] : [collection];
    return inTransaction(await this.open(), collections, 'readwrite', signal, async (tx) => {
      const store = tx.objectStore(collection);
      const current = await store.get(id);
      if ((current?.version ?? null) !== ifMatch) return { written: false as const, current };
      const written = next(current);
      await store.put(written);
      if (keep) await tx.objectStore(keep).put(keptVersion(written));
      return { written: true as const };
    }).then((result) => {
      if (result.written) this.announce(collection, id);
      return result;
    });
  }

  private announce(collection: Collection, id: string): void {
    try {
      this.channel?.postMessage({ collection, id });
    } catch {
      // The channel was closed by destroy(): nobody is listening any more.
    }
  }

  /** Stops telling and hearing other tabs; for an adapter that is done for good. */
  stopWatching(): void {
    this.channel?.close();
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) (await db).close();
  }
}

export interface IndexedDbAdapterOptions {
  /** The database name; give each portal (or test) its own. */
  readonly name?: string;
}

/**
 * The embedded default: keeps records in the browser's IndexedDB, so a portal works offline and
 * its edits survive reloads. Every record is validated on the way in and on the way out, since
 * another tab or an older version of the library may have written it.
 */
export class IndexedDbAdapter extends RecordAdapter {
  declare protected readonly backend: IndexedDbBackend;
  readonly name: string;

  constructor(options: IndexedDbAdapterOptions = {}) {
    const name = options.name ?? 'saumaton';
    super(new IndexedDbBackend(name));
    this.name = name;
  }

  /** Closes the connection; the next call opens it again. */
  close(): Promise<void> {
    return this.backend.close();
  }

  /** Closes the connection and deletes the database with everything in it. */
  async destroy(): Promise<void> {
    this.backend.stopWatching();
    await this.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(this.name);
      request.onsuccess = () => resolve();
      request.onerror = () =>
        reject(new AdapterError('The browser database could not be deleted', { cause: request.error }));
    });
  }
}
