import { RecordListeners } from './record-listeners.js';
import type { MeterReading } from '../model/assessment.js';

/**
 * The meter listeners of an adapter's `subscribe({ kind: 'meter' })`: each gets a copy of every
 * new reading of the meter its ref names, for the client it names.
 */
export class MeterListeners extends RecordListeners<
  MeterReading,
  { readonly clientId: string; readonly meterId: string }
> {
  constructor() {
    super((ref, reading) => ref.clientId === reading.clientId && ref.meterId === reading.meter.id);
  }
}
