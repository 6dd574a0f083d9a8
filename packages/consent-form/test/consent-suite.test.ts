import { waitUntil } from '@open-wc/testing';
import { exampleClient, exampleProtectedClient } from '@saumaton/core/examples';
import { widgetSuite } from '@saumaton/elements/test-suites';
import { ConsentForm } from '../src/ConsentForm.js';
import {
  $,
  clientViewer,
  exampleAdapter,
  poisonedConsents,
  professional,
  settled,
  withoutLiveUpdates,
} from './helpers.js';
import { MemoryAdapter } from '@saumaton/core';
import '../saumaton-consent-form.js';

widgetSuite<ConsentForm>({
  tag: 'saumaton-consent-form',
  element: ConsentForm,
  adapter: () => exampleAdapter(),
  records: [
    { select: (el) => (el.clientId = exampleClient.id), text: 'Järvilaakson kaupungin työllisyyspalvelut' },
    {
      select: (el) => (el.clientId = exampleProtectedClient.id),
      text: 'Hemvårdens och hälsocentralens gemensamma vård',
    },
  ],
  poisoned: (payload) => MemoryAdapter.withData({ clients: [exampleClient], consents: poisonedConsents(payload) }),
  editable: (el) => {
    el.viewer = professional;
  },
  states: {
    'ready, with the form for a consent to data sharing open, across the sectors': async (el) => {
      $(el, '#record-disclosure-permit')!.click();
      await el.updateComplete;
      const sector = $(el, '#record-sector') as HTMLSelectElement;
      sector.value = 'social-to-health';
      sector.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    'ready, with the form for a denial of consent open, for the guardian': async (el) => {
      $(el, '#record-disclosure-prohibition')!.click();
      await el.updateComplete;
      const kind = $(el, '#record-targetKind') as HTMLSelectElement;
      kind.value = 'guardian';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    'the form for a consent for a specific purpose, showing its errors': async (el) => {
      $(el, '#record-case-consent')!.click();
      await el.updateComplete;
      const kind = $(el, '#record-purposeKind') as HTMLSelectElement;
      kind.value = 'other';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      $(el, '#record-form button[type="submit"]')!.click();
      await el.updateComplete;
      if (!$(el, '[aria-invalid="true"]')) throw new Error('no field error shown');
    },
    'ready, with the revoke form open': async (el) => {
      $(el, '#revoke-consent-aino-plan')!.click();
      await el.updateComplete;
    },
    'the revoke form, showing its field errors': async (el) => {
      $(el, '#revoke-consent-aino-plan')!.click();
      await el.updateComplete;
      const method = $(el, '#revoke-method') as HTMLSelectElement;
      method.value = 'oral-recorded-by-professional';
      method.dispatchEvent(new Event('change', { bubbles: true }));
      $(el, '#revoke-form button[type="submit"]')!.click();
      await el.updateComplete;
      if (!$(el, '[aria-invalid="true"]')) throw new Error('no field error shown');
    },
    conflict: async (el) => {
      const adapter = el.adapter as MemoryAdapter;
      el.adapter = withoutLiveUpdates(adapter);
      // The new adapter reloads the consents: wait for it, not for a fixed time.
      await settled(el);
      $(el, '#revoke-consent-aino-plan')!.click();
      await el.updateComplete;
      const current = (await adapter.listConsents(exampleClient.id)).find((r) => r.value.id === 'consent-aino-plan')!;
      await adapter.revokeConsent(
        'consent-aino-plan',
        { at: '2026-03-01', by: { kind: 'client' }, method: 'written' },
        current.version,
      );
      $(el, '#revoke-form button[type="submit"]')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    },
    'ready, as the client sees it': async (el) => {
      el.viewer = clientViewer;
      await el.updateComplete;
    },
    'empty: a client without consents': async (el) => {
      el.clientId = 'client-without-consents';
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('.state.empty'), 'no empty state shown', { timeout: 4000 });
    },
  },
  reflow: async (el) => {
    $(el, '#record-disclosure-permit')!.click();
    await el.updateComplete;
  },
});
