// The host page of the client viewer's embed test: served with `script-src 'self'` and Trusted
// Types enforced (web-test-runner.config.mjs). The client reads their consents; the adapter could
// record and revoke, but a client viewer is never offered to, so the editing tools never load.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});

const permit = {
  id: 'consent-1',
  clientId: 'client-1',
  basis: 'consent',
  instrument: 'disclosure-permit',
  sector: 'social-to-health',
  recipients: [{ id: '1.2.246.10.1', name: 'Hyvinvointialueen terveyspalvelut' }],
  purpose: 'Monialainen asiakassuunnitelma',
  informing: { date: '2026-02-01', channel: 'in-person' },
  dataClasses: [{ code: 'asiakassuunnitelma', display: 'Asiakassuunnitelma' }],
  actor: { kind: 'client', competence: 'adult' },
  method: 'written',
  recordedBy: {
    professional: { name: 'Leena Korhonen' },
    organization: { id: '1.2.246.10.2', name: 'Hyvinvointialueen sosiaalipalvelut' },
  },
  formLanguage: 'fi',
  validFrom: '2026-02-03',
  status: 'active',
  printoutRequested: false,
};

const adapter = {
  listConsents: async () => [{ value: structuredClone(permit), version: '1' }],
  getClient: async () => ({ value: { id: 'client-1', name: 'Aino Mäkelä' }, version: '1' }),
  recordConsent: async (consent) => ({ value: consent, version: '1' }),
  revokeConsent: async () => {
    throw new Error('a client viewer never revokes');
  },
};

customElements.whenDefined('saumaton-consent-form').then(() => {
  const el = document.querySelector('saumaton-consent-form');
  el.viewer = { kind: 'client' };
  el.adapter = adapter;
});
