// The host page of the consent form's embed test: a service-voucher producer's own intake form,
// served with `script-src 'self'` and Trusted Types enforced (web-test-runner.config.mjs). It
// presets what the client does not decide and keeps what the form submits, as its backend would.
window.__violations = [];
window.__submitted = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});

const voucher = { id: '1.2.246.10.99999999.20.7', name: 'Kotiapu Lindqvist Oy', producerType: 'service-voucher' };
const county = { id: '1.2.246.10.99999999.10.0', name: 'Järvilaakson hyvinvointialue', producerType: 'own-production' };

customElements.whenDefined('saumaton-consent-form').then(() => {
  document.querySelector('saumaton-consent-form').value = {
    id: 'consent-intake-csp',
    clientId: 'client-aino',
    validFrom: '2026-11-30',
    sector: 'social-care',
    recipients: [county],
    purpose: 'Kotihoidon suunnittelu palvelusetelillä',
    recordedBy: { organization: voucher },
  };
});

document.querySelector('#intake').addEventListener('submit', (event) => {
  event.preventDefault();
  window.__submitted.push(Object.fromEntries(new FormData(event.target)));
});
