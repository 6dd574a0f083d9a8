import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '@saumaton/core';
import { exampleClient, largeExampleTeam } from '@saumaton/core/examples';
import { XSS_PAYLOADS } from '@saumaton/elements/test-suites';
import { $, $$, poisoned, professional, renderRoster, text } from './helpers.js';

// What every widget must withstand (superseded loads, host CSS, registration, 320 px, payloads
// shown as text) is in the widget suite, run by roster-suite.test.ts. Here: the roster's own.
describe('<saumaton-team-roster> against bad input', () => {
  for (const payload of XSS_PAYLOADS) {
    it(`shows ${payload} as text in every member, meeting and form field`, async () => {
      const adapter = await MemoryAdapter.withData({
        clients: [{ ...exampleClient, name: `Aino ${payload}` }],
        teams: [poisoned(payload)],
      });
      const el = await renderRoster(adapter, { editable: true, viewer: professional });
      expect(text($(el, '.summary'))).to.contain(`Aino ${payload}`);
      expect($$(el, '.member').every((m) => text(m).includes(payload))).to.equal(true);
      expect(text($(el, '.meeting'))).to.contain(payload);
      $(el, '#edit-m-jari')!.click();
      await el.updateComplete;
      expect(($(el, '#field-title') as HTMLInputElement).value).to.equal(payload);
      expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });
  }

  it('renders a large team (60 members, 40 meetings) completely', async () => {
    const team = largeExampleTeam(60, 40);
    const adapter = await MemoryAdapter.withData({ clients: [exampleClient], teams: [team] });
    const el = await renderRoster(adapter, { teamId: team.id });
    expect($$(el, '.member')).to.have.length(60);
    expect($$(el, '.meeting')).to.have.length(40);
  });
});
