// The host page of the embed test: served with `script-src 'self'` and Trusted Types enforced
// (web-test-runner.config.mjs). It records every violation and hands the roster a plain-object
// adapter, as a portal without a bundler would.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});

const team = {
  id: 'team-1',
  clientId: 'client-1',
  status: 'active',
  members: [
    { id: 'a', name: 'Leena Korhonen', role: 'coordinator', contact: { phone: '+358 40 555 0101' } },
    { id: 'b', name: 'Jari Heikkinen', role: 'named-worker' },
    { id: 'c', name: 'Aino Mäkelä', role: 'client', contact: { phone: '+358 44 555 0199' } },
  ],
  meetings: [{ id: 'm', date: '2026-03-10', participants: ['a', 'c'], decisions: ['<img src=x onerror=alert(1)>'] }],
};

const adapter = {
  getTeam: async () => ({ value: structuredClone(team), version: '1' }),
  getClient: async () => ({ value: { id: 'client-1', name: 'Aino Mäkelä', turvakielto: true }, version: '1' }),
  saveTeam: async (value) => ({ value, version: '2' }),
};

customElements.whenDefined('saumaton-team-roster').then(() => {
  document.querySelector('saumaton-team-roster').adapter = adapter;
});
