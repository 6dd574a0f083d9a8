import type { ConsentRecord } from '@saumaton/core';

/** The detail of `saumaton-consent-recorded`: the record as stored and its version. */
export interface ConsentRecordedDetail {
  readonly consent: ConsentRecord;
  readonly version: string;
}

/** Fired after a professional recorded a new consent (or statutory exception) and the backend stored it. */
export class SaumatonConsentRecordedEvent extends CustomEvent<ConsentRecordedDetail> {
  constructor(detail: ConsentRecordedDetail) {
    super('saumaton-consent-recorded', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-consent-recorded': SaumatonConsentRecordedEvent;
  }
}
