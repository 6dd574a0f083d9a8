import type { ConsentList } from '../consent-list.js';

declare module '@saumaton/elements' {
  interface SavedRecords {
    /**
     * `<saumaton-consent-form>`: the client's whole consent list as read back after the change
     * (every record with its own version; `version` of the event is the list's, made of them).
     * The record recorded or revoked is in `saumaton-consent-recorded` / `-revoked`.
     */
    readonly consent: ConsentList;
  }
}
