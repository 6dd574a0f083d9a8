/**
 * <saumaton-team-roster> on the FHIR adapter, reading from a real FHIR server: a protected
 * client, a past member, a reference to a person who is not there, and an edit saved back.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { coordinators } from '@saumaton/core';
import { exampleData, exampleProtectedTeam, exampleTeam } from '@saumaton/core/examples';
import { setLocale } from '@saumaton/elements';
import {
  $,
  $$,
  LOCALES,
  inLocale,
  professional,
  recordMeeting,
  renderRoster,
  text,
} from '../../packages/team-roster/test/helpers.js';
import { seededTenant, type Tenant } from '../../packages/fhir/test/server.js';

describe('<saumaton-team-roster> on a FHIR server', function () {
  this.timeout(20000);
  let tenant: Tenant;

  before(async () => {
    tenant = await seededTenant(exampleData);
    // Someone else's system names a practitioner whose record has since been removed.
    const careTeam = (await tenant.fhir('GET', `CareTeam/${exampleProtectedTeam.id}`)).body as {
      participant: unknown[];
    };
    const put = await tenant.fhir('PUT', `CareTeam/${exampleProtectedTeam.id}`, {
      ...careTeam,
      participant: [
        ...careTeam.participant,
        {
          member: { reference: 'Practitioner/removed-long-ago', display: 'Kaisa Kuusela' },
          role: [{ text: 'adviser' }],
          extension: [{ url: 'http://example.org/fhir/StructureDefinition/unknown', valueBoolean: true }],
        },
      ],
    });
    expect(put.status).to.equal(200);
  });

  afterEach(() => setLocale('en'));

  it('renders a turvakielto client’s team with no client-side contact details and the missing person as unknown', async () => {
    const el = await renderRoster(tenant.adapter(), { teamId: exampleProtectedTeam.id });
    expect(text($(el, '.notice'))).to.contain('Non-disclosure for safety (turvakielto)');
    const clientSide = $(el, 'section[aria-labelledby="client-side-heading"]')!;
    expect(clientSide.querySelector('a')).to.equal(null);
    for (const secret of ['+358 44 555 0299', 'eva.ostman@example.org']) {
      expect(el.shadowRoot!.innerHTML, secret).not.to.contain(secret);
    }
    const unknown = $$(el, '.member').find((m) => text(m).includes('Unknown person'));
    expect(unknown, 'the member whose record is gone').to.exist;
    expect(text(unknown!)).to.contain('“Kaisa Kuusela”');
    // Everyone else is shown as they are.
    const shown = el.shadowRoot!.textContent;
    for (const m of exampleProtectedTeam.members) expect(shown, m.name).to.contain(m.name);
  });

  it('renders a past member among the past members', async () => {
    const el = await renderRoster(tenant.adapter(), { teamId: exampleTeam.id });
    expect(text($(el, 'section[aria-labelledby="past-heading"]'))).to.contain('Olli Saarinen');
    expect($(el, '.meeting')).to.exist;
  });

  for (const locale of LOCALES) {
    it(`is accessible in ${locale}, the unknown member included`, async () => {
      await inLocale(locale);
      const el = await renderRoster(tenant.adapter(), { teamId: exampleProtectedTeam.id });
      await expect(el).to.be.accessible();
    });
  }

  it('records a meeting and hands the coordinator role over, and the server holds both', async () => {
    const adapter = tenant.adapter();
    const el = await renderRoster(adapter, { teamId: exampleTeam.id, editable: true, viewer: professional });
    await recordMeeting(el, { date: '2026-11-20', participants: 2, decisions: ['Tavoitteet tarkistetaan'] });
    await el.updateComplete;
    const saved = oneEvent(el, 'saumaton-saved');
    $(el, '#handover-m-maria')!.click();
    await saved;

    const stored = (await tenant.adapter().getTeam({ teamId: exampleTeam.id })).value;
    expect(stored.meetings.find((m) => m.date === '2026-11-20')).to.deep.include({
      participants: ['m-leena', 'm-jari'],
      decisions: ['Tavoitteet tarkistetaan'],
    });
    expect(coordinators(stored).map((m) => m.name)).to.deep.equal(['Maria Nyström']);
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.contain('Coordinator: Maria Nyström');
  });
});
