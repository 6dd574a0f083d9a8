import type { ConsentRecord } from '@saumaton/core';

/** The detail of `saumaton-consent-revoked`: the revoked record as stored (with its `revocation`) and its version. */
export interface ConsentRevokedDetail {
  readonly consent: ConsentRecord;
  readonly version: string;
}

/** Fired after a consent was revoked (or a statutory exception ended) and the backend stored it. */
export class SaumatonConsentRevokedEvent extends CustomEvent<ConsentRevokedDetail> {
  constructor(detail: ConsentRevokedDetail) {
    super('saumaton-consent-revoked', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-consent-revoked': SaumatonConsentRevokedEvent;
  }
}
