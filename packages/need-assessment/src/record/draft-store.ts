/**
 * The need assessment's own draft store: every change is kept on this device at once, in an
 * IndexedDB database that belongs to the widget whatever the adapter is, so a reload, a crash or
 * a lost connection loses no answer. Loaded lazily, with editing.
 *
 * One database per name (default `saumaton-drafts`), version 1, one object store `drafts` keyed
 * by `id` (`draftIdOf`). Each write is told to the other tabs on the BroadcastChannel
 * `saumaton-drafts:<name>`, so two tabs on one assessment never overwrite each other silently.
 * Where IndexedDB cannot be used (missing, blocked, private mode, quota) drafts live in memory
 * for the page's life and `persistent()` says so.
 */
import { newId, parse, QuestionnaireResponseItemSchema } from '@saumaton/core';
import type { ClientView, QuestionnaireResponseItem } from '@saumaton/core';
import { warnOnce } from '@saumaton/elements';

/** A draft of one assessment as typed on this device, not yet confirmed saved by the adapter. */
export interface AssessmentDraft {
  /** Stable per assessment: draftIdOf(...). */
  readonly id: string;
  /** The saved assessment's id; undefined for an assessment not yet created. */
  readonly assessmentId?: string;
  /** The version of the saved assessment the draft was started from (its ifMatch); null: not saved yet. */
  readonly baseVersion: string | null;
  /** The answers as typed, FHIR R4 `QuestionnaireResponse.item`s. */
  readonly answers: readonly QuestionnaireResponseItem[];
  /** The client's own view as far as it was written. */
  readonly clientView?: ClientView;
  /** Anything else the widget keeps (the initiation form of a new assessment, …) — JSON only. */
  readonly extra?: Readonly<Record<string, unknown>>;
  /** ISO date-time of the last change. */
  readonly updatedAt: string;
  /** Which tab wrote it last (DraftStore.tabId of that tab). */
  readonly writer: string;
  /** Increases by one on every put; put() sets it. */
  readonly revision: number;
}

/** What a caller gives `put()`: the store sets the rest. */
export type DraftInput = Omit<AssessmentDraft, 'revision' | 'writer' | 'updatedAt'>;

/** Options of a `DraftStore` made with `new` (tests, or a page that wants its own). */
export interface DraftStoreOptions {
  /** The IndexedDB factory to open with; `null`: none, keep drafts in memory. Defaults to the page's `indexedDB`. */
  readonly indexedDB?: Pick<IDBFactory, 'open'> | null;
}

/**
 * The one draft id of an assessment: of a saved one by its id, of one not yet created by its
 * client and template (so a reload of the initiation form finds its draft too). The parts are
 * escaped, so no two references share an id.
 */
export function draftIdOf(ref: { assessmentId: string } | { clientId: string; templateId: string }): string {
  const e = encodeURIComponent;
  return 'assessmentId' in ref ? `assessment:${e(ref.assessmentId)}` : `new:${e(ref.clientId)}/${e(ref.templateId)}`;
}

const STORE = 'drafts';
const DEFAULT_NAME = 'saumaton-drafts';
const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const optional = (x: unknown, test: (x: unknown) => boolean) => x === undefined || test(x);

/** The revision a stored record has, 0 when it has none (missing or malformed). */
const revisionOf = (record: unknown): number =>
  isObject(record) && Number.isSafeInteger(record.revision) ? (record.revision as number) : 0;

/** The draft stored record `d` is, when it is one of draft `id`; otherwise undefined, with a warning for the developer. */
function draftOf(d: unknown, id: string, name: string): AssessmentDraft | undefined {
  if (d === undefined) return undefined;
  try {
    if (
      isObject(d) &&
      d.id === id &&
      optional(d.assessmentId, isString) &&
      (d.baseVersion === null || isString(d.baseVersion)) &&
      Array.isArray(d.answers) &&
      optional(
        d.clientView,
        (v) =>
          isObject(v) &&
          (v.kind === 'given' ? optional(v.text, isString) : v.kind === 'obstacle' && isString(v.reason)),
      ) &&
      optional(d.extra, isObject) &&
      isString(d.updatedAt) &&
      isString(d.writer) &&
      revisionOf(d) > 0
    ) {
      // Throws a ValidationError for an answer this version cannot read.
      for (const item of d.answers as unknown[]) parse(QuestionnaireResponseItemSchema, item);
      return d as unknown as AssessmentDraft;
    }
  } catch {
    // Reported below, as any other shape.
  }
  warnOnce(
    `draft:${name}:${id}`,
    `Ignored the draft ${id} in ${name}: unreadable (another version wrote it, or a hand).`,
  );
  return undefined;
}

type Message = { readonly id: string; readonly draft?: AssessmentDraft };

const stores = new Map<string, DraftStore>();

/**
 * Drafts of assessments on this device: IndexedDB when it can be used, memory otherwise. Writes
 * (and reads) run one after another in call order, so the last write is the one kept; each
 * write and delete is told to the other tabs, which `watch()` hears.
 */
export class DraftStore {
  /** One per page and database name; opens lazily; `name` defaults to 'saumaton-drafts'. */
  static shared(name = DEFAULT_NAME): DraftStore {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new DraftStore(name)));
    return store;
  }

  /** Random per page load (crypto.randomUUID, with a fallback): the `writer` of this store's drafts. */
  readonly tabId: string = newId('tab');

  private db: Promise<IDBDatabase | null> | undefined;
  /** The drafts while IndexedDB cannot be used. */
  private readonly memory = new Map<string, AssessmentDraft>();
  /** The operations in call order: each starts when the one before has ended. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly channel: BroadcastChannel | undefined;
  private readonly listeners = new Map<string, Set<(draft: AssessmentDraft | undefined) => void>>();

  /**
   * A store of its own, apart from `shared()`'s: for tests, and for the page after a reload,
   * which a second instance on the same name stands for.
   */
  constructor(
    readonly name = DEFAULT_NAME,
    private readonly options: DraftStoreOptions = {},
  ) {
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`saumaton-drafts:${name}`);
      this.channel.onmessage = ({ data }: MessageEvent<unknown>) => {
        if (!isObject(data) || !isString(data.id)) return;
        const draft = draftOf(data.draft, data.id, name);
        // A draft this version cannot read is no news (warned once); a missing one was deleted.
        if (draft || data.draft === undefined)
          for (const listener of this.listeners.get(data.id) ?? []) listener(draft);
      };
    }
  }

  /** The database, or null when drafts live in memory; opened on first use and after another tab took it away. */
  private open(): Promise<IDBDatabase | null> {
    if (this.db) return this.db;
    const opening = new Promise<IDBDatabase | null>((resolve) => {
      let request: IDBOpenDBRequest | undefined;
      try {
        const factory = this.options.indexedDB === undefined ? globalThis.indexedDB : this.options.indexedDB;
        request = factory?.open(this.name, 1);
      } catch {
        // Storage denied (a sandboxed frame, blocked cookies): no database.
      }
      if (!request) return resolve(null);
      const r = request;
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
      r.onsuccess = () => {
        const db = r.result;
        // Another tab upgrades or deletes the database: let go, and open again on the next call.
        // (A connection that succeeds after it was blocked is unused, and lets go the same way.)
        db.onversionchange = () => {
          db.close();
          if (this.db === opening) this.db = undefined;
        };
        resolve(db);
      };
      // Private mode, a newer version, or a tab holding an older one open that will not let go.
      r.onerror = r.onblocked = () => resolve(null);
    });
    return (this.db = opening);
  }

  /**
   * Reads record `id` and lets `decide` say what to answer and what to store instead (a draft;
   * null: delete it; undefined: leave it), in one transaction, after every operation called
   * before. A database that fails is opened once more, then given up for memory.
   */
  private change<T>(
    id: string,
    mode: IDBTransactionMode,
    decide: (current: unknown) => [T, AssessmentDraft | null | undefined],
  ): Promise<T> {
    const attempt = async (again: boolean): Promise<T> => {
      const db = await this.open();
      if (!db) {
        const [result, next] = decide(this.memory.get(id));
        if (next === null) this.memory.delete(id);
        else if (next) this.memory.set(id, next);
        return result;
      }
      try {
        return await new Promise<T>((resolve, reject) => {
          const tx = db.transaction(STORE, mode);
          const store = tx.objectStore(STORE);
          const request = store.get(id);
          let result: T;
          request.onsuccess = () => {
            const [answer, next] = decide(request.result);
            result = answer;
            if (next === null) store.delete(id);
            else if (next) store.put(next);
          };
          tx.oncomplete = () => resolve(result);
          tx.onabort = reject;
        });
      } catch {
        // Lost connection, quota, a database without our store: open again once, then memory.
        db.close();
        this.db = again ? undefined : Promise.resolve(null);
        return attempt(false);
      }
    };
    const done = this.queue.then(() => attempt(true));
    this.queue = done.catch(() => undefined);
    return done;
  }

  private tell(id: string, draft?: AssessmentDraft): void {
    try {
      this.channel?.postMessage({ id, draft } satisfies Message);
    } catch {
      // Closed by close(): nobody to tell.
    }
  }

  /** True when drafts really are kept on the device (IndexedDB opened); false when it was unavailable (blocked, private mode, quota) and drafts live in memory only — the widget then says so. Resolves after open. */
  async persistent(): Promise<boolean> {
    await this.queue;
    return !!(await this.open());
  }

  /** The draft `id`; undefined when there is none, or the stored one is not a draft this version reads (warned once). */
  get(id: string): Promise<AssessmentDraft | undefined> {
    return this.change(id, 'readonly', (current) => [draftOf(current, id, this.name), undefined]);
  }

  /** Writes the draft (revision = previous + 1, writer = tabId, updatedAt = now) and tells other tabs; resolves to what was stored. Writes of the same id are serialized in call order; never loses the last one. */
  async put(draft: DraftInput): Promise<AssessmentDraft> {
    if (typeof draft.id !== 'string') throw new TypeError('draft.id');
    // Plain JSON: no Lit or framework proxies, nothing structured clone would refuse.
    const plain = JSON.parse(JSON.stringify(draft)) as DraftInput;
    const stored = await this.change(draft.id, 'readwrite', (current) => {
      const next: AssessmentDraft = {
        ...plain,
        updatedAt: new Date().toISOString(),
        writer: this.tabId,
        revision: revisionOf(current) + 1,
      };
      return [next, next];
    });
    this.tell(stored.id, stored);
    return stored;
  }

  /** Deletes the draft only when its revision is still `ifRevision` (so answers typed while a save was in flight survive); resolves true when deleted. Tells other tabs. */
  async delete(id: string, ifRevision?: number): Promise<boolean> {
    const deleted = await this.change(id, 'readwrite', (current) =>
      current !== undefined && (ifRevision === undefined || revisionOf(current) === ifRevision)
        ? [true, null]
        : [false, undefined],
    );
    if (deleted) this.tell(id);
    return deleted;
  }

  /** Calls `listener` when ANOTHER tab (or another DraftStore on another page) wrote or deleted draft `id` (BroadcastChannel 'saumaton-drafts:<name>'); returns the function that stops. */
  watch(id: string, listener: (draft: AssessmentDraft | undefined) => void): () => void {
    const set = this.listeners.get(id) ?? new Set();
    this.listeners.set(id, set.add(listener));
    return () => void set.delete(listener);
  }

  /** Closes the database and channel (tests); `shared()` then makes a new store for this name. */
  close(): void {
    this.channel?.close();
    void this.db?.then((db) => db?.close());
    this.db = undefined;
    if (stores.get(this.name) === this) stores.delete(this.name);
  }
}
