import { RecordListeners } from './record-listeners.js';
import type { ConsentRecord } from '../model/consent.js';

/**
 * The consent listeners of an adapter's `subscribe()`: each gets a copy of every new version of
 * any consent record of the client its ref names (one recorded, one revoked).
 */
export class ConsentListeners extends RecordListeners<ConsentRecord, { readonly clientId: string }> {
  constructor() {
    super((ref, record) => ref.clientId === record.clientId);
  }
}
