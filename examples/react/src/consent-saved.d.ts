// A stopgap until @saumaton/consent-form's own typings carry it: the package declares the
// consent form's `saumaton-saved` record (`SavedRecords.consent`) in a module that its emitted
// .d.ts files no longer import, so without this `onsaumaton-saved` on <saumaton-consent-form>
// cannot be typed. Delete this file once the package's typings include it.
import type { ConsentList } from '@saumaton/consent-form';

declare module '@saumaton/elements' {
  interface SavedRecords {
    readonly consent: ConsentList;
  }
}
