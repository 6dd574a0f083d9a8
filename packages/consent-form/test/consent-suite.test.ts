import { exampleClient, exampleProtectedClient } from '@saumaton/core/examples';
import { widgetSuite } from '@saumaton/elements/test-suites';
import { ConsentForm } from '../src/ConsentForm.js';
import { clientViewer, exampleAdapter, poisonedConsents, professional } from './helpers.js';
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
    'ready, as the client sees it': async (el) => {
      el.viewer = clientViewer;
      await el.updateComplete;
    },
    'empty: a client without consents': async (el) => {
      el.clientId = 'client-without-consents';
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      if (!el.shadowRoot!.querySelector('.state.empty')) throw new Error('no empty state shown');
    },
  },
});
