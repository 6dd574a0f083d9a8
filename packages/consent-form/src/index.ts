/**
 * @saumaton/consent-form — `<saumaton-consent-form>`, a client's consents. This module registers
 * nothing; import `@saumaton/consent-form/saumaton-consent-form.js` to define the tag.
 */
export { ConsentForm, type ConsentFormEventMap } from './ConsentForm.js';
export type { ConsentList } from './consent-list.js';
export * from './events/saumaton-consent-recorded.js';
export * from './events/saumaton-consent-revoked.js';
