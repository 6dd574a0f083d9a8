import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryAdapter, OfflineError, ValidationError } from '@saumaton/core';
import { exampleClient, exampleData, exampleTeam } from '@saumaton/core/examples';
import '@saumaton/elements/saumaton-provider.js';
import type { SaumatonProvider } from '@saumaton/elements';
import type { TeamRoster } from '../src/TeamRoster.js';
import {
  $,
  $$,
  ControlledAdapter,
  LOCALES,
  exampleAdapter,
  inLocale,
  professional,
  renderRoster,
  settled,
  text,
} from './helpers.js';

describe('<saumaton-team-roster> states', () => {
  afterEach(() => inLocale('en'));

  for (const locale of LOCALES) {
    describe(`in ${locale}`, () => {
      beforeEach(() => inLocale(locale));

      it('empty: a client without a team, with a way to convene one', async () => {
        const adapter = await MemoryAdapter.withData({ clients: [exampleClient] });
        const el = await fixture<TeamRoster>(
          html`<saumaton-team-roster
            client-id=${exampleClient.id}
            editable
            .adapter=${adapter}
            .viewer=${professional}
          ></saumaton-team-roster>`,
        );
        await settled(el);
        expect($(el, '.state.empty')).to.exist;
        expect($(el, '.state.empty button')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('empty: a team without members', async () => {
        const adapter = await MemoryAdapter.withData({
          clients: [exampleClient],
          teams: [{ ...exampleTeam, status: 'proposed', members: [], meetings: [] }],
        });
        const el = await renderRoster(adapter, { editable: true, viewer: professional });
        expect($(el, '.state.empty')).to.exist;
        expect($(el, '#add-member')).to.exist;
        await expect(el).to.be.accessible();
      });
    });
  }

  it('error: "Try again" loads again and shows the team', async () => {
    const adapter = await exampleAdapter();
    const getTeam = adapter.getTeam.bind(adapter);
    let failures = 1;
    adapter.getTeam = (ref, opts) => (failures-- > 0 ? Promise.reject(new OfflineError('down')) : getTeam(ref, opts));
    const el = await renderRoster(adapter);
    expect(text($(el, '.state.error'))).to.contain('cannot be reached');
    $(el, '.state.error button')!.click();
    await settled(el);
    expect($(el, '.state.error')).to.equal(null);
    expect(text($(el, 'h2'))).to.equal('Multi-service team');
  });

  it('tells not found and an adapter that cannot read teams apart in plain words', async () => {
    const adapter = await exampleAdapter();
    const el = await renderRoster(adapter, { teamId: 'no-such-team' });
    expect(text($(el, '.state.error'))).to.contain('was not found');
    const consentOnly = await renderRoster({ getClient: adapter.getClient.bind(adapter) }, { teamId: 'x' });
    expect(text($(consentOnly, '.state.error'))).to.contain('not connected to a data source');
  });

  it('waits for its adapter in the loading state, firing nothing, then loads', async () => {
    const errors: Event[] = [];
    const listen = (e: Event) => errors.push(e);
    document.addEventListener('saumaton-error', listen);
    try {
      const el = await fixture<TeamRoster>(
        html`<saumaton-team-roster team-id=${exampleTeam.id}></saumaton-team-roster>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      expect($(el, '.state.loading')).to.exist;
      expect(errors).to.have.length(0);
      el.adapter = await exampleAdapter();
      await settled(el);
      expect(text($(el, 'h2'))).to.equal('Multi-service team');
      expect(errors).to.have.length(0);
    } finally {
      document.removeEventListener('saumaton-error', listen);
    }
  });

  it('malformed data: an error state and a saumaton-error event with the ValidationError, never a partial render', async () => {
    const adapter = new ControlledAdapter();
    const el = await fixture<TeamRoster>(
      html`<saumaton-team-roster team-id="team-aino" .adapter=${adapter}></saumaton-team-roster>`,
    );
    const call = await adapter.waitForCall(0);
    const broken = { ...exampleTeam, members: [exampleTeam.members[0], { ...exampleTeam.members[1], role: 42 }] };
    const event = oneEvent(el, 'saumaton-error');
    call.resolve({ value: broken, version: '1' });
    const { detail } = await event;
    expect(detail.error).to.be.instanceOf(ValidationError);
    expect((detail.error as ValidationError).path).to.equal('members.1.role');
    await el.updateComplete;
    expect($(el, '.state.error')).to.exist;
    expect(el.shadowRoot!.innerHTML).not.to.contain('Leena Korhonen');
    expect($$(el, '.member')).to.have.length(0);
  });

  it('takes the adapter and viewer from <saumaton-provider>', async () => {
    const adapter = await MemoryAdapter.withData(exampleData);
    const wrapper = await fixture(
      html`<saumaton-provider .adapter=${adapter} .viewer=${professional}>
        <saumaton-team-roster team-id="team-aino" editable></saumaton-team-roster>
      </saumaton-provider>`,
    );
    const el = wrapper.querySelector('saumaton-team-roster')!;
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Leena Korhonen');
    expect($(el, '#add-member')).to.exist;
  });

  it('loads again when the provider hands down another adapter', async () => {
    const first = await MemoryAdapter.withData(exampleData);
    const second = await MemoryAdapter.withData({
      clients: [exampleClient],
      teams: [
        {
          ...exampleTeam,
          members: exampleTeam.members.map((m) => (m.id === 'm-leena' ? { ...m, name: 'Liisa Uusi' } : m)),
        },
      ],
    });
    const wrapper = await fixture<SaumatonProvider>(
      html`<saumaton-provider .adapter=${first}>
        <saumaton-team-roster team-id="team-aino"></saumaton-team-roster>
      </saumaton-provider>`,
    );
    const el = wrapper.querySelector('saumaton-team-roster')!;
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Leena Korhonen');
    wrapper.adapter = second;
    await wrapper.updateComplete;
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Liisa Uusi');
  });

  it('offers no editing when the adapter cannot save', async () => {
    const adapter = await exampleAdapter();
    const readOnly = { getTeam: adapter.getTeam.bind(adapter), getClient: adapter.getClient.bind(adapter) };
    const el = await renderRoster(readOnly, { editable: true, viewer: professional });
    expect($$(el, 'button')).to.have.length(0);
  });

  it('finds a team by client, and treats a client without a team as empty, not as an error', async () => {
    const adapter = await exampleAdapter();
    const el = await fixture<TeamRoster>(
      html`<saumaton-team-roster client-id=${exampleClient.id} .adapter=${adapter}></saumaton-team-roster>`,
    );
    await settled(el);
    expect(text($(el, '.summary'))).to.contain('Leena Korhonen');
    el.clientId = 'client-without-team';
    await settled(el);
    expect($(el, '.state.empty')).to.exist;
    expect($(el, '.state.error')).to.equal(null);
  });

  it('refuses a team that is not the one asked for', async () => {
    const adapter = await exampleAdapter();
    const getTeam = adapter.getTeam.bind(adapter);
    adapter.getTeam = () => getTeam({ teamId: 'team-sanna' });
    const el = await renderRoster(adapter, { teamId: 'team-aino' });
    expect($(el, '.state.error')).to.exist;
    expect(el.shadowRoot!.innerHTML).not.to.contain('Helena Björk');
  });

  it('reports each view to the adapter’s audit log', async () => {
    const adapter = await exampleAdapter();
    const events: unknown[] = [];
    Object.assign(adapter, { audit: (event: unknown) => events.push(event) });
    await renderRoster(adapter);
    expect(events).to.deep.equal([{ action: 'view', kind: 'team', id: 'team-aino', clientId: 'client-aino' }]);
  });
});
