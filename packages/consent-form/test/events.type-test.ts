// Compile-time checks of the consent form's event types: `npm run typecheck` fails if they regress.
// Nothing here runs; the file is not a test module (no `.test.ts`).
import type { SaumatonSavedEvent } from '@saumaton/elements';
import type { SaumatonConsentRecordedEvent, SaumatonConsentRevokedEvent } from '@saumaton/consent-form';
import '@saumaton/consent-form/saumaton-consent-form.js';

export function consentEventTypes(target: HTMLElement): unknown[] {
  const seen: unknown[] = [];
  target.addEventListener('saumaton-consent-recorded', (event) => {
    const typed: SaumatonConsentRecordedEvent = event;
    const id: string = typed.detail.consent.id;
    const version: string = typed.detail.version;
    // @ts-expect-error the detail carries the consent, not a list
    seen.push(id, version, typed.detail.records);
  });
  target.addEventListener('saumaton-consent-revoked', (event) => {
    const typed: SaumatonConsentRevokedEvent = event;
    // The revoked record carries its revocation.
    seen.push(typed.detail.consent.revocation?.at);
    // @ts-expect-error a consent's status is active or revoked
    const wrong: 'withdrawn' = typed.detail.consent.status;
    seen.push(wrong);
  });
  target.addEventListener('saumaton-saved', (event) => {
    const typed: SaumatonSavedEvent = event;
    if (typed.detail.kind === 'consent') {
      // Narrowed by kind: the client's whole list, each record with its version, without a cast.
      const versions: string[] = typed.detail.value.records.map((r) => r.version);
      const clientId: string = typed.detail.value.clientId;
      // @ts-expect-error a consent list has no members
      seen.push(versions, clientId, typed.detail.value.members);
    }
  });
  const el = document.createElement('saumaton-consent-form');
  el.clientId = 'client-aino';
  // @ts-expect-error the instrument is one of three
  el.instrument = 'permit';
  return seen;
}
