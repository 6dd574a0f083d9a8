import { waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@saumaton/core';
import { exampleClient, exampleData, exampleProtectedTeam, exampleTeam } from '@saumaton/core/examples';
import { widgetSuite } from '@saumaton/elements/test-suites';
import { TeamRoster } from '../src/TeamRoster.js';
import { $, poisoned, professional, withoutLiveUpdates } from './helpers.js';
import '../saumaton-team-roster.js';

widgetSuite<TeamRoster>({
  tag: 'saumaton-team-roster',
  element: TeamRoster,
  adapter: () => MemoryAdapter.withData(exampleData),
  records: [
    { select: (el) => (el.teamId = exampleTeam.id), text: 'Leena Korhonen' },
    { select: (el) => (el.teamId = exampleProtectedTeam.id), text: 'Helena Björk' },
  ],
  poisoned: (payload) =>
    MemoryAdapter.withData({ clients: [{ ...exampleClient, name: `Aino ${payload}` }], teams: [poisoned(payload)] }),
  editable: (el) => {
    el.editable = true;
    el.viewer = professional;
  },
  states: {
    'ready, with the member form open': async (el) => {
      $(el, '#add-member')!.click();
      await el.updateComplete;
    },
    'ready, with the meeting form open': async (el) => {
      $(el, '#record-meeting')!.click();
      await el.updateComplete;
    },
    'the member form, showing its field errors': async (el) => {
      $(el, '#add-member')!.click();
      await el.updateComplete;
      $(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      if (!$(el, '[aria-invalid="true"]')) throw new Error('no field error shown');
    },
    'the meeting form, showing its errors': async (el) => {
      $(el, '#record-meeting')!.click();
      await el.updateComplete;
      $(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      if (!$(el, '#participants-error')) throw new Error('no participants error shown');
    },
    'ready, asking before a removal': async (el) => {
      $(el, '#remove-m-jari')!.click();
      await el.updateComplete;
    },
    conflict: async (el) => {
      const adapter = el.adapter as MemoryAdapter;
      el.adapter = withoutLiveUpdates(adapter);
      // The new adapter reloads the team: wait for it rather than for a fixed time (a busy CI
      // machine took longer than 20 ms).
      await el.updateComplete;
      await waitUntil(() => $(el, '#handover-m-jari') && !$(el, '.state.loading'), 'the team never reloaded', {
        timeout: 4000,
      });
      const base = await adapter.getTeam({ teamId: exampleTeam.id });
      await adapter.saveTeam({ ...base.value, status: 'suspended' }, base.version);
      $(el, '#handover-m-jari')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.state.conflict'), 'no conflict shown', { timeout: 4000 });
    },
  },
  reflow: async (el) => {
    $(el, '#add-member')!.click();
    await el.updateComplete;
  },
});
