import { copyJson } from '../contract/json.js';
import { abortError, throwIfAborted } from '../contract/errors.js';
import type { Assessment, AssessmentTemplate, MeterReading } from '../model/assessment.js';
import type { Client } from '../model/client.js';
import type { ConsentRecord } from '../model/consent.js';
import type { ClientPlan } from '../model/plan.js';
import type { Team } from '../model/team.js';
import {
  RecordAdapter,
  keptVersion,
  type Collection,
  type RecordBackend,
  type StoredRecord,
} from './record-adapter.js';

export interface MemoryAdapterOptions {
  /**
   * Milliseconds every call waits before it answers, to show loading states in stories and to
   * test slow backends. An aborted call stops waiting at once.
   */
  readonly latency?: number;
}

class MemoryBackend implements RecordBackend {
  private readonly collections = new Map<Collection, Map<string, StoredRecord>>();

  constructor(public latency: number) {}

  async get(collection: Collection, id: string, signal?: AbortSignal) {
    await this.wait(signal);
    const record = this.records(collection).get(id);
    return record && copyJson(record);
  }

  async listByClient(collection: Collection, clientId: string, signal?: AbortSignal) {
    await this.wait(signal);
    return [...this.records(collection).values()].filter((r) => r.clientId === clientId).map((r) => copyJson(r));
  }

  async compareAndPut(
    collection: Collection,
    id: string,
    ifMatch: string | null,
    next: (current: StoredRecord | undefined) => StoredRecord,
    signal?: AbortSignal,
    keep?: Collection,
  ) {
    await this.wait(signal);
    const records = this.records(collection);
    const current = records.get(id);
    if ((current?.version ?? null) !== ifMatch) {
      return { written: false as const, current: current && copyJson(current) };
    }
    const written = next(current);
    records.set(id, written);
    if (keep) {
      const kept = keptVersion(written);
      this.records(keep).set(kept.id, kept);
    }
    return { written: true as const };
  }

  /** The records of `collection`, kept from its first use: no list of collections to keep in step. */
  private records(collection: Collection): Map<string, StoredRecord> {
    let records = this.collections.get(collection);
    if (!records) this.collections.set(collection, (records = new Map<string, StoredRecord>()));
    return records;
  }

  private wait(signal: AbortSignal | undefined): Promise<void> {
    throwIfAborted(signal);
    if (this.latency <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal!));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, this.latency);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** Seed data for an embedded adapter. */
export interface SeedData {
  readonly clients?: readonly Client[];
  readonly teams?: readonly Team[];
  /** Consent records, revoked ones and statutory exceptions included. */
  readonly consents?: readonly ConsentRecord[];
  /** Assessment templates: FHIR R4 Questionnaires, each with an id. */
  readonly templates?: readonly AssessmentTemplate[];
  /** Assessments, each stored as it is (as `importAssessment` does) at its first version. */
  readonly assessments?: readonly Assessment[];
  /** Meter readings. */
  readonly meterReadings?: readonly MeterReading[];
  /** Client plans, each with its parts, stored as they are (as `importPlan` does), each piece at its first version. */
  readonly plans?: readonly ClientPlan[];
}

/**
 * An adapter that keeps everything in memory: for tests, stories and prototypes. Values are
 * validated and copied on the way in and out, exactly as a real backend would.
 */
export class MemoryAdapter extends RecordAdapter {
  declare protected readonly backend: MemoryBackend;

  constructor(options: MemoryAdapterOptions = {}) {
    super(new MemoryBackend(options.latency ?? 0));
  }

  /** The delay every call waits, in milliseconds; may be changed at any time. */
  get latency(): number {
    return this.backend.latency;
  }

  set latency(ms: number) {
    this.backend.latency = ms;
  }

  /** A memory adapter holding `data`, each record at its first version; seeding does not wait. */
  static async withData(data: SeedData, options: MemoryAdapterOptions = {}): Promise<MemoryAdapter> {
    const adapter = new MemoryAdapter();
    // Loaded here, not with the adapter: a portal that never seeds does not ship it.
    const { seed } = await import('./seed.js');
    await seed(adapter, data);
    adapter.latency = options.latency ?? 0;
    return adapter;
  }
}
